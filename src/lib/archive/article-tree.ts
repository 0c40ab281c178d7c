/**
 * How article text becomes HTML, in one place: the satteri settings and plugins Astro's Markdown
 * pipeline renders a plain article with (astro.config.mjs), and the tree (hast) the same settings
 * make of an annotated article, its components kept as MDX elements for
 * src/components/article/ArticleTree.astro to render when the page is built. An annotated article
 * is not compiled into a module of its own: at 10,000 articles each such module cost about 6.6 MB
 * of build memory (README, "Performance").
 */
import { mdxToJs, type HastPluginDefinition } from 'satteri';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { ARTICLE_FEATURES } from '../../check/markdown-settings.ts';
import { paragraphAnchors, wrapLoneMarks } from './paragraph-anchors.ts';

/** The site's Markdown processing of article text (astro.config.mjs gives it to Astro). */
export const ARTICLE_PROCESSING = { features: ARTICLE_FEATURES, mdastPlugins: [wrapLoneMarks], hastPlugins: [paragraphAnchors] };

/** A node of an article's tree: an element, a text, or one of the archive's components with its props. */
export interface TreeNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  value?: string;
  name?: string | null;
  attributes?: { name?: string; value?: unknown }[];
  children?: TreeNode[];
}

function copy(node: TreeNode): TreeNode {
  const { type, tagName, properties, value, name, attributes, children } = node;
  return {
    type,
    ...(tagName !== undefined && { tagName, properties: { ...properties } }),
    ...(value !== undefined && { value }),
    ...(name !== undefined && {
      name,
      attributes: (attributes ?? []).map((attribute) => ({ name: attribute.name, value: attribute.value })),
    }),
    ...(children && { children: children.map(copy) }),
  };
}

/**
 * The tree of an annotated article's text: parsed as MDX, with the site's plugins and the heading
 * ids Astro's MDX pipeline adds, read out by a last plugin (satteri hands a plugin the finished
 * tree; the JavaScript it compiles as well is dropped).
 */
export function articleTree(body: string): TreeNode {
  let tree: TreeNode = { type: 'root', children: [] };
  const readOut: HastPluginDefinition = { name: 'read-out-tree', after: (root) => void (tree = copy(root as TreeNode)) };
  mdxToJs(body, { ...ARTICLE_PROCESSING, hastPlugins: [...ARTICLE_PROCESSING.hastPlugins, satteriHeadingIdsPlugin(), readOut] });
  return tree;
}

/** An element's attributes as its HTML writes them: article text has none but id, href, title and a list's start. */
export function attributesOf(node: TreeNode): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(node.properties ?? {}).filter(([, value]) => value !== null && value !== undefined && value !== false),
  );
}

/** A component's props, as written in the text (the content check allows only name="text"). */
export function propsOf(node: TreeNode): Record<string, unknown> {
  return Object.fromEntries((node.attributes ?? []).map((attribute) => [attribute.name, attribute.value]));
}
