/** Dates as precise as they are known, in the reader's language. */
import type { Language } from '../../schemas/article.ts';

export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Vietnamese names Monday to Saturday "thứ" and an ordinal ("thứ hai" … "thứ bảy", or "thứ 2" … "thứ 7"); "bẩy" is a common spelling of "bảy". */
export const WEEKDAY_ORDINALS_VI = ['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'bẩy'];
export const SUNDAY_VI = 'chủ nhật';

/** "21/1/2022" / "21 January 2022"; "tháng 1/2022" / "January 2022"; "năm 2022" / "2022"; null when unknown. */
export function formatPartialDate(date: string | null | undefined, lang: Language): string | null {
  if (!date) return null;
  const [year, month, day] = date.split('-').map(Number);
  if (lang === 'vi') {
    if (day) return `${day}/${month}/${year}`;
    if (month) return `tháng ${month}/${year}`;
    return `năm ${year}`;
  }
  if (day) return `${day} ${MONTHS_EN[month - 1]} ${year}`;
  if (month) return `${MONTHS_EN[month - 1]} ${year}`;
  return String(year);
}
