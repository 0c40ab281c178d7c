/**
 * Recognising page chrome: lines that belong to the website around an article, never to it. A line is chrome when one of
 * the patterns of chrome-lines matches it whole, or it is a navigation bar or a row of labels; a bulleted, dashed or
 * labelled line is told apart as the text's or the page's by the lines around it.
 */
import { CHROME_LINES, TAGS_LINE } from './chrome-lines.ts';
import { isDateLine } from './date-lines.ts';
import { NUMBERED_HEADING, isProse } from './page-lines.ts';
import { isHeadingWithLinks, isRelatedHeading } from './related-links.ts';
import { BARE_WIDGET } from './self-names.ts';

/** A navigation bar: three or more short items joined by "|", "›" or "»"; a date row so joined is the page's date. */
function isNavigationBar(line: string): boolean {
  // (most lines hold no such mark: looked for before the line is split)
  if (!/[|›»]/u.test(line)) return false;
  const items = line.split(/\s+[|›»]\s+/u);
  const words = items.reduce((sum, item) => sum + item.split(/\s+/).length, 0);
  return items.length >= 3 && words / items.length <= 4.5 && !isDateLine(line);
}

/** True for a line that is page chrome wherever it stands. */
export function isChromeLine(line: string): boolean {
  // a bullet does not make a notice part of the article: "* Mời quý độc giả theo dõi …"
  const bare = line.replace(/^\*\s+/u, '');
  // a bulleted date row, "• Thứ hai, 21-06-2021 |", is the page's date, as a date row joined by "|" is
  if (/^•\s/u.test(line) && isDateLine(line)) return false;
  return (
    isNavigationBar(line) ||
    isHeadingWithLinks(line) ||
    CHROME_TESTS.some((pattern) => pattern.test(line) || (bare !== line && pattern.test(bare)))
  );
}

/**
 * CHROME_LINES as few tests: the patterns of the same flags joined into one, so a line is searched once for them all, not once
 * for each (in about half the time; whether one matches is the same), the tests tried only where their mark stands as they are.
 * (A pattern referring back to a group of its own would count its groups anew among others: it stands alone.)
 */
const CHROME_TESTS = (() => {
  const byFlags = new Map<string, string[]>();
  const alone: { test(line: string): boolean }[] = [];
  for (const test of CHROME_LINES) {
    if (test instanceof RegExp && !/\\(?:[1-9]|k<)/u.test(test.source))
      byFlags.set(test.flags, [...(byFlags.get(test.flags) ?? []), `(?:${test.source})`]);
    else alone.push(test);
  }
  return [...[...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags)), ...alone];
})();

/**
 * Widget labels run together on one line, "Quảng cáo Đọc tiếp": every part is a label of its own
 * (chrome or a related-news heading). Such a line is never a headline.
 */
export function isLabelRow(line: string): boolean {
  const words = line.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  const label = (from: number, to: number) => {
    const text = words.slice(from, to).join(' ');
    return isChromeLine(text) || isRelatedHeading(text);
  };
  // whether the words from `from` on split into labels, the first ending before `limit`
  const splits = (from: number, limit = words.length): boolean => {
    if (from === words.length) return true;
    for (let to = from + 1; to <= limit; to++) if (label(from, to) && splits(to)) return true;
    return false;
  };
  return splits(0, words.length - 1);
}

/** Each page's answers for its runs of bullets, by line index. */
const bulletRuns = new WeakMap<readonly string[], Map<number, boolean>>();

/**
 * A bulleted item, "• Remove tariff barriers …", in a list the text introduces and goes on under: the article's own list.
 * The text introduces it with a line closing on a colon, running text going on under the list (a sentence so closing
 * introduces it even where the copy ends with the list), or the items are sentences closed by a full stop, as a
 * summary's points are, and running text follows, or they stand under a numbered heading of the text. A list of links to other pages stands under a heading or a
 * paragraph's full stop, or ends the text, and its items are headlines, closed by no full stop.
 */
export function isBulletInText(lines: readonly string[], i: number): boolean {
  const isBullet = (text: string | undefined) => text !== undefined && /^•\s/u.test(text);
  if (!isBullet(lines[i])) return false;
  // one answer for the whole run of bullets (it reads only the run's bounds, the lines around them and its items), remembered
  // for the page: asked line by line, a long run costs its square
  let known = bulletRuns.get(lines);
  if (!known) bulletRuns.set(lines, (known = new Map()));
  const answer = known.get(i);
  if (answer !== undefined) return answer;
  let above = i - 1;
  while (isBullet(lines[above])) above--;
  let below = i + 1;
  while (isBullet(lines[below])) below++;
  const inText = bulletsInText(lines, above, below);
  for (let k = above + 1; k < below; k++) known.set(k, inText);
  return inText;
}

