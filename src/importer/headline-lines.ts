/** Lines that may be a page's headline, and what rules a line out as one: a menu, a numbered heading, a masthead in capitals. */
import { isLabelRow } from './chrome.ts';
import { isSourceCredit } from './credits.ts';
import { isDateLine } from './date-lines.ts';
import { DATED_OPENING, MENU_SEPARATOR, NUMBERED_HEADING, PHOTO_CREDIT, SENTENCE_END, type Line } from './page-lines.ts';
import { POINTS_BACK } from './refers-back.ts';
import { isRelatedHeading } from './related-links.ts';
import { OUTLET_KINDS } from './self-names.ts';

/** A line that may be a headline: words in small letters too, and no menu, date line, credit, numbered or related-news heading. */
export function looksLikeTitle(text: string, minWords = 4): boolean {
  const words = text.split(/\s+/).length;
  return (
    words >= minWords &&
    !NUMBERED_HEADING.test(text) &&
    text.length <= 300 &&
    /\p{Ll}/u.test(text) &&
    !isMenuLike(text) &&
    !/[:：]$/u.test(text) &&
    !isDateLine(text) &&
    !isSourceCredit(text) &&
    !PHOTO_CREDIT.test(text) &&
    !isRelatedHeading(text) &&
    !isLabelRow(text)
  );
}

/** A navigation line: items joined by "|" or "›", or a masthead in capitals (a heading numbered as the text's section is none). */
export function isMenuLike(text: string): boolean {
  return MENU_SEPARATOR.test(text) || (!/\p{Ll}/u.test(text) && /\p{Lu}{3}/u.test(text) && !NUMBERED_HEADING.test(text));
}

/**
 * Text that may be a headline read as prose for its length: short enough, and no full stop closing it, nor a sentence
 * closed before a credit in brackets, as a photo's caption is ("… in Seoul on April 16, 2024. (Ministry of Trade)").
 */
export function isUnpunctuatedHeadline(text: string): boolean {
  return text.length <= 250 && !/\.$/.test(text) && !/[.!?]\s*\([^()]{2,80}\)$/u.test(text);
}

/**
 * A headline closed by a full stop, as machine-translated and spun copies write them, opening the page: one short sentence,
 * the paragraph under it longer. (An English one opening on an article, "The Deputy Prime Minister met …", is a standfirst:
 * headlines drop their articles; one opening on its day, "Ngày 5/3, …", is a lead; one pointing back at things named before,
 * "… của 2 thị trường này …", follows a headline lost from the copy; one opening on a kicker's label in capitals, "ANALYSIS:
 * Corona drinkers rejoice, …", is a standfirst.)
 */
export function isStoppedHeadline(text: string, next: string): boolean {
  return (
    text.length <= 100 &&
    /[^.]\.$/u.test(text) &&
    !/[.!?…]\s/u.test(text) &&
    !/^(?:The|A|An)\s/u.test(text) &&
    !KICKER_LABEL.test(text) &&
    !DATED_OPENING.test(text) &&
    !POINTS_BACK.test(text) &&
    next.length > 1.5 * text.length
  );
}

/** A kicker's label in capitals opening a line: "ANALYSIS:", "OPINION:", "PHÂN TÍCH:". */
const KICKER_LABEL = /^\p{Lu}{3,}(?: \p{Lu}{2,})?:\s/u;

/**
 * An organisation doing something, in capitals: "HỘI DOANH NGHIỆP … TỔ CHỨC ĐẠI HỘI …", "SỞ NGOẠI VỤ LÀM VIỆC VỚI …" (a
 * verb after its name; "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ" names one).
 */
const ORGANISATION_ACTS =
  /(?<!CÁC|NHỮNG)\s(?:TỔ CHỨC|LÀM VIỆC|KÝ KẾT|HỘI ĐÀM|HỘI KIẾN|GẶP MẶT|CHÀO MỪNG|CHÚC MỪNG|KHAI MẠC|BẾ MẠC|PHÁT ĐỘNG|TRIỂN KHAI|THAM DỰ|TỔNG KẾT|ĐÓN|THĂM|TRAO|BẦU)\s/u;

