/** The route table: every page of the site, in both languages, as `[lang]/[...path]` params. */
import { LANGUAGES, type Language } from '../../schemas/article.ts';
import { loadArchive, articleView, type ArticleView } from '../archive/collections.ts';
import { parallelSlug, routePath } from './routes.ts';
import { articleExtras, type ArticleExtras } from '../browse/article-extras.ts';
import { indexPages, type IndexPage } from '../browse/index-pages.ts';
import { periodPages, type PeriodPage } from '../browse/period-pages.ts';
import { officialPages, outletPages, topicPages, type TagPage } from '../browse/subject-pages.ts';
import { searchFacets, type SearchFacets } from '../../search/facets.ts';
import { homeOverview, type HomeOverview } from '../browse/home.ts';
import { parallelText, type ParallelText } from '../archive/parallel.ts';

export type SitePage =
  | ({ kind: 'home'; lang: Language } & HomeOverview)
  | { kind: 'notFound'; lang: Language }
  | { kind: 'parallel'; lang: Language; article: ArticleView; text: ParallelText }
  | { kind: 'article'; lang: Language; article: ArticleView; extras: ArticleExtras }
  | TagPage
  | PeriodPage
  | IndexPage
  | { kind: 'search'; lang: Language; facets: SearchFacets };

/** A language's not-found page is built at <lang>/404/ and moved to <lang>/404.html (astro.config.mjs), where hosts look for it. */
export const NOT_FOUND_PATH = '404';

export async function sitePages(): Promise<{ params: { lang: Language; path: string | undefined }; props: { page: SitePage } }[]> {
  const archive = await loadArchive();
  const pages: { params: { lang: Language; path: string | undefined }; props: { page: SitePage } }[] = [];
  for (const lang of LANGUAGES) {
    const views = archive.articles.map((article) => articleView(archive, article, lang));
    const ctx = { archive, lang, views: new Map(views.map((view) => [view.slug, view])) };
    pages.push({ params: { lang, path: undefined }, props: { page: { kind: 'home', lang, ...homeOverview(ctx) } } });
    for (const [i, view] of views.entries()) {
      const extras = articleExtras(ctx, archive.articles[i]);
      pages.push({ params: { lang, path: routePath(lang, 'articles', view.slug) }, props: { page: { kind: 'article', lang, article: view, extras } } });
      const text = parallelText(archive, archive.articles[i]);
      if (text) pages.push({ params: { lang, path: routePath(lang, 'articles', parallelSlug(lang, view.slug)) }, props: { page: { kind: 'parallel', lang, article: view, text } } });
    }
    pages.push(...officialPages(ctx), ...topicPages(ctx), ...outletPages(ctx), ...periodPages(ctx), ...indexPages(ctx));
    pages.push({ params: { lang, path: routePath(lang, 'search') }, props: { page: { kind: 'search', lang, facets: searchFacets(views, lang) } } });
    pages.push({ params: { lang, path: NOT_FOUND_PATH }, props: { page: { kind: 'notFound', lang } } });
  }
  return pages;
}
