/**
 * The date of an article and what it is. A date line ("18/12/2021 - 19:07", "Thứ Năm, 25/08/2022",
 * "November 29, 2022", ISO) gives the publication date, or the update date when it says so
 * ("Cập nhật: 21:27, 20/12/2024"). Failing that, a date in the lead ("Ngày 18/4/2017", "Chiều tối
 * 21/1") is the date of the event the article reports, its year inferred from the article when
 * the lead has none, and only when the article names one; with no year to be had the date stays
 * unknown.
 */

import type { DateKind } from '../schemas/article.ts';
import { MONTHS_EN } from '../lib/text/dates.ts';
import { type DayMonthYear, MONTH_NAME, findFullDates, format, isDateLine, isRealDate, monthIndex, pad } from './date-lines.ts';
import { DATED_OPENING, isCaption, isProse } from './page-lines.ts';

export type DatePrecision = 'day' | 'month' | 'year';

export interface ExtractedDate {
  date: string | null;
  precision: DatePrecision | null;
  inferred: boolean;
  kind: DateKind | null;
  /** The words the date was read from, or why there is none. */
  note: string;
}

/** A figure with its unit: "21 dự án", "5.927 tỷ đồng", "16,2%", "733 million USD". */
const FIGURE = /\d[\d.,]*\s*(?:%|tỷ|triệu|nghìn|usd|đồng|dự án|tấn|ha\b|billion|million)/iu;

/** The rest of the sentence from `index`, at most 300 characters. */
function sentenceFrom(text: string, index: number): string {
  const rest = text.slice(index + 4, index + 300);
  const end = rest.search(/[.!?](?:\s|$)/u);
  return end === -1 ? rest : rest.slice(0, end);
}

/**
 * A participle of signing or founding, a few words before a year: "signed in September 2010", "inked between the two sides in",
 * "established in", "được ký kết vào tháng 5 năm", "thành lập năm".
 */
