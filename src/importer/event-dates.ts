/**
 * The month or year of the event a page reports when no date line and no day of it can be read: a stay over several days
 * ("from 27 to 29 August 2023", "từ ngày 7-9 tháng 11 năm 2022"), a lead opening on its month, a month or a named event's
 * year the lead gives, a date the lead announces. Each is tried in turn by `extractDate` (dates.ts).
 */

import type { DateKind } from '../schemas/article.ts';
import { type DayMonthYear, MONTH_NAME, findFullDates, isRealDate, monthIndex, pad } from './date-lines.ts';
import {
  DATE_TO_COME,
  DOCUMENT_DATE,
  ENGLISH_STAY,
  LEAD_MONTH,
  VIETNAMESE_STAY,
  WORK_OF_THE_YEAR,
  contextYears,
  inferYear,
  namedEventYear,
} from './lead-dates.ts';
import { isProse } from './page-lines.ts';

export type DatePrecision = 'day' | 'month' | 'year';

/** A page's date as `extractDate` and each date found here give it. */
export interface ExtractedDate {
  date: string | null;
  precision: DatePrecision | null;
  inferred: boolean;
  kind: DateKind | null;
  /** The words the date was read from, or why there is none. */
  note: string;
}

/** An English lead opening on a month and its year, a comma after: "In May 2025,", "During March 2024,". */
const ENGLISH_OPENING_MONTH = new RegExp(String.raw`^(?:In|During)\s+${MONTH_NAME}\s+(\d{4}),`, 'u');

/**
 * The month of a stay over several days the lead gives ("from 27 to 29 August 2023"), unless it gives another day first; its
 * year written, or the year of the event the lead names ("WEF 2024"), not one a past figure gives.
 */
export function stayMonth(lead: string, next: string, today: Date, leadDate: DayMonthYear | undefined): ExtractedDate | undefined {
  const stay = ENGLISH_STAY.exec(lead.slice(0, 300));
  if (!stay) return undefined;
  const month = monthIndex((stay[3] ?? stay[4])!);
  if (leadDate && (leadDate.month !== month || leadDate.day !== +(stay[1] ?? stay[5])!)) return undefined;
  const named = stay[7] ? undefined : eventYear(lead, next, today)?.date;
  const year = stay[7] ? +stay[7] : named ? +named : undefined;
  if (year === undefined || Date.UTC(year, month - 1) > today.getTime()) return undefined;
  return {
    date: `${year}-${pad(month)}`,
    precision: 'month',
    inferred: !stay[7],
    kind: 'event',
    note: `the lead gives a stay "${stay[0]}"; the day of what it reports is not written`,
  };
}

/**
 * The month of a stay from one day to another the lead gives in Vietnamese ("từ ngày 7-9 tháng 11 năm 2022"), or the paragraph
 * after a lead giving no day ("Cụ thể, trong ba ngày (ngày 18 đến 20/04/2025), …"), unless the lead gives another day first.
 */
export function vietnameseStay(
  lead: string,
  next: string,
  today: Date,
  leadDate: DayMonthYear | undefined,
  leadDay: string | undefined,
): ExtractedDate | undefined {
  const inLead = VIETNAMESE_STAY.exec(lead.slice(0, 300));
  const stay = inLead ?? VIETNAMESE_STAY.exec(next.slice(0, 300));
  if (!stay) return undefined;
  // (a day the lead gives outside the stay, "Sáng 5/11, …", is the day of what it reports)
  const dayAt = leadDay ? lead.indexOf(leadDay) : -1;
  if (leadDay && !(inLead && dayAt >= inLead.index && dayAt < inLead.index + inLead[0].length)) return undefined;
  const [first, last, month, year] = [+(stay[1] ?? stay[2])!, +stay[3]!, +stay[4]!, +stay[5]!];
  if (first >= last || !isRealDate({ day: last, month, year }) || Date.UTC(year, month - 1) > today.getTime()) return undefined;
  if (leadDate && (leadDate.month !== month || leadDate.day !== first || leadDate.year !== year)) return undefined;
  return {
    date: `${year}-${pad(month)}`,
    precision: 'month',
    inferred: false,
    kind: 'event',
    note: `the text gives a stay "${stay[0].trim()}"; the day of what it reports is not written`,
  };
}

/** The month an English lead opens on, with its year: "In May 2025, Vietnam recorded a trade surplus of …". */
export function openingMonth(lead: string, today: Date): ExtractedDate | undefined {
  const opening = ENGLISH_OPENING_MONTH.exec(lead);
  if (opening && Date.UTC(+opening[2]!, monthIndex(opening[1]!) - 1) <= today.getTime())
    return {
      date: `${opening[2]}-${pad(monthIndex(opening[1]!))}`,
      precision: 'month',
      inferred: false,
      kind: 'event',
      note: `the lead opens on the month it reports: ${opening[0]}`,
    };
  return undefined;
}

/** The event's month when the lead gives a month without its day, its year inferred from the article. */
export function eventMonth(lead: string, body: string, today: Date): ExtractedDate | undefined {
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
  return undefined;
}

/** The event's year when the lead, or the paragraph after it, names the event or plan with its year. */
export function eventYear(lead: string, next: string, today: Date): ExtractedDate | undefined {
  // an event named with its year, "Diễn đàn Horasis Trung Quốc 2024", "APEC 2017", "VIFA-EXPO 2019", "Kế hoạch … năm 2024": the
  // year of what the lead reports, or the next paragraph's (not a caption's) when the lead only says who spoke at it
  const work = WORK_OF_THE_YEAR.exec(lead.slice(0, 300));
  const named =
    namedEventYear(lead.slice(0, 300)) ??
    (work && contextYears(lead, today.getUTCFullYear()).includes(+work[1]!) ? work : undefined) ??
    (isProse(next) ? namedEventYear(next.slice(0, 300)) : undefined);
  if (named && +named[1]! <= today.getUTCFullYear())
    return {
      date: named[1]!,
      precision: 'year',
      inferred: true,
      kind: 'event',
      note: `the lead names "${named[0]}"; only its year is known`,
    };
  return undefined;
}

/** The year of a date the lead announces, "Hội nghị sẽ chính thức diễn ra vào ngày 19-5-2017": the year the article speaks in. */
export function comingYear(lead: string, today: Date): ExtractedDate | undefined {
  const coming = lead.slice(0, 300).match(DATE_TO_COME)?.[0];
  const date = coming ? findFullDates(coming).at(-1) : undefined;
  if (!date || date.year > today.getUTCFullYear()) return undefined;
  return {
    date: String(date.year),
    precision: 'year',
    inferred: true,
    kind: 'event',
    note: `the lead announces "${coming!.trim()}"; only the year it speaks in is known`,
  };
}
