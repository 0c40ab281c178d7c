/** Finding a page's headline and lead, and the date lines and bylines standing between them. */
import { isLabelRow } from './chrome.ts';
import { isBylineLike, isSourceCredit } from './credits.ts';
import { isDateLine } from './date-lines.ts';
import {
  CAPTION_AFTER_LABEL,
  DATED_OPENING,
  LEAD_MARKER,
  MENU_SEPARATOR,
  PHOTO_CREDIT,
  SENTENCE_END,
  isCaption,
  isProse,
  type Line,
} from './page-lines.ts';
import { POINTS_BACK, REFERS_BACK } from './refers-back.ts';
import { isRelatedHeading } from './related-links.ts';
import { OUTLET_KINDS } from './self-names.ts';

/**
 * The lead is the first paragraph of running text; the title is the nearest headline-like line
 * above it, past date lines, bylines and captions. A headline that reads like a sentence may be
 * the first "prose" line itself, when nothing above it is a headline and prose follows.
 */
export function findTitleAndLead(lines: Line[]): { titleIndex: number; leadIndex: number } {
  const firstProse = lines.findIndex((line) => isProse(line.text));
  if (firstProse === -1) return { titleIndex: -1, leadIndex: lines.length };
  // a long headline passes for prose: one without a full stop right over a lead that opens on its day ("Ngày 23/4/2020, …")
  // is the headline, whatever stands above it (a slogan, a banner)
  const under = lines[firstProse + 1]?.text ?? '';
  const opening = lines[firstProse]!.text;
  // so is one over its date line or byline with the lead under them, as articles are laid out, no headline of six words or
  // more above it (that one's standfirst may close on no full stop)
  const overHeader =
    (isDateLine(under) || isBylineLike(under)) &&
    isProse(lines[firstProse + 2]?.text ?? '') &&
    !lines.slice(Math.max(0, firstProse - 12), firstProse).some((l) => looksLikeTitle(l.text, 6));
  // (a paragraph trailing off, "…", is a standfirst cut short, not a headline)
  if (
    isUnpunctuatedHeadline(opening) &&
    !/(?:\.\.\.|…)$/u.test(opening) &&
    !isCaption(opening) &&
    ((isProse(under) && DATED_OPENING.test(under)) || overHeader)
  )
    return { titleIndex: firstProse, leadIndex: overHeader ? firstProse + 2 : firstProse + 1 };
  // a headline closed by a full stop, printed twice one under the other over the lead, passes for prose: one sentence of a
  // headline's length without a comma, neither a dated opening nor a lead's marker, is the headline (a lead printed twice says
  // more: "X met with Y, vice prime minister of …, on Saturday.")
  if (
    under === opening &&
    opening.length <= 120 &&
    !/[.!?…]\s|,/u.test(opening) &&
    !DATED_OPENING.test(opening) &&
    !LEAD_MARKER.test(opening) &&
    isProse(lines[firstProse + 2]?.text ?? '')
  )
    return { titleIndex: firstProse, leadIndex: firstProse + 2 };
  // a headline printed twice (the page's and the article's, or around its standfirst) is the headline, whatever stands between
  for (let i = firstProse - 1; i >= Math.max(0, firstProse - 12); i--) {
    const text = lines[i].text;
    const printedTwice = lines.some((l, j) => j > i && j < firstProse && l.text === text);
    if (!printedTwice || lines.some((l, j) => j < i && l.text === text) || !looksLikeTitle(text, 3)) continue;
    // not a menu's item printed again over the breadcrumb: no other headline stands between its last copy and the lead (a byline,
    // "Tác giả: HOÀNG LAN", is none)
    const lastCopy = lines.findLastIndex((l, j) => j < firstProse && l.text === text);
    if (lines.slice(lastCopy + 1, firstProse).some((l) => looksLikeTitle(l.text) && !isHeaderLine(l.text))) continue;
    // a copy of it carrying the page's date ("… to China 09/18/2015") is the one to split
    const dated = lines.findIndex((l, j) => j > i && j < firstProse && l.text !== text && splitHeadline(l.text).title === text);
    return { titleIndex: dated === -1 ? i : dated, leadIndex: firstProse };
  }
  let upperCase: number | undefined;
  // the highest headline-like line in reach of the lead, found once (-1: none)
  let highestTitle: number | undefined;
  const titleAbove = (i: number) => {
    highestTitle ??= lines.findIndex((l, j) => j >= Math.max(0, firstProse - 12) && j < firstProse && looksLikeTitle(l.text));
    return highestTitle !== -1 && highestTitle < i;
  };
  for (let i = firstProse - 1; i >= Math.max(0, firstProse - 12); i--) {
    const text = lines[i].text;
    // a headline in capitals right over the lead, the page's date line right over it: what stands above the date is the site's
    if (upperCase === i + 1 && upperCase === firstProse - 1 && isDateLine(text)) return { titleIndex: upperCase, leadIndex: firstProse };
    // (or, in a paper's header, the authors' affiliation under them, closing no sentence)
    const afterByline =
      i > 0 &&
      isBylineLike(lines[i - 1]!.text) &&
      (text.split(/\s+/).length <= 6 || (isContactLine(lines[i + 1]?.text) && !SENTENCE_END.test(text)));
    // a lead cut short above the first paragraph ("Ngày 4-10-2006, tại …") stands under the title
    if (
      afterByline ||
      isDateLine(text) ||
      isBylineLike(text) ||
      isCaption(text) ||
      NUMBERED_HEADING.test(text) ||
      DATED_OPENING.test(text) ||
      isSalutation(lines, i) ||
      isTextsListLine(text) ||
      isContactLine(text) ||
      lines.some((l, j) => j !== i && j < firstProse && l.text === text) ||
      (isOverCredit(lines, i) && titleAbove(i))
    )
      continue;
    // a sentence wrapped over lines ("Vào sáng ngày" / "6/1/2022 lúc 9h30 đã diễn ra …"): no line of it is a headline
    if (carriesOnLineAbove(lines, i) || runsOnBelow(lines, i)) break;
    // a table's cell under a headline set outside the table holds the photo's caption ("A farmer … province |")
    if (TABLE_CELL.test(text) && i > 0 && !TABLE_CELL.test(lines[i - 1]!.text) && looksLikeTitle(lines[i - 1]!.text)) continue;
    if (looksLikeTitle(text)) return { titleIndex: headlineOverDateLine(lines, i) ?? postOverCopy(lines, i) ?? i, leadIndex: firstProse };
    // the nearest headline in capitals, when no other stands above the lead
    if (upperCase === undefined && isUpperCaseHeadline(text)) upperCase = i;
    // a headline of three words ("Government News 15/11") is one when its date line stands under it and no longer headline above
    if (isDateLine(lines[i + 1]!.text) && looksLikeTitle(text, 3) && !titleAbove(i)) return { titleIndex: i, leadIndex: firstProse };
    if (!isMenuLike(text) && text.split(/\s+/).length >= 4) break;
  }
  // (not when another line like it heads a later paragraph: the text's subheadings are written so, and the copy opens on one)
  const subheadingsAlike = (i: number) => lines.some((l, j) => j > firstProse && l.text !== lines[i]!.text && isUpperCaseHeadline(l.text));
  if (upperCase !== undefined && !subheadingsAlike(upperCase)) return { titleIndex: upperCase, leadIndex: firstProse };
  const first = lines[firstProse].text;
  const nextProse = lines.findIndex((line, i) => i > firstProse && isProse(line.text));
  // a paragraph that refers back ("Trong bối cảnh đó, …") continues a text cut from its start: what stands above it is a caption
  const headlineLike =
    (isUnpunctuatedHeadline(first) || (firstProse === 0 && isStoppedHeadline(first, lines[nextProse]?.text ?? ''))) &&
    nextProse !== -1 &&
    !LEAD_MARKER.test(first) &&
    !isCaption(first) &&
    !REFERS_BACK.test(lines[nextProse]!.text);
  return headlineLike ? { titleIndex: firstProse, leadIndex: nextProse } : { titleIndex: -1, leadIndex: firstProse };
}

