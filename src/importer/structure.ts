/**
 * Splitting a page into its parts: the lines before the article (masthead, title, date line,
 * byline), the article's paragraphs, the credit lines at its end ("Theo VOV", a byline) and the
 * page after it (related-news lists, footers), which is dropped.
 */
import { asciiFold, foldKey } from '../lib/text.ts';
import { followWidgetOutlet, isChromeLine, isRelatedHeading } from './chrome.ts';
import { isDateLine } from './dates.ts';

export interface PageParts {
  title: string | null;
  /** Lines before the body that are not chrome: date lines, bylines. */
  headerLines: string[];
  /** Lines at the end of the article naming its author or source. */
  creditLines: string[];
  /** The article's paragraphs, cleaned. */
  paragraphs: string[];
  /** Outlet names read off page widgets ("Theo dõi Baoquocte.vn trên"). */
  widgetOutlets: string[];
}

interface Line {
  text: string;
  /** A blank line stood before it: it starts a new block. */
  gapBefore: boolean;
}

const SENTENCE_END = /[.!?…”"»)]$/u;
const LEAD_MARKER = /^(?:\([^()]{2,24}\)\s*[-–—]?|[\p{Lu}][\p{L}.&+]{1,24}\s*[-–—])\s/u;
const PHOTO_CREDIT = /(?:\((?:ảnh|photo|nguồn ảnh|ảnh minh họa|ảnh minh hoạ|source)\s*:[^)]*\)|(?:^|[.\s])(?:ảnh|photo)\s*:\s*[^.]{1,60})\.?$/iu;
const TEASER_END = /(?:\.\.\.|…)$/u;

function toLines(text: string): Line[] {
  const lines: Line[] = [];
  let gap = true;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) {
      gap = true;
      continue;
    }
    lines.push({ text: line, gapBefore: gap });
    gap = false;
  }
  return lines;
}

/** A paragraph of running text rather than a headline, caption or widget. */
export function isProse(text: string): boolean {
  return text.length >= 120 || (text.length >= 60 && SENTENCE_END.test(text) && text.split(' ').length >= 10);
}

function looksLikeHeadline(text: string): boolean {
  return text.length >= 12 && text.length <= 300 && /\p{L}/u.test(text) && !/[:]$/.test(text) && !(text.length > 200 && /\.$/.test(text));
}

/** A credit line at the end of an article: "Theo VOV", "Nguồn: …", "Nguồn tin: …". */
export function isSourceCredit(text: string): boolean {
  return /^(?:theo|nguồn|nguồn tin|source|according to)\s*:?\s+\S.{0,80}$/iu.test(text) && !SENTENCE_END.test(text.replace(/\.$/, '')) && text.split(' ').length <= 10;
}

/** A byline: a short name, possibly in capitals or with initials ("T. ĐẠT", "Trâm Bầu", "By Minh Anh"). */
export function isBylineLike(text: string): boolean {
  const name = text.replace(/^(?:by|bài(?:,? ảnh)?|tác giả|pv|nhóm pv)\s*:?\s+/iu, '').trim();
  if (name.length < 3 || name.length > 48 || /\d/.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > 6) return false;
  return words.every((word) => /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|[-–&,]|và|and)$/u.test(word));
}

/**
 * Where a related-news list starts: a heading such as "Tin khác", or (for lists without a
 * heading) a title printed twice followed by a teaser that trails off ("…").
 */
function relatedListStart(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const text = lines[i].text;
    if (isRelatedHeading(text)) return i;
    const next = lines[i + 1]?.text;
    const after = lines[i + 2]?.text ?? '';
    if (next === text && !isProse(text) && TEASER_END.test(after)) return i;
  }
  return lines.length;
}

/** A related-links block between the lead and the body: skip it if real paragraphs follow. */
function inlineRelatedEnd(lines: Line[], heading: number): number | undefined {
  let i = heading + 1;
  while (i < lines.length && i - heading <= 8 && !isProse(lines[i].text)) i++;
  const first = lines[i];
  if (!first || LEAD_MARKER.test(first.text) || TEASER_END.test(first.text)) return undefined;
  const prose = lines.slice(i).filter((line) => isProse(line.text) && !LEAD_MARKER.test(line.text) && !TEASER_END.test(line.text));
  return prose.length >= 2 && relatedListStart(lines, i) > i + 1 ? i : undefined;
}

