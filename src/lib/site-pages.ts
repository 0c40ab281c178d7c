/** The route table: every page of the site, in both languages, as `[lang]/[...path]` params. */
import { LANGUAGES, type Language } from '../schemas/article.ts';
import { loadArchive, articleView, type ArticleView } from './archive.ts';
import { routePath } from './routes.ts';
import { articleExtras, type ArticleExtras } from './article-extras.ts';
import { indexPages, type IndexPage } from './index-pages.ts';
import { periodPages, type PeriodPage } from './period-pages.ts';
import { officialPages, outletPages, topicPages, type TagPage } from './tag-pages.ts';
import { searchFacets, type SearchFacets } from './search-facets.ts';

export type SitePage =
  | { kind: 'home'; lang: Language; latest: ArticleView[]; total: number }
  | { kind: 'article'; lang: Language; article: ArticleView; extras: ArticleExtras }
  | TagPage
  | PeriodPage
  | IndexPage
  | { kind: 'search'; lang: Language; facets: SearchFacets };

const HOME_LIST_LENGTH = 20;

export async function sitePages(): Promise<{ params: { lang: Language; path: string | undefined }; props: { page: SitePage } }[]> {
  const archive = await loadArchive();
  const pages: { params: { lang: Language; path: string | undefined }; props: { page: SitePage } }[] = [];
  for (const lang of LANGUAGES) {
    const views = archive.articles.map((article) => articleView(archive, article, lang));
    const ctx = { archive, lang, views: new Map(views.map((view) => [view.slug, view])) };
    pages.push({ params: { lang, path: undefined }, props: { page: { kind: 'home', lang, latest: views.slice(0, HOME_LIST_LENGTH), total: views.length } } });
    for (const [i, view] of views.entries()) {
      const extras = articleExtras(ctx, archive.articles[i]);
      pages.push({ params: { lang, path: routePath(lang, 'articles', view.slug) }, props: { page: { kind: 'article', lang, article: view, extras } } });
    }
    pages.push(...officialPages(ctx), ...topicPages(ctx), ...outletPages(ctx), ...periodPages(ctx), ...indexPages(ctx));
    pages.push({ params: { lang, path: routePath(lang, 'search') }, props: { page: { kind: 'search', lang, facets: searchFacets(views, lang) } } });
  }
  return pages;
}
