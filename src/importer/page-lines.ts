/** A page's lines and what kind each is: running text, a caption, a numbered heading, a lead's marker or dated opening. */
import { GLUED_CLOSING_DATE, GLUED_OPENING_DATE, MONTH_WORD } from './date-lines.ts';

export interface Line {
  text: string;
  /** A blank line stood before it: it starts a new block. */
  gapBefore: boolean;
  /** Chrome stood right above it (a list of links, a share bar), dropped before the page's parts are found. */
  afterChrome?: boolean;
}

export const SENTENCE_END = /[.!?…”"»)]$/u;
/** Menu items or breadcrumbs joined by a spaced separator: "Trang chủ › Tin tức", "Kinh tế | Xã hội". */
export const MENU_SEPARATOR = /\s[|›»>]\s/u;
/**
 * A section's number opening a heading of the text, "1. Một số quy tắc …", "IV. MỘT SỐ VẤN ĐỀ …": a page's headline has none,
 * and a list under one is the text's. (A lone "V." or "X." may be a name's initial, "V. Ivanov …".)
 */
export const NUMBERED_HEADING = /^(?:\d{1,2}|[IVX]{2,4}|I)[.)]\s/u;
export const LEAD_MARKER = /^\(([^()]{2,24})\)\s*[-–—]?\s|^([\p{Lu}][\p{L}.&+]{1,24})\s*[-–—]\s/u;

/** The marker opening the lead: "(PLCT) -", "(ABO)", "NRV.VN -", "TCKH -". */
export function leadMarker(lead: string): string | undefined {
  const m = LEAD_MARKER.exec(lead);
  return m ? (m[1] ?? m[2]).trim() : undefined;
}
/**
 * The words that label a photo, for every pattern of photo credits and captions: the photo ("Ảnh", "Photo", "Photos", the
 * English words alone in an English article), or where it comes from ("Nguồn ảnh"); an image ("Image:") and an illustration
 * ("(Ảnh minh họa: …)") label only a credit.
 */
export const ENGLISH_PHOTO_WORD = String.raw`photos?`;
export const PHOTO_WORD = String.raw`ảnh|${ENGLISH_PHOTO_WORD}`;
export const PHOTO_LABEL = String.raw`${PHOTO_WORD}|nguồn ảnh`;
export const IMAGE_WORD = String.raw`images?`;
const ILLUSTRATION = String.raw`ảnh minh h(?:ọa|oạ)`;
/**
 * A photo's credit closing a caption: "(Ảnh: …)", "… Photo: NNA", "Image credit: NNA", "… - Ảnh: baotinh.vn",
 * "Photo courtesy of …", "Ảnh do … cung cấp", "…- Ảnh Tuấn Hải/daklak.gov.vn". The label in running text is the photo's
 * word alone: the match, cut off the caption, starts there.
 */
export const PHOTO_CREDIT = new RegExp(
  String.raw`(?:\((?:${PHOTO_LABEL}|${ILLUSTRATION}|source)\s*:[^)]*\)|(?:^|[.\s])(?:${PHOTO_WORD}|${IMAGE_WORD})(?: credits?)?\s*:\s*[^.]{1,60}(?:\.[a-z]{2,6})*|(?:^|[.\s(])(?:${PHOTO_WORD})\s+(?:courtesy(?: of)?|by|do)\s+[^.]{1,60}|[-–]\s*(?:${PHOTO_WORD})\s+[^.:/]{1,40}\/\S{2,40})\.?(?:\s+\|)?$`,
  'iu',
);
const LABEL_OPENING = new RegExp(String.raw`^(?:${PHOTO_LABEL})\s*:\s*`, 'iu');
const SMALL_LETTER_WORDS = /^\p{Ll}+(?:\s+\p{Ll}+){2,}/u;
/**
 * A caption written after the photo's label, its words in small letters, "Ảnh: quang cảnh buổi làm việc": a description, not
 * a credit (a credit names someone or a site: "Ảnh: T. Đạt", "Photo: vnanet.vn"). The label is read in any case, the words
 * after it apart: a case-blind pattern would take capitals for small letters.
 */
