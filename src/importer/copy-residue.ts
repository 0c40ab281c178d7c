/** What copying a page leaves that is not the article's text: image names, slug links, repeats, alt text, glued captions. */
import { MONTH_WORD } from './date-lines.ts';
import { CAPITALS_DATELINE } from './copy-sources.ts';
import { asciiFold, foldKey } from '../lib/text/strings.ts';
import { PHOTO_CREDIT, PHOTO_WORD, SENTENCE_END, isCaption, isCaptionAfterLabel, isProse, type Line } from './page-lines.ts';

/** An image's slug, its caption's words without marks and its number: "viet nam thuc day hop tac voi cac bang hinh 1". */
const IMAGE_SLUG = /^[a-z]+(?: [a-z]+){3,}(?: \d{1,3})+$/;

/**
 * A name a machine gave the image or the page, alone on its line: numbers joined by underscores as a social network names its
 * photos ("13221486_1762555680646285_2853348745542862518_n"), or an address's slug, four words or more without marks joined by
 * hyphens ("kien-giang-quang-ba-du-lich-tai-an-do"). A sentence holds spaces; a hyphenated word or code has fewer parts.
 */
const MACHINE_NAME = /^(?:\d{4,}(?:_\d{4,})+(?:_[a-z])?|[a-z\d]+(?:-[a-z\d]+){3,})$/u;

/**
 * What an image leaves in a copy: its name alone between blank lines ("lo1", "anh_2"), its alt
 * text or slug in small letters between a sentence's end and a capital ("anh tin bai", "báo đầu tư", "… hinh 1"), and the
 * first word of its caption on a line above the caption ("Các" / "Các đại biểu dự hội nghị").
 * A paragraph is never one lowercase word, nor a few lowercase words standing between two
 * sentences, nor the opening words of the next line.
 */
export function withoutImageResidue(lines: Line[]): Line[] {
  return lines.map(withoutGluedFileName).filter((line, i) => {
    const next = lines[i + 1];
    const isolated = line.gapBefore && (next?.gapBefore ?? true);
    if (isolated && /^\p{Ll}[\p{Ll}\d_-]{0,15}$/u.test(line.text)) return false;
    if (MACHINE_NAME.test(line.text)) return false;
    const between = (line.gapBefore || SENTENCE_END.test(lines[i - 1]?.text ?? '.')) && (!next || /^\P{Ll}/u.test(next.text));
    if (between && (/^\p{Ll}+(?: \p{Ll}+){1,3}$/u.test(line.text) || IMAGE_SLUG.test(line.text))) return false;
    // a longer alt line in small letters set right over its caption, no blank line between: "vải thiều lục ngạn xuất khẩu sang nhật"
    if (between && next && !next.gapBefore && /^\p{Ll}+(?: \p{Ll}+){4,11}$/u.test(line.text)) return false;
    return !(next?.text.startsWith(`${line.text} `) && line.text.split(' ').length <= 2 && !SENTENCE_END.test(line.text));
  });
}

/**
 * A resized image's file name glued to the text under it, its slug closed by the width: "abc-xyz-vietnam-dutch-talks-770pxVietnamese
 * Prime Minister …", "…-meeting-350px7th inter-governmental meeting …" (a hyphenated word without a width, "COVID-19-related", stays).
 */
const GLUED_FILE_NAME = /^[a-z\d]+(?:-[a-z\d]+){2,12}-\d{2,4}(?:px|x\d{2,4})(?=[\p{Lu}\d])/u;
const withoutGluedFileName = (line: Line): Line =>
  GLUED_FILE_NAME.test(line.text) ? { ...line, text: line.text.replace(GLUED_FILE_NAME, '') } : line;

/**
 * Links glued to an address's slug, "bo cong thuong giai trinh 8 van de nong Need distinction …":
 * lines opening in lowercase on the same words as a line next to them. A paragraph opens in capitals.
 */
export function withoutSlugLinks(lines: Line[]): Line[] {
  const opening = (line: Line | undefined) => (line && /^\p{Ll}/u.test(line.text) ? line.text.split(/\s+/, 4) : []);
  const same = (a: string[], b: string[]) => a.length >= 3 && b.length >= 3 && a.slice(0, 3).join(' ') === b.slice(0, 3).join(' ');
  return lines.filter((line, i) => !same(opening(line), opening(lines[i - 1])) && !same(opening(line), opening(lines[i + 1])));
}

