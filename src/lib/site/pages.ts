/**
 * The pages of the kinds too small for a module of their own (home, article, side by side, search,
 * not found), each with its frame (./frame.ts). The table of kinds is src/pages/[lang]/_page-kinds.ts.
 */
import type { Language } from '../../schemas/article.ts';
import { NOT_FOUND_PATH } from './page-list.ts';
import { otherLanguage } from '../../i18n/index.ts';
import { articleView, type Archive, type ArticleView } from '../archive/collections.ts';
import type { ArchivedArticle } from '../archive/articles.ts';
import { parallelText, type ParallelText } from '../archive/parallel.ts';
import { articleExtras, type ArticleExtras } from '../browse/article-extras.ts';
import { homeOverview, type HomeOverview } from '../browse/home.ts';
import type { BrowseContext, Route } from '../browse/listing.ts';
import { searchFacets, type SearchFacets } from '../../search/facets.ts';
import { searchYear } from '../../search/record.ts';
import { href, parallelSlug, routePath } from './routes.ts';
import { bilingualFrame, type PageFrame } from './frame.ts';

/** The root page's hreflang alternates: it is neither language's page, so it names both. */
export const doorwayAlternates = (): { lang: Language; url: string }[] =>
  (['vi', 'en'] as const).map((lang) => ({ lang, url: href(lang) }));

/** The BrowseContext of one language: every article as its pages in that language show it. */
export function browseContext(archive: Archive, lang: Language): BrowseContext {
  return { archive, lang, views: new Map(archive.articles.map((article) => [article.slug, articleView(archive, article, lang)])) };
}

/** A page under the articles section for each article that has one: `pageOf` gives its slug there and its data, or null. */
function perArticle<P>(
  ctx: BrowseContext,
  pageOf: (archived: ArchivedArticle, article: ArticleView) => [slug: string, page: P] | null,
): Route<P>[] {
  const { lang } = ctx;
  return ctx.archive.articles.flatMap((archived) => {
    const found = pageOf(archived, ctx.views.get(archived.slug)!);
    return found ? [{ params: { lang, path: routePath(lang, 'articles', found[0]) }, props: { page: found[1] } }] : [];
  });
}

export type HomePage = { lang: Language } & HomeOverview;
export const homePages = (ctx: BrowseContext): Route<HomePage>[] => [
  { params: { lang: ctx.lang, path: undefined }, props: { page: { lang: ctx.lang, ...homeOverview(ctx) } } },
];

export interface ArticlePage {
  article: ArticleView;
  extras: ArticleExtras;
}
export const articlePages = (ctx: BrowseContext) =>
  perArticle(ctx, (archived, article): [string, ArticlePage] => [article.slug, { article, extras: articleExtras(ctx, archived) }]);
export function articleFrame({ article, extras }: ArticlePage): PageFrame {
  const { lang, slug } = article;
  const year = searchYear(article);
  return {
    lang,
    switchTo: href(otherLanguage(lang), 'articles', slug),
    alternate: article.counterpart !== null,
    modified: extras.modified,
    search: { year: year ? Number(year) : null },
  };
}

export interface ParallelPage {
  article: ArticleView;
  text: ParallelText;
}
export const parallelPages = (ctx: BrowseContext) =>
  perArticle(ctx, (archived, article): [string, ParallelPage] | null => {
    const text = parallelText(ctx.archive, archived);
    return text && [parallelSlug(ctx.lang, article.slug), { article, text }];
  });
export const parallelFrame = ({ article }: ParallelPage) =>
  bilingualFrame(article.lang, (l) => href(l, 'articles', parallelSlug(l, article.slug)));

export interface SearchPage {
  lang: Language;
  facets: SearchFacets;
}
export const searchPages = (ctx: BrowseContext): Route<SearchPage>[] => [
  {
    params: { lang: ctx.lang, path: routePath(ctx.lang, 'search') },
    props: { page: { lang: ctx.lang, facets: searchFacets([...ctx.views.values()], ctx.lang) } },
  },
];

export type NotFoundPage = { lang: Language };
export const notFoundPages = ({ lang }: BrowseContext): Route<NotFoundPage>[] => [
  { params: { lang, path: NOT_FOUND_PATH }, props: { page: { lang } } },
];
export const notFoundFrame = ({ lang }: NotFoundPage): PageFrame => ({
  lang,
  switchTo: href(otherLanguage(lang)),
  alternate: false,
  noindex: true,
});
