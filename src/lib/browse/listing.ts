/**
 * What every listing page (an official's, a topic's, an outlet's, a period's) shares: the slice of
 * articles it shows, the pager, the per-year chart, and links to officials, topics and outlets in
 * the page's language; the section indexes page their entries the same way.
 */
import type { Language } from '../../schemas/article.ts';
import type { Archive, ArticleView } from '../archive/collections.ts';
import type { ArchivedArticle } from '../archive/articles.ts';
import { yearCounts, type Ranked, type YearCount } from './grouping.ts';
import { paginate, pager, type Pager } from './pagination.ts';
import { otherLanguage, t } from '../../i18n/index.ts';
import { absoluteUrl, href, pagedSlug, routePath, type Section } from '../site/routes.ts';
import { collectionPageLd } from '../publish/structured-data.ts';
import type { LocalisedText } from '../archive/titles.ts';
import type { PageFrame } from '../site/pages.ts';

/** " — Page 2" after a paged list's title and heading; nothing when it has one page. */
export function pageLabel(lang: Language, pager: Pager | null): string {
  return pager ? ` — ${t(lang, 'pager.page', { number: pager.current })}` : '';
}

export interface BrowseContext {
  archive: Archive;
  lang: Language;
  /** Every article as a page in `lang` shows it, by slug. */
  views: Map<string, ArticleView>;
}

export interface Route<P> {
  params: { lang: Language; path: string | undefined };
  props: { page: P };
}

export interface Link {
  url: string;
  label: LocalisedText;
  /** The plain-ASCII form of an official's name, shown on English pages. */
  ascii?: string;
}

export interface LinkedCount extends Link {
  count: number;
  /** A line under the link: an official's current title, a topic's description. */
  detail?: LocalisedText;
}

export interface Listing {
  lang: Language;
  url: string;
  /** The same page (same page number) in the other language. */
  switchTo: string;
  articles: ArticleView[];
  total: number;
  pager: Pager | null;
  /** Articles per year; empty when the page shows none. */
  chart: YearCount[];
}

/** A listing's page exists in both languages, at the same page number. */
export const listingFrame = ({ lang, switchTo }: Listing): PageFrame => ({ lang, switchTo, alternate: true });

/** One page of a long list, with its route path, its URL, the same page in the other language and its pager. */
export interface PagedList<T> {
  path: string | undefined;
  url: string;
  switchTo: string;
  pager: Pager | null;
  items: T[];
}

/** The pages of `items` in `lang`; `slugFor` gives the list's slug in each language (undefined: the section itself). */
export function pagedList<T>(lang: Language, section: Section, slugFor: (lang: Language) => string | undefined, items: readonly T[]): PagedList<T>[] {
  const urlOf = (l: Language, page: number) => href(l, section, pagedSlug(l, slugFor(l), page));
  return paginate(items).map((page) => ({
    path: routePath(lang, section, pagedSlug(lang, slugFor(lang), page.number)),
    url: urlOf(lang, page.number),
    switchTo: urlOf(otherLanguage(lang), page.number),
    pager: pager(page.number, page.count, (n) => urlOf(lang, n)),
    items: page.items,
  }));
}

/**
 * One Listing per page of `articles`; `slugFor` gives the list's slug in each language. A list
 * of one period has no per-year chart (`withChart` false): it would be a single bar.
 */
export function listings(
  ctx: BrowseContext,
  section: Section,
  slugFor: (lang: Language) => string | undefined,
  articles: readonly ArchivedArticle[],
  withChart = true,
): { path: string | undefined; listing: Listing }[] {
  const { lang } = ctx;
  const chart = withChart ? yearCounts(articles) : [];
  return pagedList(lang, section, slugFor, articles).map(({ path, url, switchTo, pager, items }) => ({
    path,
    listing: { lang, url, switchTo, articles: items.map((article) => ctx.views.get(article.slug)!), total: articles.length, pager, chart },
  }));
}

export function officialLink(ctx: BrowseContext, id: string): Link {
  const official = ctx.archive.officials.get(id)!;
  return {
    url: href(ctx.lang, 'officials', id),
    label: { text: official.name, lang: 'vi' },
    ascii: ctx.lang === 'en' && official.ascii !== official.name ? official.ascii : undefined,
  };
}

export function topicLink(ctx: BrowseContext, id: string): Link {
  return { url: href(ctx.lang, 'topics', id), label: { text: ctx.archive.topics.get(id)!.label[ctx.lang], lang: ctx.lang } };
}

/** An outlet's English name on English pages; a Vietnamese name without one is marked as such. */
export function outletLink(ctx: BrowseContext, id: string): Link {
  const outlet = ctx.archive.outlets.get(id)!;
  const english = ctx.lang === 'en' && outlet.nameEn;
  return { url: href(ctx.lang, 'outlets', id), label: english ? { text: outlet.nameEn!, lang: 'en' } : { text: outlet.name, lang: outlet.language } };
}

/** Ranked ids as links with their counts. */
export const linkRanked = (ranked: Ranked[], link: (id: string) => Link): LinkedCount[] => ranked.map(({ id, count }) => ({ ...link(id), count }));

/** Labels for sorting ties, in the page's language. */
export const officialName = (ctx: BrowseContext) => (id: string) => ctx.archive.officials.get(id)?.name ?? id;
export const topicLabel = (ctx: BrowseContext) => (id: string) => ctx.archive.topics.get(id)?.label[ctx.lang] ?? id;

/** The archive itself, as JSON-LD pages say they are part of it. */
export const archiveRef = (lang: Language) => ({ name: t(lang, 'site.name'), url: absoluteUrl(href(lang)) });

/** A CollectionPage for a page listing articles (or, on an index, officials, topics...). */
export function collectionLd(lang: Language, url: string, items: { url: string }[], name: string, description: string | null, about: { id: string } | { name: string } | null) {
  return collectionPageLd({ url: absoluteUrl(url), name, description, inLanguage: lang, about, items: items.map((item) => absoluteUrl(item.url)), archive: archiveRef(lang) });
}
