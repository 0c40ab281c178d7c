/** How a copy names the outlet it comes from: a credit, a wire's dateline, "Theo X:", "X news agency reported", a bureau's credit. */
import type { Outlet } from '../schemas/registries.ts';
import { AGENCY, isBylineLike } from './credits.ts';
import { WIRE_BRACKETED_DATE, isDateLine } from './date-lines.ts';
import { TITLE_HEAD } from './title-heads.ts';
import { registryOutlet } from './outlet-refs.ts';

/**
 * The outlet a credit names: "MetroNet/TBKTMN" → the part the registry knows, "Hải Minh /HNP" →
 * the part after the author's name.
 */
export function creditOutlet(named: string, outlets: readonly Outlet[], language: string): string {
  const parts = named.split(/\s*\/\s*/).filter(Boolean);
  if (parts.length < 2) return named;
  const registered = parts.find((part) => registryOutlet(part, outlets, language));
  if (registered) return registered;
  return parts[0]!.includes(' ') && isBylineLike(parts[0]!) ? parts.at(-1)! : named;
}

/**
 * A wire's dateline opening a copied story: "HANOI (Newswire) – …", "KUNMING, Nov. 7 (Wirenet) -- …",
 * "HANOI, April 6. /NPA/. …": a place in capitals, perhaps its country in square brackets and a date, and the agency; a site
 * carrying the wire may put its own name and the date in the brackets: "WASHINGTON (CityPoint News / Wirenet - 18th November,
 * 2022) …", "Hanoi [Vietnam], November 9 (NPA/NRVWORLD): …".
 */
const WIRE_DATELINE = new RegExp(
  String.raw`^\p{Lu}[\p{L} .'-]{1,30}(?:\s*\[[^\]\n]{2,20}\])?(?:,[^()/\n]{3,20}?)?\s*(?:\((?:(${AGENCY})\s*\/\s*)?(${AGENCY})(?:\)\s*(?:[-–—]{1,2}|:)|${WIRE_BRACKETED_DATE})\s|\/(${AGENCY})\/\.?\s)`,
  'u',
);

/**
 * The agency a copied story's dateline names (in its first paragraphs: a photo's caption may come first), and the site's own
 * name when the dateline gives it before the agency's. (A closing credit, "… – Newswire", is taken off the text as a credit line.)
 */
export function wireCredit(opening: readonly string[]): { agency?: string; own?: string; placed?: string } {
  // a place written in capitals marks a wire's copy; one in lower case, "Hanoi (NNA) –", is as often the page's own marker, unless
  // the brackets name the carrying site and its source apart ("Hanoi [Vietnam], November 9 (NPA/NRVWORLD):")
  const datelines = opening.map((p) => WIRE_DATELINE.exec(p)).filter((m): m is RegExpExecArray => m !== null);
  const isWire = (m: RegExpExecArray) => m[1] !== undefined || !/\p{Ll}/u.test(m[0].slice(0, m[0].search(/[[(,/]/u)));
  const dateline = datelines.find(isWire);
  const placed = datelines.find((m) => !isWire(m));
  // group 3 is the date in the brackets
  return { agency: dateline?.[2] ?? dateline?.[4], own: dateline?.[1], placed: placed?.[2] ?? placed?.[4] };
}

/**
 * A copy saying which agency it reports after, in its first paragraphs: "…, Wirenet news agency reported, citing …", "Kestrel news
 * agency quoted the minister as saying …"; a nationality, "the Vietnamese news agency reported", names none (an agency's own name in
 * capitals, "National News Agency reported", is left to the registry).
 */
export const AGENCY_REPORTED =
  /(?<![\p{L}])(?!The\s)(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+){0,2})(?<!ese|ian|an|ish)\s+news agency\s+(?:reported|said|quoted)(?![\p{L}])/u;

/**
 * A copy naming its source after a reporting verb that closes a sentence: "…, were also discussed, reports City Tribune.",
 * "…, writes Market Asia." (a report in small letters, "…, reports said.", names none).
 */
export const SOURCE_REPORTS = /,\s(?:reports|reported|writes)\s(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+){0,3})\.(?:\s|$)/u;

/**
 * An interview's sapo naming the paper that holds it: "Báo Công Nghiệp trao đổi với đồng chí …", "Tạp chí X đã có cuộc phỏng vấn
 * với …": the paper whose interview the page carries (a reporter, "Phóng viên trao đổi với …", names no paper).
 */
export const INTERVIEWING_PAPER =
  /(?:^|[.!?]\s+)((?:Báo|Tạp chí|Đài)\s\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*){0,3})\s(?:đã\s)?(?:có cuộc\s)?(?:trao đổi|phỏng vấn|trò chuyện)\svới(?![\p{L}])/u;

