/**
 * The date of an article and what it is, and the order the page's dates are tried in. A date line ("18/12/2021 - 19:07",
 * "Thứ Năm, 25/08/2022", "November 29, 2022", ISO) gives the publication date, or the update date when it says so
 * ("Cập nhật: 21:27, 20/12/2024"). Failing that, a date in the lead ("Ngày 18/4/2017", "Chiều tối 21/1") is the date of the
 * event the article reports, its year inferred from the article when the lead has none, and only when the article names one;
 * with no year to be had the date stays unknown. A stay over several days, or the event's month or year the text's words
 * give, dates it to the month or year (event-dates.ts).
 */

import type { DateKind } from '../schemas/article.ts';
import {
  type DayMonthYear,
  MONTH_NAME,
  PARTS_OF_DAY_VI,
  findFullDates,
  format,
  isDateLine,
  isRealDate,
  monthIndex,
  pad,
  WEEKDAY_OPENING,
} from './date-lines.ts';
import { type ExtractedDate, comingYear, eventMonth, eventYear, openingMonth, stayMonth, vietnameseStay } from './event-dates.ts';
import {
  DATELINE_MONTH_DAY,
  WIRE_DATELINE_DATE,
  contextYears,
  englishDayMonth,
  findLeadDayMonth,
  inferYear,
  withoutSpansOrDocuments,
} from './lead-dates.ts';
import { DATED_OPENING, isCaption } from './page-lines.ts';

export type { DatePrecision, ExtractedDate } from './event-dates.ts';

export interface DateInput {
  /** Date lines and bylines between the title and the body. */
  headerLines: string[];
  /** Lines above the title, nearest first. */
  preTitleLines?: string[];
  /** Lines closing the article (credits, a journal's issue line, an update line). */
  creditLines?: string[];
  /** A date the stored copy of the page opens with (" date 2024-04"), as written. */
  pageDate?: string;
  /** The first paragraph of the article. */
  lead: string;
  /** The whole cleaned body. */
  body: string;
  /** The import date: no publication date can be later. */
  today: Date;
}

/** A full date after the part of the day or "today": "sáng ngày 22/2/2023", "Hôm nay, ngày 17/05/2016", "chiều 3-7-2023". */
const TIMED_FULL_DATE = new RegExp(
  String.raw`(?<![\p{L}])(?:${PARTS_OF_DAY_VI.join('|')}|hôm nay)(?:\s+nay)?\s*,?\s*(?:ngày\s*)?\(?(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})(?![\d/-]|\.\d)`,
  'iu',
);
/** A year said as when something happened: "in 2018". */
const IN_YEAR = /\bin ((?:19|20)\d{2})(?!\d)/g;
const ISSUE_MONTH = /(?:tháng|month)\s*(\d{1,2})\s*[-/]\s*(\d{4})/iu;
const UPDATED = /^\W*(?:(?:ngày|thời gian|lần)\s+)?(?:cập nhật|updated|last updated|update)\b/iu;
/**
 * A closing line that dates the page: "Cập nhật 05-10-2006", "Ngày đăng: …", "By X – June 9, 2022", or a bare date, a
 * weekday's or an English month's first ("Tuesday June 26, 2012/ European Commission").
 */
const CLOSING_DATE = new RegExp(
  String.raw`^(?:cập nhật|ngày đăng|đăng ngày|updated|published|posted|by\s|\d|${WEEKDAY_OPENING}|${MONTH_NAME})`,
  'iu',
);
/** A date on the site's header bar: a weekday and a date, no time. */
const HEADER_TODAY = new RegExp(`^(?:${WEEKDAY_OPENING})`, 'iu');

/** A weather widget's temperature on a header bar: "25 C", "31°C", "-2 °F". */
const TEMPERATURE = /^-?\d{1,2}\s*°?\s*[CF]$/u;

/** The kind of date a date line gives: "Published: … | Updated: …" is a publication date. */
function lineKind(line: string): DateKind {
  return UPDATED.test(line) ? 'updated' : 'published';
}

/** The date falls on the lead's day and month or within two months after it. */
function daysAfter(date: DayMonthYear, { day, month }: { day: number; month: number }): boolean {
  const lag = Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(date.year, month - 1, day);
  return lag >= 0 && lag <= 60 * 86_400_000;
}

/**
 * The year of a lead's day and month taken from a date above the title, when that date follows
 * the day within two months (the page's own date); a header's "today" years later says nothing.
 */
function headerYear(lines: readonly string[], day: number, month: number): number | undefined {
  return lines.flatMap((line) => findFullDates(line)).find((date) => daysAfter(date, { day, month }))?.year;
}

