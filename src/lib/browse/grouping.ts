/**
 * Browsing the archive by official, topic, outlet and date: grouping, counting, periods.
 * Pure functions over paired articles, so they are tested without Astro. Input lists are
 * newest first (sortNewestFirst) and every grouping keeps that order.
 */
import { annotationsOf } from '../archive/annotations.ts';
import type { ArchivedArticle } from '../archive/articles.ts';

/** The officials an article names: in its frontmatter, and marked in its text (<Official>, <Quote>). */
export const officialIds = (article: ArchivedArticle): string[] => [
  ...new Set([
    ...(article.original.data.officials ?? []).map((ref) => ref.id),
    ...annotationsOf(article.original.body).officials,
    ...annotationsOf(article.translation?.body).officials,
  ]),
];
export const topicIds = (article: ArchivedArticle): string[] => article.original.data.topics ?? [];
export const articleDate = (article: ArchivedArticle): string | null => article.original.data.date ?? null;

/** The outlets an article belongs to: where it was published and, for a copy, where it came from. */
export function outletIds(article: ArchivedArticle): string[] {
  const { outlet, originalOutlet } = article.original.data;
  return [...new Set([outlet, originalOutlet].filter((id): id is string => Boolean(id)))];
}

/** "2021" of a dated article; null when undated. */
export const yearOf = (article: ArchivedArticle): string | null => articleDate(article)?.slice(0, 4) ?? null;

/** "2021-07" when the month is known; null otherwise. */
export function monthOf(article: ArchivedArticle): string | null {
  const date = articleDate(article);
  return date && date.length >= 7 ? date.slice(0, 7) : null;
}

/** Items under every key they carry (an article naming three officials is under each), order kept. */
export function groupByKeys<T>(items: readonly T[], keysOf: (item: T) => readonly (string | null)[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      if (key === null) continue;
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

export interface Ranked {
  id: string;
  count: number;
}

/**
 * How many of `articles` carry each id (co-occurrence when `articles` are those of one official
 * or topic), most frequent first, ties by label; `exclude` leaves out the subject itself.
 */
export function rankIds(
  articles: readonly ArchivedArticle[],
  idsOf: (article: ArchivedArticle) => readonly string[],
  options: { label: (id: string) => string; exclude?: string; limit?: number },
): Ranked[] {
  const counts = new Map<string, number>();
  for (const article of articles) {
    for (const id of new Set(idsOf(article))) if (id !== options.exclude) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || options.label(a.id).localeCompare(options.label(b.id), 'vi'))
    .slice(0, options.limit ?? Infinity);
}

export interface YearCount {
  year: number;
  count: number;
}

/** Articles per year from the first to the last year with articles, empty years included; undated left out. */
export function yearCounts(articles: readonly ArchivedArticle[]): YearCount[] {
  const counts = new Map<number, number>();
  for (const article of articles) {
    const year = yearOf(article);
    if (year) counts.set(Number(year), (counts.get(Number(year)) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const years = [...counts.keys()];
  const first = Math.min(...years);
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, i) => ({ year: first + i, count: counts.get(first + i) ?? 0 }));
}

/** The dated articles of a list and each one's place among them, worked out once per list (a build asks for every article). */
const timelines = new WeakMap<readonly ArchivedArticle[], { dated: ArchivedArticle[]; place: Map<string, number> }>();

/** The dated articles just before and after `slug` in time; undated articles have none. */
export function neighbours(
  articles: readonly ArchivedArticle[],
  slug: string,
): { older: ArchivedArticle | null; newer: ArchivedArticle | null } {
  let timeline = timelines.get(articles);
  if (!timeline) {
    const dated = articles.filter((article) => articleDate(article));
    timeline = { dated, place: new Map(dated.map((article, i) => [article.slug, i])) };
    timelines.set(articles, timeline);
  }
  const index = timeline.place.get(slug);
  if (index === undefined) return { older: null, newer: null };
  return { older: timeline.dated[index + 1] ?? null, newer: timeline.dated[index - 1] ?? null };
}
