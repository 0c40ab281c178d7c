/**
 * Splitting a page into its parts: the lines before the article (masthead, title, date line,
 * byline), the article's paragraphs, the credit lines at its end ("Theo VOV", a byline) and the
 * page after it (related-news lists, footers), which is dropped.
 */
import { asciiFold, foldKey } from '../lib/text/strings.ts';
import { isChromeLine, isCutRelatedHeading, isLabelRow, isRelatedHeading, isRunTogetherHeadlines } from './chrome.ts';
import { isDateLine } from './dates.ts';
import { MONTHS_EN } from '../lib/text/dates.ts';

export interface PageParts {
  title: string | null;
  /** Date lines and bylines between the title and the body (or just after the first paragraph). */
  headerLines: string[];
  /** Lines above the title, nearest first: a date line there may be the site's "today". */
  preTitleLines: string[];
  /** Date lines standing between paragraphs: many of them mark a listing of teasers, not an article. */
  datedItems: number;
  /** Lines at the end of the article naming its author or source. */
  creditLines: string[];
  /** The article's paragraphs, cleaned. */
  paragraphs: string[];
  /** The lines above the headline, in page order: where a masthead stands. */
  beforeTitle: string[];
  /** A marker the headline opens with, "(TTV) Công tác …", taken off the title (or the short name under a headline printed after the text). */
  titleMarker?: string;
  /** Outlets a line outside the body names as the source: "Source: VOV" above the headline, "… - VietNamNet/TBKTVN" after it. */
  sourceNames: string[];
}

interface Line {
  text: string;
  /** A blank line stood before it: it starts a new block. */
  gapBefore: boolean;
}

const SENTENCE_END = /[.!?…”"»)]$/u;
const LEAD_MARKER = /^\(([^()]{2,24})\)\s*[-–—]?\s|^([\p{Lu}][\p{L}.&+]{1,24})\s*[-–—]\s/u;

/** The marker opening the lead: "(PLVN) -", "(ABO)", "VOV.VN -", "TCCS -". */
export function leadMarker(lead: string): string | undefined {
  const m = LEAD_MARKER.exec(lead);
  return m ? (m[1] ?? m[2]).trim() : undefined;
}
/**
 * A photo's credit closing a caption: "(Ảnh: …)", "… Photo: VNA", "… - Ảnh: baochinhphu.vn",
 * "Photo courtesy of …", "Ảnh do … cung cấp", "…- Ảnh Tuấn Hải/daklak.gov.vn".
 */
export const PHOTO_CREDIT =
  /(?:\((?:ảnh|photo|nguồn ảnh|ảnh minh họa|ảnh minh hoạ|source)\s*:[^)]*\)|(?:^|[.\s])(?:ảnh|photos?)\s*:\s*[^.]{1,60}(?:\.[a-z]{2,6})*|(?:^|[.\s(])(?:ảnh|photos?)\s+(?:courtesy(?: of)?|by|do)\s+[^.]{1,60}|[-–]\s*(?:ảnh|photo)\s+[^.:/]{1,40}\/\S{2,40})\.?(?:\s+\|)?$/iu;
/** A photo's caption that names no one: "Ảnh minh họa.", "Scene at the press conference", "Quang cảnh hội nghị". A headline never opens so. */
const SCENE_CAPTION =
  /^(?:ảnh minh h(?:ọa|oạ)|ảnh tư liệu|illustrative (?:photo|image)|illustration photo|file photo|scene (?:at|of)|(?:an )?overview of|quang cảnh|toàn cảnh)(?![\p{L}])/iu;
export const isCaption = (text: string): boolean => SCENE_CAPTION.test(text) || PHOTO_CREDIT.test(text);
/** A paragraph opening on words that refer to what came before: never an article's lead. */
const REFERS_BACK =
  /^(?:trong bối cảnh (?:đó|này|trên)|bên cạnh đó|ngoài ra|tuy nhiên|theo đó|do đó|vì vậy|in (?:that|this) context|however|moreover|meanwhile|furthermore|in addition|besides)(?![\p{L}])/iu;
/** A lead's opening clause giving the day: "Sáng 15/3,", "Ngày 4-10-2006,", "On June 5,". A headline never opens so. */
export const DATED_OPENING = new RegExp(
  String.raw`^[^,.]{0,40}(?:\d{1,2}\s*[/.-]\s*\d{1,2}|(?:${MONTHS_EN.join('|')})\s+\d{1,2})[^,.]{0,20},`,
  'iu',
);
const TEASER_END = /(?:\.\.\.|…)$/u;

/**
 * A date and time glued to the word before it, "… tại Việt Nam04/10/2023 - 20:56:00 Chiều nay …":
 * fields of the page (headline, date row, lead) the copy ran together. No sentence glues a date so.
 */
const GLUED_DATE_TIME = /(?<=\p{L})(\d{1,2}\/\d{1,2}\/\d{4}\s*[-–|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)\s+/u;

function toLines(text: string): Line[] {
  const lines: Line[] = [];
  let gap = true;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) {
      gap = true;
      continue;
    }
    for (const part of line.split(GLUED_DATE_TIME)) {
      lines.push({ text: part.trim(), gapBefore: gap });
      gap = false;
    }
  }
  return lines;
}

