/** Splitting long lists into pages of at most LIST_PAGE_SIZE items, and the links between them. */

export const LIST_PAGE_SIZE = 50;

export interface Page<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
}

/** The pages of a list; an empty list still has one (empty) page, so its index page exists. */
export function paginate<T>(items: readonly T[], size = LIST_PAGE_SIZE): Page<T>[] {
  if (size < 1) throw new Error('page size must be at least 1');
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, items: items.slice(i * size, (i + 1) * size) }));
}

export interface Pager {
  current: number;
  previous: string | null;
  next: string | null;
  pages: { number: number; url: string; current: boolean }[];
}

/** Links for page `current` of `count`; null when there is only one page (nothing to show). */
export function pager(current: number, count: number, urlOf: (page: number) => string): Pager | null {
  if (count <= 1) return null;
  return {
    current,
    previous: current > 1 ? urlOf(current - 1) : null,
    next: current < count ? urlOf(current + 1) : null,
    pages: Array.from({ length: count }, (_, i) => ({ number: i + 1, url: urlOf(i + 1), current: i + 1 === current })),
  };
}
