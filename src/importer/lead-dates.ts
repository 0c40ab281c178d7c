/** Dates the article's text gives: the year it speaks from, the lead's day or month, a dateline's, and years named in it. */

import {
  DAY_SPAN,
  MONTH_NAME,
  MONTH_WORD,
  NARROWER_PARTS_OF_DAY_VI,
  PARTS_OF_DAY_EN,
  PARTS_OF_DAY_VI,
  WIRE_BRACKETED_DATE,
  monthIndex,
} from './date-lines.ts';

/** A figure with its unit: "21 dự án", "5.927 tỷ đồng", "16,2%", "733 million USD". */
const FIGURE = /\d[\d.,]*\s*(?:%|tỷ|triệu|nghìn|usd|đồng|dự án|tấn|ha\b|billion|million)/iu;

/** A span's end that is now, right after its first year: "(từ năm 2007) đến nay", "(from 2007) to date". */
const SPAN_TO_NOW = /^\s*(?:đến|tới)\s+(?:nay|bây giờ)(?![\p{L}])|^\s+(?:to date|until now|to now|to the present)(?![\p{L}])/iu;

/** A verb a figure follows, right after its year: "năm 2021 đạt", "in 2022 reached". */
const FIGURE_REACHED = /^,?\s*(?:đã\s+)?(?:đạt|reached|totall?ed|stood at)(?![\p{L}])/iu;

/** The rest of the sentence from `index`, at most 300 characters. */
function sentenceFrom(text: string, index: number): string {
  const rest = text.slice(index + 4, index + 300);
  const end = rest.search(/[.!?](?:\s|$)/u);
  return end === -1 ? rest : rest.slice(0, end);
}

/**
 * A participle of signing or founding, or of a work's completion, a few words before a year: "signed in September 2010", "inked
 * between the two sides in", "established in", "opened to traffic in", "được ký kết vào tháng 5 năm", "thành lập năm",
 * "thiết lập quan hệ Đối tác toàn diện năm" (a few words between; not a registration, "đăng ký").
 */
