/**
 * Who said what: the quotations the archive's texts attribute to each official, as the pages in
 * one language show them, newest first, each linked to the paragraph it stands in.
 */
import type { Language } from '../../schemas/article.ts';
import { annotationsOf } from '../archive/annotations.ts';
import { versionFor, type ArchivedArticle, type ArticleFile } from '../archive/articles.ts';
import { href } from '../site/routes.ts';

export interface QuotationView {
  official: string;
  text: string;
  /** The language of the words. */
  lang: Language;
  /** The article page, at the quotation's paragraph. */
  url: string;
  slug: string;
  title: string;
  date: string | null;
}

/** The text a page in `lang` quotes from: the version it shows, or the original when that version marks no quotation. */
function quotedFile(article: ArchivedArticle, lang: Language): ArticleFile {
  const shown = versionFor(article, lang).file;
  return annotationsOf(shown.body).quotations.length ? shown : article.original;
}

/** Every quotation in the archive, as the pages in `lang` show them, in the archive's order (newest first). */
export function quotations(articles: readonly ArchivedArticle[], lang: Language): QuotationView[] {
  return articles.flatMap((article) => {
    const file = quotedFile(article, lang);
    const wordsLang = file.data.language;
    // the words link to the page that shows them: the page in `lang`, unless it shows other words
    const pageLang = file === versionFor(article, lang).file ? lang : wordsLang;
    return annotationsOf(file.body).quotations.map((quote) => ({
      official: quote.official,
      text: quote.text,
      lang: wordsLang,
      url: `${href(pageLang, 'articles', article.slug)}${quote.anchor ? `#${quote.anchor}` : ''}`,
      slug: article.slug,
      title: file.data.title,
      date: article.original.data.date ?? null,
    }));
  });
}