/**
 * A line of the text's own lists, never a headline: an item opened by a dash or a bullet ("– Lĩnh vực đầu tư", "* Lĩnh vực
 * ưu đãi", "- 500 tình nguyện viên …"), a lettered point ("a. Biện pháp khuyến khích …"), a sentence's line bringing a list in ("… ưu đãi đầu tư. Cụ
 * thể:"). (A headline opening on a figure, "10 doanh nghiệp …", or on an initial, "V. Putin …", is none.)
 */
const isTextsListLine = (text: string) =>
  /^(?:[-–—*•]\s+[\p{L}\d]|\p{Ll}[.)]\s+\p{Lu})/u.test(text) || (/:$/u.test(text) && /[.!?]\s+\p{Lu}/u.test(text));

/**
 * A photo's caption over its credit standing alone on the next line of its block ("Side-by-side flags … as background" /
 * "Image: Shutterstock"): no headline, when a headline stands higher up. (A photographer's byline under the headline,
 * "Photos: Quang Phuc (VET)", has the headline alone above it.)
 */
function isOverCredit(lines: readonly Line[], i: number): boolean {
  const below = lines[i + 1];
  return below !== undefined && !below.gapBefore && PHOTO_CREDIT.test(below.text) && !below.text.replace(PHOTO_CREDIT, '').trim();
}

