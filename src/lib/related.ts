/**
 * Related articles: those sharing officials and topics, closer in time first. The same event
 * reported by another outlet (a few days apart, same people or subject) comes before all others,
 * since a reader comparing coverage wants it most.
 */
import type { ArchivedArticle } from './articles.ts';
import { articleDate, officialIds, outletIds, topicIds } from './browse.ts';

export const RELATED_LIMIT = 5;
/** Reports of one event rarely come out more than this many days apart. */
const SAME_EVENT_DAYS = 3;

/** Days since the epoch; a partial date counts from the middle of its month or year. */
function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month ? month - 1 : 6, day || (month ? 15 : 1)) / 86_400_000;
}

const shared = (a: readonly string[], b: readonly string[]) => a.filter((id) => b.includes(id)).length;

interface Scored {
  article: ArchivedArticle;
  sameEvent: boolean;
  score: number;
  days: number;
  order: number;
}

function score(target: ArchivedArticle, other: ArchivedArticle, order: number): Scored | null {
  const officials = shared(officialIds(target), officialIds(other));
  const topics = shared(topicIds(target), topicIds(other));
  if (officials + topics === 0) return null;
  const a = articleDate(target);
  const b = articleDate(other);
  const days = a && b ? Math.abs(dayNumber(a) - dayNumber(b)) : Infinity;
  const exactDays = a?.length === 10 && b?.length === 10;
  const otherOutlet = shared(outletIds(target), outletIds(other)) === 0;
  const sameEvent = exactDays && days <= SAME_EVENT_DAYS && otherOutlet && (officials > 0 || topics >= 2);
  const proximity = days <= 31 ? 2 : days <= 366 ? 1 : 0;
  return { article: other, sameEvent, score: 3 * officials + topics + proximity, days, order };
}

/** Up to `limit` articles related to `target`, from `articles` (newest first). */
export function relatedArticles(target: ArchivedArticle, articles: readonly ArchivedArticle[], limit = RELATED_LIMIT): ArchivedArticle[] {
  return articles
    .map((other, order) => (other.slug === target.slug ? null : score(target, other, order)))
    .filter((s): s is Scored => s !== null)
    .sort((x, y) => Number(y.sameEvent) - Number(x.sameEvent) || y.score - x.score || x.days - y.days || x.order - y.order)
    .slice(0, limit)
    .map((s) => s.article);
}
