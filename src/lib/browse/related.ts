/**
 * Related articles: those sharing officials and topics, closer in time first. The same event
 * reported by another outlet (a few days apart, same people or subject) comes before all others,
 * since a reader comparing coverage wants it most.
 */
import type { ArchivedArticle } from '../archive/articles.ts';
import { articleDate, officialIds, outletIds, topicIds } from './grouping.ts';

const RELATED_LIMIT = 5;
/** Reports of one event rarely come out more than this many days apart. */
const SAME_EVENT_DAYS = 3;

/** Days since the epoch; a partial date counts from the middle of its month or year. */
function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month ? month - 1 : 6, day || (month ? 15 : 1)) / 86_400_000;
}

/** How many ids two short lists share (ids as numbers: comparing them is far cheaper than comparing strings). */
function shared(a: readonly number[], b: readonly number[]): number {
  let count = 0;
  for (const id of a) if (b.includes(id)) count++;
  return count;
}

/** What scoring reads of an article, worked out once per article instead of once per pair. */
interface Features {
  slug: string;
  officials: number[];
  topics: number[];
  outlets: number[];
  day: number | null;
  exactDay: boolean;
}

/** Features of each article; `numbers` gives every official, topic and outlet id a number. */
function features(articles: readonly ArchivedArticle[], numbers = new Map<string, number>()): Features[] {
  const number = (kind: string) => (id: string) => {
    const key = `${kind}:${id}`;
    if (!numbers.has(key)) numbers.set(key, numbers.size);
    return numbers.get(key)!;
  };
  return articles.map((article) => {
    const date = articleDate(article);
    return {
      slug: article.slug,
      officials: officialIds(article).map(number('official')),
      topics: topicIds(article).map(number('topic')),
      outlets: outletIds(article).map(number('outlet')),
      day: date ? dayNumber(date) : null,
      exactDay: date?.length === 10,
    };
  });
}

interface Scored {
  sameEvent: boolean;
  score: number;
  days: number;
  order: number;
}

const before = (x: Scored, y: Scored) =>
  Number(y.sameEvent) - Number(x.sameEvent) || y.score - x.score || x.days - y.days || x.order - y.order;

/**
 * Indexes into `all` of the best `limit` for `target`, in order. This runs for every pair of
 * articles, so it keeps a short sorted list and allocates only for a pair that enters it.
 */
function best(target: Features, all: readonly Features[], limit: number): number[] {
  const top: Scored[] = [];
  if (limit < 1) return [];
  const candidate: Scored = { sameEvent: false, score: 0, days: 0, order: 0 };
  for (let order = 0; order < all.length; order++) {
    const other = all[order]!;
    if (other.slug === target.slug) continue;
    const officials = shared(target.officials, other.officials);
    const topics = shared(target.topics, other.topics);
    if (officials + topics === 0) continue;
    const days = target.day !== null && other.day !== null ? Math.abs(target.day - other.day) : Infinity;
    candidate.sameEvent =
      target.exactDay &&
      other.exactDay &&
      days <= SAME_EVENT_DAYS &&
      shared(target.outlets, other.outlets) === 0 &&
      (officials > 0 || topics >= 2);
    candidate.score = 3 * officials + topics + (days <= 31 ? 2 : days <= 366 ? 1 : 0);
    candidate.days = days;
    candidate.order = order;
    if (top.length === limit && before(candidate, top[limit - 1]!) >= 0) continue;
    const at = top.findIndex((kept) => before(candidate, kept) < 0);
    top.splice(at < 0 ? top.length : at, 0, { ...candidate });
    if (top.length > limit) top.pop();
  }
  return top.map((s) => s.order);
}

/** Up to `limit` articles related to `target`, from `articles` (newest first). */
export function relatedArticles(target: ArchivedArticle, articles: readonly ArchivedArticle[], limit = RELATED_LIMIT): ArchivedArticle[] {
  const numbers = new Map<string, number>();
  return best(features([target], numbers)[0]!, features(articles, numbers), limit).map((i) => articles[i]!);
}

const indexes = new WeakMap<readonly ArchivedArticle[], Map<string, ArchivedArticle[]>>();

/**
 * The related articles of every article, by slug: worked out once per list of articles, so a
 * build computes them once for both languages' pages rather than for each page.
 */
export function relatedIndex(articles: readonly ArchivedArticle[]): Map<string, ArchivedArticle[]> {
  let index = indexes.get(articles);
  if (!index) {
    const all = features(articles);
    index = new Map(all.map((target) => [target.slug, best(target, all, RELATED_LIMIT).map((i) => articles[i]!)]));
    indexes.set(articles, index);
  }
  return index;
}
