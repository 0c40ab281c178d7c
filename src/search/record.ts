/**
 * What the search index holds about an article page besides its text: the filters a reader can
 * narrow by, the facts a result shows and the date it sorts by. Rendered as Pagefind <meta> tags so
 * none of it enters the indexed text.
 */
import type { ArticleView } from '../lib/archive/collections.ts';
import { attributionText } from '../lib/archive/attribution.ts';
import { dateWithQualifiers } from '../lib/archive/date-kinds.ts';

/** Sorts after every real date, so undated articles are kept (Pagefind drops pages lacking the key) and come last. */
export const UNDATED_SORT_KEY = '0000';

export interface SearchRecord {
  /** [filter, value] pairs: official, topic, outlet, year, language (of the text shown). */
  filters: [string, string][];
  meta: Record<string, string>;
  sortDate: string;
}

/** The year an article is filtered by and its index period chosen by; null when undated. */
export const searchYear = (article: ArticleView): string | null => article.date?.slice(0, 4) ?? null;

export function searchRecord(article: ArticleView): SearchRecord {
  const outlets = [article.outlet, article.originalOutlet].filter((outlet) => outlet !== null);
  const filters = new Map<string, [string, string]>();
  const add = (name: string, value: string) => filters.set(`${name}:${value}`, [name, value]);
  for (const official of article.officials) add('official', official.id);
  for (const topic of article.topics) add('topic', topic.id);
  for (const outlet of outlets) add('outlet', outlet.id);
  const year = searchYear(article);
  if (year) add('year', year);
  add('language', article.version.file.data.language);

  const meta: Record<string, string> = { title: article.title.text };
  const date = dateWithQualifiers(article.date, article.dateKind, article.dateInferred, article.lang);
  if (date) meta.date = date;
  const byline = attributionText(article, article.lang);
  if (byline) meta.outlet = byline;
  return { filters: [...filters.values()], meta, sortDate: article.date ?? UNDATED_SORT_KEY };
}
