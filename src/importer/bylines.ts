/** The author's byline, under the headline, at the article's end or, with a degree, above the title; photo credits are never bylines. */
import type { Outlet } from '../schemas/registries.ts';
import { foldKey } from '../lib/text/strings.ts';
import { DESK_CREDIT, READING_TIME, bylineName, isBylineLike, isSourceCredit } from './credits.ts';
import { isDateLine } from './date-lines.ts';
import { DEGREES } from './title-heads.ts';
import { domainOf, outletFoldKeys, registryOutlet } from './outlet-refs.ts';
import { BUREAU_SUFFIX, agencyOverDateline } from './copy-sources.ts';
import { PHOTO_LABEL, leadMarker } from './page-lines.ts';

/**
 * A byline with the copy's source in brackets after it, the label glued to the name at times as spaces are lost: "Q.S (Theo
 * NRV News)", "Q.S (TheoNRV News)", "Minh Anh (Nguồn: Newswire)" (a word after "Theo" in small letters is no source's name).
 */
const BYLINE_BRACKETED_SOURCE = /^(.{2,40}?)\s*\(\s*(?:[Tt]heo|[Nn]guồn|[Ss]ource)\s*:?\s*(\p{Lu}[^()]{1,40}?)\s*\)$/u;

/**
 * A byline closing an article with its source and date after dashes, "By Tien Anh – DailyNews.net
 * – June 9, 2022": the name, and the outlet when a part is a domain or a known outlet's name; or with its source in brackets.
 */
export function bylineWithSource(line: string, outlets: readonly Outlet[]): { name: string; outlet?: string } | undefined {
  const bracketed = BYLINE_BRACKETED_SOURCE.exec(line);
  const bracketedName = bracketed ? bylineName(bracketed[1]!) : undefined;
  if (bracketedName) return { name: bracketedName, outlet: bracketed![2]! };
  const [first, ...others] = line.split(/\s+[-–|]\s+/u);
  const name = others.length > 0 ? bylineName(first!) : undefined;
  const named = others.filter((part) => !isDateLine(part));
  if (!name || named.length > 1 || named.some((part) => !domainOf(part) && !registryOutlet(part, outlets))) return undefined;
  return { name, outlet: named[0] };
}

/** A writer's academic degree opening a line, "ThS. Lê Văn Bình", "PGS.TS. …": a byline, never a masthead. */
const DEGREE_BYLINE = new RegExp(String.raw`^(?:${DEGREES}(?:\.\s*|\s+)){1,2}\p{Lu}`, 'u');

/** A label that says the line is a byline: "Tác giả:", "Author:", "Written by" (not "By", which opens sentences). */
const AUTHOR_LABEL = /^(?:tác giả\s*:|authors?\s*:|written by\s)\s*/iu;
/** A line opening on such a label and then a capital; the label is read in any case, the capital is not (under `i` a capital class takes any letter). */
function isAuthorLabelled(line: string): boolean {
  const label = AUTHOR_LABEL.exec(line);
  return label !== null && /^\p{Lu}/u.test(line.slice(label[0].length));
}

/** A footnote's number glued to a name, before a comma or at the line's end: "Hoa1", "T.H.1". */
const FOOTNOTE_MARK = /(?<=[\p{Ll}.])\d{1,2}(?=,|$)/gu;
/** A line of names each carrying such a mark, a list row's dash and an "Authors:" label before them at times. */
const FOOTNOTED_NAMES =
  /^(?:-\s*)?(?:[Aa]uthors?\s*:\s*)?\p{Lu}[\p{L} .]{2,40}?[\p{Ll}.]\d{1,2}(?:,\s*\p{Lu}[\p{L} .]{1,40}?[\p{Ll}.]\d{1,2}){0,5}$/u;

/** A byline signed with its reading time: "Lan Anh • 4 min read". */
const SIGNED_WITH_READING_TIME = new RegExp(String.raw`^\p{Lu}.{1,40}?${READING_TIME}$`, 'u');

