/**
 * Telling a page that is not an article (a tag, category, author or home page listing other
 * articles, a search page, a video or photo page) from one that is, by the page's structure:
 * what its paragraphs are (teasers, captions, leads of unrelated stories) and what stands around
 * them (headlines, dates, read-on links, section labels), never by the outlet. A page holding a
 * document instead (a file to download, a legal text, a thesis) is told in document-pages.ts.
 */
import { isChromeLine } from './chrome.ts';
import { isDateLine } from './date-lines.ts';
import { isIssueLine, isSourceCredit } from './credits.ts';
import { documentReason } from './document-pages.ts';
import { DATED_OPENING, PHOTO_CREDIT, isCaption, isProse } from './page-lines.ts';
import { REFERS_BACK } from './refers-back.ts';
import { isCommentForm } from './related-links.ts';
import type { PageParts } from './structure.ts';
import { isHeaderLine } from './header-lines.ts';
import { looksLikeTitle } from './headline-lines.ts';

/**
 * A teaser card rather than an article: one headline and the lead of a story with nothing
 * around them (no date line, byline or credit, no second paragraph), or one block that
 * repeats its headline after the teaser.
 */
function isTeaserCard({ title, paragraphs, headerLines, creditLines }: PageParts): boolean {
  if (paragraphs.length !== 1 || headerLines.length > 0 || creditLines.length > 0) return false;
  const only = paragraphs[0]!;
  const words = only.split(/\s+/);
  const endsWithItsOpening = (n: number) => words.slice(0, n).join(' ') === words.slice(-n).join(' ');
  for (let n = 5; n <= Math.min(30, words.length / 3); n++) if (endsWithItsOpening(n)) return true;
  return title !== null && only.length <= 600 && DATED_OPENING.test(only);
}

/**
 * A paragraph whose opening words point back to an event already named ("The objective of the meeting …",
 * "The event was …", "Tại buổi làm việc, …", "Hai bên …"): a piece of one story, as no story's lead opens so.
 */
