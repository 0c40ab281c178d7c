/**
 * Article text: it parses as MDX (the build compiles it) and holds paragraphs of text only, no
 * MDX code (imports, exports, {expressions}, <Components> or HTML), which a hand edit can slip in.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { error, type Finding } from './findings.ts';
import type { ArticleSource, Content } from './load.ts';

interface MdNode {
  type: string;
  value?: string;
  position?: { start: { line: number } };
  children?: MdNode[];
}

const CODE_NODES = new Set(['mdxjsEsm', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'html']);
const ESCAPE_HINT = 'an article holds plain text: write { } < > as \\{ \\} &lt; &gt;, or import the text with npm run import, which escapes it';
const parser = unified().use(remarkParse).use(remarkMdx);

function firstCode(node: MdNode): MdNode | undefined {
  if (CODE_NODES.has(node.type)) return node;
  for (const child of node.children ?? []) {
    const found = firstCode(child);
    if (found) return found;
  }
  return undefined;
}

function checkBody(article: ArticleSource): Finding[] {
  const line = (bodyLine = 1) => article.bodyLine + bodyLine - 1;
  if (!article.body.trim()) return [error(article.file, line(), 'the article has no text', 'add its paragraphs after the frontmatter')];
  let tree: MdNode;
  try {
    tree = parser.parse(article.body) as MdNode;
  } catch (thrown) {
    const problem = thrown as { line?: number; reason?: string; message?: string };
    return [error(article.file, line(problem.line ?? 1), `the text is not valid MDX: ${problem.reason ?? problem.message}`, ESCAPE_HINT)];
  }
  const code = firstCode(tree);
  if (!code) return [];
  const snippet = article.body.split('\n')[(code.position?.start.line ?? 1) - 1]?.trim().slice(0, 60);
  return [error(article.file, line(code.position?.start.line), `the text holds MDX code, which the site would run or drop: "${snippet}"`, ESCAPE_HINT)];
}

export function checkBodies(content: Content): Finding[] {
  return content.articles.flatMap(checkBody);
}