/** An author's contact line, holding an email address ("Tác giả liên hệ: …; Email: hd.ngan@…"): a paper's header, never its headline. */
const isContactLine = (text: string | undefined) => text !== undefined && /[\w.-]@[\w-]+\.[a-z]{2,}/u.test(text);

/**
 * A speech's salutation on its own line, a few words closed by a comma over a line opening in capitals ("Thưa Quý vị và các
 * bạn," / "Ladies and gentlemen,"): the speech's text, never its headline. (A line of a sentence running on opens the next
 * in small letters.)
 */
function isSalutation(lines: readonly Line[], i: number): boolean {
  return /^\p{Lu}[^.!?:;,]{1,60},$/u.test(lines[i]!.text) && /^\p{Lu}/u.test(lines[i + 1]?.text ?? '');
}

/**
 * A bulletin's item heading under the page's date line and a section label in capitals ("08:39 AM 25/10/2017 | Lượt xem …"
 * / "TIÊU ĐIỂM" / "Liên kết sản xuất …"): the headline is the one over the date line.
 */
function headlineOverDateLine(lines: readonly Line[], i: number): number | undefined {
  let j = i - 1;
  if (j < 1 || !isCapitalsLabel(lines[j]!.text)) return undefined;
  while (j > 0 && isCapitalsLabel(lines[j]!.text)) j--;
  return isDateLine(lines[j]!.text) && j > 0 && looksLikeTitle(lines[j - 1]!.text) ? j - 1 : undefined;
}

/**
 * Two headlines under a date line: a post's over the headline of the story it copies ("Monday, June 08, 2009" / "The door … is
 * now wide open: …" / "Co-operation with Cambodia to grow"), or a headline over its deck: the page's headline is the upper.
 */
function postOverCopy(lines: readonly Line[], i: number): number | undefined {
  // (six words or more: a section's label, "Kinh tế - Xã hội", may stand there too)
  return i >= 2 && looksLikeTitle(lines[i - 1]!.text, 6) && isDateLine(lines[i - 2]!.text) ? i - 1 : undefined;
}

/** A section's label in capitals: "TIÊU ĐIỂM", "TIN MỚI". */
const isCapitalsLabel = (text: string) => text.split(/\s+/).length <= 3 && !/\p{Ll}/u.test(text) && /\p{Lu}{2}/u.test(text);

/** A line closing a table's cell: "… Dong Nai province |". */
const TABLE_CELL = /\s\|$/u;

/**
 * A line carrying on the one above it, in the same block: the line above is a few words closing nothing, and this one
 * opens in small letters, or on a date and a word in small letters ("6/1/2022 lúc 9h30 …"), as no headline does.
 */
function carriesOnLineAbove(lines: readonly Line[], i: number): boolean {
  const above = lines[i - 1]?.text;
  return (
    above !== undefined &&
    !lines[i]!.gapBefore &&
    above.split(/\s+/).length <= 5 &&
    /\p{L}$/u.test(above) &&
    /^(?:\p{Ll}|\d{1,2}\/\d{1,2}(?:\/\d{4})?\s+\p{Ll})/u.test(lines[i]!.text)
  );
}