/** A paragraph of running text rather than a headline, caption or widget. */
export function isProse(text: string): boolean {
  if ((text.match(/\s[|›»]\s/gu) ?? []).length >= 2 || /^[{<[]/u.test(text)) return false;
  return text.length >= 120 || (text.length >= 60 && SENTENCE_END.test(text) && text.split(' ').length >= 10);
}

/** A credit line at the end of an article: "Theo VOV", "Nguồn: …", "Nguồn tin: …". */
export function isSourceCredit(text: string): boolean {
  if (/^(?:translated by|dịch|biên dịch|người dịch|lược dịch)\s*:?\s+\S.{0,60}$/iu.test(text)) return true;
  // in brackets too: "(Theo VnEconomy)"
  const bare = unbracketed(text);
  return (
    /^(?:theo|nguồn|nguồn tin|source|according to)\s*:?\s+\S.{0,120}$/iu.test(bare) &&
    !SENTENCE_END.test(bare.replace(/\.$/, '')) &&
    bare.split(' ').length <= 10
  );
}

const unbracketed = (text: string) => text.replace(/^\((.+)\)$/u, '$1');

/** What a byline may open with: "By", "Written by", "Bài, ảnh:", "Tin. ảnh:", "Tin và ảnh:", "PV". */
const BYLINE_LABEL =
  /^(?:by|written by|posted by|reported by|story(?=\s*:)|(?:bài|tin)(?:\s*[,.]?\s*ảnh|\s+và\s+ảnh)?|tác giả|pv|nhóm pv)\s*:?\s+/iu;
/**
 * What may follow the name on a byline's line: the posting date ("… on September 12, 2022"), the
 * photographer ("… | Photo: Thu Ha"), the site ("Thu Hà - baoquocte.vn").
 */
const AFTER_BYLINE = /\s+on\s+\S.{0,40}\d{4}.{0,20}$|\s*[|,;]\s*(?:photos?|ảnh)\s*:.{1,40}$|\s+[-–]\s+(?:[a-z0-9-]+\.)+[a-z]{2,}$/iu;
const OFFICE_WORDS = /^(?:Vice|Deputy|Minister|President|Chairman|Chairwoman|Ambassador|Director|Secretary|Governor|Mayor)$/u;

/**
 * The name a byline gives: a short name, possibly in capitals or with initials ("T. ĐẠT", "Trâm
 * Bầu", "By Minh Anh"), without what follows it ("Minh Anh (tổng hợp)", "Ngọc Hà/VNA"); undefined
 * when the line is not a byline.
 */
export function bylineName(text: string): string | undefined {
  // a wire's credit names its reporter first: "(Reporting by Ho Binh Minh; Editing by …)"
  const wire = /^\((?:additional )?(?:reporting|writing) by\s+([^;()]+?)\s*(?:;[^()]*)?\)$/iu.exec(text);
  const name = (wire?.[1] ?? text)
    .replace(BYLINE_LABEL, '')
    .replace(AFTER_BYLINE, '')
    .replace(/\s*\([^()]{2,30}\)$|\s*\/\s*[\p{L}.+]{2,20}$/u, '')
    .trim();
  if (name.length < 3 || name.length > 48 || /\d/.test(name)) return undefined;
  const words = name.split(/\s+/);
  if (
    words.length > 6 ||
    /^(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu.test(name)
  )
    return undefined;
  // a single word signs only in capitals or initials ("PV", "T.ĐẠT"): "Acc" is a word cut off
  if (words.length === 1 && /\p{Ll}/u.test(name) && !name.includes('.')) return undefined;
  // a name holds no office: "Receiving Vice Cha…" is a sentence cut off
  if (words.some((word) => OFFICE_WORDS.test(word))) return undefined;
  return words.every((word) => /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|[-–&,]|và|and)$/u.test(word)) ? name : undefined;
}

export const isBylineLike = (text: string): boolean => bylineName(text) !== undefined;

/**
 * Where a related-news list starts: a heading such as "Tin khác", or (for lists without a
 * heading) a title printed twice followed by a teaser that trails off ("…").
 */
function relatedListStart(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const text = lines[i].text;
    if (isRelatedHeading(text) || (i === lines.length - 1 && isCutRelatedHeading(text))) return i;
    const next = lines[i + 1]?.text;
    const after = lines[i + 2]?.text ?? '';
    if (next === text && !isProse(text) && TEASER_END.test(after)) return i;
  }
  return lines.length;
}

/** A link to another article in a list: a teaser that trails off, a "- " item, a headline dated "(01-08-2009)". */
const isLinkItem = (text: string) => TEASER_END.test(text) || /^[-–•]\s/u.test(text) || /\(\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\)$/u.test(text);

/** A related-links block between the lead and the body: skip it if real paragraphs follow. */
function inlineRelatedEnd(lines: Line[], heading: number): number | undefined {
  let i = heading + 1;
  while (i < lines.length && i - heading <= 8 && !isProse(lines[i].text)) i++;
  const first = lines[i];
  if (!first || LEAD_MARKER.test(first.text) || isLinkItem(first.text)) return undefined;
  const prose = lines.slice(i).filter((line) => isProse(line.text) && !LEAD_MARKER.test(line.text) && !isLinkItem(line.text));
  return prose.length >= 2 && relatedListStart(lines, i) > i + 1 ? i : undefined;
}

/** Splits a normalised page into header, article and credits, dropping chrome and repeats. */
export function splitPage(text: string, learnedChrome: ReadonlySet<string> = new Set()): PageParts {
  const all = toLines(text);
  // headlines run together are chrome, but the page's last line may be its text cut off before a comma
  const unchromed = all.filter(
    (line, i) => !isChromeLine(line.text) && !learnedChrome.has(line.text) && !(i < all.length - 1 && isRunTogetherHeadlines(line.text)),
  );
  const lines = withoutSummaryAbove(withoutSlugLinks(withoutImageResidue(unchromed)));
  const { titleIndex, leadIndex } = findTitleAndLead(lines);
  const headline = titleIndex === -1 ? undefined : splitHeadline(lines[titleIndex].text);
  let title = headline?.title ?? null;
  const bodyStart = titleIndex === -1 ? Math.max(leadIndex, 0) : titleIndex + 1;
  const aboveTitle = lines
    .slice(0, Math.max(titleIndex === -1 ? leadIndex : titleIndex, 0))
    .map((line) => line.text)
    .reverse();

  const { headerLines, kept } = headerBeforeLead(lines.slice(bodyStart, Math.max(leadIndex, bodyStart)));
  if (titleIndex === -1) {
    headerLines.push(...aboveTitle.filter(isHeaderLine));
    kept.push(...captionsAbove(lines, leadIndex));
  }
  if (headline?.dateLine) headerLines.unshift(headline.dateLine);
  const afterLead = headerAfterLead(lines, leadIndex);
  headerLines.push(...afterLead.map((i) => lines[i]!.text));

  kept.push(...articleLines(lines, Math.max(leadIndex, bodyStart), afterLead));
  dropHeadlinesAfterText(kept);
  const under = title === null ? takeHeadlineUnderText(kept) : undefined;
  if (under) title = under.title;
  const creditLines = takeCredits(kept);
  return {
    title,
    headerLines,
    preTitleLines: aboveTitle,
    creditLines,
    titleMarker: headline?.marker ?? under?.marker,
    datedItems: kept.filter((line) => isDateLine(line.text)).length,
    paragraphs: cleanParagraphs(kept, title),
    sourceNames: [...aboveTitle.filter(isSourceCredit).map(creditName), ...(headline?.source ? [headline.source] : [])],
    beforeTitle: lines.slice(0, Math.max(titleIndex, 0)).map((line) => line.text),
  };
}

/** A page without a headline may open on a photo's caption: the run of captions right above the lead is the text's. */
function captionsAbove(lines: Line[], leadIndex: number): Line[] {
  let start = leadIndex;
  while (start > 0 && isCaption(lines[start - 1]!.text)) start--;
  return lines.slice(start, leadIndex);
}

/**
 * What an image leaves in a copy: its name alone between blank lines ("lo1", "anh_2"), and the
 * first word of its caption on a line above the caption ("Các" / "Các đại biểu dự hội nghị").
 * A paragraph is never one lowercase word, nor the opening words of the next line.
 */
function withoutImageResidue(lines: Line[]): Line[] {
  return lines.filter((line, i) => {
    const next = lines[i + 1];
    const isolated = line.gapBefore && (next?.gapBefore ?? true);
    if (isolated && /^[a-z][a-z0-9_-]{0,15}$/.test(line.text)) return false;
    return !(next?.text.startsWith(`${line.text} `) && line.text.split(' ').length <= 2 && !SENTENCE_END.test(line.text));
  });
}

/**
 * Links glued to an address's slug, "bo cong thuong giai trinh 8 van de nong Need distinction …":
 * lines opening in lowercase on the same words as a line next to them. A paragraph opens in capitals.
 */
function withoutSlugLinks(lines: Line[]): Line[] {
  const opening = (line: Line | undefined) => (line && /^\p{Ll}/u.test(line.text) ? line.text.split(/\s+/, 4) : []);
  const same = (a: string[], b: string[]) => a.length >= 3 && b.length >= 3 && a.slice(0, 3).join(' ') === b.slice(0, 3).join(' ');
  return lines.filter((line, i) => !same(opening(line), opening(lines[i - 1])) && !same(opening(line), opening(lines[i + 1])));
}

/**
 * A page's summary printed above its headline and again as its lead (AMP pages, "sapo" blocks)
 * counts once, as the lead. A long headline printed again under the lead is no summary: it does
 * not end a sentence.
 */
function withoutSummaryAbove(lines: Line[]): Line[] {
  const top = lines
    .slice(0, 4)
    .findIndex(
      (line, i) => isProse(line.text) && SENTENCE_END.test(line.text) && lines.some((other, j) => j > i + 1 && other.text === line.text),
    );
  return top === -1 ? lines : lines.filter((_, i) => i !== top);
}

/**
 * The lines between the title and the lead: date lines and bylines go to the header, whatever
 * else stands there (a hero caption) stays with the body.
 */
function headerBeforeLead(between: readonly Line[]): { headerLines: string[]; kept: Line[] } {
  const headerLines: string[] = [];
  const kept: Line[] = [];
  for (const line of between) {
    // an author's affiliation stands right under the byline: "TS. Lê Thu Hương / Học viện Ngoại giao"
    const affiliation =
      headerLines.length > 0 && isBylineLike(headerLines.at(-1)!) && line.text.split(/\s+/).length <= 6 && !SENTENCE_END.test(line.text);
    if (isHeaderLine(line.text) || affiliation) headerLines.push(line.text);
    else kept.push(line);
  }
  return { headerLines, kept };
}

/** A byline and date may follow a standfirst: "Minh Anh - 08:30, 12/09/2023". Their line numbers. */
function headerAfterLead(lines: Line[], leadIndex: number): number[] {
  const found: number[] = [];
  for (let i = leadIndex + 1; i < lines.length && i <= leadIndex + 2 && isHeaderLine(lines[i]!.text); i++) found.push(i);
  return found;
}

/** The article from its lead to where a related-news list begins; a related block inside it is skipped. */
function articleLines(lines: Line[], from: number, skipped: readonly number[]): Line[] {
  const kept: Line[] = [];
  let i = from;
  while (i < lines.length) {
    const end = relatedListStart(lines, i);
    kept.push(...lines.slice(i, end).filter((_, k) => !skipped.includes(i + k)));
    if (end >= lines.length) break;
    if (isRelatedHeading(lines[end].text)) dropLabelAbove(kept);
    const resume = isRelatedHeading(lines[end].text) ? inlineRelatedEnd(lines, end) : undefined;
    if (resume === undefined) break;
    i = resume;
  }
  return kept;
}

/**
 * A short headline right above a related-news heading ("Chủ đề Hội nhập Quốc tế" before "Đọc
 * thêm") labels the block, not the article. (At the page's end the same shape is as often the
 * article's last sentence cut short by the copy, so it stays there.)
 */
function dropLabelAbove(kept: Line[]): void {
  const last = kept.at(-1)?.text;
  const before = kept.at(-2)?.text;
  if (!last || !before || !isProse(before) || last.length > 80 || SENTENCE_END.test(last) || isCreditLike(last)) return;
  if (looksLikeTitle(last)) kept.pop();
}

const isCreditLike = (text: string) =>
  isSourceCredit(text) || isBylineLike(text) || isDateLine(text) || isIssueLine(text) || /^\([^()]{2,30}\)$/u.test(text);

/**
 * A copy that starts with the text may end on the headline, under the last paragraph, with the
 * outlet's short name under it ("Ho Chi Minh City promotes …" / "TCCT") and the next story's start
 * after them: the headline and the name are taken off the text, and what follows dropped.
 */
function takeHeadlineUnderText(kept: Line[]): { title: string; marker: string } | undefined {
  for (let k = kept.length - 2; k >= Math.max(1, kept.length - 3); k--) {
    const [before, line, marker] = [kept[k - 1]!.text, kept[k]!.text, kept[k + 1]!.text];
    if (
      isProse(before) &&
      SENTENCE_END.test(before) &&
      looksLikeTitle(line) &&
      !SENTENCE_END.test(line) &&
      /^[\p{Lu}\p{N}&.+]{2,12}$/u.test(marker) &&
      kept.slice(k + 2).every((rest) => !isProse(rest.text))
    ) {
      kept.splice(k);
      return { title: line, marker };
    }
  }
  return undefined;
}

/** A link to another article with its date: "<headline> (10/03/2024)", "<headline> - 10/03/2024". */
const DATED_LINK = /^(.{12,}?)\s*(?:\(\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\s*\)|[-–|]\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{4})$/u;

/**
 * Headlines of other articles under the last paragraph, with no heading over them, ending the page
 * after a paragraph that ends a sentence: three or more headline-like lines, each a block of its
 * own, or two or more headlines each dated (in brackets, after a dash or on the next line).
 * (Fewer, or undated lines run on without blank lines between, are as often captions, a digest's
 * next item or the text's last sentence cut short by the copy, so they stay.)
 */
function dropHeadlinesAfterText(kept: Line[]): void {
  const headlineLike = (text: string) => looksLikeTitle(text) && !SENTENCE_END.test(text) && !isCaption(text) && !isCreditLike(text);
  const items: string[] = [];
  let dated = true;
  let start = kept.length;
  while (start > 0) {
    const { text, gapBefore } = kept[start - 1]!;
    const above = kept[start - 2]?.text;
    const link = DATED_LINK.exec(text)?.[1];
    if (isDateLine(text) && above && headlineLike(above)) {
      items.push(above);
      start -= 2;
    } else if (link && headlineLike(link)) {
      items.push(link);
      start--;
    } else if (gapBefore && headlineLike(text)) {
      items.push(text);
      dated = false;
      start--;
    } else break;
  }
  const distinct = new Set(items).size;
  const before = kept[start - 1]?.text;
  if ((distinct >= 3 || (dated && distinct >= 2)) && before && isProse(before) && SENTENCE_END.test(before)) kept.splice(start);
}

/** Takes the credits and bylines off the end of the article, in page order. */
function takeCredits(kept: Line[]): string[] {
  const creditLines: string[] = [];
  while (kept.length > 0) {
    const last = kept[kept.length - 1].text;
    if (!isCreditLike(last)) break;
    creditLines.unshift(last);
    kept.pop();
  }
  return creditLines;
}

/** The outlet a source credit names: "Source: VOV" → "VOV". */
export function creditName(credit: string): string {
  return unbracketed(credit)
    .replace(/^(?:theo|nguồn tin|nguồn|source|according to)\s*:?\s*/iu, '')
    .replace(/\.$/, '')
    .trim();
}

/**
 * A headline with what is not its text taken off: a marker before it ("(TTV) Công tác …"), a
 * date and source after it ("MPI still optimistic … 2009-07-28 - VietNamNet/TBKTVN").
 */
function splitHeadline(text: string): { title: string; marker?: string; dateLine?: string; source?: string } {
  const marker = /^\(([\p{Lu}\p{N}&.+]{2,12})\)\s+(?=\p{Lu})/u.exec(text);
  // a title bar cut after its separator: "Làm việc với Lãnh đạo tỉnh Surin |"
  const rest = (marker ? text.slice(marker[0].length) : text).replace(/\s+[|·•]$/u, '');
  const meta = /^(.{12,}?)\s+(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})\s+[-–|]\s+(\S.{1,40})$/u.exec(rest);
  return meta ? { title: meta[1], marker: marker?.[1], dateLine: meta[2], source: meta[3] } : { title: rest, marker: marker?.[1] };
}