const PAST_FOUNDING =
  /(?:\b(?:signed|inked|established|founded|set up|concluded|opened|completed|inaugurated|built)(?:\s+[\p{L}’'-]+){0,5}?\s+in(?:\s+\p{Lu}\p{Ll}+)?|(?<!\p{L})(?<!đăng\s)(?:ký kết|ký|thiết lập|thành lập)(?:\s+[\p{L}-]+){0,6}?(?:\s+vào)?(?:\s+(?:đầu|cuối|giữa))?(?:\s+tháng\s+\d{1,2})?\s+năm)\s+$/iu;

/** A signing or founding told in the passive, closing the sentence: "… was signed", "… were established", "… được ký kết". */
const SIGNED_AFTER =
  /(?:\b(?:was|were|had been)\s+(?:officially\s+)?(?:signed|inked|established|founded|concluded)|(?<![\p{L}])(?:đã\s+)?được\s+(?:chính thức\s+)?(?:ký kết|ký|thành lập|thiết lập))\s*$/iu;

/** An earlier meeting or visit, a few words before its month and year: "the previous meeting in May", "their last visit in". */
const EARLIER_EVENT = new RegExp(String.raw`\b(?:previous|last|earlier|prior)(?:\s+[\p{L}-]+){1,2}?\s+in(?:\s+${MONTH_WORD})?\s+$`, 'iu');

/** An anniversary's count of years: "kỷ niệm 40 năm", "40th anniversary", "40 years of"; the last one before a span of years. */
const ANNIVERSARY = /(?:kỷ niệm\s+(\d{1,3})\s+năm|(\d{1,3})(?:st|nd|rd|th)\s+anniversary|(\d{1,3})\s+years\s+of)(?![\p{L}\d])/giu;
function anniversaryCount(text: string): number | undefined {
  let count: number | undefined;
  for (const m of text.matchAll(ANNIVERSARY)) count = +(m[1] ?? m[2] ?? m[3])!;
  return count;
}

/** A clause saying what follows is to come, its year a few words on: "which will take effect from August", "sẽ có hiệu lực từ". */
const FUTURE_CLAUSE = /(?:\b(?:will|shall)|(?<![\p{L}])sẽ)(?![\p{L}])[^.,;!?]{0,40}$/iu;

/** Years written in `text` that can date it: not targets ("đến năm 2030") and not in the future. */
export function contextYears(written: string, latestYear: number): number[] {
  const years: number[] = [];
  // a month's or quarter's year, "cuối tháng 5/2020", "hết quý I/2024", is a year as "năm 2020" is
  const text = written.replace(/(tháng|quý)\s*(\d{1,2}|[IV]{1,3})\/((?:19|20)\d{2})(?![\d/.-])/giu, '$1 $2 năm $3');
  for (const m of text.matchAll(/(?<![\d/.-])((?:19|20)\d{2})(?![\d])/g)) {
    const before = text.slice(Math.max(0, m.index - 24), m.index).toLowerCase();
    // a target ("đến năm 2030"), a birth year, a past figure or event ("đạt … vào năm 2018", "chuyến thăm vào đầu năm 2024")
    if (/(?:đến|tới|by|until|to|trước|sinh|vào)\s+(?:(?:đầu|cuối|giữa)\s+)?(?:năm\s+)?$/u.test(before)) continue;
    // the start of a span to now, "từ năm 2007 đến nay", "from 2007 to date": the time since, not the event's
    if (SPAN_TO_NOW.test(text.slice(m.index + 4, m.index + 20))) continue;
    // an agreement or body's founding ("the partnership signed in September 2010", "đã ký kết năm 2020"): history, not the event;
    // so is an earlier meeting's ("after the previous meeting in May 2023"), as "chuyến thăm vào đầu năm 2024" is
    const wordsBefore = text.slice(Math.max(0, m.index - 48), m.index);
    if (PAST_FOUNDING.test(wordsBefore) || EARLIER_EVENT.test(wordsBefore)) continue;
    // as is a sentence the year opens that ends on the signing or founding ("on November 22, 2022, the Protocol on … was signed",
    // "năm 2013, Hiệp định … được ký kết")
    if (SIGNED_AFTER.test(sentenceFrom(text, m.index))) continue;
    // a year the clause says is to come, "the EVFTA, which will take effect from August 2020", "sẽ có hiệu lực từ tháng 8 năm
    // 2020", is a target, as "đến năm 2030" is
    if (FUTURE_CLAUSE.test(wordsBefore)) continue;
    // a figure's year ("lên 60 tỷ USD năm 2018") dates the figure, not the event
    if (/\d\s*(?:%|tỷ|triệu|nghìn|usd|đồng)(?:\s+(?:usd|đồng))?\s+năm\s+$/u.test(before)) continue;
    // so does a year a figure reaches ("Kim ngạch thương mại hai chiều năm 2021 đạt 1,1 tỷ USD", "exports in 2022 reached 3
    // billion USD"): the figure's, as the year of a figure after it is
    if (FIGURE_REACHED.test(text.slice(m.index + 4, m.index + 24)) && FIGURE.test(sentenceFrom(text, m.index))) continue;
    // so does a year opening a sentence or a clause of figures ("Năm 2022, tỉnh cấp mới … cho 21 dự án, với tổng vốn 5.927 tỷ
    // đồng", "According to data released by X, in 2023, the turnover reached 254 billion yuan")
    if (
      (/(?:^|[.!?…]\s+)(?:trong\s+)?năm\s+$/iu.test(before) || (/(?:^|[.!?…,;]\s+)in\s+$/iu.test(before) && text[m.index + 4] === ',')) &&
      FIGURE.test(sentenceFrom(text, m.index))
    )
      continue;
    // an anniversary's span in brackets, "kỷ niệm 40 năm thiết lập quan hệ ngoại giao (1976-2016)", "the 50th anniversary … (1973-2023)",
    // ends on the year it is kept: the span's length is the anniversary's count
    const span = /^\s*[-–]\s*((?:19|20)\d{2})\s*\)/.exec(text.slice(m.index + 4, m.index + 14));
    if (span && before.endsWith('(') && anniversaryCount(text.slice(Math.max(0, m.index - 140), m.index)) === +span[1]! - +m[1]) {
      if (+span[1]! <= latestYear) years.push(+span[1]!);
      continue;
    }
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
  String.raw`(?:^|[\s,(])((?:${[...NARROWER_PARTS_OF_DAY_VI, ...PARTS_OF_DAY_VI].join('|')}|hôm nay|hôm qua)?\s*(?:nay\s*)?(?:ngày\s*)?\(?(\d{1,2})\s*[/-]\s*(\d{1,2})(?!\d)\)?)(?!\s*[/-]\s*\d)`,
  'iu',
);

/**
 * A stay over several days in an English lead, "from 27 to 29 August 2023", "from January 16-23": what the lead reports
 * happens on one of them, the month is known, the day is not. Groups: first day, last day, month, or month, first day, last
 * day; then the year if written.
 */
export const ENGLISH_STAY = new RegExp(
  String.raw`\bfrom\s+(?:${DAY_SPAN}\s+${MONTH_NAME}|${MONTH_NAME}\s+${DAY_SPAN})(?:,?\s+(\d{4}))?`,
  'i',
);

/** A word saying which day, or the part of it, before a day and month: "sáng", "hôm nay", "ngày". */
const DAY_WORD = new RegExp(`(?:${PARTS_OF_DAY_VI.join('|')}|hôm|nay|ngày)`, 'iu');
/**
 * A stay from one day to another in Vietnamese, "từ ngày 7-9 tháng 11 năm 2022", "(ngày 18 đến 20/04/2025)": as in English, the
 * month is known, the day is not; "from" or "to" is written (two days named, "ngày 18 và 19/7/2024", "Ngày 18-19/7/2024", are no
 * stay: the first is the day). Groups: first day (after "từ", or after "ngày" before "đến"), last day, month, year.
 */
export const VIETNAMESE_STAY =
  /(?<![\p{L}])(?:từ\s+(?:ngày\s+)?(\d{1,2})\s*(?:[-–]|đến(?:\s+ngày)?)|ngày\s+(\d{1,2})\s*đến(?:\s+ngày)?)\s*(\d{1,2})(?:\s*[/.-]\s*|\s+tháng\s+)(\d{1,2})(?:\s*[/.-]\s*|,?\s+năm\s+)(\d{4})(?![\d/.-])/iu;

/** A day and month in the lead such as "Chiều tối 21/1", "sáng nay (22/3)", "chiều 3-7". */
export function findLeadDayMonth(lead: string): { day: number; month: number; words: string } | undefined {
  const opening = lead.slice(0, 220);
  const m = DAY_MONTH_IN_LEAD.exec(opening);
  if (!m) return undefined;
  const words = m[1].trim();
  if (!DAY_WORD.test(words) && m.index > 40) return undefined;
  const day = +m[2];
  const month = +m[3];
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  return { day, month, words };
}

/** An English day and month with no year after them: "on August 19", "on Monday, Aug. 19". */
const ENGLISH_DAY_MONTH = new RegExp(`\\bon\\s+(?:\\w+day,?\\s+)?${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!,?\\s*\\d{4})\\b`, 'i');

/** The part of an English day before its day and month: "In the morning of 30 January", "on the afternoon of Monday, 3 July". */
const ENGLISH_PART_OF_DAY = new RegExp(
  String.raw`\b(?:in|on)\s+the\s+(?:${PARTS_OF_DAY_EN.join('|')})\s+of\s+(?:\w+day,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH_NAME}(?!,?\s*\d{4})\b`,
  'i',
);

/** An English day and month with no year after them, "on August 19", "In the morning of 30 January". */
export function englishDayMonth(text: string): { day: number; month: number; words: string } | undefined {
  const on = ENGLISH_DAY_MONTH.exec(text);
  if (on) return { day: +on[2]!, month: monthIndex(on[1]!), words: on[0] };
  const part = ENGLISH_PART_OF_DAY.exec(text);
  return part ? { day: +part[1]!, month: monthIndex(part[2]!), words: part[0] } : undefined;
}

/** A wire's dateline opening an English lead: "HANOI, April 6. /NPA/. …", "LONDON, Oct 26 (Newswire) -", "Vientiane, Oct 2 (…)". */
export const DATELINE_MONTH_DAY = new RegExp(`^\\p{Lu}[\\p{L} .'-]{1,30},\\s+${MONTH_NAME}\\s+(\\d{1,2})(?!\\d)`, 'u');

/**
 * A date the clause says is to come, "Hội nghị sẽ chính thức diễn ra vào ngày 19-5-2017", "will be held on 5/6/2023": the day of
 * what the article announces, not of what it reports.
 */
export const DATE_TO_COME =
  /(?<![\p{L}])(?:sẽ|dự kiến|will|shall)(?![\p{L}])[^.!?;]{0,60}?(?<![\d/.-])\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}(?!\d)/giu;

/**
 * The text without bracketed spans of dates, "(17/11/1950 - 17/11/2022)", nor documents' dates, "số 558/QĐ-UBND ngày 04/4/2024",
 * nor dates to come.
 */
export function withoutSpansOrDocuments(text: string): string {
  return text
    .replace(/\(\s*[\d/.]{8,10}\s*[-–]\s*[\d/.]{8,10}\s*\)/g, ' ')
    .replace(DOCUMENT_DATE, ' ')
    .replace(DATE_TO_COME, ' ');
}

/** A wire dateline with its sources and date in brackets: "WASHINGTON (CityPoint News / Wirenet - 18th November, 2022)". */
export const WIRE_DATELINE_DATE = new RegExp(String.raw`^\p{Lu}[\p{Lu} .'-]{1,30}\s*\([^()]{2,60}?${WIRE_BRACKETED_DATE}`, 'u');

/** A document cited with its number and the day it was signed: "số 558/QĐ-UBND ngày 04/4/2024", "No. 12/2020/QD-TTg dated …". */
export const DOCUMENT_DATE = /(?:số|No\.?)\s*\d[\p{L}\d/.-]*\s+(?:ngày|dated|of)\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/giu;

/**
 * A month with no day, in a phrase that places the event in it: "trung tuần tháng 4", "trong tháng 10", "cuối tháng 5";
 * not a month to come ("vào tháng 10 tới").
 */
export const LEAD_MONTH =
  /(?:^|\s)(?:trong|vào|đầu|giữa|cuối|trung tuần|thượng tuần|hạ tuần)\s+tháng\s+(1[0-2]|0?[1-9])(?![\d/.-]|\s*(?:năm|,?\s*\d{4}|tới|sắp tới|sau)(?![\p{L}]))/iu;

/**
 * A plan, programme or meeting named for its year in Vietnamese: "Kế hoạch … ngoại giao kinh tế năm 2024", "Hội nghị tổng
 * kết năm 2023" (the year closing the name); not a period of figures ("7 tháng đầu năm 2017", "quý I năm 2024"), a span
 * ("năm 2021 - 2025"), nor a year set apart by commas ("cho biết, năm 2022, công tác … sẽ …"), a plan said ahead; the word
 * before the year capitalised or not ("Từ năm 2009 đến nay, …", a span from a past year to now).
 */
export const WORK_OF_THE_YEAR =
  /(?<!(?:[Tt]háng|[Qq]uý|[Đđ]ầu|[Cc]uối|[Gg]iữa|[Tt]rong|[Tt]ừ|[Đđ]ến|[Tt]ới|[Vv]ào|sinh|của)\s)(?<=\p{Ll}\s)năm\s+((?:19|20)\d{2})(?![\d/.-]|\s*[-–]\s*\d)/u;

/**
 * A year closing a capitalised name: "Diễn đàn Horasis Trung Quốc 2024", not "the first five months of 2017", a month's
 * "since August 2020" (a date, not a name), nor a sentence opening on the year: "In 2016, Vietnam ranked second …".
 */
const NAMED_EVENT_YEARS = new RegExp(
  String.raw`(?<=\p{Lu}[\p{L}\p{N}-]*\s)(?<!${MONTH_WORD}\s)(?<!(?:^|[.!?]\s{1,3})(?:In|By|Since|From|Until|Before|After|During|Trong|Từ|Đến|Năm)\s)((?:19|20)\d{2})(?![\d/.-])`,
  'gu',
);

/** Words saying that what a sentence tells is still to come: "could be held", "will take place", "sẽ diễn ra", "dự kiến". */
const TO_COME = /\b(?:will|would|could|shall)\b|(?<![\p{L}])(?:sẽ|dự kiến|sắp)(?![\p{L}])/iu;

/** The sentence of `text` holding `index`. */
function sentenceAt(text: string, index: number): string {
  const start = text.slice(0, index).search(/[.!?]\s+[^.!?]*$/u);
  const end = text.slice(index).search(/[.!?](?:\s|$)/u);
  return text.slice(start === -1 ? 0 : start + 1, end === -1 ? undefined : index + end);
}

/** The first event named with its year in `text` whose sentence reports it, not one said to come ("The Annual VBF 2016 could be held …"). */
export function namedEventYear(text: string): RegExpMatchArray | undefined {
  for (const m of text.matchAll(NAMED_EVENT_YEARS)) if (!TO_COME.test(sentenceAt(text, m.index))) return m;
  return undefined;
}