/**
 * A headline closed by a full stop, as machine-translated and spun copies write them, opening the page: one short sentence,
 * the paragraph under it longer. (An English one opening on an article, "The Deputy Prime Minister met …", is a standfirst:
 * headlines drop their articles; one opening on its day, "Ngày 5/3, …", is a lead; one pointing back at things named before,
 * "… của 2 thị trường này …", follows a headline lost from the copy; one opening on a kicker's label in capitals, "ANALYSIS:
 * Corona drinkers rejoice, …", is a standfirst.)
 */
function isStoppedHeadline(text: string, next: string): boolean {
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
 * A line whose sentence runs on into the next line of its block ("A conference to promote investment from … to" / "the central
 * province of …"): it closes on a word, and the next opens in small letters, as no lead under a headline does.
 */
function runsOnBelow(lines: readonly Line[], i: number): boolean {
  const below = lines[i + 1];
  return below !== undefined && !below.gapBefore && /\p{L}$/u.test(lines[i]!.text) && /^\p{Ll}/u.test(below.text);
}

/**
 * Text that may be a headline read as prose for its length: short enough, and no full stop closing it, nor a sentence
 * closed before a credit in brackets, as a photo's caption is ("… in Seoul on April 16, 2024. (Ministry of Trade)").
 */
function isUnpunctuatedHeadline(text: string): boolean {
  return text.length <= 250 && !/\.$/.test(text) && !/[.!?]\s*\([^()]{2,80}\)$/u.test(text);
}

/**
 * A headline with what is not its text taken off: a marker before it ("(TTV) Công tác …"), a
 * date and source after it ("MPI still optimistic … 2009-07-28 - VietNamNet/TBKTVN").
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

/**
 * A section's number opening a heading of the text, "1. Một số quy tắc …", "IV. MỘT SỐ VẤN ĐỀ …": a page's headline has none.
 * (A lone "V." or "X." may be a name's initial, "V. Putin …".)
 */
const NUMBERED_HEADING = /^(?:\d{1,2}|[IVX]{2,4}|I)[.)]\s/u;

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
function isUpperCaseHeadline(text: string): boolean {
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

/** A navigation line: items joined by "|" or "›", or a masthead in capitals (a heading numbered as the text's section is none). */
function isMenuLike(text: string): boolean {
  return MENU_SEPARATOR.test(text) || (!/\p{Ll}/u.test(text) && /\p{Lu}{3}/u.test(text) && !NUMBERED_HEADING.test(text));
}

/** A photographer's credit standing alone under the headline: "Photos: Quang Phuc (VET)", "Ảnh: T. Đạt". */
const PHOTO_BYLINE = /^(?:ảnh|photos?|nguồn ảnh)\s*:\s*\S.{0,40}$/iu;

/** A line that goes with the headline, not the text: a date line, a byline, a menu, a photographer's credit. */
export function isHeaderLine(text: string): boolean {
  return isDateLine(text) || isBylineLike(text) || isMenuLike(text) || (PHOTO_BYLINE.test(text) && !CAPTION_AFTER_LABEL.test(text));
}

/**
 * The lines between the title and the lead: date lines and bylines go to the header, whatever
 * else stands there (a hero caption) stays with the body.
 */
export function headerBeforeLead(between: readonly Line[]): { headerLines: string[]; kept: Line[] } {
  const headerLines: string[] = [];
  const kept: Line[] = [];
  for (const [i, line] of between.entries()) {
    // a section's label over an item's heading ("TIÊU ĐIỂM" / "Liên kết sản xuất …") is neither byline nor text
    if (isCapitalsLabel(line.text) && looksLikeTitle(between[i + 1]?.text ?? '')) continue;
    // an author's affiliation stands right under the byline: "TS. Lê Thu Hương / Học viện Ngoại giao"
    // (a paper's, however long, over the authors' contact line)
    const affiliation =
      headerLines.length > 0 &&
      isBylineLike(headerLines.at(-1)!) &&
      (line.text.split(/\s+/).length <= 6 || isContactLine(between[i + 1]?.text)) &&
      !SENTENCE_END.test(line.text);
    if (isHeaderLine(line.text) || affiliation || isContactLine(line.text)) headerLines.push(line.text);
    else kept.push(line);
  }
  return { headerLines, kept };
}

/**
 * A byline and date may follow a standfirst: "Minh Anh - 08:30, 12/09/2023". Their line numbers. The headline printed again
 * between the standfirst and them ("<sapo>" / "<headline>" / "Tác giả: ThS …") is passed over.
 */
export function headerAfterLead(lines: Line[], leadIndex: number, headline?: string): number[] {
  const found: number[] = [];
  let end = leadIndex + 2;
  for (let i = leadIndex + 1; i < lines.length && i <= end; i++) {
    if (i === leadIndex + 1 && headline !== undefined && lines[i]!.text === headline) {
      end++;
      continue;
    }
    if (!isHeaderLine(lines[i]!.text)) break;
    found.push(i);
  }
  return found;
}

/**
 * A headline glued to what stands under it: to the heading it quotes, printed again after it; or to the lead it stands over, the
 * lead printed again as the next paragraph ("Vietnam proposes 5-year rice
 * import deal to PH PRESIDENT Ferdinand Marcos Jr. welcomed …" / "PRESIDENT Ferdinand Marcos Jr. welcomed …"): the words
 * before the repeated sentence are the headline, set on their own line. Only the first paragraph, only a few words closing
 * no sentence before a whole sentence the next paragraph opens with (a paragraph whose last sentence opens the next is text).
 */
export function withHeadlineOffLead(lines: Line[]): Line[] {
  const first = lines.findIndex((line) => isProse(line.text));
  const text = lines[first]?.text;
  const next = lines[first + 1]?.text;
  // a headline quoting the heading glued after it: "… cần biết “CHƯƠNG I. THÔNG TIN CHUNG …” CHƯƠNG I. THÔNG TIN CHUNG … ( tiếp)"
  const quoting = text === undefined ? null : /^(.{12,}?“([^“”]{8,})”)\s+(\2.*)$/u.exec(text);
  if (quoting)
    return [
      ...lines.slice(0, first),
      { ...lines[first]!, text: quoting[1]! },
      { text: quoting[3]!, gapBefore: true },
      ...lines.slice(first + 1),
    ];
  if (text === undefined || next === undefined || next === text) return lines;
  for (let k = text.indexOf(' '); k !== -1 && k <= 160; k = text.indexOf(' ', k + 1)) {
    const rest = text.slice(k + 1);
    if (!next.startsWith(rest)) continue;
    const head = text.slice(0, k);
    const words = head.split(/\s+/).length;
    if (words < 3 || words > 20 || /[.!?…]/u.test(head) || rest.length < 60 || !SENTENCE_END.test(rest) || !/^\p{Lu}/u.test(rest)) break;
    return lines.map((line, i) => (i === first ? { ...line, text: head } : line));
  }
  return lines;
}

/**
 * A research paper's section heading standing alone, "Abstract", "Tóm tắt", "ĐẶT VẤN ĐỀ": the paper's text, neither a section's
 * label of the site nor a byline in capitals.
 */
export const PAPER_SECTION = /^(?:abstract|summary|introduction|tóm tắt|đặt vấn đề|mở đầu|giới thiệu)$/iu;

/**
 * A page without a headline may open on a photo's caption: the run of captions right above the lead is the text's (so is a
 * paper's section heading over its first paragraph, "Tóm tắt").
 */
export function captionsAbove(lines: Line[], leadIndex: number): Line[] {
  let start = leadIndex;
  // (so is a heading in capitals as the text's later subheadings are written, when none is taken for the headline)
  const above = lines[start - 1]?.text ?? '';
  if (
    start > 0 &&
    (PAPER_SECTION.test(above) ||
      (isUpperCaseHeadline(above) && lines.some((l, j) => j > leadIndex && l.text !== above && isUpperCaseHeadline(l.text))))
  )
    start--;
  while (start > 0 && isCaption(lines[start - 1]!.text)) start--;
  return lines.slice(start, leadIndex);
}
