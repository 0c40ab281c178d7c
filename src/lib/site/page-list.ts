/**
 * The list of the built pages (`/pages.json`): each page's path, language, hreflang alternates and
 * the facts the steps after `astro build` need, written by the build from the route map
 * (src/pages/pages.json.ts), so the site map and the search index never read them back out of HTML.
 * Plain Node code: astro.config.mjs and the index step read it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../schemas/article.ts';

export const PAGE_LIST = 'pages.json';

/** A language's not-found page is built at <lang>/404/ and moved to <lang>/404.html (astro.config.mjs), where hosts look for it. */
export const NOT_FOUND_PATH = '404';

export interface ListedPage {
  kind: string;
  lang: Language;
  /** Where it is built, below the output folder: "vi/bai-viet/<slug>/", "" for the root. */
  path: string;
  /** Its public address (SITE_URL and SITE_BASE included). */
  url: string;
  alternates: { lang: Language; url: string }[];
  noindex?: true;
  lastmod?: string;
  /** Set on the pages the search index holds: the year it files the page under (null: undated). */
  search?: { year: number | null };
}

/** The page list of a built site in `dist`. */
export function readPageList(dist: string): ListedPage[] {
  return JSON.parse(readFileSync(join(dist, PAGE_LIST), 'utf8')) as ListedPage[];
}