/**
 * A page's summary printed above its headline and again as its lead (AMP pages, "sapo" blocks)
 * counts once, as the lead. A long headline printed again under the lead is no summary: it does
 * not end a sentence.
 */
export function withoutSummaryAbove(lines: Line[]): Line[] {
  const top = lines
    .slice(0, 4)
    .findIndex(
      (line, i) => isProse(line.text) && SENTENCE_END.test(line.text) && lines.some((other, j) => j > i + 1 && other.text === line.text),
    );
  return top === -1 ? lines : lines.filter((_, i) => i !== top);
}

/** Drops repeated captions, alt text that repeats the headline or another paragraph and alt text above a caption; joins a wrapped caption. */
export function cleanParagraphs(kept: readonly Line[], title: string | null): string[] {
  const lines = [...kept];
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i].text;
    const next = lines[i + 1];
    if (title && isHeadlineAgain(text, title, i === lines.length - 1)) continue;
    if (title && isNumberedAlt(text, title)) continue;
    // a photo's credit standing alone, its caption lost or never written ("Photo : KESTREL News"), is no text; under a caption,
    // a line of eight words or more closing no sentence ("Lãnh đạo 3 tỉnh … trong thời gian tới" / "ẢNH: BẮC BÌNH"), it is the caption's
    if (!text.replace(PHOTO_CREDIT, '').trim() && !isCaptionAbove(out.at(-1)) && !isCaptionAfterLabel(text)) continue;
    if (title) text = stripGluedHeadline(text, title);
    const captionEnd = next && !next.gapBefore && PHOTO_CREDIT.test(next.text) ? next.text.replace(PHOTO_CREDIT, '').trim() : undefined;
    // a photo's credit on its own line under the caption ("… at the meeting." / "Photo: MPI") belongs to it
    if (captionEnd === '' && text.length <= 200) {
      lines[i + 1] = { ...next!, text: `${text} ${next!.text}` };
      continue;
    }
    if (captionEnd !== undefined && !SENTENCE_END.test(text) && !isProse(text)) {
      // a caption wrapped over two lines ("… Conference" / "in Hanoi – Photo: NNA", "… Đại sứ Trung Quốc" / "Vương Minh
      // Hải. (Ảnh: …)") is one; alt text above a caption, which is a caption of its own, goes
      const wrapped = /^\p{Ll}/u.test(next!.text) || (captionEnd.split(/\s+/).length <= 4 && !isCaption(captionEnd));
      if (wrapped) lines[i + 1] = { ...next!, text: `${text} ${next!.text}` };
      continue;
    }
    if (next?.gapBefore && continuesLine(text, next.text)) {
      lines[i + 1] = { ...next, text: `${text} ${next.text}` };
      continue;
    }
    // printed twice, once as a table's cell, with a stray bracket or without marks: the first copy counts (the one with its
    // marks, if only one has them), without the cell's pipe
    const previous = out.at(-1);
    const key = compactKey(text);
    if (previous !== undefined && key.length >= 10 && compactKey(previous) === key) {
      const unmarked = (copy: string) => asciiFold(copy) === copy;
      out[out.length - 1] = withoutCellEnd(unmarked(previous) && !unmarked(text) ? text : previous);
      continue;
    }
    if (text) out.push(...splitGluedCaption(text.replace(READ_FULL_LINK, '$1').replace(WIRE_PREFIX, '')));
  }
  return withoutShortenedCopies(withoutLeadBeforeDateline(out)).filter((p, i, all) => !isLeadAgain(p, all[i + 1]));
}

/** A photo's number after a dash, as publishing systems close an alt line or a caption: " - Ảnh 1.", "- hình 2", "– Photo 3". */
const PHOTO_NUMBER = String.raw`\s*[-–]\s*(?:ảnh|hình|photo)\s*\d{1,3}\.?`;
const PHOTO_NUMBER_OPENING = new RegExp(String.raw`^${PHOTO_NUMBER}\s*`, 'iu');
const PHOTO_NUMBER_CLOSING = new RegExp(String.raw`${PHOTO_NUMBER}$`, 'iu');

/**
 * An image's alt line as publishing systems write it, a headline and the photo's number, "… - Ảnh 1.", holding the page's
 * headline whole among more words: the copied story's longer headline ("Hội thảo <headline> - Ảnh 1." under "<headline>"). A
 * caption so numbered that does not hold the headline keeps its words.
 */
