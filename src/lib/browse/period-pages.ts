/** Archives by date: a page per year, per month, and one for articles whose date is unknown. */
import { t } from '../../i18n/index.ts';
import type { Language } from '../../schemas/article.ts';
import type { ArchivedArticle } from '../archive/articles.ts';
import { articleDate, groupByKeys, monthOf, yearOf } from './grouping.ts';
import { formatPartialDate } from '../text/dates.ts';
import { collectionLd, listings, type BrowseContext, type Listing, type Route } from './listing.ts';
import { type Link, type LinkedCount } from './links.ts';
import { href, UNDATED_SLUG } from '../site/routes.ts';

export interface PeriodPage {
  lang: Language;
  listing: Listing;
  heading: string;
  /** On a year's page: its months that have articles, in calendar order. */
  months: LinkedCount[];
  /** On a month's page: the year it belongs to. */
  year: Link | null;
  /** On a year's page: how many of its articles give only the year (so are on no month's page). */
  yearOnly: number;
  ld: Record<string, unknown>[];
}

/** "2021/07" → the month's slug under `years`; a year's slug is the year. */
const monthSlug = (month: string) => month.replace('-', '/');

/** The months of `articles` with their counts, January first. */
export function monthLinks(ctx: BrowseContext, articles: readonly ArchivedArticle[]): LinkedCount[] {
  return [...groupByKeys(articles, (a) => [monthOf(a)])]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, list]) => ({
      url: href(ctx.lang, 'years', monthSlug(month)),
      label: { text: formatPartialDate(month, ctx.lang)!, lang: ctx.lang },
      count: list.length,
    }));
}

function periodRoutes(
  ctx: BrowseContext,
  slugFor: (lang: Language) => string,
  articles: readonly ArchivedArticle[],
  heading: string,
  extra: Pick<PeriodPage, 'months' | 'year' | 'yearOnly'>,
): Route<PeriodPage>[] {
  const { lang } = ctx;
  return listings(ctx, 'years', slugFor, articles, false).map(({ path, listing }) => {
    const ld = collectionLd(lang, listing.url, listing.articles, heading, null, null);
    return { params: { lang, path }, props: { page: { lang, listing, heading, ...extra, ld: [ld] } } };
  });
}

export function periodPages(ctx: BrowseContext): Route<PeriodPage>[] {
  const { archive, lang } = ctx;
  const routes: Route<PeriodPage>[] = [];
  for (const [year, articles] of groupByKeys(archive.articles, (a) => [yearOf(a)])) {
    const yearOnly = articles.filter((a) => !monthOf(a)).length;
    routes.push(
      ...periodRoutes(ctx, () => year, articles, t(lang, 'year.heading', { year }), {
        months: monthLinks(ctx, articles),
        year: null,
        yearOnly,
      }),
    );
    for (const [month, inMonth] of groupByKeys(articles, (a) => [monthOf(a)])) {
      const heading = t(lang, 'year.monthHeading', { month: formatPartialDate(month, lang)! });
      const parent = { url: href(lang, 'years', year), label: { text: t(lang, 'year.heading', { year }), lang } };
      routes.push(...periodRoutes(ctx, () => monthSlug(month), inMonth, heading, { months: [], year: parent, yearOnly: 0 }));
    }
  }
  const undated = archive.articles.filter((a) => !articleDate(a));
  if (undated.length > 0)
    routes.push(...periodRoutes(ctx, (l) => UNDATED_SLUG[l], undated, t(lang, 'year.undated'), { months: [], year: null, yearOnly: 0 }));
  return routes;
}
