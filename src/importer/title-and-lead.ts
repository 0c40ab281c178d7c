/** Finding a page's headline and its lead among the page's first lines. */
import { isBylineLike } from './credits.ts';
import { isDateLine } from './date-lines.ts';
import { isHeaderLine } from './header-lines.ts';
import {
  isCapitalsLabel,
  isMenuLike,
  isStoppedHeadline,
  isUnpunctuatedHeadline,
  isUpperCaseHeadline,
  looksLikeTitle,
  splitHeadline,
} from './headline-lines.ts';
import { DATED_OPENING, LEAD_MARKER, NUMBERED_HEADING, SENTENCE_END, isCaption, isProse, type Line } from './page-lines.ts';
import { REFERS_BACK } from './refers-back.ts';
import {
  TABLE_CELL,
  carriesOnLineAbove,
  isContactLine,
  isOverCredit,
  isSalutation,
  isTextsListLine,
  runsOnBelow,
} from './text-above-lead.ts';

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
    // "Tác giả: HOÀNG LAN", is none, nor is the text's first numbered heading, "1. Các giai đoạn …")
    // (nor the author's role under the byline, "Lê Văn Hùng" / "Chuyên viên cao cấp")
    const lastCopy = lines.findLastIndex((l, j) => j < firstProse && l.text === text);
    const otherHeadline = (j: number) =>
      looksLikeTitle(lines[j]!.text) && !isHeaderLine(lines[j]!.text) && !NUMBERED_HEADING.test(lines[j]!.text) && !underByline(lines, j);
    if (lines.slice(lastCopy + 1, firstProse).some((_, k) => otherHeadline(lastCopy + 1 + k))) continue;
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
    const afterByline = underByline(lines, i);
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
    if (looksLikeTitle(text))
      return {
        titleIndex: headlineOverDateLine(lines, i) ?? postOverCopy(lines, i) ?? headlineOverReworded(lines, i) ?? i,
        leadIndex: firstProse,
      };
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
    // (an interview's question opening on a dash, "– Trở lại Việt Nam …, đâu sẽ là trọng tâm …?", is the text's, as list lines are)
    !isTextsListLine(first) &&
    !isCaption(first) &&
    !REFERS_BACK.test(lines[nextProse]!.text);
  return headlineLike ? { titleIndex: firstProse, leadIndex: nextProse } : { titleIndex: -1, leadIndex: firstProse };
}

/**
 * A section's name printed under the menu row holding it, the section the page is in ("Wealth Asia Connect Middle East Treasury …"
 * / "Asia Connect"): a label, though its two capitalised words read as a name. The row closes no clause, three words longer or more.
 */
function isMenuItemAgain(lines: readonly Line[], i: number): boolean {
  const text = lines[i]!.text;
  const row = lines[i - 1]?.text;
  return (
    row !== undefined &&
    !/[.,:;!?]/u.test(row) &&
    row.split(/\s+/).length >= text.split(/\s+/).length + 3 &&
    ` ${row} `.includes(` ${text} `)
  );
}

/** A short line under a byline, the author's role or affiliation ("Chuyên viên cao cấp"), or one over a contact line, closing no sentence. */
function underByline(lines: readonly Line[], i: number): boolean {
  const text = lines[i]!.text;
  return (
    i > 0 &&
    isBylineLike(lines[i - 1]!.text) &&
    !isMenuItemAgain(lines, i - 1) &&
    (text.split(/\s+/).length <= 6 || (isContactLine(lines[i + 1]?.text) && !SENTENCE_END.test(text)))
  );
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

/**
 * A headline over the same words in another order, the photo's alt line translated apart ("The first batch of sweet potatoes
 * officially exported to the Chinese market" / "The first batch of officially exported sweet potatoes to the Chinese market"):
 * the upper is the headline. A deck or a copied story's headline says more, or less, in words of its own.
 */
function headlineOverReworded(lines: readonly Line[], i: number): number | undefined {
  const above = lines[i - 1]?.text;
  if (above === undefined || !looksLikeTitle(above)) return undefined;
  const words = (line: string) =>
    line
      .toLowerCase()
      .split(/[\s,:;–—-]+/u)
      .filter(Boolean);
  const upper = words(above);
  const lower = words(lines[i]!.text);
  const same = (a: string[], b: string[]) => a.join(' ') !== b.join(' ') && [...a].sort().join(' ') === [...b].sort().join(' ');
  return upper.length >= 5 && same(upper, lower) ? i - 1 : undefined;
}

/**
 * A headline glued to what stands under it: to the heading it quotes, printed again after it; or to the lead it stands over, the
 * lead printed again as the next paragraph ("Vietnam proposes 5-year rice
 * import deal to PH PRESIDENT Juan Dela Cruz Jr. welcomed …" / "PRESIDENT Juan Dela Cruz Jr. welcomed …"): the words
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