/** A lead opening on "Theo" and a capitalised name closed by a colon, not an office's holder. */
export const LEAD_ATTRIBUTION = new RegExp(String.raw`^Theo\s+(?!${TITLE_HEAD}(?![\p{L}]))(\p{Lu}[^,:.;]{1,40}?)\s*:\s`, 'u');

/** A bureau's place in brackets after an outlet's name: "(Hanoi)", "(Ho Chi Minh City)". */
const BUREAU_PLACE = String.raw`\(\p{Lu}[\p{L} .'-]{1,30}\)`;
/** An outlet's name and its bureau's place in brackets, on a line of their own: "NNS (Hanoi)", "Wirenet (Beijing)". */
export const BUREAU_CREDIT = new RegExp(String.raw`^(\S.{1,30}?)\s+${BUREAU_PLACE}$`, 'u');
/** The bureau's place closing a credit, to compare what is left with the outlets. */
export const BUREAU_SUFFIX = new RegExp(String.raw`(?<=\S)\s*${BUREAU_PLACE}$`, 'u');

/** A closing date line naming the source after slashes: "Tuesday June 26, 2012/ European Commission/ European Union." */
export function datedSource(line: string): string | undefined {
  const [first, source] = line.split(/\s*\/\s+/u);
  return source && isDateLine(line) && isDateLine(first!) ? source.replace(/\.$/u, '') : undefined;
}

/**
 * A date line under the headline with the copied story's source glued after it, one word in small letters: "Thu, 28 July 2016
 * ppp", "Thursday, August 20, 2020, 10:32 GMT+7 citynews" (a clock's or a zone's word, "10:32 gmt", "3 days ago", is the date's).
 */
const GLUED_SOURCE = /^(.{6,80}?\d)\s+([a-z]{3,20})$/u;
const DATE_WORD = /^(?:gmt|utc|ict|ago|hrs|est|edt|pst|pdt|cet|cest|bst|ist|jst|kst|sec|min|mins|hours?|days?)$/u;
export function gluedDateSource(line: string): string | undefined {
  const glued = GLUED_SOURCE.exec(line);
  return glued && !DATE_WORD.test(glued[2]!) && isDateLine(glued[1]!) ? glued[2] : undefined;
}

/**
 * An address alone in brackets closing a copy, "(http://hiephoi.com.vn)", "(www.example.org/news/123)": where the text comes
 * from, as "Nguồn: <address>" says (an address inside a sentence, or a line with words beside it, is no credit).
 */
const BRACKETED_ADDRESS = /^\(((?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?)\)\.?$/iu;
export const bracketedAddress = (line: string): string | undefined => BRACKETED_ADDRESS.exec(line)?.[1];

/**
 * An aggregator's line for the source of the item it carries: the source's name twice (its logo's alt text and its name) and the
 * item's age, "Báo Công Nghiệp Báo Công Nghiệp 75 ngày", "Market Asia Market Asia 3 hours ago" (a name once, "Báo Công Nghiệp 75 ngày",
 * says nothing of a logo and is left alone).
 */
const AGGREGATOR_SOURCE =
  /^(?=.{0,100}$)(\p{Lu}.{2,40}?) \1 \d{1,3} (?:giây|phút|giờ|ngày|tuần|tháng|năm|seconds?|minutes?|hours?|days?|weeks?|months?|years?)(?: trước| ago)?$/u;
export const aggregatorSource = (line: string): string | undefined => AGGREGATOR_SOURCE.exec(line)?.[1];

/** A place written in capitals, as a dateline gives it: "HANOI", "HÀ NỘI", "HCM CITY". */
export const CAPITALS_PLACE = String.raw`\p{Lu}[\p{Lu} .]{1,30}`;
/** A place in capitals and a dash opening a lead, "HANOI - Vietnam is …", "TOKYO — …": a wire's dateline, or a paper's marker. */
export const CAPITALS_DATELINE = String.raw`${CAPITALS_PLACE}\s[-–—]{1,2}`;
const LEAD_CAPITALS_DATELINE = new RegExp(String.raw`^${CAPITALS_DATELINE}\s`, 'u');
/** One word in capitals on a line of its own: "NEWSWIRE", "KESTREL", "NPA" (initials with stops, "T.ĐẠT", or a reporter's "PV" are bylines). */
const AGENCY_WORD = /^\p{Lu}{3,12}$/u;

/**
 * An agency's credit under the headline over a lead opening on a place in capitals and a dash ("NEWSWIRE" / "HANOI - Vietnam is …"):
 * the wire whose copy the page carries; its dateline's place is no outlet's marker and its credit no writer's name.
 */
export function agencyOverDateline(headerLines: readonly string[], lead: string): string | undefined {
  if (!LEAD_CAPITALS_DATELINE.test(lead)) return undefined;
  return headerLines.find((line) => AGENCY_WORD.test(line) && !lead.startsWith(line));
}