/** A lead's day said to be today: "Sáng nay (6/6)", "hôm nay (22/3)". */
const TODAY_IN_LEAD = /(?<![\p{L}])nay(?![\p{L}])/iu;

/**
 * A numeric date line read day-first that the lead's dateline gives the other way round ("04/06/2015" over "HANOI,
 * April 6."): the page writes its dates month-first, as American templates do.
 */
function monthFirst(date: DayMonthYear, lead: string): boolean {
  const dateline = DATELINE_MONTH_DAY.exec(lead);
  if (!dateline || date.day === date.month) return false;
  const swapped = { day: date.month, month: date.day, year: date.year };
  return isRealDate(swapped) && monthIndex(dateline[1]!) === swapped.month && +dateline[2]! === swapped.day;
}

/** Chooses the date of an article and says what it is. */
export function extractDate({ headerLines, preTitleLines = [], creditLines = [], pageDate, lead, body, today }: DateInput): ExtractedDate {
  const notFuture = (d: DayMonthYear) => Date.UTC(d.year, d.month - 1, d.day) <= today.getTime();
  const fromLine = (line: string): ExtractedDate | undefined => {
    if (!isDateLine(line)) return undefined;
    const found = findFullDates(line).find(notFuture);
    const date = found && monthFirst(found, lead) ? { day: found.month, month: found.day, year: found.year } : found;
    return date ? { date: format(date), precision: 'day', inferred: false, kind: lineKind(line), note: line } : undefined;
  };
  if (pageDate) {
    const [year, month, day] = pageDate.split('-').map(Number);
    if (notFuture({ year: year!, month: month!, day: day ?? 1 })) {
      return {
        date: pageDate,
        precision: day ? 'day' : 'month',
        inferred: false,
        kind: 'published',
        note: `the stored page is dated ${pageDate}`,
      };
    }
  }
  for (const line of headerLines) {
    const found = fromLine(line);
    if (found) return found;
  }
  // an English story may say what happened first and when in the next paragraph ("… while chairing a teleconference … on August 19.")
  const paragraphs = body.split('\n\n');
  const next = paragraphs[paragraphs.indexOf(lead) + 1] ?? '';
  const english = englishDayMonth(lead.slice(0, 300)) ?? (findFullDates(lead).length ? undefined : englishDayMonth(next.slice(0, 300)));
  // a standfirst giving no day over a text that opens on it ("Ngày 8/9, sự kiện … đã diễn ra"), a photo's caption between them
  const text = paragraphs.slice(paragraphs.indexOf(lead) + 1).find((p) => !isCaption(p)) ?? '';
  const textDay =
    DATED_OPENING.test(text) && findFullDates(withoutSpansOrDocuments(lead)).length === 0 ? findLeadDayMonth(text) : undefined;
  const leadDay = findLeadDayMonth(lead);
  const dayMonth = leadDay ?? english ?? textDay;
  // Above the title a date with a time counts; a bare date too, unless it is a header's "today"
  // (a weekday and a date) or the lead names another day.
  for (const [i, line] of preTitleLines.slice(0, 4).entries()) {
    const date = findFullDates(line)[0];
    // (a day the lead opens on up to two months before it is what the page reports after the fact: "Tối 16/6, …" under
    // "21-06-2021"; one the lead says is today, "Sáng nay (6/6)", makes the date a header's "today")
    const reportedBefore = leadDay && date && !TODAY_IN_LEAD.test(leadDay.words) && daysAfter(date, leadDay);
    const otherDay = dayMonth && date && (dayMonth.day !== date.day || dayMonth.month !== date.month) && !reportedBefore;
    // a weekday and a date right over the headline is the post's own date line (a blog's); higher up, the header's "today"
    // (so is one under a weather widget's temperature, "25 C" / "Hanoi", anywhere: the header's bar)
    const today = HEADER_TODAY.test(line) && (i > 0 || preTitleLines.slice(1, 4).some((l) => TEMPERATURE.test(l)));
    const found = /\d{1,2}[:h]\d{2}/.test(line) || !(today || otherDay) ? fromLine(line) : undefined;
    if (found) return found;
  }
  for (const line of creditLines) {
    const found = CLOSING_DATE.test(line) ? fromLine(line) : undefined;
    if (found) return found;
  }
  // a date inside a wire dateline's brackets, "WASHINGTON (CityPoint News / Wirenet - 18th November, 2022) …", is the page's
  const dateline = WIRE_DATELINE_DATE.exec(lead);
  const wireDate = dateline ? findFullDates(dateline[1]!).find(notFuture) : undefined;
  if (wireDate) return { date: format(wireDate), precision: 'day', inferred: false, kind: 'published', note: dateline![0] };
  // a bracketed span of dates, "(17/11/1950 - 17/11/2022)", is an anniversary or a term, and a document's
  // date, "Quyết định số 558/QĐ-UBND ngày 04/4/2024", "Decision No. 12/QD-TTg dated 3/1/2020", when it was signed: neither is the event
  const leadDate = findFullDates(withoutSpansOrDocuments(lead.slice(0, 300))).find(notFuture);
  const stay =
    stayMonth(lead, next, today, leadDate) ?? vietnameseStay(lead, dayMonth || leadDate ? '' : next, today, leadDate, dayMonth?.words);
  if (stay) return stay;
  if (leadDate) return eventDay(leadDate, `the lead gives the event's date: ${lead.slice(0, 60)}…`);
  // a lead giving no day over a paragraph giving the day with its part, "Đó là chia sẻ … tại Tọa đàm … diễn ra sáng ngày
  // 22/2/2023.", "Hôm nay, ngày 17/05/2016, tại Hà Nội, …": the day of what the article reports (a document's date has no part of the day)
  // (or the paragraph after it, when the lead only says who came and the next what was at stake: "Tại lễ khai mạc sáng 12/11/2019, …")
  const third = paragraphs.slice(paragraphs.indexOf(text) + 1).find((p) => !isCaption(p)) ?? '';
  const timed =
    !dayMonth || dayMonth === textDay
      ? (TIMED_FULL_DATE.exec(text.slice(0, 300)) ?? (findFullDates(text).length ? null : TIMED_FULL_DATE.exec(third.slice(0, 300))))
      : null;
  const timedDate = timed ? findFullDates(timed[1]!).find(notFuture) : undefined;
  if (timedDate) return eventDay(timedDate, `the text gives the event's day: ${timed![0]}`);
  if (dayMonth) {
    // a header's date on another day than the lead's wire dateline ("Vientiane, Oct 2 (Prensa Sur)") is the day it was viewed
    const dateline = DATELINE_MONTH_DAY.exec(lead);
    const ownDay = (line: string) =>
      !dateline || findFullDates(line).some((d) => d.month === monthIndex(dateline[1]!) && d.day === +dateline[2]!);
    // a year the day's own sentence says it happened in, "In the morning of 30 January, … took place … in 2018.", is written, not
    // inferred (a name's year, "Hội chợ … năm 2022", dates the fair, not the day)
    const source = [lead, next, text].find((p) => p.includes(dayMonth.words));
    const after = source ? source.slice(source.indexOf(dayMonth.words) + dayMonth.words.length) : '';
    const sentence = after.slice(0, after.search(/[.!?](?:\s|$)/u) >>> 0);
    const inYears = new Set([...sentence.matchAll(IN_YEAR)].map((m) => +m[1]!));
    const ownYears = contextYears(sentence, today.getUTCFullYear()).filter((y) => inYears.has(y));
    const written = new Set(ownYears).size === 1 ? ownYears[0] : undefined;
    const year =
      written ?? headerYear(preTitleLines.filter(ownDay), dayMonth.day, dayMonth.month) ?? inferYear(lead, body, today.getUTCFullYear());
    const candidate = year === undefined ? undefined : { year, month: dayMonth.month, day: dayMonth.day };
    if (candidate && isRealDate(candidate) && notFuture(candidate)) {
      return {
        date: format(candidate),
        precision: 'day',
        inferred: written === undefined,
        kind: 'event',
        note: `the lead gives "${dayMonth.words}"; the year ${year} is inferred from the article`,
      };
    }
  }
  for (const line of creditLines) {
    const issue = ISSUE_MONTH.exec(line);
    if (issue) return { date: `${issue[2]}-${pad(+issue[1]!)}`, precision: 'month', inferred: false, kind: 'published', note: line };
  }
  if (dayMonth)
    return {
      date: null,
      precision: null,
      inferred: false,
      kind: null,
      note: `the lead gives "${dayMonth.words}" without a year the text supports`,
    };
  const event = openingMonth(lead, today) ?? eventMonth(lead, body, today) ?? eventYear(lead, next, today) ?? comingYear(lead, today);
  return event ?? { date: null, precision: null, inferred: false, kind: null, note: 'the text gives no publication date' };
}

/** The day of the event the text reports, as the text writes it. */
const eventDay = (date: DayMonthYear, note: string): ExtractedDate => ({
  date: format(date),
  precision: 'day',
  inferred: false,
  kind: 'event',
  note,
});