/** A photographer's credit standing alone under the headline: "Photos: Quang Phuc (VET)", "Ảnh: T. Đạt". */
const PHOTO_BYLINE = /^(?:ảnh|photos?|nguồn ảnh)\s*:\s*\S.{0,40}$/iu;

function isHeaderLine(text: string): boolean {
  return isDateLine(text) || isBylineLike(text) || isMenuLike(text) || PHOTO_BYLINE.test(text);
}

/** A print issue line closing a journal article: "Tạp chí Cộng sản số 1016 (tháng 6-2023)". */
export function isIssueLine(text: string): boolean {
  return text.length <= 90 && /(?:số|no\.?|issue)\s*\d+.{0,20}\(?(?:tháng|month)?\s*\d{1,2}\s*[-/]\s*\d{4}\)?$/iu.test(text);
}

/** A navigation line: items joined by "|" or "›", or a masthead in capitals. */
function isMenuLike(text: string): boolean {
  return /\s[|›»>]\s/u.test(text) || (!/\p{Ll}/u.test(text) && /\p{Lu}{3}/u.test(text));
}

/**
 * A headline written in capitals, "NGOẠI GIAO KINH TẾ ĐỒNG HÀNH CÙNG DOANH NGHIỆP …": six words or
 * more, no menu, not an organisation's name as a masthead gives it ("BÁO …", "CỔNG THÔNG TIN …").
 */