/** A photographer's or a translator's credit: "Ảnh: T. Đạt", "Photo by …", "Translated by …", "Dịch: …". */
const NOT_THE_WRITER = new RegExp(String.raw`^(?:${PHOTO_LABEL}|translated by|dịch)\b`, 'iu');

/** A credit closing on the word of a paper or its desk rather than a person: "CT News", "Newswire Staff", "NP Wire". */
const STAFF_CREDIT = /\s(?:News|Staff|Desk|Online|Newswire|Wire|Agency|Press)$/u;
/** Such a credit naming the paper itself, "CT News", "Delta Online". */
export const PAPER_CREDIT = /\s(?:News|Online)$/u;

/**
 * The author byline, from the header (under the title) or the end of the article, or a byline with a degree above the title
 * (a paper's writer stands over its title).
 */
export function findAuthor(
  headerLines: readonly string[],
  creditLines: readonly string[],
  outlets: readonly Outlet[] = [],
  aboveTitle: readonly string[] = [],
  lead = '',
  opening: readonly string[] = [],
): string | null {
  // an agency's credit over a wire's dateline ("NEWSWIRE" / "HANOI - …") names no writer
  const agency = agencyOverDateline(headerLines, lead);
  const candidates = [...creditLines].reverse().concat(
    headerLines.filter((line) => line !== agency),
    aboveTitle.filter((line) => DEGREE_BYLINE.test(line)),
    // and a paper's authors, their affiliations' footnote marks glued on: "Trần Thị Hoa1", "- Authors: Nguyen T.H.1, Le L.1"
    aboveTitle.filter((line) => FOOTNOTED_NAMES.test(line)).map((line) => line.replace(/^-\s*/u, '').replace(FOOTNOTE_MARK, '')),
    // a byline labelled as one among the text's first paragraphs, under a headline printed again: "Tác giả: ThS …, Vụ …"
    opening.filter(isAuthorLabelled),
    // or signed with its reading time, under a headline printed again: "Lan Anh • 4 min read"
    opening.filter((line) => SIGNED_WITH_READING_TIME.test(line)),
  );
  const outletForms = outletFoldKeys(outlets);
  // the name the lead's marker gives, "(Business Weekly) - …": the paper's own, printed under the headline too
  const marker = leadMarker(lead);
  for (const line of candidates) {
    if (marker && foldKey(line) === foldKey(marker)) continue;
    const byTheo = /^theo\s+(.{3,48}?)\s*\/\s*\S.{0,40}$/iu.exec(line)?.[1]; // "Theo Hải Minh /HNP": the author, then the outlet
    if (byTheo && isBylineLike(byTheo)) return byTheo;
    if (isSourceCredit(line) || DESK_CREDIT.test(line) || NOT_THE_WRITER.test(line)) continue;
    // an agency or outlet credit ("NNS", "(TTXQG/Metro+)", with the city it files from: "NNS (Hanoi)") is not a byline
    if (
      line
        .replace(BUREAU_SUFFIX, '')
        .replace(/[()]/g, '')
        .split(/[/,]/)
        .every((part) => outletForms.has(foldKey(part)))
    )
      continue;
    const withSource = bylineWithSource(line, outlets)?.name;
    if (withSource) return withSource;
    // "Minh Anh - 08:30, 12/09/2023", "VINH ANH 08/02/2023 06:11", "Mỹ Dung - 18:17, 25/07/2023"
    const withDate = /^(.{3,48}?)\s*(?:[-|–,]\s*)?\d{1,2}[:/h]/u.exec(line);
    const text = (withDate ? withDate[1] : line).replace(/\s+[-–]\s+(?:P\.?V\.?|PV|Sở .{2,40}|[\p{Lu}.]{2,6})$/u, '');
    const name = bylineName(text);
    // a signature closes on a name or an initial; a full stop after a word closes a sentence ("To Read Full Story Login Below.");
    // a staff credit, "CT News", "Newswire Staff", names the paper or its desk, not a person
    if (name && !/\p{Ll}{2}\.$/u.test(name) && !STAFF_CREDIT.test(name)) return name;
  }
  return null;
}
