/**
 * Compiling and running MDX as the site would, with a runtime that records elements instead of
 * rendering them: both the reference MDX compiler (@mdx-js/mdx) and the one Astro's MDX
 * integration uses (satteri, with the site's Markdown settings). Both fail on anything but
 * paragraphs of plain text.
 */
import { createProcessor, runSync } from '@mdx-js/mdx';
import { evaluate } from 'satteri';
import astroConfig from '../../astro.config.mjs';

interface Element {
  type: unknown;
  props: { children?: unknown };
}

const Fragment = Symbol('Fragment');
const element = (type: unknown, props: unknown): Element => ({ type, props: props as Element['props'] });
const runtime = { Fragment, jsx: element, jsxs: element };
/** The Markdown features the site compiles articles with, as Astro passes them to satteri. */
const siteFeatures = { gfm: astroConfig.markdown?.gfm !== false, smartPunctuation: astroConfig.markdown?.smartypants !== false };

/** Every mdast node type the reference compiler saw in the last compile. */
export const seenNodeTypes = new Set<string>();
const recordTypes = () => (tree: { type: string; children?: unknown[] }) => {
  const walk = (node: { type: string; children?: unknown[] }) => {
    seenNodeTypes.add(node.type);
    (node.children as (typeof node)[] | undefined)?.forEach(walk);
  };
  walk(tree);
};
const processor = createProcessor({ outputFormat: 'function-body', remarkPlugins: [recordTypes] });

/** The text of each top-level paragraph; throws on any other element or stray text. */
function paragraphs(content: Element): string[] {
  // a single paragraph comes back as itself, several in a fragment
  const children = content.type === Fragment ? ([] as unknown[]).concat(content.props.children ?? []) : [content];
  return children.flatMap((child) => {
    if (typeof child === 'string') {
      if (child.trim()) throw new Error(`stray text ${JSON.stringify(child)}`);
      return [];
    }
    const { type, props } = child as Element;
    const texts = ([] as unknown[]).concat(props.children ?? []);
    if (type !== 'p' || texts.some((text) => typeof text !== 'string')) throw new Error(`rendered <${String(type)}> with ${JSON.stringify(props)}`);
    return [texts.join('')];
  });
}

/** Compiles and runs `mdx` with @mdx-js/mdx; the paragraphs it renders. */
export function renderWithMdxJs(mdx: string): string[] {
  seenNodeTypes.clear();
  const code = String(processor.processSync(mdx));
  const { default: Content } = runSync(code, { ...runtime, baseUrl: import.meta.url }) as unknown as { default: (props: object) => Element };
  return paragraphs(Content({}));
}

/** Compiles and runs `mdx` with satteri, Astro's MDX compiler; the paragraphs it renders. */
export function renderWithSatteri(mdx: string): string[] {
  const { default: Content } = evaluate(mdx, { ...runtime, features: siteFeatures }) as { default: (props: object) => Element };
  return paragraphs(Content({}));
}
