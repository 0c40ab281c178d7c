/**
 * Reading one article file: the only place frontmatter is parsed, for the content check, the
 * build's article loader and the importer alike. gray-matter splits the file and the `yaml`
 * package reads the frontmatter, so a YAML error carries the same line wherever it is reported.
 */
import matter from 'gray-matter';
import { LineCounter, parseDocument, type Node } from 'yaml';

export interface ArticleText {
  data: Record<string, unknown>;
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
  /** The file line of a frontmatter field such as ["officials", 0, "id"] (or of its nearest present parent). */
  lineOf(path: readonly PropertyKey[]): number;
}

/** Why a file could not be read, at a file line. */
export interface UnreadableArticle {
  line: number;
  message: string;
  hint: string;
}

const BYTE_ORDER_MARK = /^\uFEFF/;
const OPENING_LINE = /^---[ \t]*\r?\n/;
const CLOSING_LINE = /\n---[ \t]*\r?(?:\n|$)/;

class FrontmatterError extends Error {
  readonly offset: number;
  constructor(offset: number, message: string) {
    super(message);
    this.offset = offset;
  }
}

/** Parses a file's text; a byte order mark (some Windows editors write one) is not part of it. */
export function readArticleText(fileText: string): ArticleText | UnreadableArticle {
  const text = fileText.replace(BYTE_ORDER_MARK, '');
  if (!OPENING_LINE.test(text)) {
    return {
      line: 1,
      message: 'no frontmatter: the file does not start with a "---" line',
      hint: 'open the file with the fields between two "---" lines; see README.md, "Content"',
    };
  }
  // (without a closing line the whole file is read as YAML, and its first sentence reported as a YAML error)
  if (!CLOSING_LINE.test(text.replace(OPENING_LINE, '\n'))) {
    return {
      line: 1,
      message: 'the frontmatter has no closing "---" line',
      hint: 'end the fields with a line holding only "---", before the text',
    };
  }
  const lineCounter = new LineCounter();
  const yamlEngine = (source: string): object => {
    const document = parseDocument(source, { lineCounter });
    const problem = document.errors[0];
    // the yaml package's own "at line N" counts from the frontmatter, not the file: dropped
    if (problem) throw new FrontmatterError(problem.pos[0], problem.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''));
    return (document.toJS() as object | null) ?? {};
  };
  // gray-matter hands over the YAML from the end of the opening "---", its line break included, so
  // the YAML's lines are the file's
  const line = (offset: number) => lineCounter.linePos(offset).line;
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Options given, so gray-matter neither caches every file nor falls back to its own YAML reader.
    parsed = matter(text, { engines: { yaml: yamlEngine } });
  } catch (thrown) {
    if (!(thrown instanceof FrontmatterError)) throw thrown;
    return {
      line: line(thrown.offset),
      message: `the frontmatter is not valid YAML: ${thrown.message}`,
      hint: 'fix the YAML; quote values that hold ":" or start with a special character',
    };
  }
  const data = parsed.data as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { line: 2, message: 'the frontmatter is not a mapping of fields', hint: 'write one "field: value" per line' };
  }
  // Lines are wanted only for findings, so the parsed YAML is not kept (on a large archive it
  // would hold hundreds of megabytes): it is read again when a line is asked for.
  const yaml = parsed.matter;
  const lineOf = (path: readonly PropertyKey[]) => {
    const counter = new LineCounter();
    const doc = parseDocument(yaml, { lineCounter: counter });
    for (let length = path.length; length >= 0; length--) {
      const node = doc.getIn(path.slice(0, length), true) as Node | undefined;
      if (node?.range) return counter.linePos(node.range[0]).line;
    }
    return 1;
  };
  const bodyStart = text.length - parsed.content.length;
  return { data: data as Record<string, unknown>, body: parsed.content, bodyLine: text.slice(0, bodyStart).split('\n').length, lineOf };
}

export const isUnreadable = (read: ArticleText | UnreadableArticle): read is UnreadableArticle => 'hint' in read;
