/** Lines above a page's lead that are the text's own, never its headline: list lines, salutations, contact lines, wrapped sentences. */
import { CARRIES_ON, PHOTO_CREDIT, type Line } from './page-lines.ts';

/**
 * A line of the text's own lists, never a headline: an item opened by a dash or a bullet ("– Lĩnh vực đầu tư", "* Lĩnh vực
 * ưu đãi", "- 500 tình nguyện viên …"), a lettered point ("a. Biện pháp khuyến khích …"), a sentence's line bringing a list in ("… ưu đãi đầu tư. Cụ
 * thể:"). (A headline opening on a figure, "10 doanh nghiệp …", or on an initial, "V. Ivanov …", is none.)
 */
export const isTextsListLine = (text: string) =>
  /^(?:[-–—*•]\s+[\p{L}\d]|\p{Ll}[.)]\s+\p{Lu})/u.test(text) || (/:$/u.test(text) && /[.!?]\s+\p{Lu}/u.test(text));

/**
 * A photo's caption over its credit standing alone on the next line of its block ("Side-by-side flags … as background" /
 * "Image: Shutterstock"): no headline, when a headline stands higher up. (A photographer's byline under the headline,
 * "Photos: Quang Phuc (VET)", has the headline alone above it.)
 */
export function isOverCredit(lines: readonly Line[], i: number): boolean {
  const below = lines[i + 1];
  return below !== undefined && !below.gapBefore && PHOTO_CREDIT.test(below.text) && !below.text.replace(PHOTO_CREDIT, '').trim();
}

/** An author's contact line, holding an email address ("Tác giả liên hệ: …; Email: hd.ngan@…"): a paper's header, never its headline. */
export const isContactLine = (text: string | undefined) => text !== undefined && /[\w.-]@[\w-]+\.[a-z]{2,}/u.test(text);

/**
 * A speech's salutation on its own line, a few words closed by a comma over a line opening in capitals ("Thưa Quý vị và các
 * bạn," / "Ladies and gentlemen,"): the speech's text, never its headline. (A line of a sentence running on opens the next
 * in small letters.)
 */
export function isSalutation(lines: readonly Line[], i: number): boolean {
  return /^\p{Lu}[^.!?:;,]{1,60},$/u.test(lines[i]!.text) && /^\p{Lu}/u.test(lines[i + 1]?.text ?? '');
}

/** A line closing a table's cell: "… Dong Nai province |". */
export const TABLE_CELL = /\s\|$/u;

/**
 * A line carrying on the one above it, in the same block: the line above is a few words closing nothing, and this one
 * opens in small letters, or on a date and a word in small letters ("6/1/2022 lúc 9h30 …"), as no headline does.
 */
export function carriesOnLineAbove(lines: readonly Line[], i: number): boolean {
  const above = lines[i - 1]?.text;
  return (
    above !== undefined &&
    !lines[i]!.gapBefore &&
    above.split(/\s+/).length <= 5 &&
    /\p{L}$/u.test(above) &&
    CARRIES_ON.test(lines[i]!.text)
  );
}

/**
 * A line whose sentence runs on into the next line of its block ("A conference to promote investment from … to" / "the central
 * province of …"): it closes on a word, and the next opens in small letters, as no lead under a headline does.
 */
export function runsOnBelow(lines: readonly Line[], i: number): boolean {
  const below = lines[i + 1];
  return below !== undefined && !below.gapBefore && /\p{L}$/u.test(lines[i]!.text) && /^\p{Ll}/u.test(below.text);
}
