/** Where the article's text ends and the page's furniture begins: related-news lists, other stories' headlines. */
import { isCutRelatedHeading, isRelatedHeading } from './related-links.ts';
import { isCreditLike } from './credits.ts';
import { isDateLine } from './date-lines.ts';
import { LEAD_MARKER, SENTENCE_END, isCaption, isProse, type Line } from './page-lines.ts';
import { looksLikeTitle } from './headline-lines.ts';
import { PAPER_SECTION } from './title-and-lead.ts';

const TEASER_END = /(?:\.\.\.|…)$/u;

/** The article from its lead to where a related-news list begins; a related block inside it is skipped. */
export function articleLines(lines: Line[], from: number, skipped: readonly number[]): Line[] {
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
    // (a caption printed twice ends on a full stop, as no headline does)
    if (next === text && !isProse(text) && !/\.$/u.test(text) && TEASER_END.test(after)) return i;
  }
  return lines.length;
}

/** A link to another article in a list: a teaser that trails off, a "- " item, a headline dated "(01-08-2009)". */
const isLinkItem = (text: string) => TEASER_END.test(text) || /^[-–•]\s/u.test(text) || /\(\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\)$/u.test(text);

/**
 * A related-links block between the lead and the body: skip it if real paragraphs follow its headlines. Running text right
 * under the heading, with no headline or link between, is the other stories' teasers, not the article going on.
 */
function inlineRelatedEnd(lines: Line[], heading: number): number | undefined {
  let i = heading + 1;
  while (i < lines.length && i - heading <= 8 && !isProse(lines[i].text)) i++;
  const first = lines[i];
  if (!first || (i === heading + 1 && !first.afterChrome) || LEAD_MARKER.test(first.text) || isLinkItem(first.text)) return undefined;
  // a paper's own section heading right over running text, the heading under the abstract's paragraph ("… the FTA framework." /
  // "Keywords" / "Full Text" / "Introduction" / "In recent years …"): the paper goes on from its heading, however little of it
  // the copy holds
  if (i - 1 > heading && PAPER_SECTION.test(lines[i - 1]!.text) && isProse(lines[heading - 1]?.text ?? '')) return i - 1;
  const prose = lines.slice(i).filter((line) => isProse(line.text) && !LEAD_MARKER.test(line.text) && !isLinkItem(line.text));
  return prose.length >= 2 && relatedListStart(lines, i) > i + 1 ? i : undefined;
}

/**
 * A copy that starts with the text may end on the headline, under the last paragraph, with the
 * outlet's short name under it ("Ho Chi Minh City promotes …" / "TCCT") and the next story's start
 * after them: the headline and the name are taken off the text, and what follows dropped.
 */
export function takeHeadlineUnderText(kept: Line[]): { title: string; marker: string } | undefined {
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
 * own or written in English title case, or two or more headlines each dated (in brackets, after a
 * dash or on the next line). (Fewer, or undated lines in sentence case run on without blank lines
 * between, are as often captions, a digest's next item or the text's last sentence cut short by
 * the copy, so they stay.)
 */
export function dropHeadlinesAfterText(kept: Line[]): void {
  // (a paragraph's length of running text, the copy cut off in mid-sentence, is no headline)
  const headlineLike = (text: string) =>
    looksLikeTitle(text) && !SENTENCE_END.test(text) && !isCaption(text) && !isCreditLike(text) && !isProse(text);
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
    } else if ((gapBefore || isTitleCase(text)) && headlineLike(text)) {
      items.push(text);
      dated = false;
      start--;
    } else break;
  }
  const distinct = new Set(items).size;
  const before = kept[start - 1]?.text;
  if ((distinct >= 3 || (dated && distinct >= 2)) && before && isProse(before) && SENTENCE_END.test(before)) kept.splice(start);
}

/** Words an English headline leaves in small letters. */
const MINOR_WORDS = new Set('a an the and or but nor of for to in on at by with as from into over amid via vs'.split(' '));

/** An English headline's title case, "Bank of Japan Signals Readiness for Rate Hike": every word but the minor ones opens in capitals. */
export const isTitleCase = (text: string) => {
  const words = text.split(/\s+/);
  return words.length >= 4 && words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || MINOR_WORDS.has(word));
};
