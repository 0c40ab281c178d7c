/** What an article page shows besides the article: related articles, its neighbours in time, how to cite it, JSON-LD. */
import { t } from '../../i18n/index.ts';
import type { ArticleView } from '../archive/collections.ts';
import type { ArchivedArticle } from '../archive/articles.ts';
import { neighbours } from './grouping.ts';
import { bibtex, cslJson, referenceParts, type CitationInput } from '../publish/citation.ts';
import type { BrowseContext } from './listing.ts';
import { relatedIndex } from './related.ts';
import { absoluteUrl, href } from '../site/routes.ts';
import { newsArticleLd } from '../publish/structured-data.ts';
import { attributionText } from '../archive/attribution.ts';
import { citationMeta } from '../publish/citation-meta.ts';
import { leadOf, paragraphsOf } from '../archive/paragraphs.ts';
import type { LocalisedText } from '../archive/titles.ts';

export interface ArticleExtras {
  related: ArticleView[];
  older: ArticleView | null;
  newer: ArticleView | null;
  citation: { reference: LocalisedText[]; bibtex: string; csl: string };
  ld: Record<string, unknown>[];
  /** The citation_* meta tags reference managers read. */
  citationMeta: [string, string][];
  /** The page's description: a translation's summary, else the text's opening words. */
  description: string | null;
  /** When the archived page last changed (imported, translated, corrected), for the sitemap. */
  modified: string | null;
}

/** The latest of the dates on which the archive changed what this article's page shows. */
function lastChange(view: ArticleView, article: ArchivedArticle): string | null {
  const dates = [article.original.data.importedAt, article.translation?.data.translatedAt, ...view.corrections.map((c) => c.date)].filter(
    (d): d is string => Boolean(d),
  );
  return dates.sort().at(-1) ?? null;
}

const outletRef = (outlet: ArticleView['outlet']) =>
  outlet && { name: outlet.name, ...(outlet.site && { url: `https://${outlet.site}/` }) };

function structuredData(view: ArticleView, article: ArchivedArticle): Record<string, unknown> {
  const original = article.original.data;
  const translation = article.translation?.data;
  const pageOf = (lang: 'vi' | 'en', headline: string) => ({
    url: absoluteUrl(href(lang, 'articles', article.slug)),
    headline,
    inLanguage: lang,
  });
  return newsArticleLd({
    url: absoluteUrl(view.url),
    headline: view.title.text,
    description: view.summary,
    inLanguage: view.version.file.data.language,
    date: { value: view.date, kind: view.dateKind },
    credit: attributionText(view, view.lang),
    author: view.author,
    publisher: outletRef(view.outlet),
    sourceOrganization: outletRef(view.originalOutlet),
    translationOf: view.version.kind === 'translation' ? pageOf(original.language, original.title) : null,
    translation: view.version.kind === 'original' && translation ? pageOf(translation.language, translation.title) : null,
    translator: view.version.kind === 'translation' ? (translation?.translator ?? null) : null,
    officials: view.officials.map((o) => ({ name: o.name, url: absoluteUrl(o.url) })),
    topics: view.topics.map((topic) => topic.label),
    archive: { name: t(view.lang, 'site.name'), url: absoluteUrl(href(view.lang)) },
  });
}

export function articleExtras(ctx: BrowseContext, article: ArchivedArticle): ArticleExtras {
  const view = ctx.views.get(article.slug)!;
  const viewOf = (a: ArchivedArticle | null) => (a ? ctx.views.get(a.slug)! : null);
  const { older, newer } = neighbours(ctx.archive.articles, article.slug);
  const translation = article.translation?.data;
  const cite: CitationInput = {
    slug: article.slug,
    author: view.author,
    title: view.originalTitle,
    translatedTitle: translation ? { text: translation.title, lang: translation.language } : null,
    attribution: attributionText(view, ctx.lang),
    outlet: view.outlet?.name ?? null,
    originalOutlet: view.originalOutlet?.name ?? null,
    date: view.date,
    dateKind: view.dateKind,
    archivedAt: view.importedAt,
    url: absoluteUrl(view.url),
  };
  return {
    related: relatedIndex(ctx.archive.articles)
      .get(article.slug)!
      .map((a) => viewOf(a)!),
    older: viewOf(older),
    newer: viewOf(newer),
    citation: { reference: referenceParts(cite, ctx.lang), bibtex: bibtex(cite, ctx.lang), csl: cslJson(cite, ctx.lang) },
    ld: [structuredData(view, article)],
    citationMeta: citationMeta(view),
    description: view.summary ?? leadOf(paragraphsOf(view.entry)),
    modified: lastChange(view, article),
  };
}
