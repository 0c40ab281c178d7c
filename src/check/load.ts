/**
 * Reading content/ once for the checks: every article file with its frontmatter (and the line of
 * each field), the registries, and the checksum of every kept raw text. The checks themselves are
 * pure functions over what this returns.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LineCounter, parseDocument, type Node } from 'yaml';
import { readRegistry, REGISTRY_NAMES, RegistryError, type LocatedEntry, type RegistryName } from '../lib/registry-files.ts';
import { sha256 } from '../importer/extract.ts';
import { error, type Finding } from './findings.ts';

export interface ArticleSource {
  file: string;
  /** The folder under articles/: "vi" or "en" (anything else is reported). */
  lang: string;
  /** The path under the language folder without ".mdx": the article's slug. */
  slug: string;
  data: Record<string, unknown>;
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
  /** The file line of a frontmatter field such as ["officials", 0, "id"] (or of its nearest present parent). */
  lineOf(path: readonly PropertyKey[]): number;
}

export interface Content {
  dir: string;
  articles: ArticleSource[];
  /** The registries that could be read (one that cannot is among the problems). */
  registries: Map<RegistryName, LocatedEntry[]>;
  /** sha256 of each file in raw/, keyed by its path relative to the content folder ("raw/x.txt"). */
  raw: Map<string, string>;
  /** Files that could not be read at all (YAML that does not parse, no frontmatter). */
  problems: Finding[];
}

const FRONTMATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

function files(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => join(dir, name));
}

/** One article file, or a finding saying why it cannot be read. */
function parseArticle(file: string, text: string, articlesDir: string): ArticleSource | Finding {
  const [lang, ...rest] = relative(articlesDir, file).split(sep);
  const slug = rest.join('/').replace(/\.mdx$/, '');
  const match = FRONTMATTER.exec(text);
  if (!match) return error(file, 1, 'no frontmatter: the file does not start with a "---" line', 'open the file with the fields between two "---" lines; see README.md, "Content"');
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1] ?? '', { lineCounter });
  // the YAML starts on the file's second line, after the opening "---"
  const line = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    const problem = doc.errors[0];
    return error(file, line(problem.pos[0]), `the frontmatter is not valid YAML: ${problem.message.split('\n')[0]}`, 'fix the YAML; quote values that hold ":" or start with a special character');
  }
  const data = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) return error(file, 2, 'the frontmatter is not a mapping of fields', 'write one "field: value" per line');
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let length = path.length; length >= 0; length--) {
      const node = doc.getIn(path.slice(0, length), true) as Node | undefined;
      if (node?.range) return line(node.range[0]);
    }
    return 1;
  };
  const bodyStart = match[0].length;
  return { file, lang, slug, data, body: text.slice(bodyStart), bodyLine: text.slice(0, bodyStart).split('\n').length, lineOf };
}

function readRegistries(dir: string, problems: Finding[]): Map<RegistryName, LocatedEntry[]> {
  const registries = new Map<RegistryName, LocatedEntry[]>();
  for (const name of REGISTRY_NAMES) {
    try {
      registries.set(name, readRegistry(name, dir));
    } catch (thrown) {
      if (!(thrown instanceof RegistryError)) throw thrown;
      problems.push(error(thrown.file, thrown.line, thrown.reason, 'fix the registry file; every entry is a "- id: …" mapping with a unique id'));
    }
  }
  return registries;
}

/** Reads the content folder. */
export function loadContent(dir: string): Content {
  const problems: Finding[] = [];
  const articlesDir = join(dir, 'articles');
  const articles: ArticleSource[] = [];
  for (const file of files(articlesDir, '.mdx')) {
    const parsed = parseArticle(file, readFileSync(file, 'utf8'), articlesDir);
    if ('severity' in parsed) problems.push(parsed);
    else articles.push(parsed);
  }
  const raw = new Map(files(join(dir, 'raw'), '.txt').map((file) => [relative(dir, file).split(sep).join('/'), sha256(readFileSync(file))]));
  return { dir, articles, registries: readRegistries(dir, problems), raw, problems };
}
