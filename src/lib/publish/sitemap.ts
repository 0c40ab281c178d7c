/**
 * The sitemap's hreflang alternates, read from each built page's own <link rel="alternate">:
 * a page declares an alternate only where a real version in the other language exists (an
 * article whose English page is a fallback declares none), so the sitemap says exactly the same.
 * Pages that ask not to be indexed are left out; an article page gives its lastmod. Plain Node
 * code, used by astro.config.mjs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SitemapLink {
  lang: string;
  url: string;
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/** The hreflang alternates a page's HTML declares. */
export function alternatesIn(html: string): SitemapLink[] {
  const links: SitemapLink[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const lang = attribute(tag, 'hreflang');
    const url = attribute(tag, 'href');
    if (attribute(tag, 'rel') === 'alternate' && lang && url) links.push({ lang, url: url.replace(/&amp;/g, '&') });
  }
  return links;
}

/** The date a page says it last changed (`<meta name="dcterms.modified">`), for the sitemap's lastmod. */
export const modifiedIn = (html: string): string | undefined =>
  [...html.matchAll(/<meta\b[^>]*>/gi)].map(([tag]) => tag).filter((tag) => attribute(tag, 'name') === 'dcterms.modified').map((tag) => attribute(tag, 'content'))[0];

const isNoindex = (html: string) => /<meta\b[^>]*name=["']robots["'][^>]*content=["'][^"']*noindex/i.test(html);

/**
 * A `serialize` for @astrojs/sitemap that reads pages where `built()` says they were written, for
 * which base path (e.g. "/archive/"); asked per page, since the build settles both late.
 */
export function sitemapSerializer(built: () => { outDir: string; base: string }) {
  return <T extends { url: string; links?: SitemapLink[]; lastmod?: string }>(item: T): (T & { links?: SitemapLink[] }) | undefined => {
    const { outDir, base } = built();
    const path = decodeURIComponent(new URL(item.url).pathname).slice(base.replace(/\/?$/, '/').length - 1);
    const file = join(outDir, path, path.endsWith('/') ? 'index.html' : '');
    if (!existsSync(file)) return item;
    const html = readFileSync(file, 'utf8');
    if (isNoindex(html)) return undefined;
    const links = alternatesIn(html);
    const lastmod = modifiedIn(html);
    return { ...item, links: links.length > 0 ? links : undefined, ...(lastmod && { lastmod }) };
  };
}