export function isCaptionAfterLabel(text: string): boolean {
  const label = LABEL_OPENING.exec(text);
  return label !== null && SMALL_LETTER_WORDS.test(text.slice(label[0].length));
}
/** A photo's caption that names no one: "Ảnh minh họa.", "Scene at the press conference", "Quang cảnh hội nghị". A headline never opens so. */
const SCENE_CAPTION = new RegExp(
  String.raw`^(?:${ILLUSTRATION}|ảnh tư liệu|illustrative (?:photo|image)|illustration photo|file photo|scene (?:at|of)|(?:an )?overview of|quang cảnh|toàn cảnh)(?![\p{L}])`,
  'iu',
);
/**
 * A sentence closed by a full stop in a table's cell, "Các đại biểu dự hội nghị. |": a photo's caption set under it. A headline
 * closes on no full stop (a question's mark before a title bar's separator, "Vì sao …? |", is a headline's).
 */
const CELL_CAPTION = /\.\s*\|$/u;
export const isCaption = (text: string): boolean => SCENE_CAPTION.test(text) || PHOTO_CREDIT.test(text) || CELL_CAPTION.test(text);
/** A lead's opening clause giving the day: "Sáng 15/3,", "Ngày 4-10-2006,", "On June 5,". A headline never opens so. */
export const DATED_OPENING = new RegExp(String.raw`^[^,.]{0,40}(?:\d{1,2}\s*[/.-]\s*\d{1,2}|${MONTH_WORD}\s+\d{1,2})[^,.]{0,20},`, 'iu');

/**
 * A date and time glued to the word before it, "… tại Việt Nam04/10/2023 - 20:56:00 Chiều nay …":
 * fields of the page (headline, date row, lead) the copy ran together. No sentence glues a date so.
 */
const GLUED_DATE_TIME = /(?<=\p{L})(\d{1,2}\/\d{1,2}\/\d{4}\s*[-–|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)\s+/u;

export function toLines(text: string): Line[] {
  return withSentenceRunOn(unwrapped(splitLines(text)));
}

/** A line carrying on a sentence: it opens in small letters, or on a day and a word in small letters ("6/1/2022 lúc 9h30 …"). */
export const CARRIES_ON = /^(?:\p{Ll}|\d{1,2}\/\d{1,2}(?:\/\d{4})?\s+\p{Ll})/u;

/**
 * A sentence broken after its first few words and carried over the lines of its block ("Vào sáng ngày" / "6/1/2022 lúc 9h30 –
 * 10h30 đã diễn ra lễ mít tinh" / "Kỉ niệm 50 năm …. Diễn ra tại …"): a few words closing nothing, the next line carrying
 * on, and, still closing nothing, the line after: one paragraph. (A headline over its lead opens no sentence in mid-air; a
 * label over a link, "Read more" / "https://…", and keywords in small letters open no sentence.)
 */
function withSentenceRunOn(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (
      !next ||
      next.gapBefore ||
      line.text.split(/\s+/).length > 5 ||
      !/^\p{Lu}[^.!?:;|]*\p{L}$/u.test(line.text) ||
      !CARRIES_ON.test(next.text) ||
      /^\S*(?:\/\/|www\.)/u.test(next.text)
    ) {
      out.push(line);
      continue;
    }
    const after = lines[i + 2];
    // (only with the sentence's third line: two such lines the headline's rules read as they are)
    if (!after || after.gapBefore || !/\p{L}$/u.test(next.text) || !isProse(after.text)) {
      out.push(line);
      continue;
    }
    const text = `${line.text} ${next.text} ${after.text}`;
    i += 2;
    out.push({ ...line, text });
  }
  return out;
}

/** A publishing system's shortcode left unrendered around its text: "[caption id="…" align="…"]Text.[/caption]". */
const SHORTCODE_AROUND = /^\[([a-z][a-z0-9_-]*)(?:\s[^\]]{0,200})?\](.+)\[\/\1\]$/u;

/**
 * A line's text out of a shortcode wrapped around it, and said once when the shortcode held it twice (the image's alt text and
 * its caption, "X. X."): the text as a reader sees it. (Text between a shortcode's tags of different names is left as it is.)
 */
function withoutShortcode(line: string): string {
  const wrapped = SHORTCODE_AROUND.exec(line);
  if (!wrapped) return line;
  const text = wrapped[2]!.trim();
  const mid = (text.length - 1) / 2;
  return Number.isInteger(mid) && text[mid] === ' ' && text.slice(0, mid) === text.slice(mid + 1) ? text.slice(0, mid) : text;
}

/**
 * A line's part split at a date glued to its first or last word: the date opens or closes the line, nothing stands before or
 * after it. (Most lines hold no four-digit year, which each such date has: they are not split.)
 */