/** Whether the bullets between `above` and `below` (both outside the run) are the text's own list. */
function bulletsInText(lines: readonly string[], above: number, below: number): boolean {
  const intro = lines[above];
  const textBelow = isProse(lines[below] ?? '');
  if (intro !== undefined && /:$/u.test(intro) && (textBelow || (below === lines.length && intro.split(/\s+/).length >= 8))) return true;
  // (under a numbered heading of the text, "1. Cam kết của Việt Nam …", running text under them, the items are its subheadings)
  if (intro !== undefined && NUMBERED_HEADING.test(intro) && textBelow) return true;
  return textBelow && lines.slice(above + 1, below).every((item) => /[^.]\.$/u.test(item) && item.split(/\s+/).length >= 7);
}

/**
 * A follow widget whose "Theo dõi" was lost to an icon, "Công dân & Khuyến học trên", on a line of its own: chrome, unless the
 * line under it carries on in small letters, a sentence wrapped after "trên" ("… đầu tư trên" / "địa bàn tỉnh …").
 */
export function isBareFollowWidget(lines: readonly string[], i: number): boolean {
  // (most lines do not end on " trên": known before the pattern runs)
  return lines[i]!.endsWith(' trên') && BARE_WIDGET.test(lines[i]!) && !/^\p{Ll}/u.test(lines[i + 1] ?? '');
}

/** Each page's answers for its runs of dashed lines, by line index. */
const dashedRuns = new WeakMap<readonly string[], Map<number, boolean>>();

/**
 * A dashed item linking to another story, "- Cứ 100 đô la vốn FDI thì có 41 đô la …": in a run of such items right under a
 * paragraph closing on a full stop, each a headline (six words to forty, closed by no mark). The text's own dashed list is
 * introduced by a colon or a heading, or its items close on a mark.
 */
export function isDashedLink(lines: readonly string[], i: number): boolean {
  const isDashed = (text: string | undefined) => text !== undefined && /^[-–]\s/u.test(text);
  if (!isDashed(lines[i])) return false;
  // one answer for the whole run of dashed lines, remembered for the page: asked line by line, a long run costs its square
  let known = dashedRuns.get(lines);
  if (!known) dashedRuns.set(lines, (known = new Map()));
  const answer = known.get(i);
  if (answer !== undefined) return answer;
  let above = i - 1;
  while (isDashed(lines[above])) above--;
  let below = i + 1;
  while (isDashed(lines[below])) below++;
  const intro = lines[above] ?? '';
  // (of a headline's length: an answer under a question, cut off with the copy, runs on for a paragraph)
  const headline = (item: string) => {
    const words = item.split(/\s+/).length;
    return !/[.,;:!?…"”)]$/u.test(item) && words >= 7 && words <= 40;
  };
  const links = isProse(intro) && /[.!?…]["”]?$/u.test(intro) && lines.slice(above + 1, below).every(headline);
  for (let k = above + 1; k < below; k++) known.set(k, links);
  return links;
}

/**
 * The rest of a labelled line wrapped onto the next, its quotation closed there ("Chủ đề : “Hướng tới quan hệ đối tác kinh
 * tế mở:" / "Một nền tảng mới cho tăng trưởng”"): chrome with the label's line. (A line opening no quotation it does not
 * close is its own.)
 */
export function isLabelLineTail(lines: readonly string[], i: number): boolean {
  const above = lines[i - 1];
  const text = lines[i]!;
  const quotes = (line: string, mark: string) => line.split(mark).length - 1;
  return (
    above !== undefined &&
    TAGS_LINE.test(above) &&
    !isKeywordsInText(lines, i - 1) &&
    quotes(above, '“') > quotes(above, '”') &&
    /”$/u.test(text) &&
    !text.includes('“') &&
    text.split(/\s+/).length <= 20
  );
}

/**
 * A research paper's keywords, "Từ khóa: Chuyển đổi số, kinh tế số, …", under its abstract (a paragraph of running text)
 * with the paper going on under them (a heading, then text): the article's. A page's tags stand after the text's end, under
 * its credits.
 */
export function isKeywordsInText(lines: readonly string[], i: number): boolean {
  const below = lines[i + 1];
  return (
    TAGS_LINE.test(lines[i]!) &&
    isProse(lines[i - 1] ?? '') &&
    below !== undefined &&
    !isRelatedHeading(below) &&
    (isProse(below) || isProse(lines[i + 2] ?? ''))
  );
}
