/**
 * Splitting a page into its parts: the lines before the article (masthead, title, date line,
 * byline), the article's paragraphs, the credit lines at its end ("Theo NRV", a byline) and the
 * page after it (related-news lists, footers), which is dropped.
 */
import { isBareFollowWidget, isBulletInText, isChromeLine, isDashedLink, isKeywordsInText, isLabelLineTail } from './chrome.ts';
import { articleLines, dropHeadlinesAfterText, isTitleCase, takeHeadlineUnderText } from './article-end.ts';
import { cleanParagraphs, withoutCellEnd, withoutImageResidue, withoutSlugLinks, withoutSummaryAbove } from './copy-residue.ts';
import { bylineName, creditName, isBylineLike, isSourceCredit, takeCredits } from './credits.ts';
import { aggregatorSource } from './copy-sources.ts';
import { isDateLine } from './date-lines.ts';
import { SENTENCE_END, isProse, toLines, type Line } from './page-lines.ts';
import { isRunTogetherHeadlines } from './related-links.ts';
import { headerAfterLead, headerBeforeLead, isHeaderLine } from './header-lines.ts';
import { headlineLineAbove, splitHeadline } from './headline-lines.ts';
import { PAPER_SECTION, captionsAbove, findTitleAndLead, withHeadlineOffLead } from './title-and-lead.ts';

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
  /** Outlets a line outside the body names as the source: "Source: NRV" above the headline, "… - MetroNet/TBKTMN" after it. */
  sourceNames: string[];
}

/** Splits a normalised page into header, article and credits, dropping chrome and repeats. */
export function splitPage(text: string, learnedChrome: ReadonlySet<string> = new Set()): PageParts {
  const all = toLines(text);
  const texts = all.map((line) => line.text);
  // headlines run together are chrome, but the page's last line may be its text cut off before a comma, and a long
  // caption without a stop may say again what the paragraph next to it says
  const notChrome = all.map(
    (line, i) =>
      ((!isChromeLine(line.text) && !isLabelLineTail(texts, i)) || isBulletInText(texts, i) || isKeywordsInText(texts, i)) &&
      !isDashedLink(texts, i) &&
      !isBareFollowWidget(texts, i) &&
      !learnedChrome.has(line.text) &&
      !(i < all.length - 1 && isRunTogetherHeadlines(line.text) && !repeatsNeighbour(line.text, all[i - 1]?.text, all[i + 1]?.text)),
  );
  const unchromed = all.flatMap((line, i) => (notChrome[i] ? [i > 0 && !notChrome[i - 1] ? { ...line, afterChrome: true } : line] : []));
  const lines = withHeadlineOffLead(
    withoutSummaryAbove(withoutSlugLinks(withoutImageResidue(unchromed.filter((_, i, all) => !isKeywordRun(all, i))))),
  );
  const { titleIndex, leadIndex } = findTitleAndLead(lines);
  const headline = titleIndex === -1 ? undefined : splitHeadline(lines[titleIndex].text);
  // a headline set in two lines, the speaker above as a kicker ("Thủ tướng Phạm Minh Chính:" / "Tăng tốc, bứt phá …"), is one
  // (so is one in capitals set over two lines)
  const kicker =
    titleIndex > 0 && isKicker(lines[titleIndex - 1]!.text) ? lines[titleIndex - 1]!.text : headlineLineAbove(lines, titleIndex);
  let title = headline ? (kicker ? `${kicker} ${headline.title}` : headline.title) : null;
  const bodyStart = titleIndex === -1 ? Math.max(leadIndex, 0) : titleIndex + 1;
  const aboveTitle = lines
    .slice(0, Math.max(titleIndex === -1 ? leadIndex : titleIndex - (kicker ? 1 : 0), 0))
    .map((line) => line.text)
    .reverse();

  const between = headerBeforeLead(lines.slice(bodyStart, Math.max(leadIndex, bodyStart)));
  const headerLines = between.headerLines;
  // a word or two standing between the headline and the lead is the section's label ("Sự kiện", "Economy"), not text
  // (a hero caption there, in the picture's table cell, without the cell's pipe)
  const kept = between.kept
    .filter((line) => titleIndex === -1 || !isShortLabel(line.text) || PAPER_SECTION.test(line.text))
    .filter((line) => title === null || !isShortenedHeadline(line.text, title))
    .map((line) => ({ ...line, text: withoutCellEnd(line.text) }));
  if (titleIndex === -1) {
    headerLines.push(...aboveTitle.filter(isHeaderLine));
    kept.push(...captionsAbove(lines, leadIndex));
  }
  if (headline?.dateLine) headerLines.unshift(headline.dateLine);
  const afterLead = headerAfterLead(lines, leadIndex, lines[titleIndex]?.text).filter((i) => !isSubheading(lines, i));
  headerLines.push(...afterLead.map((i) => lines[i]!.text));

  kept.push(...articleLines(lines, Math.max(leadIndex, bodyStart), afterLead));
  dropHeadlinesAfterText(kept);
  const under = title === null ? takeHeadlineUnderText(kept) : undefined;
  if (under) title = under.title;
  const creditLines = takeCredits(kept);
  // an aggregator's line naming the item's source, "Báo Công Nghiệp Báo Công Nghiệp 75 ngày", is no text: it names the source
  const sources = kept.map((line) => aggregatorSource(line.text));
  const aggregated = sources.filter((name): name is string => Boolean(name));
  if (aggregated.length) kept.splice(0, kept.length, ...kept.filter((_, i) => !sources[i]));
  return {
    title,
    headerLines: headerLines.flatMap(splitDatedByline),
    preTitleLines: aboveTitle,
    creditLines,
    titleMarker: headline?.marker ?? under?.marker,
    datedItems: kept.filter((line) => isDateLine(line.text)).length,
    paragraphs: cleanParagraphs(kept, title),
    sourceNames: [...aboveTitle.filter(isSourceCredit).map(creditName), ...(headline?.source ? [headline.source] : []), ...aggregated],
    beforeTitle: lines.slice(0, Math.max(titleIndex, 0)).map((line) => line.text),
  };
}