function isUpperCaseHeadline(text: string): boolean {
  return (
    !/\p{Ll}/u.test(text) &&
    text.split(/\s+/).length >= 6 &&
    !/\s[|›»>]\s/u.test(text) &&
    !isDateLine(text) &&
    !/^(?:BÁO|TẠP CHÍ|ĐÀI|CỔNG THÔNG TIN|TRANG THÔNG TIN|THÔNG TẤN XÃ|ỦY BAN|UỶ BAN|UBND|SỞ|BỘ|TỈNH ỦY|THÀNH ỦY|HỘI|LIÊN HIỆP|CỘNG HÒA|CỘNG HOÀ)(?![\p{L}])/u.test(
      text,
    )
  );
}

export function looksLikeTitle(text: string, minWords = 4): boolean {
  const words = text.split(/\s+/).length;
  return (
    words >= minWords &&
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
 * The lead is the first paragraph of running text; the title is the nearest headline-like line
 * above it, past date lines, bylines and captions. A headline that reads like a sentence may be
 * the first "prose" line itself, when nothing above it is a headline and prose follows.
 */
function findTitleAndLead(lines: Line[]): { titleIndex: number; leadIndex: number } {
  const firstProse = lines.findIndex((line) => isProse(line.text));
  if (firstProse === -1) return { titleIndex: -1, leadIndex: lines.length };
  let upperCase: number | undefined;
  for (let i = firstProse - 1; i >= Math.max(0, firstProse - 12); i--) {
    const text = lines[i].text;
    // a headline printed twice (the page's and the article's) is the headline, whatever stands above it
    const printedTwice = lines.some((l, j) => j > i && j < firstProse && l.text === text);
    if (printedTwice && !lines.some((l, j) => j < i && l.text === text) && looksLikeTitle(text))
      return { titleIndex: i, leadIndex: firstProse };
    const afterByline = i > 0 && isBylineLike(lines[i - 1]!.text) && text.split(/\s+/).length <= 6;
    // a lead cut short above the first paragraph ("Ngày 4-10-2006, tại …") stands under the title
    if (
      afterByline ||
      isDateLine(text) ||
      isBylineLike(text) ||
      isCaption(text) ||
      DATED_OPENING.test(text) ||
      lines.some((l, j) => j !== i && j < firstProse && l.text === text)
    )
      continue;
    if (looksLikeTitle(text)) return { titleIndex: i, leadIndex: firstProse };
    // the nearest headline in capitals, when no other stands above the lead
    if (upperCase === undefined && isUpperCaseHeadline(text)) upperCase = i;
    // a headline of three words ("Government News 15/11") is one when its date line stands under it and no longer headline above
    const longerAbove = lines.slice(Math.max(0, firstProse - 12), i).some((line) => looksLikeTitle(line.text));
    if (isDateLine(lines[i + 1]!.text) && looksLikeTitle(text, 3) && !longerAbove) return { titleIndex: i, leadIndex: firstProse };
    if (!isMenuLike(text) && text.split(/\s+/).length >= 4) break;
  }
  if (upperCase !== undefined) return { titleIndex: upperCase, leadIndex: firstProse };
  const first = lines[firstProse].text;
  const nextProse = lines.findIndex((line, i) => i > firstProse && isProse(line.text));
  // a paragraph that refers back ("Trong bối cảnh đó, …") continues a text cut from its start: what stands above it is a caption
  const headlineLike =
    first.length <= 250 &&
    !/\.$/.test(first) &&
    nextProse !== -1 &&
    !LEAD_MARKER.test(first) &&
    !isCaption(first) &&
    !REFERS_BACK.test(lines[nextProse]!.text);
  return headlineLike ? { titleIndex: firstProse, leadIndex: nextProse } : { titleIndex: -1, leadIndex: firstProse };
}

/**
 * Alt text that repeats the opening of another paragraph, shorter and without its full stop: "X, CEO
 * Pharmacity, chuyên gia thương hiệu" over the caption "X, CEO Pharmacity, Chuyên gia Thương hiệu,
 * thành viên …", a summary printed again over each photo. Case and spacing aside.
 */
function withoutShortenedCopies(paragraphs: string[]): string[] {
  const key = (text: string) => foldKey(text).replace(/\s+/g, '');
  // sorted, a longer paragraph opening with a key comes right after it; a caption naming the
  // lead's subject ("Minister X" over "Minister X, in an interview, …") is far shorter than it
  const keys = [...new Set(paragraphs.map(key))].sort();
  const copies = (k: string, longer = '') => k.length >= 20 && longer.startsWith(k) && longer.length <= 2 * k.length;
  const repeated = new Set(keys.filter((k, i) => copies(k, keys[i + 1])));
  return paragraphs.filter((p) => SENTENCE_END.test(p) || !repeated.has(key(p)));
}

/** Drops repeated captions, alt text that repeats the headline or another paragraph and alt text above a caption; joins a wrapped caption. */
function cleanParagraphs(kept: readonly Line[], title: string | null): string[] {
  const lines = [...kept];
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i].text;
    const next = lines[i + 1];
    if (title && isHeadlineAgain(text, title, i === lines.length - 1)) continue;
    if (title) text = stripGluedHeadline(text, title);
    if (next && !next.gapBefore && !SENTENCE_END.test(text) && !isProse(text) && PHOTO_CREDIT.test(next.text)) {
      // a caption wrapped over two lines ("… Conference" / "in Hanoi – Photo: VNA") is one; alt text above a caption goes
      if (/^\p{Ll}/u.test(next.text)) lines[i + 1] = { ...next, text: `${text} ${next.text}` };
      continue;
    }
    if (out.length > 0 && out[out.length - 1] === text) continue;
    if (text) out.push(...splitGluedCaption(text.replace(READ_FULL_LINK, '$1')));
  }
  return withoutShortenedCopies(out);
}

