/**
 * Stable anchors on the paragraphs of an article's original text ("#p-3"), for citations and
 * for quotations listed on officials' pages. A paragraph counts when it belongs to the text: not
 * inside an archivist's addition (a note, a correction, a figure) nor a list. The same rule
 * numbers the rendered HTML (a satteri plugin, for Markdown and MDX alike) and the parsed text
 * (annotations.ts), so a quotation's link lands on its paragraph.
 */
import type { HastNode, HastPluginDefinition, MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { ARCHIVE_ADDITIONS } from '../../check/components.ts';

export const anchorOf = (index: number) => `p-${index + 1}`;

interface TreeNode {
  type: string;
  name?: string | null;
  tagName?: string;
}

/** True when a node with these ancestors (nearest first) is outside the original text. */
export function outsideText(ancestors: readonly TreeNode[]): boolean {
  return ancestors.some((node) => ARCHIVE_ADDITIONS.has(node.name ?? '') || node.tagName === 'li' || node.type === 'listItem');
}

/** Components that mark words of the text (the rest are the archive's additions, or pictures). */
const MARKS = new Set(['Official', 'Quote', 'Caption', 'Foreign']);
const BLOCKS = new Set(['paragraph', 'heading', 'list', 'blockquote', 'code', 'thematicBreak', 'mdxJsxFlowElement']);

/**
 * A mark standing alone on its line (`<Quote official="…">“…”</Quote>`) is a paragraph of the
 * text although MDX reads no paragraph in it; the mdast plugin below wraps it in one, and the
 * annotations reader counts it the same way.
 */
export function standsAsParagraph(node: TreeNode & { children?: TreeNode[] }): boolean {
  return node.type === 'mdxJsxFlowElement' && MARKS.has(node.name ?? '') && !(node.children ?? []).some((child) => BLOCKS.has(child.type));
}

/** The satteri mdast plugin: a mark standing alone gets the paragraph around it that the HTML and the anchors need. */
export const wrapLoneMarks: MdastPluginDefinition = {
  name: 'wrap-lone-marks',
  mdxJsxFlowElement(node, ctx) {
    if (standsAsParagraph(node as TreeNode)) ctx.wrapNode(node, { type: 'paragraph', children: [] });
  },
};

/** The satteri hast plugin: a fresh count for each document. */
export function paragraphAnchors(_context: PluginFactoryContext): HastPluginDefinition {
  let count = 0;
  return {
    name: 'paragraph-anchors',
    element: {
      filter: ['p'],
      visit(node, ctx) {
        const ancestors: TreeNode[] = [];
        for (let parent: Readonly<HastNode> | undefined = ctx.parent(node); parent && parent.type !== 'root'; parent = ctx.parent(parent))
          ancestors.push(parent as TreeNode);
        if (!outsideText(ancestors)) ctx.setProperty(node, 'id', anchorOf(count++));
      },
    },
  };
}