function splitGluedDates(part: string): string[] {
  if (!/\d{4}/.test(part)) return part ? [part] : [];
  return part
    .split(GLUED_OPENING_DATE)
    .flatMap((piece) => piece.split(GLUED_CLOSING_DATE))
    .filter(Boolean);
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let gap = true;
  for (const raw of text.split('\n')) {
    const line = withoutShortcode(raw.trim());
    if (!line) {
      gap = true;
      continue;
    }
    for (const part of line.split(GLUED_DATE_TIME).flatMap(splitGluedDates)) {
      lines.push({ text: part.trim(), gapBefore: gap });
      gap = false;
    }
  }
  return lines;
}

/** A line opening on a letter of another script than the article's (Khmer, Thai, Chinese): a widget's, not the text's. */
const OTHER_SCRIPT_OPENING = /^[^\p{L}]*(?!\p{Script=Latin})\p{L}/u;

/** A period in brackets closing a line, "… Binh Duong province (1997 - 2016)": a headline's or a heading's end, not a sentence's. */
const YEARS_CLOSING = /\((?:\d{4}\s*[-–]\s*)?\d{4}\)$/u;

/** A paragraph of running text rather than a headline, caption or widget. */
export function isProse(text: string): boolean {
  if ((text.match(/\s[|›»]\s/gu) ?? []).length >= 2 || /^[{<[]/u.test(text) || OTHER_SCRIPT_OPENING.test(text)) return false;
  return text.length >= 120 || (text.length >= 60 && SENTENCE_END.test(text) && !YEARS_CLOSING.test(text) && text.split(' ').length >= 10);
}

/**
 * Paragraphs hard-wrapped at a fixed width, "Accra (NNA) – Deputy" / "Minister of Foreign Affairs
 * … from" / "April 16-17 and met …": three lines or more filling the width without ending a sentence,
 * and lines opening in small letters, mark a text broken by its width. The page is judged as a
 * whole, since a wrapped text set in short paragraphs between blank lines shows it in no one block.
 * A line joins the one above unless that one ends a sentence and either falls short of the width
 * (its paragraph ended) or is followed by a short line (a heading, or a paragraph's first line set
 * beside a picture); a line opening in small letters joins whatever stands above it, as no
 * paragraph opens so. Menus and lists of headlines, whose items open in capitals, are no such
 * text; a block of them (a headline over its date line) stays as it is, unless its own width or
 * its own lines opening in small letters show it wrapped.
 */
function unwrapped(lines: Line[]): Line[] {
  const runs: Line[][] = [];
  let start = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && !lines[i]!.gapBefore) continue;
    runs.push(lines.slice(start, i));
    start = i;
  }
  const shapes = runs.map(wrapShape);
  const brokenFull = shapes.reduce((sum, shape) => sum + (shape?.brokenFull ?? 0), 0);
  const smallOpenings = shapes.reduce((sum, shape) => sum + (shape?.smallOpenings ?? 0), 0);
  const pageWrapped = brokenFull >= 3 && smallOpenings >= 2;
  return runs.flatMap((run, i) => {
    const shape = shapes[i];
    if (!shape) return run;
    const wrapped = (shape.brokenFull >= 3 && shape.smallOpenings >= 2) || (pageWrapped && shape.smallOpenings > 0);
    return wrapped ? unwrapRun(run, shape.width) : run;
  });
}

const WRAP_WIDTH = { min: 50, max: 100 };

/** A block's width and how many of its lines break a sentence at that width or open in small letters; none for a block no wrap shaped. */
function wrapShape(run: readonly Line[]): { width: number; brokenFull: number; smallOpenings: number } | undefined {
  if (run.length < 2) return undefined;
  const width = Math.max(...run.map((line) => line.text.length));
  if (width < WRAP_WIDTH.min || width > WRAP_WIDTH.max) return undefined;
  const brokenFull = run.filter((line, i) => i < run.length - 1 && line.text.length >= 0.8 * width && !SENTENCE_END.test(line.text)).length;
  const smallOpenings = run.filter((line, i) => i > 0 && /^\p{Ll}/u.test(line.text)).length;
  return { width, brokenFull, smallOpenings };
}

function unwrapRun(run: Line[], width: number): Line[] {
  const full = (text: string) => text.length >= 0.8 * width;
  const out: Line[] = [run[0]!];
  for (let i = 1; i < run.length; i++) {
    const above = run[i - 1]!.text;
    const text = run[i]!.text;
    if (!/^\p{Ll}/u.test(text) && SENTENCE_END.test(above) && (!full(above) || !full(text))) out.push(run[i]!);
    else out[out.length - 1] = { ...out.at(-1)!, text: `${out.at(-1)!.text} ${text}` };
  }
  return out;
}
