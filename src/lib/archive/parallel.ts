/**
 * An original and its translation side by side, paragraph by paragraph: the translation has as
 * many paragraphs as the original (the content check sees to it), so the n-th of each pair up,
 * under the original's stable anchor (#p-3), the one citations and quotations use.
 */
import type { Language } from '../../schemas/article.ts';
import type { Archive } from './collections.ts';
import type { ArchivedArticle } from './articles.ts';
import { paragraphsOf } from './paragraphs.ts';

export interface ParallelRow {
  anchor: string;
  original: string;
  translation: string;
}

export interface ParallelText {
  originalLang: Language;
  translationLang: Language;
  rows: ParallelRow[];
}

/** The pairs of an article with a translation; null for an article without one. */
export function parallelText(archive: Archive, article: ArchivedArticle): ParallelText | null {
  if (!article.translation) return null;
  const original = paragraphsOf(archive.entries.get(article.original.id)!);
  const translation = paragraphsOf(archive.entries.get(article.translation.id)!);
  const rows = Array.from({ length: Math.max(original.length, translation.length) }, (_, i) => ({
    anchor: original[i]?.anchor ?? translation[i]!.anchor,
    original: original[i]?.text ?? '',
    translation: translation[i]?.text ?? '',
  }));
  return { originalLang: article.original.data.language, translationLang: article.translation.data.language, rows };
}
