/** The route table: every page of the site, in both languages, as `[lang]/[...path]` params. */
import { LANGUAGES, type Language } from '../schemas/article.ts';
import { loadArchive, articleView, type ArticleView } from './archive.ts';
import { routePath } from './routes.ts';

export type SitePage =
  | { kind: 'home'; lang: Language; latest: ArticleView[]; total: number }
  | { kind: 'article'; lang: Language; article: ArticleView };

const HOME_LIST_LENGTH = 20;

export async function sitePages(): Promise<{ params: { lang: Language; path: string | undefined }; props: { page: SitePage } }[]> {
  const archive = await loadArchive();
  const pages: { params: { lang: Language; path: string | undefined }; props: { page: SitePage } }[] = [];
  for (const lang of LANGUAGES) {
    const views = archive.articles.map((article) => articleView(archive, article, lang));
    pages.push({ params: { lang, path: undefined }, props: { page: { kind: 'home', lang, latest: views.slice(0, HOME_LIST_LENGTH), total: views.length } } });
    for (const view of views) {
      pages.push({ params: { lang, path: routePath(lang, 'articles', view.slug) }, props: { page: { kind: 'article', lang, article: view } } });
    }
  }
  return pages;
}
