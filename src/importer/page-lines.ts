/** A page's lines and what kind each is: running text, a caption, a lead's marker or dated opening. */
import { MONTHS_EN } from '../lib/text/dates.ts';

export interface Line {
  text: string;
  /** A blank line stood before it: it starts a new block. */
  gapBefore: boolean;
}

export const SENTENCE_END = /[.!?…”"»)]$/u;
export const LEAD_MARKER = /^\(([^()]{2,24})\)\s*[-–—]?\s|^([\p{Lu}][\p{L}.&+]{1,24})\s*[-–—]\s/u;

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
/** A lead's opening clause giving the day: "Sáng 15/3,", "Ngày 4-10-2006,", "On June 5,". A headline never opens so. */
export const DATED_OPENING = new RegExp(
  String.raw`^[^,.]{0,40}(?:\d{1,2}\s*[/.-]\s*\d{1,2}|(?:${MONTHS_EN.join('|')})\s+\d{1,2})[^,.]{0,20},`,
  'iu',
);

/**
 * A date and time glued to the word before it, "… tại Việt Nam04/10/2023 - 20:56:00 Chiều nay …":
 * fields of the page (headline, date row, lead) the copy ran together. No sentence glues a date so.
 */
const GLUED_DATE_TIME = /(?<=\p{L})(\d{1,2}\/\d{1,2}\/\d{4}\s*[-–|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)\s+/u;

export function toLines(text: string): Line[] {
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
