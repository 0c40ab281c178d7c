/** The titles articles give an official over time, for their page, the officials index and the open data. */
import type { ArchivedArticle } from '../archive/articles.ts';
import { titleKey } from '../archive/titles.ts';
import { articleDate, officialIds } from './grouping.ts';

export interface TitlePeriod {
  /** The title as the most recent article writes it. */
  title: string;
  /** Earliest and latest date of the articles giving it; null when none of them is dated. */
  first: string | null;
  last: string | null;
  count: number;
}

/** The titles articles give an official, each with the period it was seen, most recent first. */
export function titlePeriods(articles: readonly ArchivedArticle[], officialId: string): TitlePeriod[] {
  const periods = new Map<string, TitlePeriod>();
  for (const article of articles) {
    const date = articleDate(article);
    for (const ref of article.original.data.officials ?? []) {
      if (ref.id !== officialId) continue;
      const key = titleKey(ref.title);
      const period = periods.get(key) ?? { title: ref.title, first: null, last: null, count: 0 };
      period.count += 1;
      if (date && (!period.last || date > period.last)) {
        period.last = date;
        period.title = ref.title;
      }
      if (date && (!period.first || date < period.first)) period.first = date;
      periods.set(key, period);
    }
  }
  return [...periods.values()].sort((a, b) => (b.last ?? '').localeCompare(a.last ?? '') || b.count - a.count);
}

/** The title of an official in the most recent dated article naming them (else any article). */
export function latestTitle(articles: readonly ArchivedArticle[], officialId: string): string | null {
  const naming = articles.filter((article) => officialIds(article).includes(officialId));
  const source = naming.find((article) => articleDate(article)) ?? naming[0];
  return source?.original.data.officials?.find((ref) => ref.id === officialId)?.title ?? null;
}
