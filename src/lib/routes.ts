/**
 * Every URL of the site comes from here: the language prefix, localised section names and the
 * deployment base path (SITE_BASE), so the switcher and sub-path hosting cannot drift apart.
 */
import type { Language } from '../schemas/article.ts';

export const SECTIONS = {
  articles: { vi: 'bai-viet', en: 'articles' },
} as const;
export type Section = keyof typeof SECTIONS;

/** The base path with a trailing slash, from Astro's BASE_URL (defaults to "/"). */
function base(): string {
  const value: string = import.meta.env?.BASE_URL ?? '/';
  return value.endsWith('/') ? value : `${value}/`;
}

/** A site-internal path: `href('vi')` → "/vi/", `href('en', 'articles', 'x')` → "/en/articles/x/". */
export function href(lang: Language, section?: Section, slug?: string): string {
  const parts: string[] = [lang];
  if (section) parts.push(SECTIONS[section][lang]);
  if (slug) parts.push(slug);
  return `${base()}${parts.join('/')}/`;
}

/** The path of a file at the site root, e.g. `assetHref('raw/x.txt')`. */
export function assetHref(path: string): string {
  return `${base()}${path.replace(/^\//, '')}`;
}

/** The route parameter (`[...path]`) of a page inside a language. */
export function routePath(lang: Language, section?: Section, slug?: string): string | undefined {
  if (!section) return undefined;
  return slug ? `${SECTIONS[section][lang]}/${slug}` : SECTIONS[section][lang];
}