/** "… that Việt Nam… Read full this story": an excerpt's link to the whole story, not its text. */
const READ_FULL_LINK = /(…|\.\.\.)\s*read (?:the )?full(?: this)? (?:story|article)\.?$/iu;

/**
 * A photo's caption run together with the lead's dateline ("… — Photo from the Ministry of
 * Industry and Trade HÀ NỘI — Vietnamese Minister …"): the caption, then the lead.
 */
function splitGluedCaption(text: string): string[] {
  const dateline = /\s((?:\p{Lu}{2,}\s){0,3}\p{Lu}{2,})\s—\s\p{Lu}/u.exec(text);
  if (!dateline || dateline.index < 20) return [text];
  const caption = text.slice(0, dateline.index);
  return /(?:^|[\s—–-])(?:photos?|ảnh)(?![\p{L}])/iu.test(caption.slice(-80)) ? [caption, text.slice(dateline.index + 1)] : [text];
}

/**
 * The headline printed again in the text: as alt text, as its address's slug, glued to itself
 * ("<headline><headline>"), or cut off where the copy ends ("300 đại biểu dự Hội nghị Ngoại").
 */
function isHeadlineAgain(text: string, title: string, last: boolean): boolean {
  const titleKey = foldKey(title);
  if (foldKey(text) === titleKey || asciiFold(text).toLowerCase() === titleKey.replace(/ /g, '-')) return true;
  if (text.length > title.length && text.split(title).every((rest) => !rest.trim())) return true;
  return last && text.split(/\s+/).length >= 3 && title.startsWith(text) && !SENTENCE_END.test(text);
}

/** "<headline> - ảnh 1 Caption text" → "Caption text"; a bare "- ảnh 1" or "- Ảnh 2." suffix goes too. */
function stripGluedHeadline(text: string, title: string): string {
  let result = text;
  if (result.startsWith(title)) {
    const rest = result.slice(title.length).replace(/^\s*[-–]\s*(?:ảnh|hình|photo)\s*\d+\.?\s*/iu, '');
    if (rest !== result.slice(title.length)) result = rest.trim();
  }
  return result.replace(/\s*[-–]\s*(?:ảnh|hình)\s*\d+\.?$/iu, '').trim();
}