/** An outlet's or an authority's name in capitals, as a masthead gives it ("BÁO …", "ỦY BAN NHÂN DÂN …"). */
const ORGANISATION_NAME = new RegExp(
  String.raw`^(?:${OUTLET_KINDS.map((kind) => kind.toUpperCase()).join('|')}|ỦY BAN|UỶ BAN|UBND|SỞ|BỘ|TỈNH ỦY|THÀNH ỦY|HỘI|LIÊN HIỆP|CỘNG HÒA|CỘNG HOÀ)(?![\p{L}])`,
  'u',
);

/**
 * A headline written in capitals, "NGOẠI GIAO KINH TẾ ĐỒNG HÀNH CÙNG DOANH NGHIỆP …": six words or
 * more, no menu, not an organisation's name as a masthead gives it ("BÁO …", "CỔNG THÔNG TIN …").
 */
export function isUpperCaseHeadline(text: string): boolean {
  return (
    !/\p{Ll}/u.test(text) &&
    text.split(/\s+/).length >= 6 &&
    !MENU_SEPARATOR.test(text) &&
    !isDateLine(text) &&
    (!ORGANISATION_NAME.test(text) || ORGANISATION_ACTS.test(text))
  );
}

/**
 * A headline in capitals set over two lines ("PHÁT BIỂU CỦA PHÓ THỦ TƯỚNG …" / "TẠI HỘI NGHỊ TƯƠNG LAI CHÂU Á LẦN THỨ 16"):
 * the line above the one found, in capitals too, four words or more closing no sentence, neither menu, date line nor an
 * organisation's name as a masthead gives it. Its text, or none.
 */
export function headlineLineAbove(lines: readonly Line[], titleIndex: number): string | undefined {
  const title = lines[titleIndex]?.text ?? '';
  const above = lines[titleIndex - 1]?.text;
  if (above === undefined || /\p{Ll}/u.test(title) || !/\p{Lu}{2}/u.test(title) || SENTENCE_END.test(above)) return undefined;
  return !/\p{Ll}/u.test(above) &&
    above.split(/\s+/).length >= 4 &&
    !MENU_SEPARATOR.test(above) &&
    !isDateLine(above) &&
    (!ORGANISATION_NAME.test(above) || ORGANISATION_ACTS.test(above))
    ? above
    : undefined;
}

/** A section's label in capitals: "TIÊU ĐIỂM", "TIN MỚI". */
export const isCapitalsLabel = (text: string) => text.split(/\s+/).length <= 3 && !/\p{Ll}/u.test(text) && /\p{Lu}{2}/u.test(text);

/**
 * A headline with what is not its text taken off: a marker before it ("(TTV) Công tác …"), a
 * date and source after it ("MPI still optimistic … 2009-07-28 - MetroNet/TBKTMN").
 */
export function splitHeadline(text: string): { title: string; marker?: string; dateLine?: string; source?: string } {
  const marker = /^\(([\p{Lu}\p{N}&.+]{2,12})\)\s+(?=\p{Lu})/u.exec(text);
  // a title bar cut after its separator, "Làm việc với Lãnh đạo tỉnh Surin |", or a link to the page in another language, "… [fr]"
  const rest = (marker ? text.slice(marker[0].length) : text).replace(/\s+(?:[|·•]|\[[a-z]{2}\])$/u, '');
  const meta = /^(.{12,}?)\s+(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})\s+[-–|]\s+(\S.{1,40})$/u.exec(rest);
  if (meta) return { title: meta[1], marker: marker?.[1], dateLine: meta[2], source: meta[3] };
  // the page's time and date glued to the headline, in brackets or not: "… quận Long Biên (22:48 25/06/2019)", "… to China 09/18/2015"
  const dated = /^(.{12,}?)\s*\(([\d\s:/.,-]{8,24}(?:AM|PM|SA|CH)?)\)$|^(.{12,}?)\s+(\d{1,2}\/\d{1,2}\/\d{4})$/iu.exec(rest);
  const title = dated?.[1] ?? dated?.[3];
  const dateLine = dated?.[2] ?? dated?.[4];
  // a date the headline's own words lead to ("… hôm nay ngày 25/1/2019", "… on 12/3/2020") stays in it
  const toldByTitle = title !== undefined && /(?:^|\s)(?:ngày|on|of|from|to|từ|đến)$/iu.test(title);
  if (title && dateLine && !toldByTitle && isDateLine(dateLine)) return { title, marker: marker?.[1], dateLine };
  return { title: rest, marker: marker?.[1] };
}
