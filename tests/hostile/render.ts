/**
 * Rendering article text as the site does: with the Markdown renderer astro.config.mjs gives
 * Astro (the one the article loader's renderMarkdown runs), and, since the files are MDX, with
 * satteri's MDX compiler as Astro's MDX integration would run it, under a runtime that records
 * elements instead of rendering them. Both give back the paragraphs and fail on anything else.
 */
import { evaluate } from 'satteri';
import { parse, type HTMLElement } from 'node-html-parser';
import astroConfig from '../../astro.config.mjs';
import { ARTICLE_FEATURES } from '../../src/check/markdown-settings.ts';

interface Element {
  type: unknown;
  props: { children?: unknown };
}

type Renderer = { render(text: string): Promise<{ code: string }> };
const siteRenderer: Promise<Renderer> = (
  astroConfig.markdown!.processor as unknown as { createRenderer(options: object): Promise<Renderer> }
).createRenderer({});

/** The HTML the site makes of an article's text. */
export async function renderAsSite(body: string): Promise<string> {
  return (await (await siteRenderer).render(body)).code;
}

/** The text of each paragraph of rendered HTML; throws on any other element, any attribute but its anchor (p-1, p-2, …), or stray text. */
export function htmlParagraphs(html: string): string[] {
  const root = parse(html);
  let anchors = 0;
  return root.childNodes.flatMap((node) => {
    if (node.nodeType === 3) {
      if (node.text.trim()) throw new Error(`stray text ${JSON.stringify(node.text)}`);
      return [];
    }
    const element = node as HTMLElement;
    if (element.rawTagName !== 'p' || element.rawAttrs !== `id="p-${++anchors}"` || element.querySelectorAll('*').length > 0)
      throw new Error(`rendered ${element.outerHTML}`);
    return [element.text];
  });
}

const Fragment = Symbol('Fragment');
const element = (type: unknown, props: unknown): Element => ({ type, props: props as Element['props'] });
const runtime = { Fragment, jsx: element, jsxs: element };

/** Compiles and runs `mdx` with satteri, Astro's MDX compiler; the paragraphs it renders. */
export function renderAsMdx(mdx: string): string[] {
  const { default: Content } = evaluate(mdx, { ...runtime, features: ARTICLE_FEATURES }) as { default: (props: object) => Element };
  const content = Content({});
  // a single paragraph comes back as itself, several in a fragment
  const children = content.type === Fragment ? ([] as unknown[]).concat(content.props.children ?? []) : [content];
  return children.flatMap((child) => {
    if (typeof child === 'string') {
      if (child.trim()) throw new Error(`stray text ${JSON.stringify(child)}`);
      return [];
    }
    const { type, props } = child as Element;
    const texts = ([] as unknown[]).concat(props.children ?? []);
    if (type !== 'p' || texts.some((text) => typeof text !== 'string'))
      throw new Error(`rendered <${String(type)}> with ${JSON.stringify(props)}`);
    return [texts.join('')];
  });
}