const NUMBERED_ALT = new RegExp(String.raw`^(\S.{0,300}?)${PHOTO_NUMBER}$`, 'iu');
function isNumberedAlt(text: string, title: string): boolean {
  const words = NUMBERED_ALT.exec(text)?.[1];
  return words !== undefined && title.length >= 20 && foldKey(words).includes(foldKey(title));
}

/** A caption closing no sentence, a paragraph's length: "Lãnh đạo 3 tỉnh … ký kết hợp tác với tỉnh Tây Ninh …". */
const isCaptionAbove = (text: string | undefined) => text !== undefined && text.split(/\s+/).length >= 8 && /[\p{L}\d]$/u.test(text);

/** A lead's dateline: "New Delhi (NNA) – ", "(NNA) - ", "HANOI (Newswire) – ", "HCM CITY — ". */
const DATELINE = new RegExp(String.raw`^(?:[^()]{0,40}\([^()]{2,30}\)\s*[-–—:]{1,2}|${CAPITALS_DATELINE})\s`, 'u');

/** A paragraph compared case, marks and spacing aside. */
const compactKey = (text: string) => foldKey(text).replace(/\s+/g, '');

/**
 * A standfirst printed again as the lead with its dateline ("Member of … on October 15-19." then
 * "New Delhi (NNA) – Member of … on October 15-19.", spaces lost or not): only the lead counts.
 */
function withoutLeadBeforeDateline(paragraphs: string[]): string[] {
  const marked = new Set(
    paragraphs.map((p) => DATELINE.exec(p)?.[0]).flatMap((m, i) => (m ? [compactKey(paragraphs[i]!.slice(m.length))] : [])),
  );
  return paragraphs.filter((p) => DATELINE.test(p) || !isProse(p) || !marked.has(compactKey(p)));
}

/**
 * A press-release wire's prefix, a country and a day, before the story's own dateline: "VIETNAM, June 1 -
 * HCM CITY - …". The wire's, not the story's text; the story's dateline stays.
 */
const WIRE_PREFIX = new RegExp(String.raw`^\p{Lu}[\p{Lu} ]{2,30}, ${MONTH_WORD} \d{1,2} [-–—]\s+(?=${CAPITALS_DATELINE}\s)`, 'u');

/** A line without the pipe closing a table's cell: "… Photo: Giang Huy |". */
export const withoutCellEnd = (text: string) => text.replace(/\s+\|$/u, '');

/**
 * A sentence split into two paragraphs by a blank line, "Ambassador Smith shared the U.S." / "vision
 * for APEC, …": the second opens in small letters, which no paragraph does, and the first ends on
 * no full stop (or on an abbreviation's). (Lines run on without a blank line are left as they are:
 * whether they are one paragraph wrapped or teasers of a listing is the page's shape to judge.)
 */
