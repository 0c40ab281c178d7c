/**
 * Article text. It parses as MDX and holds no MDX code (imports, exports, {expressions}, HTML
 * tags); the archive's own components (components.ts) are allowed with their props checked. It
 * holds no code block, no image and no link but http(s) or site-relative ones. Text without
 * components is rendered as Markdown (src/lib/archive/loader.ts), so it must also read the same
 * as Markdown: no raw HTML, no indented line. Both parsers are satteri's, the ones Astro itself
 * runs, with the site's Markdown settings.
 */
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { ARTICLE_FEATURES as FEATURES } from './markdown-settings.ts';
import { error, warning, type Finding } from './findings.ts';
import type { ArticleSource, Content } from './load.ts';
import { componentProblems, type ComponentContext, type JsxNode } from './components.ts';
import { latestToday } from './dates.ts';

const ESCAPE_HINT =
  'an article holds plain text: write { } < > as \\{ \\} \\< \\>, or import the text with npm run import, which escapes it';

/** Markdown the site renders as text and its plain formatting. */
const PLAIN = new Set([
  'root',
  'paragraph',
  'text',
  'emphasis',
  'strong',
  'inlineCode',
  'break',
  'heading',
  'blockquote',
  'list',
  'listItem',
  'thematicBreak',
  'link',
  'linkReference',
  'definition',
]);
/** http(s), a path on this site, or a place on this page. */
const SAFE_URL = /^(?:https?:\/\/|\/(?!\/)|#)/i;

interface Problem {
  /** Line within the body, 1-based. */
  line: number;
  severity: 'error' | 'warning';
  message: string;
  hint: string;
}

type Node = MdastNode & { url?: string; name?: string | null; value?: string; children?: Node[] };

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

const lineOf = (node: Node) => node.position?.start.line ?? 1;

/** What MDX would run, and components: known ones with their props checked, HTML tags refused. */
function mdxProblems(node: Node, snippet: (line: number) => string, context: ComponentContext): Problem[] {
  const line = lineOf(node);
  switch (node.type) {
    case 'mdxjsEsm':
      return [
        {
          line,
          severity: 'error',
          message: `an import or export line, which MDX would run: "${snippet(line)}"`,
          hint: 'an article runs no code: write the first letter as a character reference (&#x69;mport, &#x65;xport), as npm run import does',
        },
      ];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [{ line, severity: 'error', message: `a {…} expression, which MDX would run: "${snippet(line)}"`, hint: ESCAPE_HINT }];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      if (!isComponent(node))
        return [
          {
            line,
            severity: 'error',
            message: `an HTML tag <${node.name ?? ''}>, which an article cannot hold: "${snippet(line)}"`,
            hint: ESCAPE_HINT,
          },
        ];
      return componentProblems(node as JsxNode, context).map((problem) => ({ line, ...problem }));
    default:
      return [];
  }
}

/** What the site's Markdown would turn into more than text. */
function markdownProblem(node: Node, snippet: (line: number) => string): Omit<Problem, 'severity'> | undefined {
  const line = lineOf(node);
  if (node.type === 'html')
    return { line, message: `raw HTML, which the site would publish as markup: "${snippet(line)}"`, hint: ESCAPE_HINT };
  if (node.type === 'code')
    return {
      line,
      message: `a code block (an indented line or a \`\`\` fence): "${snippet(line)}"`,
      hint: 'start paragraphs at the margin; write ` as \\`',
    };
  if (node.type === 'image' || node.type === 'imageReference') {
    const remote = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(node.url ?? '');
    return remote
      ? {
          line,
          message: `an image from another site (${node.url}): every reader's browser would fetch it from there`,
          hint: 'archive the picture in the repository instead of linking it',
        }
      : {
          line,
          message: `an image (${node.url ?? ''}): article text holds no pictures`,
          hint: 'describe the picture in the text, or remove the line',
        };
  }
  if ((node.type === 'link' || node.type === 'definition') && !SAFE_URL.test(node.url ?? '')) {
    return {
      line,
      message: `a link to "${node.url}": only http(s) addresses and paths on this site are allowed`,
      hint: 'link to an http(s) address, or remove the link and keep its text',
    };
  }
  if (!PLAIN.has(node.type))
    return { line, message: `Markdown the archive does not render (${node.type}): "${snippet(line)}"`, hint: ESCAPE_HINT };
  return undefined;
}

/** A capitalised JSX name is a component; a lowercase one (or a fragment) would be HTML. */
const isComponent = (node: Node) => /^[A-Z]/.test(node.name ?? '');
/** A quick test before parsing: can the text hold a component at all? */
const MAY_HOLD_COMPONENT = /(?:^|[^\\])<[A-Z]/;

/** True when the text uses a component, so the site reads it as MDX rather than rendering it as Markdown. */
export function usesComponents(body: string): boolean {
  if (!MAY_HOLD_COMPONENT.test(body)) return false;
  try {
    return [...walk(mdxToMdast(body, { features: FEATURES, position: false }) as Node)].some(
      (node) => node.type.startsWith('mdxJsx') && isComponent(node),
    );
  } catch {
    return false;
  }
}

/** A context in which no component is known: for text that is meant to be plain. */
export const PLAIN_TEXT: ComponentContext = { contentDir: '', officialIds: [], namedOfficials: new Set(), today: '' };

/** The problems with an article's text (lines within the body): errors, and warnings on components. */
export function bodyProblems(body: string, context: ComponentContext = PLAIN_TEXT): Problem[] {
  if (!body.trim())
    return [{ line: 1, severity: 'error', message: 'the article has no text', hint: 'add its paragraphs after the frontmatter' }];
  // Positions cost time and memory on every file of a large archive; they are worked out only for a text with something to report.
  const found = scanBody(body, context, false);
  return found.length ? scanBody(body, context, true) : found;
}

function scanBody(body: string, context: ComponentContext, position: boolean): Problem[] {
  const lines = body.split('\n');
  const snippet = (line: number) => (lines[line - 1] ?? '').trim().slice(0, 60);
  let mdx: Node;
  try {
    mdx = mdxToMdast(body, { features: FEATURES, position }) as Node;
  } catch (thrown) {
    const message = (thrown as Error).message;
    const [, line = '1', reason = message] = /^(\d+):\d+: (.*)$/s.exec(message) ?? [];
    return [
      {
        line: Number(line),
        severity: 'error',
        message: `the text is not valid MDX: ${reason.replace(/ \([\w:-]+\)$/, '')}`,
        hint: ESCAPE_HINT,
      },
    ];
  }
  const problems: Problem[] = [];
  let components = false;
  for (const node of walk(mdx)) {
    if (node.type.startsWith('mdx')) {
      components ||= node.type.startsWith('mdxJsx') && isComponent(node);
      problems.push(...mdxProblems(node, snippet, context));
      continue;
    }
    const problem = markdownProblem(node, snippet);
    if (problem) problems.push({ severity: 'error', ...problem });
  }
  // Text without components is rendered as Markdown, which reads some text differently from MDX.
  if (!components && !problems.length) {
    for (const node of walk(markdownToMdast(body, { features: FEATURES, position }) as Node)) {
      const problem = markdownProblem(node, snippet);
      if (problem) return [{ severity: 'error', ...problem }];
    }
  }
  return problems;
}

/** What every article's components are checked against: the same for the whole archive. */
type ArchiveContext = Omit<ComponentContext, 'namedOfficials'>;

function checkBody(article: ArticleSource, archive: ArchiveContext): Finding[] {
  const officials = Array.isArray(article.data.officials) ? (article.data.officials as { id?: unknown }[]) : [];
  const context: ComponentContext = { ...archive, namedOfficials: new Set(officials.map((official) => String(official.id))) };
  const findings = bodyProblems(article.body, context).map((problem) =>
    (problem.severity === 'error' ? error : warning)(article.file, article.bodyLine + problem.line - 1, problem.message, problem.hint),
  );
  const decomposed = (text: string) => text !== text.normalize('NFC');
  const field = Object.keys(article.data).find((key) => decomposed(JSON.stringify(article.data[key]) ?? ''));
  const bodyLine = article.body.split('\n').findIndex(decomposed) + 1;
  const line = field !== undefined ? article.lineOf([field]) : bodyLine > 0 ? article.bodyLine + bodyLine - 1 : undefined;
  if (line !== undefined) {
    findings.push(
      warning(
        article.file,
        line,
        'decomposed letters (not Unicode NFC); the site shows, indexes and publishes them composed',
        'save the file as NFC (npm run import writes NFC)',
      ),
    );
  }
  return findings;
}

export function checkBodies(content: Content, now: Date): Finding[] {
  const archive: ArchiveContext = {
    contentDir: content.dir,
    officialIds: (content.registries.get('officials') ?? []).map((entry) => entry.id),
    today: latestToday(now),
  };
  return content.articles.flatMap((article) => checkBody(article, archive));
}
