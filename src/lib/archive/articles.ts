/**
 * The archive's articles as readers meet them: an original paired with its translation.
 * Pure functions over plain data, so they can be tested without Astro.
 */
import type { ArticleFrontmatter, Language } from '../../schemas/article.ts';

/** One MDX file: its collection id ("vi/<slug>") and frontmatter. */
export interface ArticleFile {
  id: string;
  data: ArticleFrontmatter;
  /** Kept only for a text that uses the archive's components (src/lib/archive/loader.ts). */
  body?: string;
}

export interface ArchivedArticle {
  slug: string;
  original: ArticleFile;
  translation?: ArticleFile;
}

/** The version a page in `lang` shows and how it relates to the original. */
export interface ArticleVersion {
  file: ArticleFile;
  /** `translation`: a translation into `lang`; `original`: written in `lang`; `fallback`: no version in `lang`, the original shown instead. */
  kind: 'original' | 'translation' | 'fallback';
}

export function splitId(id: string): { lang: Language; slug: string } {
  const [lang, ...rest] = id.split('/');
  return { lang: lang as Language, slug: rest.join('/') };
}

/** Pairs originals with translations; a translation without its original is an error naming the file. */
export function pairArticles(files: readonly ArticleFile[]): ArchivedArticle[] {
  const bySlug = new Map<string, ArchivedArticle>();
  for (const file of files.filter((f) => f.data.translationOf === undefined)) {
    const { slug } = splitId(file.id);
    if (bySlug.has(slug))
      throw new Error(
        `content/articles/*/${slug}.mdx: two originals share the slug "${slug}"; one of them must be a translation (translationOf) or be renamed`,
      );
    bySlug.set(slug, { slug, original: file });
  }
  for (const file of files.filter((f) => f.data.translationOf !== undefined)) {
    const { slug } = splitId(file.id);
    const article = bySlug.get(file.data.translationOf!);
    if (!article || file.data.translationOf !== slug) {
      throw new Error(
        `content/articles/${file.id}.mdx: translationOf "${file.data.translationOf}" names no original at the same path in the other language`,
      );
    }
    article.translation = file;
  }
  return [...bySlug.values()];
}

/** Newest first; partial dates sort by what is known; undated articles last, by title. */
export function sortNewestFirst(articles: readonly ArchivedArticle[]): ArchivedArticle[] {
  return [...articles].sort((a, b) => {
    const da = a.original.data.date ?? '';
    const db = b.original.data.date ?? '';
    if (da !== db) return da < db ? 1 : -1;
    return a.original.data.title.localeCompare(b.original.data.title, 'vi');
  });
}

export function originalLanguage(article: ArchivedArticle): Language {
  return article.original.data.language;
}

/** What a page in `lang` shows of the article. */
export function versionFor(article: ArchivedArticle, lang: Language): ArticleVersion {
  if (originalLanguage(article) === lang) return { file: article.original, kind: 'original' };
  if (article.translation) return { file: article.translation, kind: 'translation' };
  return { file: article.original, kind: 'fallback' };
}

/** True when the page in `lang` is a real version in that language (for hreflang). */
export function hasVersionIn(article: ArchivedArticle, lang: Language): boolean {
  return versionFor(article, lang).kind !== 'fallback';
}
