/**
 * Reading content/ once for the checks: every article file with its frontmatter (and the line of
 * each field), the registries, and the checksum of every kept raw text. The checks themselves are
 * pure functions over what this returns.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readRegistry, REGISTRY_NAMES, RegistryError, type LocatedEntry, type RegistryName } from '../lib/archive/registry-files.ts';
import { sha256 } from '../importer/extract.ts';
import { error, type Finding } from './findings.ts';
import { isUnreadable, readArticleText, type ArticleText } from './article-file.ts';

export interface ArticleSource extends ArticleText {
  file: string;
  /** The folder under articles/: "vi" or "en" (anything else is reported). */
  lang: string;
  /** The path under the language folder without ".mdx": the article's slug. */
  slug: string;
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
  /**
   * The article files among them, as "vi/<slug>": they exist, so the rules across files say nothing of them (a translation's
   * original, a raw text's article) beyond the problem already reported.
   */
  unreadable: ReadonlySet<string>;
}

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
  const read = readArticleText(text);
  if (isUnreadable(read)) return error(file, read.line, read.message, read.hint);
  return { file, lang, slug, ...read };
}

/** A registry that cannot be read, as a finding (the build's registry loaders report it in the same words). */
export const registryProblem = (thrown: RegistryError): Finding =>
  error(thrown.file, thrown.line, thrown.reason, 'fix the registry file; every entry is a "- id: …" mapping with a unique id');

function readRegistries(dir: string, problems: Finding[]): Map<RegistryName, LocatedEntry[]> {
  const registries = new Map<RegistryName, LocatedEntry[]>();
  for (const name of REGISTRY_NAMES) {
    try {
      registries.set(name, readRegistry(name, dir));
    } catch (thrown) {
      if (!(thrown instanceof RegistryError)) throw thrown;
      problems.push(registryProblem(thrown));
    }
  }
  return registries;
}

/** Reads the content folder. */
export function loadContent(dir: string): Content {
  const problems: Finding[] = [];
  const articlesDir = join(dir, 'articles');
  const articles: ArticleSource[] = [];
  const unreadable = new Set<string>();
  for (const file of files(articlesDir, '.mdx')) {
    const parsed = parseArticle(file, readFileSync(file, 'utf8'), articlesDir);
    if ('severity' in parsed) {
      problems.push(parsed);
      unreadable.add(
        relative(articlesDir, file)
          .split(sep)
          .join('/')
          .replace(/\.mdx$/, ''),
      );
    } else articles.push(parsed);
  }
  const raw = new Map(
    files(join(dir, 'raw'), '.txt').map((file) => [relative(dir, file).split(sep).join('/'), sha256(readFileSync(file))]),
  );
  return { dir, articles, registries: readRegistries(dir, problems), raw, problems, unreadable };
}