/** Splits a normalised page into header, article and credits, dropping chrome and repeats. */
export function splitPage(text: string): PageParts {
  const widgetOutlets: string[] = [];
  const lines = toLines(text).filter((line) => {
    const outlet = followWidgetOutlet(line.text);
    if (outlet) widgetOutlets.push(outlet);
    return !isChromeLine(line.text);
  });

  // The title: the first headline-like line that is not a date line.
  let titleIndex = lines.findIndex((line) => !isDateLine(line.text) && looksLikeHeadline(line.text));
  const firstProse = lines.findIndex((line) => isProse(line.text));
  // A headline may read like a sentence ("… mục tiêu “kép”"), but a lead paragraph is no headline.
  if (titleIndex !== -1 && firstProse !== -1 && titleIndex >= firstProse) {
    const line = lines[titleIndex].text;
    const nextProse = lines.findIndex((l, i) => i > titleIndex && isProse(l.text));
    if (titleIndex > firstProse || line.length > 250 || /\.$/.test(line) || nextProse === -1) titleIndex = -1;
  }
  const title = titleIndex === -1 ? null : lines[titleIndex].text;

  // The body starts after the title and the header lines right below it.
  const headerLines = lines.slice(0, Math.max(titleIndex, 0)).map((line) => line.text);
  let start = titleIndex + 1;
  while (start < lines.length && !isProse(lines[start].text) && (isDateLine(lines[start].text) || isBylineLike(lines[start].text))) {
    headerLines.push(lines[start].text);
    start++;
  }

  // The body ends where a related-news list begins; a block inside the article is skipped.
  const kept: Line[] = [];
  let i = start;
  while (i < lines.length) {
    const end = relatedListStart(lines, i);
    kept.push(...lines.slice(i, end));
    if (end >= lines.length) break;
    const resume = isRelatedHeading(lines[end].text) && kept.filter((l) => isProse(l.text)).length <= 1 ? inlineRelatedEnd(lines, end) : undefined;
    if (resume === undefined) break;
    i = resume;
  }

  // Credits and bylines at the end of the article.
  const creditLines: string[] = [];
  while (kept.length > 0) {
    const last = kept[kept.length - 1].text;
    if (!(isSourceCredit(last) || isBylineLike(last) || isDateLine(last))) break;
    creditLines.unshift(last);
    kept.pop();
  }

  return { title, headerLines, creditLines, paragraphs: cleanParagraphs(kept, title), widgetOutlets };
}

/** Drops repeated captions, alt text that repeats the headline and alt text above a caption. */
function cleanParagraphs(lines: Line[], title: string | null): string[] {
  const titleKey = title ? foldKey(title) : '';
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i].text;
    const next = lines[i + 1];
    if (titleKey && (foldKey(text) === titleKey || asciiFold(text).toLowerCase() === titleKey.replace(/ /g, '-'))) continue;
    if (titleKey) text = stripGluedHeadline(text, title!);
    if (next && !next.gapBefore && !SENTENCE_END.test(text) && !isProse(text) && PHOTO_CREDIT.test(next.text)) continue;
    if (out.length > 0 && out[out.length - 1] === text) continue;
    if (text) out.push(text);
  }
  return out;
}

/** "<headline> - ảnh 1 Caption text" → "Caption text"; a bare "- ảnh 1" suffix goes too. */
function stripGluedHeadline(text: string, title: string): string {
  let result = text;
  if (result.startsWith(title)) {
    const rest = result.slice(title.length).replace(/^\s*[-–]\s*(?:ảnh|hình|photo)\s*\d+\s*/iu, '');
    if (rest !== result.slice(title.length)) result = rest.trim();
  }
  return result.replace(/\s*[-–]\s*(?:ảnh|hình)\s*\d+$/iu, '').trim();
}