const continuesLine = (text: string, next: string) =>
  /^\p{Ll}/u.test(next) && (!/[.!?…:;]["”»)]?$/u.test(text) || /(?<![\p{L}])(?:\p{Lu}\.){2,}$/u.test(text));

/** A lead printed alone, then again opening the next, longer paragraph: only the longer counts. */
const isLeadAgain = (text: string, next: string | undefined) =>
  next !== undefined && next.length > text.length && isProse(text) && next.startsWith(text);

/**
 * Alt text that repeats the opening of another paragraph, shorter and without its full stop: "X, CEO
 * Pharmacity, chuyên gia thương hiệu" over the caption "X, CEO Healthmart, Chuyên gia Thương hiệu,
 * thành viên …", a summary printed again over each photo. Case and spacing aside.
 */
function withoutShortenedCopies(paragraphs: string[]): string[] {
  // sorted, a longer paragraph opening with a key comes right after it; a caption naming the
  // lead's subject ("Minister X" over "Minister X, in an interview, …") is far shorter than it
  const keys = [...new Set(paragraphs.map(compactKey))].sort();
  const copies = (k: string, longer = '') => k.length >= 20 && longer.startsWith(k) && longer.length <= 2 * k.length;
  const repeated = new Set(keys.filter((k, i) => copies(k, keys[i + 1])));
  return paragraphs.filter((p, i) => SENTENCE_END.test(p) || (!repeated.has(compactKey(p)) && !isShortenedAbove(p, paragraphs[i + 1])));
}

/**
 * Alt text over its fuller caption with a few words left out inside: "… các công ty công nghệ không chỉ Acme" over "… các công
 * ty công nghệ khỏi Trung Quốc không chỉ Acme.": six words or more, each of them in the caption in the same order, the caption
 * at most half as long again (a heading over a paragraph that opens on its words says far less than it).
 */
function isShortenedAbove(text: string, next: string | undefined): boolean {
  if (next === undefined || next.length > 1.5 * text.length || next.length <= text.length) return false;
  const words = text.toLowerCase().split(/\s+/u);
  if (words.length < 6) return false;
  const nextWords = next
    .toLowerCase()
    .replace(/[.!?…]+$/u, '')
    .split(/\s+/u);
  let j = 0;
  for (const word of words) {
    while (j < nextWords.length && nextWords[j] !== word) j++;
    if (j++ >= nextWords.length) return false;
  }
  return true;
}

/** "… that Việt Nam… Read full this story": an excerpt's link to the whole story, not its text. */
const READ_FULL_LINK = /(…|\.\.\.)\s*read (?:the )?full(?: this)? (?:story|article)\.?$/iu;

/** The photo's word among a caption's last words, with a credit's colon or without: "… — Photo from the Ministry of …". */
const CAPTION_PHOTO_WORD = new RegExp(String.raw`(?:^|[\s—–-])(?:${PHOTO_WORD})(?![\p{L}])`, 'iu');
/**
 * A photo's caption run together with the lead's dateline ("… — Photo from the Ministry of
 * Industry and Trade HÀ NỘI — Vietnamese Minister …"): the caption, then the lead.
 */
function splitGluedCaption(text: string): string[] {
  const dateline = /\s((?:\p{Lu}{2,}\s){0,3}\p{Lu}{2,})\s—\s\p{Lu}/u.exec(text);
  if (!dateline || dateline.index < 20) return [text];
  const caption = text.slice(0, dateline.index);
  return CAPTION_PHOTO_WORD.test(caption.slice(-80)) ? [caption, text.slice(dateline.index + 1)] : [text];
}

/**
 * The headline printed again in the text: as alt text, as its address's slug, glued to itself
 * ("<headline><headline>"), or cut off where the copy ends ("300 đại biểu dự Hội nghị Ngoại").
 */
function isHeadlineAgain(text: string, title: string, last: boolean): boolean {
  const titleKey = foldKey(title);
  // (a slug holds no space: a text that does is not folded to be compared with it)
  if (foldKey(text) === titleKey || (!text.includes(' ') && asciiFold(text).toLowerCase() === titleKey.replace(/ /g, '-'))) return true;
  if (text.length > title.length && text.split(title).every((rest) => !rest.trim())) return true;
  return last && text.split(/\s+/).length >= 3 && title.startsWith(text) && !SENTENCE_END.test(text);
}

/**
 * "<headline> - ảnh 1 Caption text" → "Caption text"; a bare "- ảnh 1" or "- Ảnh 2." suffix goes too, the headline's case aside;
 * "<headline> Nhằm tăng cường …" → "Nhằm tăng cường …".
 */
function stripGluedHeadline(text: string, title: string): string {
  let result = text;
  // (the alt text may write the headline's words in other case: "Tây ninh …" over "Tây Ninh …- Ảnh 1.")
  if (result.slice(0, title.length).toLowerCase() === title.toLowerCase()) {
    const rest = result.slice(title.length).replace(PHOTO_NUMBER_OPENING, '');
    if (rest !== result.slice(title.length)) result = rest.trim();
  }
  // the headline printed again glued to the lead under it, "<headline> Nhằm tăng cường …": the lead opens on a sentence's first
  // word, a capital and small letters after it (a name going on from the headline's last words, "… Đại sứ Ấn Độ Ravi Kumar …",
  // has capitals on)
  if (title.split(/\s+/).length >= 5 && result.startsWith(`${title} `) && GLUED_LEAD.test(result.slice(title.length + 1)))
    result = result.slice(title.length + 1);
  return result.replace(PHOTO_NUMBER_CLOSING, '').trim();
}

/** A sentence opening after a glued headline: a capitalised word, then one in small letters or a figure, and a sentence's length. */
const GLUED_LEAD = /^\p{Lu}\p{Ll}*\s[\p{Ll}\d].{40,}/u;