/**
 * The headline of the story a post copies, under the post's own, between it and the lead ("The door to the Indochinese
 * Federation is now wide open: Vietnam and Cambodia to grow cooperation" / "Co-operation with Cambodia to grow"): no longer, no
 * sentence, four words in five of it the headline's (the headline's words reordered, an alt line's, are so too). A deck says more than the headline, in words of its own.
 */
function isShortenedHeadline(text: string, title: string): boolean {
  if (text.length > title.length || SENTENCE_END.test(text)) return false;
  // (a word hyphenated or not is one: "Co-operation", "cooperation")
  const wordsOf = (line: string) =>
    line
      .toLowerCase()
      .replace(/(?<=\p{L})-(?=\p{L})/gu, '')
      .split(/[\s:,;–—-]+/u)
      .filter(Boolean);
  const titleWords = new Set(wordsOf(title));
  const words = wordsOf(text);
  return words.length >= 3 && words.filter((word) => titleWords.has(word)).length >= 0.75 * words.length;
}

/** A speaker named over a headline, closed by a colon: three words or more, two of them after the first capitalised. */
function isKicker(text: string): boolean {
  const words = text.split(/\s+/u);
  return /^\p{Lu}[^.!?:]{2,60}:$/u.test(text) && words.length >= 3 && words.slice(1).filter((w) => /^\p{Lu}/u.test(w)).length >= 2;
}

/**
 * A subheading in capitals between two paragraphs of the text, "THẮT CHẶT, NÂNG TẦM HỢP TÁC …": four
 * words or more, running text under it. It is the article's, though a masthead is written so too.
 */