const REFERS_TO_EVENT =
  /^(?:[\p{L}’'-]+\s+){0,4}?(?:the|this|that)\s+(?:(?:two|three|both)\s+(?:sides|leaders|ministers|countries)|meeting|event|fair|forum|conference|talks|ceremony|exhibition|expo|workshop|seminar|visit|delegation)(?![\p{L}])|^(?:tại|trong)\s+(?:buổi|cuộc|hội nghị|hội thảo|sự kiện|hội chợ|diễn đàn|chuyến thăm)\s|^(?:phát biểu tại|hai bên|dịp này|nhân dịp này)(?![\p{L}])/iu;

/**
 * One short paragraph of running text under a headline, on a page that gives no date anywhere: the
 * lead of a story shown in a list (a tag, section or video page), since an article's page dates it.
 * (A teaser stands under its headline: one paragraph without any is an article's lead, stored alone.)
 */
function isLoneTeaser(prose: readonly string[], dated: boolean, titled: boolean): boolean {
  return titled && !dated && prose.length === 1 && prose[0]!.length <= 600 && !REFERS_BACK.test(prose[0]!) && !AMONG_THESE.test(prose[0]!);
}

/**
 * A paragraph opening on a share of a total said before, "Trong số này, Đài Loan có …", "Of these, …", "Among them, …": the rest of
 * a story whose lead the page lost, as a list's teaser is a lead and never opens so.
 */
const AMONG_THESE = /^(?:trong số (?:này|đó|trên)|of (?:these|them|those)|among (?:these|them|those))\s*,/iu;

const READ_ON = String.raw`(?:Read more|Continue reading|Xem thêm|Đọc thêm|Đọc tiếp|Xem tiếp)`;
/** A teaser ending in a link to the rest ("… Read more", "?Xem thêm.", "Continue reading “…”"). */
const ENDS_READING_ON = new RegExp(String.raw`^.{30,}?\s*${READ_ON}\s*(?:“[^”]*”|"[^"]*")?[.…»›]*$`, 'u');
/** A list flattened into lines: one item's read-on link glued to the next item's headline ("Đọc thêmChuyện lạ: …"). */
const GLUED_READ_ON = new RegExp(String.raw`^${READ_ON}(?=\p{Lu})`, 'u');

/**
 * Teasers linking on to pages of their own: two or more, or one opening the page and followed by
 * nothing or by another headline (an article's page may show its standfirst with "Đọc tiếp" over
 * the rest of its text, which then follows).
 */
function readsOn(paragraphs: readonly string[]): boolean {
  const links = paragraphs.flatMap((p, i) => (ENDS_READING_ON.test(p) || GLUED_READ_ON.test(p) ? [i] : []));
  const opensPage = (i: number) => paragraphs.slice(0, i).filter(isProse).length <= 1;
  return links.length >= 2 || links.some((i) => opensPage(i) && !isProse(paragraphs[i + 1] ?? ''));
}

/**
 * A paragraph opening on a person's surname alone ("Ishiba's trip …", "Lee said …") after an earlier one named them in
 * full ("Prime Minister Shigeru Ishiba"): English news refers back so, within one story only.
 */
function opensOnSurname(paragraph: string, earlier: readonly string[]): boolean {
  const surname = /^["“]?(\p{Lu}\p{Ll}{2,})(?:[’']s)?\s+\p{Ll}/u.exec(paragraph)?.[1];
  if (!surname) return false;
  const fullName = new RegExp(String.raw`\p{Lu}\p{Ll}+ ${surname}(?![\p{L}])`, 'u');
  return earlier.some((p) => fullName.test(p));
}

/** Pairs of adjacent words, lower-cased: what two paragraphs about the same story share. */
function wordPairs(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.slice(1).map((word, i) => `${words[i]} ${word}`));
}

/**
 * The share of paragraphs that repeat more than one pair of words of another: an article's
 * paragraphs keep naming the same people, places and things; a list's teasers are leads of
 * unrelated stories. (Short paragraphs of one article may share little too: only a page with neither
 * headline nor date, as a tag page's teasers stand, is judged by this alone.)
 */
function relatedShare(prose: readonly string[]): number {
  const pairs = prose.map(wordPairs);
  const related = pairs.filter((own, i) => pairs.some((other, j) => i !== j && [...own].filter((pair) => other.has(pair)).length > 1));
  return related.length / prose.length;
}

/** Every line of some length ends with a photo credit ("… Ảnh: BNG Mỹ"): a gallery's captions. */
function onlyCaptions(lines: readonly string[]): boolean {
  let captions = 0;
  for (const line of lines) {
    if (line.split(' ', 8).length < 8) continue;
    if (PHOTO_CREDIT.test(line)) captions++;
    else if (!isChromeLine(line)) return false;
  }
  return captions >= 2;
}

/** A short label ("Thế giới") standing again and again above a paragraph: each item of a list under its section. */
function sectionLabels(lines: readonly string[]): number {
  const isLabel = (line: string) => line.length <= 25 && line.split(/\s+/).length <= 3 && !/[.:!?…|]$/u.test(line) && !isChromeLine(line);
  const counts = new Map<string, number>();
  lines.forEach((line, i) => {
    if (isLabel(line) && isProse(lines[i + 1] ?? '')) counts.set(line, (counts.get(line) ?? 0) + 1);
  });
  return Math.max(0, ...[...counts.values()].filter((n) => n >= 2));
}

/**
 * The most lines that close on the same labels in brackets: "Annex 2-A: … (English) (Vietnamese)", "Báo cáo quý I (PDF)"
 * are links to documents, one per line.
 */
function sameLabelledLines(lines: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const labels = /(?:\s*\([^():]{2,20}\))+$/u.exec(line)?.[0].trim();
    if (labels && labels.length < line.length / 2) counts.set(labels, (counts.get(labels) ?? 0) + 1);
  }
  return Math.max(0, ...counts.values());
}

/** A teaser trailing off, cut by the list: "… vì thông báo “giải quyết...". */
const TRAILS_OFF = /(?:\.\.\.|…)$/u;

/** A sentence's end inside a paragraph: a full stop and a capital after it (not an initial's, "T. Đạt"). */
const SENTENCE_INSIDE = /\p{Ll}{2}[.!?]["”]?\s+\p{Lu}/u;

/** A search page's heading: "Kết quả tìm kiếm", "Tìm thấy 25 kết quả", "Search results for …". */
const SEARCH_PAGE = /^(?:kết quả tìm kiếm|tìm thấy \d+ kết quả|có \d+ kết quả|search results?|\d+ results? for)(?![\p{L}])/imu;
/**
 * A media file's name on a line of its own, its parts joined by underscores: "230829_Coexistence of OFW and Marine sectors_TDV-VN"
 * (a sentence joins its words by spaces alone).
 */
const FILE_NAME_LINE = /^[\p{L}\d-]+_[^_\n]{1,80}_[\p{L}\d.-]+$/u;
/** A video player's label on a line of its own. */
const VIDEO_LABEL = /^(?:video|xem video|phát video|watch video|video clip)\s*:?$/imu;
/** A clip's length as a player's row gives it, glued to the next field at times: "17m 48s", "3m 51sLength", "Thời lượng: 02:35". */
const CLIP_LENGTH = /(?<![\p{L}\d])\d{1,3}m ?\d{1,2}s(?!\p{Ll})|(?:[Dd]uration|[Tt]hời lượng)\s*:?\s*\d{1,2}:\d{2}(?!\d)/u;

/**
 * Why a page is not an article, or undefined when it is one. `storedDate`: the stored copy gave
 * the page's date apart from its text.
 */
export function notAnArticle(parts: PageParts, text: string, storedDate: boolean): string | undefined {
  const { paragraphs, datedItems } = parts;
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (SEARCH_PAGE.test(text)) return 'the page lists search results, not an article';
  const document = documentReason(parts.title, text, lines);
  if (document) return document;
  if (onlyCaptions(lines)) return 'the page holds photo captions only (a gallery), not an article';
  // a comment form stands under an article's own page, never under a listing's teaser
  const commented = lines.some(isCommentForm);
  if (!commented && isTeaserCard(parts))
    return 'the page holds one headline and its teaser, linking to an article (a tag or listing page), not an article';
  // one paragraph under no headline, printed twice around share buttons or a date: a story's card, as a list or a comments page shows it
  if (parts.title === null && paragraphs.length === 1 && lines.filter((line) => line === paragraphs[0]).length >= 2)
    return 'the page holds one story’s summary printed twice and no headline (a card on a listing or comments page), not an article';
  const labelled = sameLabelledLines(lines);
  if (labelled >= 4 && labelled * 2 >= lines.length)
    return `the page lists ${labelled} documents or links under the same labels, one a line (a document or download list), not an article`;
  if (datedItems >= 3) return `the page lists ${datedItems} dated items linking to other articles (a listing or tag page), not an article`;
  const prose = paragraphs.filter(isProse);
  if (readsOn(paragraphs)) {
    return 'the page holds teasers with links to read on elsewhere (a listing, tag or author page), not an article';
  }
  // a label repeated over paragraphs that keep to one story is an interview's speaker, not a section
  const labels = sectionLabels(lines);
  if (labels >= 2 && relatedShare(prose) <= 1 / 3)
    return `the page lists items under a section label repeated ${labels} times (a listing or video page), not an article`;
  const words = prose.join(' ').split(/\s+/).filter(Boolean).length;
  // a news brief stored as its one sentence, opening on the day ("Chiều 16/11, …") and ending on a full stop (a teaser trails
  // off) under no headline, is short and whole
  const brief = parts.title === null && prose.length === 1 && words >= 25 && DATED_OPENING.test(prose[0]!) && /[^.]\.$/u.test(prose[0]!);
  if (prose.length === 0 || (words < 40 && !brief)) {
    return 'no article text found: the page holds no paragraphs of running text (a listing, tag or menu page?)';
  }
  if (VIDEO_LABEL.test(text) && words < 120) return 'the page holds a video and a few lines about it, not an article';
  // one sentence under no headline over a file's name: the page of the video or file it describes
  if (parts.title === null && prose.length === 1 && words < 120 && lines.some((line) => FILE_NAME_LINE.test(line)))
    return 'the page holds a media file (its name on a line of its own) and one sentence about it, not an article';
  // a player's row giving the clip's length over a description or a script is a video's page
  if (words < 400 && lines.some((line) => line.length <= 80 && !isProse(line) && CLIP_LENGTH.test(line)))
    return 'the page holds a video clip (its length on a row of its own) and its description, not an article';
  // a date line, or a journal's issue line ("Tạp chí Cộng sản số 1016 (tháng 6-2023)"), dates the page
  const dated =
    storedDate ||
    [...parts.headerLines, ...parts.preTitleLines, ...parts.creditLines].some((line) => isDateLine(line) || isIssueLine(line));
  // a teaser on a tag page carries no "Nguồn: …" or "Theo …" under it, nor a comment form: a copied article does
  const credited = parts.creditLines.some(isSourceCredit);
  if (isLoneTeaser(prose, dated || credited || commented, parts.title !== null)) {
    return 'the page holds one undated teaser of a story and no article text (a tag, section or video page), not an article';
  }
  // a text opening on its photo's caption is one story's, cut from its headline; so is one whose paragraphs carry on from before
  // (a surname refers back to a full name a few paragraphs up)
  const carriesOn = () =>
    prose.some((p, i) => REFERS_BACK.test(p) || REFERS_TO_EVENT.test(p) || opensOnSurname(p, prose.slice(Math.max(0, i - 3), i)));
  if (!dated && parts.title === null && !isCaption(paragraphs[0]!) && prose.length >= 2 && !carriesOn() && relatedShare(prose) === 0) {
    return `the page holds ${prose.length} teasers of unrelated stories (a tag or listing page), not an article`;
  }
  // under no headline nor date, a few one-sentence paragraphs, a later one opening on its day as a lead does ("Chiều 21-2, tại
  // …"): the opening sentences of several stories, as a search or tag page shows them (a standfirst over a text opening on the
  // day goes on in paragraphs of several sentences)
  const shown = prose.length >= 2 && prose.length <= 4 && prose.length === paragraphs.length;
  if (!dated && parts.creditLines.length === 0 && parts.title === null && shown && !carriesOn()) {
    const oneSentence = prose.every((p) => !SENTENCE_INSIDE.test(p) && /[.!?…]$/u.test(p));
    if (oneSentence && prose.slice(1).some((p) => DATED_OPENING.test(p)))
      return `the page holds ${prose.length} opening sentences of stories, one opening on its day under no headline (a search or tag page), not an article`;
  }
  // a listing: nearly every paragraph of running text is the teaser under a headline of its own
  // (the first under the page's title); a few are enough when each opens a story ("Sáng 15/3, …") or trails off
  // (an item's byline and date row may stand between its headline and its teaser, as under the page's title: a line over such
  // a row is a headline, even one closing on a full stop, as no paragraph of a text stands over a byline)
  const items = paragraphs.flatMap((p, i) => {
    if (!isProse(p)) return [];
    let j = i - 1;
    while (j >= 0 && isHeaderLine(paragraphs[j]!)) j--;
    const dated = (j === -1 ? parts.headerLines : paragraphs.slice(j + 1, i)).some(isDateLine);
    const headline = paragraphs[j] ?? '';
    // (a headline closing on a full stop, one sentence, over a teaser that trails off is a headline too: "Vụ …: Hàng trăm công
    // nhân ngồi trên đống lửa." over "Dù cà phê … vì thông báo “giải quyết...")
    const trailing = TRAILS_OFF.test(p) && headline.length <= 120 && !SENTENCE_INSIDE.test(headline);
    const headed = j === -1 ? parts.title !== null : (j < i - 1 || !isProse(headline) || trailing) && looksLikeTitle(headline);
    return headed ? [{ p, dated, headline: j }] : [];
  });
  const headed = items.map(({ p }) => p);
  const itemProse = prose.length - items.filter(({ headline }) => headline >= 0 && isProse(paragraphs[headline]!)).length;
  // each teaser opening a story ("Sáng 15/3, …"), trailing off or under a date row of its own
  const teaserLike = items.every(({ p, dated }) => dated || DATED_OPENING.test(p) || TRAILS_OFF.test(p));
  if (headed.length >= (teaserLike ? 2 : 5) && headed.length >= itemProse - (teaserLike ? 0 : 1)) {
    return `the page lists ${headed.length} headlines with teasers (a category or listing page), not an article`;
  }
  const teasers = paragraphs.filter((p) => /(?:\.\.\.|…)$/u.test(p)).length;
  if (teasers >= 3 && teasers / paragraphs.length > 0.4) {
    return 'the page is a list of teasers linking to other articles (a listing or tag page), not an article';
  }
  return undefined;
}
