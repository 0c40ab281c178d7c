/** The header lines around a page's lead: date lines, bylines and a photographer's credit, between the headline and the lead or under it. */
import { isBylineLike } from './credits.ts';
import { isDateLine } from './date-lines.ts';
import { isCapitalsLabel, isMenuLike, looksLikeTitle } from './headline-lines.ts';
import { PHOTO_LABEL, SENTENCE_END, isCaptionAfterLabel, type Line } from './page-lines.ts';
import { isContactLine } from './text-above-lead.ts';

/** A photographer's credit standing alone under the headline: "Photos: Quang Phuc (VET)", "Ảnh: T. Đạt". */
const PHOTO_BYLINE = new RegExp(String.raw`^(?:${PHOTO_LABEL})\s*:\s*\S.{0,40}$`, 'iu');

/** A line that goes with the headline, not the text: a date line, a byline, a menu, a photographer's credit. */
export function isHeaderLine(text: string): boolean {
  return isDateLine(text) || isBylineLike(text) || isMenuLike(text) || (PHOTO_BYLINE.test(text) && !isCaptionAfterLabel(text));
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