function isSubheading(lines: readonly Line[], i: number): boolean {
  const text = lines[i]!.text;
  const next = lines[i + 1]?.text;
  if (isTitleCaseSubheading(lines, i) || PAPER_SECTION.test(text)) return true;
  return (
    !/\p{Ll}/u.test(text) &&
    text.split(/\s+/).length >= 4 &&
    !isDateLine(text) &&
    !isBylineLike(text) &&
    next !== undefined &&
    isProse(next)
  );
}

/** A line in title case without a label, shaped like a bare byline: "Robust Diplomatic Engagements". */
const isBareTitleCase = (text: string) => bylineName(text) === text;

/** A short heading in English title case, its minor words in small letters: "The Crucial Role of EVFTA". */
const isTitleCaseHeading = (text: string) => isTitleCase(text) && text.split(/\s+/).length <= 10 && !SENTENCE_END.test(text);

/** A line passing `titleCased` between paragraphs. */
const titleCasedBetweenProse = (lines: readonly Line[], j: number, titleCased: (text: string) => boolean) =>
  titleCased(lines[j]!.text) && isProse(lines[j - 1]?.text ?? '') && isProse(lines[j + 1]?.text ?? '');

/**
 * Such a line under the lead is a subheading, not a byline, when others like it stand between later paragraphs: the
 * text's subheadings look alike (a later one may keep its minor words in small letters).
 */
function isTitleCaseSubheading(lines: readonly Line[], i: number): boolean {
  if (!titleCasedBetweenProse(lines, i, isBareTitleCase)) return false;
  for (let j = i + 2; j < lines.length - 1; j++)
    if (titleCasedBetweenProse(lines, j, (text) => isBareTitleCase(text) || isTitleCaseHeading(text))) return true;
  return false;
}

/** A date row with the byline after its time, "December 11, 2023 09:47 TS. Yen Platz", "12/09/2023 08:30 | Minh Anh": the date, then the name. */
function splitDatedByline(text: string): string[] {
  const dated = /^(.{6,60}?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)\s*[-|–,]?\s+(\S.{2,50})$/iu.exec(text);
  return dated && isDateLine(dated[1]!) && isBylineLike(dated[2]!) ? [dated[1]!, dated[2]!] : [text];
}

/** Four words in five of a line are words of the line above or below it: a caption saying again what the paragraph says. */
function repeatsNeighbour(text: string, ...neighbours: (string | undefined)[]): boolean {
  const words = text.toLowerCase().split(/\s+/);
  return neighbours.some((neighbour) => {
    const near = new Set(neighbour?.toLowerCase().split(/[\s.,;:!?“”"()]+/u));
    return words.filter((word) => near.has(word)).length >= 0.8 * words.length;
  });
}

/** A keyword, a word to three in small letters without a mark, in a run of three or more such lines: the page's tags, one a line. */
const isKeyword = (line: Line | undefined) => line !== undefined && /^\p{Ll}+(?: \p{Ll}+){0,2}$/u.test(line.text);
function isKeywordRun(lines: readonly Line[], i: number): boolean {
  if (!isKeyword(lines[i])) return false;
  let start = i;
  while (isKeyword(lines[start - 1])) start--;
  let end = i;
  while (isKeyword(lines[end + 1])) end++;
  return end - start >= 2;
}

/**
 * A section's name, a word or two, or two such joined by a dash: "Economy", "Sự kiện", "Kinh tế - Xã hội", in small letters at
 * times, "news"; or a name of three capitalised words, the site's own, "Wirenet Việt Nam".
 */
const isShortLabel = (text: string) =>
  /^\p{L}[\p{L}&-]*(?: [\p{L}&-]+)?(?: [-–] \p{Lu}[\p{L}&]*(?: [\p{L}&]+)?)?$/u.test(text) ||
  /^\p{Lu}[\p{L}&-]*(?: \p{Lu}[\p{L}&-]*){2}$/u.test(text);
