/** Reading the built site and the bundled content in tests. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { parse, type HTMLElement } from 'node-html-parser';
import { MANIFEST, type Period } from '../../src/search/periods.ts';

export const root = new URL('../../', import.meta.url).pathname;
export const dist = process.env.ARCHIVE_DIST ?? join(root, 'dist');

export interface ContentArticle {
  slug: string;
  lang: 'vi' | 'en';
  data: Record<string, any>;
  body: string;
}

/** Every article file in the articles folder of a content folder (the bundled one unless told). */
export function contentArticles(contentDir = join(root, 'content')): ContentArticle[] {
  const out: ContentArticle[] = [];
  for (const lang of ['vi', 'en'] as const) {
    const dir = join(contentDir, 'articles', lang);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
      const { data, content } = matter(readFileSync(join(dir, name), 'utf8'));
      out.push({ slug: name.slice(0, -4), lang, data, body: content });
    }
  }
  return out;
}

/** The built page at a site path such as "/vi/bai-viet/x/". */
export function page(path: string): HTMLElement {
  const file = join(dist, path, path.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`no built page for ${path}`);
  return parse(readFileSync(file, 'utf8'));
}

export function articlePath(lang: 'vi' | 'en', slug: string): string {
  return lang === 'vi' ? `/vi/bai-viet/${slug}/` : `/en/articles/${slug}/`;
}

/** Every HTML file under dist/, as site paths. */
export function builtPages(dir = dist, prefix = '/'): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) out.push(...builtPages(join(dir, entry.name), `${prefix}${entry.name}/`));
    else if (entry.name.endsWith('.html')) out.push(entry.name === 'index.html' ? prefix : `${prefix}${entry.name}`);
  }
  return out;
}

/** The periods of a built site's search index, newest first, as the indexer listed them. */
export function searchPeriods(dir = dist): Period[] {
  return JSON.parse(readFileSync(join(dir, 'pagefind', MANIFEST), 'utf8')) as Period[];
}
