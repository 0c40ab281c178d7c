/**
 * The sitemap's hreflang alternates and lastmod, from the build's list of its pages (pages.json,
 * src/lib/site/page-list.ts): a page has alternates only where a real version in the other
 * language exists (an article whose English page is a fallback has none), the same ones its head
 * declares. Pages that ask not to be indexed are left out. Plain Node code, used by astro.config.mjs.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_LIST, readPageList, type ListedPage } from '../site/page-list.ts';

export interface SitemapLink {
  lang: string;
  url: string;
}

/**
 * A `serialize` for @astrojs/sitemap that looks pages up in the page list of the folder `outDir()`
 * names (asked when the sitemap is written, since the build settles it late; read once).
 */
export function sitemapSerializer(outDir: () => string) {
  let pages: Map<string, ListedPage> | undefined;
  return <T extends { url: string; links?: SitemapLink[]; lastmod?: string }>(item: T): (T & { links?: SitemapLink[] }) | undefined => {
    if (!pages) {
      const dir = outDir();
      pages = new Map(existsSync(join(dir, PAGE_LIST)) ? readPageList(dir).map((page) => [page.url, page]) : []);
    }
    const page = pages.get(item.url);
    if (!page) return item;
    if (page.noindex) return undefined;
    return { ...item, links: page.alternates.length > 0 ? page.alternates : undefined, ...(page.lastmod && { lastmod: page.lastmod }) };
  };
}
