/**
 * Dates: each is a real calendar date (no 30 February), none lies in the future, a publication
 * date is not later than the import, and an inferred date has a date to be inferred.
 * (The schema checks the form "YYYY-MM-DD" and that datePrecision matches the date's length.)
 */
import { error, type Finding } from './findings.ts';
import type { ArticleSource, Content } from './load.ts';
import { PARTIAL_DATE } from '../schemas/article.ts';

const DATE_FIELDS = ['date', 'importedAt', 'translatedAt'] as const;

function calendarProblem(text: string): string | undefined {
  const [, year, month, day] = PARTIAL_DATE.exec(text)!;
  if (month && (Number(month) < 1 || Number(month) > 12)) return `there is no month ${month}`;
  if (!day) return undefined;
  const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return Number(day) < 1 || Number(day) > days ? `${year}-${month} has ${days} days` : undefined;
}

/** A date is in the future only when that day has not begun anywhere yet (UTC+14). */
export function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** The text of a date field as written, when it has the form of a date. */
function dateText(article: ArticleSource, field: (typeof DATE_FIELDS)[number]): string | undefined {
  const value = article.data[field];
  const text = typeof value === 'number' ? String(value) : value;
  return typeof text === 'string' && PARTIAL_DATE.test(text) ? text : undefined;
}

export function checkDates(content: Content, now: Date): Finding[] {
  const today = latestToday(now);
  return content.articles.flatMap((article) => {
    const findings: Finding[] = [];
    const at = (field: string) => article.lineOf([field]);
    for (const field of DATE_FIELDS) {
      const text = dateText(article, field);
      if (!text) continue;
      const problem = calendarProblem(text);
      if (problem)
        findings.push(
          error(article.file, at(field), `${field} "${text}" is not a real date: ${problem}`, 'check the date against the source text'),
        );
      else if (text > today.slice(0, text.length))
        findings.push(error(article.file, at(field), `${field} "${text}" is in the future`, 'check the date against the source text'));
    }
    const date = dateText(article, 'date');
    const importedAt = dateText(article, 'importedAt');
    if (date && importedAt && date > importedAt.slice(0, date.length)) {
      findings.push(
        error(
          article.file,
          at('date'),
          `date "${date}" is later than importedAt "${importedAt}": an article cannot be published after it was archived`,
          'check both dates',
        ),
      );
    }
    if (article.data.dateInferred === true && article.data.date === null) {
      findings.push(
        error(
          article.file,
          at('dateInferred'),
          'dateInferred is true but date is null',
          'set dateInferred: false, or give the date that was inferred',
        ),
      );
    }
    return findings;
  });
}
