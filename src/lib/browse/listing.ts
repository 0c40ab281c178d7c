/**
 * What every listing page (an official's, a topic's, an outlet's, a period's) shares: the slice of
 * articles it shows, the pager and the per-year chart; the section indexes page their entries the
 * same way.
 */
import type { Language } from '../../schemas/article.ts';
import type { Archive, ArticleView } from '../archive/collections.ts';
import type { ArchivedArticle } from '../archive/articles.ts';
import { yearCounts, type YearCount } from './grouping.ts';
import { paginate, pager, type Pager } from './pagination.ts';
import { otherLanguage, t } from '../../i18n/index.ts';
import { absoluteUrl, href, pagedSlug, routePath, type Section } from '../site/routes.ts';
import { collectionPageLd } from '../publish/structured-data.ts';

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

/** One page of a long list, with its route path, its URL, the same page in the other language and its pager. */
export interface PagedList<T> {
  path: string | undefined;
  url: string;
  switchTo: string;
  pager: Pager | null;
  items: T[];
}

/** The pages of `items` in `lang`; `slugFor` gives the list's slug in each language (undefined: the section itself). */
export function pagedList<T>(
  lang: Language,
  section: Section,
  slugFor: (lang: Language) => string | undefined,
  items: readonly T[],
): PagedList<T>[] {
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

/** The archive itself, as JSON-LD pages say they are part of it. */
export const archiveRef = (lang: Language) => ({ name: t(lang, 'site.name'), url: absoluteUrl(href(lang)) });

/** A CollectionPage for a page listing articles (or, on an index, officials, topics...). */
export function collectionLd(
  lang: Language,
  url: string,
  items: { url: string }[],
  name: string,
  description: string | null,
  about: { id: string } | { name: string } | null,
) {
  return collectionPageLd({
    url: absoluteUrl(url),
    name,
    description,
    inLanguage: lang,
    about,
    items: items.map((item) => absoluteUrl(item.url)),
    archive: archiveRef(lang),
  });
}
