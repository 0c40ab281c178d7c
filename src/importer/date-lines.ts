/** Date syntax: full dates as pages write them (numeric, ISO, English, spans of days), and lines that only announce a date. */

import { MONTHS_EN, SUNDAY_VI, WEEKDAYS_EN, WEEKDAY_ORDINALS_VI } from '../lib/text/dates.ts';

export interface DayMonthYear {
  day: number;
  month: number;
  year: number;
}

const MONTH_KEYS = MONTHS_EN.map((month) => month.toLowerCase());
const WEEKDAY_EN = WEEKDAYS_EN.join('|');
/** A weekday in either language, "Thứ Năm", "thứ 5", "Chủ nhật", "Monday" (a pattern for case-insensitive use, no group). */
export const WEEKDAY = `thứ\\s*(?:${WEEKDAY_ORDINALS_VI.join('|')}|[2-7])|${SUNDAY_VI}|${WEEKDAY_EN}`;
/** How a line that opens with a weekday begins: any "thứ", "Chủ nhật" or an English day (case-insensitive, no group). */
export const WEEKDAY_OPENING = `thứ|${SUNDAY_VI}|${WEEKDAY_EN}`;
/** The parts of the day a date may be given with, in either language: "sáng 22/2", "chiều 3-7", "In the morning of 30 January". */
export const PARTS_OF_DAY_VI = ['sáng', 'trưa', 'chiều', 'tối', 'đêm'];
export const PARTS_OF_DAY_EN = ['morning', 'afternoon', 'evening', 'night'];
/** A Vietnamese part of the day said more narrowly: "sáng sớm" (early morning), "chiều tối" (dusk). */
export const NARROWER_PARTS_OF_DAY_VI = ['sáng sớm', 'chiều tối'];
const MONTH_FORMS = [...MONTHS_EN, ...MONTHS_EN.map((m) => m.slice(0, 3))].join('|');
/** An English month in full or its first three letters, a dot after or not ("September", "Sep."), captured. Capitalised, for patterns that mind case. */
export const MONTH_NAME = `(${MONTH_FORMS})\\.?`;
/** The same month, not captured. */
export const MONTH_WORD = `(?:${MONTH_FORMS})\\.?`;
/** A comma may stand between the day and the year without a space: "March 20,2018". */
const DAY_YEAR_GAP = String.raw`(?:,\s*|\s+)`;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?${DAY_YEAR_GAP}(\\d{4})\\b`, 'gi');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})\\b`, 'gi');
/** A year cut to its last two digits after an apostrophe, as magazines' templates print dates: "04 Apr '23" (this century's). */
const DAY_MONTH_SHORT_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_NAME}\\s+['’](\\d{2})(?![\\d\\p{L}])`, 'giu');
/** Two days of a month, "5 to 9", "16-23", "5th and 6th": the first and the last captured. */
export const DAY_SPAN = String.raw`(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*(\d{1,2})(?:st|nd|rd|th)?`;
/** A span of days in English, day first or month first: "5 to 9 March 2024", "March 5-9, 2024" (days, month, or month, days; year). */
const ENGLISH_SPAN = new RegExp(String.raw`\b(?:${DAY_SPAN}\s+${MONTH_NAME}|${MONTH_NAME}\s+${DAY_SPAN}),?\s+(\d{4})\b`, 'gi');
const ENGLISH_DATE = new RegExp(
  `${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?${DAY_YEAR_GAP}\\d{4}|\\d{1,2}\\s+${MONTH_NAME},?\\s+\\d{4}`,
  'gi',
);

/**
 * A full date opening a line and glued to the capitalised word after it, "25 April 2019The ties between …", "21/06/2021Hà
 * Nội": a post's date field the copy ran into its first paragraph (no sentence glues its opening date to the next word).
 * The date is captured.
 */
export const GLUED_OPENING_DATE = new RegExp(
  String.raw`^(\d{1,2}\s+${MONTH_WORD},?\s+\d{4}|${MONTH_WORD}\s+\d{1,2},\s*\d{4}|\d{1,2}\/\d{1,2}\/\d{4})(?=\p{Lu}\p{Ll})`,
  'u',
);

/**
 * An English date closing a line and glued to the word in small letters before it, "Ảnh: Hà BùiJun 23, 2020": the post's date
 * field the copy ran into the field above it (no sentence glues a date so). The date is captured.
 */
export const GLUED_CLOSING_DATE = new RegExp(String.raw`(?<=\p{Ll})(${MONTH_WORD}\s+\d{1,2},\s*\d{4})$`, 'u');

/**
 * Months named in words, as Vietnamese blogs' templates print them ("12 Tháng Ba, 2024", "Tháng Mười Hai 5, 2023"),
 * January to December. Capitalised only: "12 tháng năm 2023" is "the 12 months of 2023".
 */
const MONTHS_VI = ['Một', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Mười Một', 'Mười Hai'];
// (longer names first, so "Mười Hai" wins over "Mười")
const MONTH_VI = `[Tt]háng\\s+(${[...MONTHS_VI].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`;
const DAY_MONTH_YEAR_VI = new RegExp(`(?<!\\d)(\\d{1,2})\\s+${MONTH_VI},?\\s+(?:năm\\s+)?(\\d{4})(?!\\d)`, 'gu');
const MONTH_DAY_YEAR_VI = new RegExp(`${MONTH_VI}\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)`, 'gu');
const monthIndexVi = (name: string) => MONTHS_VI.indexOf(name.replace(/\s+/gu, ' ')) + 1;

/**
 * The date closing a wire dateline's brackets, after the sources and a dash: " - 18th November, 2022)" in "WASHINGTON
 * (CityPoint News / Wirenet - 18th November, 2022)". The date is captured.
 */
export const WIRE_BRACKETED_DATE = String.raw`\s+[-–]\s+([^()]{4,30})\)`;

/**
 * A time zone's abbreviation as a date line writes it after the time, "08:12 IST", "01:15 am PT", "10:00 GMT+7": capitals, a
 * whole word (written in small letters, only the universal ones).
 */
export const TIME_ZONE = String.raw`(?:GMT|UTC|ICT|IST|PST|PDT|PT|EST|EDT|ET|CST|CDT|CET|CEST|BST|JST|KST|SGT|HKT|WIB|AEST|AEDT)`;
const ZONE_IN_LINE = new RegExp(
  String.raw`(?<![\p{L}])(?:${TIME_ZONE}|[Gg]mt|[Uu]tc|[Ii]ct)(?:\s*[+-]?\s*\d{1,2}(?::?\d{2})?)?(?![\p{L}])`,
  'gu',
);

export const pad = (n: number) => String(n).padStart(2, '0');

export function isRealDate({ day, month, year }: DayMonthYear): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1945;
}

export function format(d: DayMonthYear): string {
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

export function monthIndex(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  return MONTH_KEYS.findIndex((m) => m.startsWith(key)) + 1;
}

const YEAR_DIGITS = /\d{4}|['’]\d{2}/u;

/** Every full date written in `text`, in order of appearance. */
export function findFullDates(text: string): DayMonthYear[] {
  // every date below holds a year of four digits, or of two after an apostrophe: most lines hold neither
  if (!YEAR_DIGITS.test(text)) return [];
  const found: { index: number; date: DayMonthYear }[] = [];
  const add = (index: number, date: DayMonthYear) => {
    if (isRealDate(date)) found.push({ index, date });
  };
  // a time may follow the year after a dash: "15/05/2020-19:36:00"
  for (const m of text.matchAll(/(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?![\d/.]|-(?!\d{1,2}:\d{2}))/g)) {
    // "09/18/2015" can only be month-first, as American pages write dates
    const monthFirst = +m[2] > 12 && +m[1] <= 12;
    add(m.index, { day: monthFirst ? +m[2] : +m[1], month: monthFirst ? +m[1] : +m[2], year: +m[3] });
  }
  // a span of days, "18 và 19/7/2024", "18-19/7/2024", "7-9 tháng 11 năm 2022": it starts on the first (a time before a date,
  // "10:30 - 19/7/2024", is none)
  for (const m of text.matchAll(
    /(?<![\d/.:h-])(\d{1,2})\s*(?:và|đến|-|–|and|to)\s*(\d{1,2})(?:\s*[/.-]\s*|\s+tháng\s+)(\d{1,2})(?:\s*[/.-]\s*|,?\s+năm\s+)(\d{4})(?![\d/.-])/gu,
  )) {
    if (+m[1] < +m[2]) add(m.index, { day: +m[1], month: +m[3], year: +m[4] });
  }
  // and in English, "5 to 9 March 2024", "27-29 August 2023", "March 5-9, 2024"
  for (const m of text.matchAll(ENGLISH_SPAN)) {
    const [first, last] = [+(m[1] ?? m[5])!, +(m[2] ?? m[6])!];
    if (first < last) add(m.index, { day: first, month: monthIndex((m[3] ?? m[4])!), year: +m[7]! });
  }
  for (const m of text.matchAll(/(?<![\d/])(\d{4})-(\d{2})-(\d{2})(?:T[\d:.+Z-]*)?(?![\d/])/g)) {
    add(m.index, { year: +m[1], month: +m[2], day: +m[3] });
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    add(m.index, { month: monthIndex(m[1]), day: +m[2], year: +m[3] });
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    add(m.index, { day: +m[1], month: monthIndex(m[2]), year: +m[3] });
  }
  for (const m of text.matchAll(DAY_MONTH_SHORT_YEAR)) add(m.index, { day: +m[1]!, month: monthIndex(m[2]!), year: 2000 + +m[3]! });
  // "21 tháng 05, 2025", "21 tháng 05. 2025" (as an English page's template writes it)
  // (the last day of a span, "7-9 tháng 11 năm 2022", is not its date)
  for (const m of text.matchAll(/(?<![\d–-])(?<![\d–-]\s)(\d{1,2})\s+tháng\s+(\d{1,2})[,.]?\s+(?:năm\s+)?(\d{4})/giu)) {
    add(m.index, { day: +m[1], month: +m[2], year: +m[3] });
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR_VI)) add(m.index, { day: +m[1]!, month: monthIndexVi(m[2]!), year: +m[3]! });
  for (const m of text.matchAll(MONTH_DAY_YEAR_VI)) add(m.index, { day: +m[2]!, month: monthIndexVi(m[1]!), year: +m[3]! });
  return found.sort((a, b) => a.index - b.index).map((f) => f.date);
}

/**
 * A line that announces a date rather than telling news: short, and mostly a date, time,
 * weekday, "Cập nhật"/"Updated", a zone, separators and at most a short byline.
 */
export function isDateLine(line: string): boolean {
  if (line.length > 90 || findFullDates(line).length === 0) return false;
  const rest = line
    .replace(/(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/g, ' ')
    .replace(/\d{4}-\d{2}-\d{2}(?:T[\d:.+Z-]*)?/g, ' ')
    .replace(ENGLISH_DATE, ' ')
    .replace(/\d{1,2}[:hg]\d{2}(?::\d{2})?\s*(?:am|pm|sa|ch)?/gi, ' ')
    .replace(ZONE_IN_LINE, ' ')
    // a view counter and the template's field names beside the date: "cms-publish-date … | cms-view-count: 14389"
    .replace(/(?:lượt xem|lượt đọc|views?|[a-z]+(?:-[a-z]+)*-view-count)\s*:?\s*\d+|(?<![\p{L}\d])[a-z]+(?:-[a-z]+)+(?![\p{L}\d])/giu, ' ')
    .replace(/\d{1,2}\s+tháng\s+\d{1,2}[,.]?\s+(?:năm\s+)?\d{4}/giu, ' ')
    .replace(DAY_MONTH_YEAR_VI, ' ')
    .replace(MONTH_DAY_YEAR_VI, ' ')
    // whole words only: "on" and "at" inside "Monday", "Saturday", "Organization" are none
    .replace(
      /(?<![\p{L}])(?:cập nhật|đăng|ngày đăng|xuất bản|thời gian|published|updated|posted|last updated|date|ngày|lúc|on|at)(?![\p{L}])\s*:?/giu,
      ' ',
    )
    .replace(new RegExp(WEEKDAY, 'giu'), ' ')
    .replace(/[\s|,;()\-–—/•·:]+/g, ' ')
    .trim();
  return rest.split(' ').filter(Boolean).length <= 5;
}
