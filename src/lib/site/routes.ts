/**
 * Every URL of the site comes from here: the language prefix, localised section names and the
 * deployment base path (SITE_BASE), so the switcher and sub-path hosting cannot drift apart.
 * (Astro's i18n routing is not configured: its helpers give a page the same path in every
 * language, and the archive's section names are localised.)
 */
import type { Language } from '../../schemas/article.ts';

export const SECTIONS = {
  articles: { vi: 'bai-viet', en: 'articles' },
  officials: { vi: 'quan-chuc', en: 'officials' },
  topics: { vi: 'chu-de', en: 'topics' },
  outlets: { vi: 'co-quan-bao-chi', en: 'outlets' },
  years: { vi: 'nam', en: 'years' },
  search: { vi: 'tim-kiem', en: 'search' },
} as const;
export type Section = keyof typeof SECTIONS;

/** Page 2 onwards of a long list lives under this segment: ".../trang/2/", ".../page/2/". */
const PAGE_SEGMENT = { vi: 'trang', en: 'page' } as const;
/** Under `years`, the slug of the list of articles whose date is unknown. */
export const UNDATED_SLUG = { vi: 'khong-ro-ngay', en: 'undated' } as const;

/** The slug of page `page` of a list whose first page is at `slug` (undefined: the section itself). */
export function pagedSlug(lang: Language, slug: string | undefined, page: number): string | undefined {
  if (page <= 1) return slug;
  return [slug, PAGE_SEGMENT[lang], String(page)].filter(Boolean).join('/');
}

/** Below an article, the side-by-side reading of its original and translation. */
export const PARALLEL_SLUG = { vi: 'song-ngu', en: 'side-by-side' } as const;
export const parallelSlug = (lang: Language, slug: string) => `${slug}/${PARALLEL_SLUG[lang]}`;

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

/** The RSS feed of a language (no section) or of an official or topic page. */
export function feedHref(lang: Language, section?: Section, slug?: string): string {
  return `${href(lang, section, slug)}rss.xml`;
}

/** An absolute URL on the public origin (SITE_URL), for feeds, the sitemap and JSON-LD. */
export function absoluteUrl(path: string): string {
  return new URL(path, import.meta.env?.SITE ?? 'http://localhost/').href;
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

/** The language of the page at `url`: its first path segment under the base. */
export function pageLanguage(url: URL): Language {
  return url.pathname.slice(base().length).startsWith('en/') ? 'en' : 'vi';
}
