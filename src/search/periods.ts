/**
 * The search index comes in periods (shards) of whole years, newest first. A Pagefind search
 * downloads each query word's full list of pages, and the archive's common words are on nearly
 * every page, so what a search costs grows with the pages it covers. A reader's search covers the
 * newest period first and the whole archive when asked; an archive smaller than one period has
 * one period, and every search covers all of it.
 */

/** Pages (of one language) a period holds at most, unless one year alone holds more. */
export const PERIOD_PAGES = 1000;

/** The folder of a period holding undated articles only, and of the undated pages the indexer gathers. */
export const UNDATED_DIR = 'undated';

/** The manifest the indexer writes beside the periods' folders, and the search page reads. */
export const MANIFEST = 'periods.json';

export interface Period {
  /** Its folder under pagefind/. */
  dir: string;
  /** The oldest and newest year it holds; null for a period of undated articles only. */
  from: number | null;
  to: number | null;
  /** Whether it also holds the undated articles (always the oldest period). */
  undated: boolean;
  pages: number;
}

/**
 * Splits pages counted per year (null: undated) into periods of whole years, newest first, each
 * as many years as fit in `maxPages`. Undated articles go with the oldest period when they fit,
 * else into one of their own, so they come last.
 */
export function periodsOf(pagesPerYear: ReadonlyMap<number | null, number>, maxPages = PERIOD_PAGES): Period[] {
  const years = [...pagesPerYear.keys()].filter((year) => year !== null).sort((a, b) => b - a);
  const periods: Period[] = [];
  for (const year of years) {
    const pages = pagesPerYear.get(year)!;
    const current = periods.at(-1);
    if (current && current.pages + pages <= maxPages) {
      current.from = year;
      current.pages += pages;
    } else periods.push({ dir: '', from: year, to: year, undated: false, pages });
  }
  const undated = pagesPerYear.get(null) ?? 0;
  const oldest = periods.at(-1);
  if (undated > 0 && oldest && oldest.pages + undated <= maxPages) {
    oldest.undated = true;
    oldest.pages += undated;
  } else if (undated > 0) periods.push({ dir: '', from: null, to: null, undated: true, pages: undated });
  return periods.map((period) => ({ ...period, dir: periodDir(period) }));
}

function periodDir({ from, to, undated }: Period): string {
  if (from === null || to === null) return UNDATED_DIR;
  return `${from === to ? from : `${from}-${to}`}${undated ? `-${UNDATED_DIR}` : ''}`;
}

/** Whether a period holds a year's articles (null: the undated ones). */
export function holdsYear(period: Period, year: number | null): boolean {
  if (year === null) return period.undated;
  return period.from !== null && period.to !== null && period.from <= year && year <= period.to;
}

/** The period holding a year's articles, if any. */
export function periodOfYear(periods: readonly Period[], year: number): Period | undefined {
  return periods.find((period) => holdsYear(period, year));
}

/** "2026" or "2024–2026": the years a period covers, as a reader reads them. */
export function yearSpan(period: Period): string {
  return period.from === period.to ? String(period.to) : `${period.from}–${period.to}`;
}