const PAST_FOUNDING =
  /(?:\b(?:signed|inked|established|founded|set up|concluded)(?:\s+[\p{L}’'-]+){0,5}?\s+in(?:\s+\p{Lu}\p{Ll}+)?|(?<!\p{L})(?:ký kết|ký|thiết lập|thành lập)(?:\s+vào)?(?:\s+(?:đầu|cuối|giữa))?(?:\s+tháng\s+\d{1,2})?\s+năm)\s+$/iu;

/** Years written in `text` that can date it: not targets ("đến năm 2030") and not in the future. */
function contextYears(written: string, latestYear: number): number[] {
  const years: number[] = [];
  // a month's or quarter's year, "cuối tháng 5/2020", "hết quý I/2024", is a year as "năm 2020" is
  const text = written.replace(/(tháng|quý)\s*(\d{1,2}|[IV]{1,3})\/((?:19|20)\d{2})(?![\d/.-])/giu, '$1 $2 năm $3');
  for (const m of text.matchAll(/(?<![\d/.-])((?:19|20)\d{2})(?![\d])/g)) {
    const before = text.slice(Math.max(0, m.index - 24), m.index).toLowerCase();
    // a target ("đến năm 2030"), a birth year, a past figure or event ("đạt … vào năm 2018", "chuyến thăm vào đầu năm 2024")
    if (/(?:đến|tới|by|until|to|trước|sinh|vào)\s+(?:(?:đầu|cuối|giữa)\s+)?(?:năm\s+)?$/u.test(before)) continue;
    // an agreement or body's founding ("the partnership signed in September 2010", "đã ký kết năm 2020"): history, not the event
    if (PAST_FOUNDING.test(text.slice(Math.max(0, m.index - 48), m.index))) continue;
    // a figure's year ("lên 60 tỷ USD năm 2018") dates the figure, not the event
    if (/\d\s*(?:%|tỷ|triệu|nghìn|usd|đồng)(?:\s+(?:usd|đồng))?\s+năm\s+$/u.test(before)) continue;
    // so does a year opening a sentence of figures ("Năm 2022, tỉnh cấp mới … cho 21 dự án, với tổng vốn 5.927 tỷ đồng")
    if (/(?:^|[.!?]\s+)(?:trong\s+)?năm\s+$/iu.test(before) && FIGURE.test(sentenceFrom(text, m.index))) continue;
    if (/\d\s*[-–]\s*$/.test(before) || /^\s*[-–]\s*\d{4}/.test(text.slice(m.index + 4))) continue; // a range such as 2017-2022
    const year = +m[1];
    if (year <= latestYear && year >= 1945) years.push(year);
  }
  return years;
}

/** The year an article most plausibly speaks from: the lead's, else its most frequent (latest on a tie). */
export function inferYear(lead: string, body: string, latestYear: number): number | undefined {
  const fromLead = contextYears(lead, latestYear);
  if (fromLead.length > 0) return Math.max(...fromLead);
  const counts = new Map<number, number>();
  for (const year of contextYears(body, latestYear)) counts.set(year, (counts.get(year) ?? 0) + 1);
  let best: number | undefined;
  for (const [year, count] of counts) {
    if (best === undefined || count > counts.get(best)! || (count === counts.get(best)! && year > best)) best = year;
  }
  return best;
}

const DAY_MONTH_IN_LEAD = new RegExp(
  String.raw`(?:^|[\s,(])((?:sáng sớm|sáng|trưa|chiều tối|chiều|tối|đêm|hôm nay|hôm qua)?\s*(?:nay\s*)?(?:ngày\s*)?\(?(\d{1,2})\s*[/-]\s*(\d{1,2})(?!\d)\)?)(?!\s*[/-]\s*\d)`,
  'iu',
);

/** A day and month in the lead such as "Chiều tối 21/1", "sáng nay (22/3)", "chiều 3-7". */
export function findLeadDayMonth(lead: string): { day: number; month: number; words: string } | undefined {
  const opening = lead.slice(0, 160);
  const m = DAY_MONTH_IN_LEAD.exec(opening);
  if (!m) return undefined;
  const words = m[1].trim();
  if (!/(?:sáng|trưa|chiều|tối|đêm|hôm|nay|ngày)/iu.test(words) && m.index > 40) return undefined;
  const day = +m[2];
  const month = +m[3];
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  return { day, month, words };
}

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

const ENGLISH_DAY_MONTH = new RegExp(`\\bon\\s+(?:\\w+day,?\\s+)?${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!,?\\s*\\d{4})\\b`, 'i');
const ISSUE_MONTH = /(?:tháng|month)\s*(\d{1,2})\s*[-/]\s*(\d{4})/iu;
const UPDATED = /^\W*(?:(?:ngày|thời gian|lần)\s+)?(?:cập nhật|updated|last updated|update)\b/iu;
/**
 * A closing line that dates the page: "Cập nhật 05-10-2006", "Ngày đăng: …", "By X – June 9, 2022", or a bare date, a
 * weekday's or an English month's first ("Tuesday June 26, 2012/ European Commission").
 */
const CLOSING_DATE = new RegExp(
  String.raw`^(?:cập nhật|ngày đăng|đăng ngày|updated|published|posted|by\s|\d|thứ|chủ nhật|(?:mon|tues|wednes|thurs|fri|satur|sun)day|${MONTH_NAME})`,
  'iu',
);
/** A date on the site's header bar: a weekday and a date, no time. */
const HEADER_TODAY = /^(?:thứ|chủ nhật|monday|tuesday|wednesday|thursday|friday|saturday|sunday)/iu;

/** The kind of date a date line gives: "Published: … | Updated: …" is a publication date. */
function lineKind(line: string): DateKind {
  return UPDATED.test(line) ? 'updated' : 'published';
}

/**
 * The year of a lead's day and month taken from a date above the title, when that date follows
 * the day within two months (the page's own date); a header's "today" years later says nothing.
 */
function headerYear(lines: readonly string[], day: number, month: number): number | undefined {
  for (const date of lines.flatMap((line) => findFullDates(line))) {
    const lag = Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(date.year, month - 1, day);
    if (lag >= 0 && lag <= 60 * 86_400_000) return date.year;
  }
  return undefined;
}

/** A wire's dateline opening an English lead: "HANOI, April 6. /TASS/. …", "LONDON, Oct 26 (Reuters) -", "Vientiane, Oct 2 (…)". */
const DATELINE_MONTH_DAY = new RegExp(
  `^\\p{Lu}[\\p{L} .'-]{1,30},\\s+(${MONTHS_EN.join('|')}|${MONTHS_EN.map((m) => m.slice(0, 3)).join('|')})\\.?\\s+(\\d{1,2})(?!\\d)`,
  'u',
);

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
  const english =
    ENGLISH_DAY_MONTH.exec(lead.slice(0, 300)) ?? (findFullDates(lead).length ? null : ENGLISH_DAY_MONTH.exec(next.slice(0, 300)));
  // a standfirst giving no day over a text that opens on it ("Ngày 8/9, sự kiện … đã diễn ra"), a photo's caption between them
  const text = paragraphs.slice(paragraphs.indexOf(lead) + 1).find((p) => !isCaption(p)) ?? '';
  const textDay =
    DATED_OPENING.test(text) && findFullDates(withoutSpansOrDocuments(lead)).length === 0 ? findLeadDayMonth(text) : undefined;
  const dayMonth =
    findLeadDayMonth(lead) ?? (english ? { day: +english[2]!, month: monthIndex(english[1]!), words: english[0] } : undefined) ?? textDay;
  // Above the title a date with a time counts; a bare date too, unless it is a header's "today"
  // (a weekday and a date) or the lead names another day.
  for (const [i, line] of preTitleLines.slice(0, 4).entries()) {
    const date = findFullDates(line)[0];
    const otherDay = dayMonth && date && (dayMonth.day !== date.day || dayMonth.month !== date.month);
    // a weekday and a date right over the headline is the post's own date line (a blog's); higher up, the header's "today"
    const today = HEADER_TODAY.test(line) && i > 0;
    const found = /\d{1,2}[:h]\d{2}/.test(line) || !(today || otherDay) ? fromLine(line) : undefined;
    if (found) return found;
  }
  for (const line of creditLines) {
    const found = CLOSING_DATE.test(line) ? fromLine(line) : undefined;
    if (found) return found;
  }
  // a date inside a wire dateline's brackets, "WASHINGTON (UrduPoint News / Sputnik - 18th November, 2022) …", is the page's
  const dateline = WIRE_DATELINE_DATE.exec(lead);
  const wireDate = dateline ? findFullDates(dateline[1]!).find(notFuture) : undefined;
  if (wireDate) return { date: format(wireDate), precision: 'day', inferred: false, kind: 'published', note: dateline![0] };
  // a bracketed span of dates, "(17/11/1950 - 17/11/2022)", is an anniversary or a term, and a document's
  // date, "Quyết định số 558/QĐ-UBND ngày 04/4/2024", "Decision No. 12/QD-TTg dated 3/1/2020", when it was signed: neither is the event
  const leadDate = findFullDates(withoutSpansOrDocuments(lead.slice(0, 200))).find(notFuture);
  if (leadDate)
    return {
      date: format(leadDate),
      precision: 'day',
      inferred: false,
      kind: 'event',
      note: `the lead gives the event's date: ${lead.slice(0, 60)}…`,
    };
  if (dayMonth) {
    // a header's date on another day than the lead's wire dateline ("Vientiane, Oct 2 (Prensa Latina)") is the day it was viewed
    const dateline = DATELINE_MONTH_DAY.exec(lead);
    const ownDay = (line: string) =>
      !dateline || findFullDates(line).some((d) => d.month === monthIndex(dateline[1]!) && d.day === +dateline[2]!);
    const year = headerYear(preTitleLines.filter(ownDay), dayMonth.day, dayMonth.month) ?? inferYear(lead, body, today.getUTCFullYear());
    const candidate = year === undefined ? undefined : { year, month: dayMonth.month, day: dayMonth.day };
    if (candidate && isRealDate(candidate) && notFuture(candidate)) {
      return {
        date: format(candidate),
        precision: 'day',
        inferred: true,
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
  // a month without its day, "Trong 3 ngày trung tuần tháng 4", "cuối tháng 5 vừa qua": the event's month, its year inferred
  const leadMonth = LEAD_MONTH.exec(lead.slice(0, 300));
  // the year of a document the lead says the event carries out ("Thực hiện Quyết định số … ngày 04/4/2024") supports it too
  const cited = findFullDates(lead.slice(0, 300).match(DOCUMENT_DATE)?.[0] ?? '')[0];
  const monthYear = leadMonth ? (inferYear(lead, body, today.getUTCFullYear()) ?? cited?.year) : undefined;
  if (leadMonth && monthYear !== undefined && Date.UTC(monthYear, +leadMonth[1]! - 1) <= today.getTime())
    return {
      date: `${monthYear}-${pad(+leadMonth[1]!)}`,
      precision: 'month',
      inferred: true,
      kind: 'event',
      note: `the lead gives "${leadMonth[0].trim()}"; the year ${monthYear} is inferred from the article`,
    };
  // an event named with its year, "Diễn đàn Horasis Trung Quốc 2024", "APEC 2017", "VIFA-EXPO 2019", "Kế hoạch … năm 2024": the
  // year of what the lead reports, or the next paragraph's (not a caption's) when the lead only says who spoke at it
  const work = WORK_OF_THE_YEAR.exec(lead.slice(0, 300));
  const named =
    NAMED_EVENT_YEAR.exec(lead.slice(0, 300)) ??
    (work && contextYears(lead, today.getUTCFullYear()).includes(+work[1]!) ? work : null) ??
    (isProse(next) ? NAMED_EVENT_YEAR.exec(next.slice(0, 300)) : null);
  if (named && +named[1]! <= today.getUTCFullYear())
    return {
      date: named[1]!,
      precision: 'year',
      inferred: true,
      kind: 'event',
      note: `the lead names "${named[0]}"; only its year is known`,
    };
  return { date: null, precision: null, inferred: false, kind: null, note: 'the text gives no publication date' };
}

/** The text without bracketed spans of dates, "(17/11/1950 - 17/11/2022)", nor documents' dates, "số 558/QĐ-UBND ngày 04/4/2024". */
function withoutSpansOrDocuments(text: string): string {
  return text.replace(/\(\s*[\d/.]{8,10}\s*[-–]\s*[\d/.]{8,10}\s*\)/g, ' ').replace(DOCUMENT_DATE, ' ');
}

/** A wire dateline with its sources and date in brackets: "WASHINGTON (UrduPoint News / Sputnik - 18th November, 2022)". */
const WIRE_DATELINE_DATE = /^\p{Lu}[\p{Lu} .'-]{1,30}\s*\([^()]{2,60}?\s[-–]\s([^()]{4,30})\)/u;

/** A document cited with its number and the day it was signed: "số 558/QĐ-UBND ngày 04/4/2024", "No. 12/2020/QD-TTg dated …". */
const DOCUMENT_DATE = /(?:số|No\.?)\s*\d[\p{L}\d/.-]*\s+(?:ngày|dated|of)\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/giu;

/**
 * A month with no day, in a phrase that places the event in it: "trung tuần tháng 4", "trong tháng 10", "cuối tháng 5";
 * not a month to come ("vào tháng 10 tới").
 */
const LEAD_MONTH =
  /(?:^|\s)(?:trong|vào|đầu|giữa|cuối|trung tuần|thượng tuần|hạ tuần)\s+tháng\s+(1[0-2]|0?[1-9])(?![\d/.-]|\s*(?:năm|,?\s*\d{4}|tới|sắp tới|sau)(?![\p{L}]))/iu;

/**
 * A plan, programme or meeting named for its year in Vietnamese: "Kế hoạch … ngoại giao kinh tế năm 2024", "Hội nghị tổng
 * kết năm 2023" (the year closing the name); not a period of figures ("7 tháng đầu năm 2017", "quý I năm 2024"), a span
 * ("năm 2021 - 2025"), nor a year set apart by commas ("cho biết, năm 2022, công tác … sẽ …"), a plan said ahead.
 */
const WORK_OF_THE_YEAR =
  /(?<!(?:tháng|quý|đầu|cuối|giữa|trong|từ|đến|tới|vào|sinh|của)\s)(?<=\p{Ll}\s)năm\s+((?:19|20)\d{2})(?![\d/.-]|\s*[-–]\s*\d)/u;

/** A year closing a capitalised name: "Diễn đàn Horasis Trung Quốc 2024", not "the first five months of 2017". */
const NAMED_EVENT_YEAR = /(?<=\p{Lu}[\p{L}\p{N}-]*\s)((?:19|20)\d{2})(?![\d/.-])/u;
