/** Who published the page and what it copies: the outlet, from what the page says of itself, and a copy's original outlet. */
import type { Outlet } from '../schemas/registries.ts';
import { DESK_CREDIT, creditName, isBylineLike, isSourceCredit } from './credits.ts';
import { leadMarker } from './page-lines.ts';
import type { SelfNames } from './self-names.ts';
import { domainOf, knownOutlet, proposedOutlet, registryOutlet, resolveOutlet, type OutletRef } from './outlet-refs.ts';
import {
  AGENCY_REPORTED,
  BUREAU_CREDIT,
  CAPITALS_PLACE,
  INTERVIEWING_PAPER,
  LEAD_ATTRIBUTION,
  SOURCE_REPORTS,
  agencyOverDateline,
  bracketedAddress,
  creditOutlet,
  datedSource,
  gluedDateSource,
  wireCredit,
} from './copy-sources.ts';
import { PAPER_CREDIT, bylineWithSource } from './bylines.ts';

export interface Provenance {
  outlet: OutletRef | null;
  originalOutlet: OutletRef | null;
}

/**
 * A place opening the lead as a dateline, not an outlet's marker: a name in brackets with no dash after it, "(Mường La) Thực
 * hiện …", "(Ha Long) The province …", or a place in capitals before an em dash or a double hyphen, "HANOI — The …", as English
 * wires write it (a marker takes a hyphen or an en dash: "CTO - ", "MDO – ").
 */
const PLACE_DATELINE = new RegExp(
  String.raw`^\((?!Báo |Tạp chí |Đài )\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}\)\s+(?![-–—])|^${CAPITALS_PLACE}\s(?:—|--)\s`,
  'u',
);

/**
 * A dateline whose place is written in lower case, then its date and one name in brackets: "Havana, Apr 15 (Prensa Sur)
 * Cuba …", "Manila, 3 March (MNA) The …": an agency's or paper's own marker on its own site, as "(QXO) -" is (a copy names its
 * source after a place in capitals, "HANOI, May 3 (Wirenet) --"; an abbreviation explained, "Prime Minister (PM) Tan", has no date).
 */
const OWN_DATELINE = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}.]*){0,3},\s[^()/\n]{3,20}?\s*\(([^()/]{2,24})\)\s*[-–—:]?\s+(?=\p{Lu})/u;
/**
 * One word in capitals before a hyphen or an en dash opening an English lead, read as a place when it reads as a word, five
 * letters or more and two vowels among them: "SINGAPORE - Singapore and Vietnam …", "ASTANA – Kazakh …" (a paper's initials,
 * "HNP - ", "BTTPO - ", "CTR - ", "MDO – ", have one vowel or none).
 */
const PLACE_WORD = /^(?=(?:[^AEIOUY\s]*[AEIOUY]){2})[A-Z]{5,14}\s+[-–]\s/u;
const isPlaceDateline = (lead: string, language: string, outlets: readonly Outlet[]): boolean =>
  PLACE_DATELINE.test(lead) ||
  // (a word the registry knows as an outlet's marker, "NRVWORLD – ", is the marker)
  (language === 'en' && PLACE_WORD.test(lead) && registryOutlet(leadMarker(lead) ?? '', outlets, language) === undefined);
/**
 * A place in capitals closed by a full stop, then the agency's name in capitals and a dash: "ASTANA. NEWSAGENCY – …", as agencies
 * write their own dateline; the name after the place is the marker (a place alone before the dash, "ASTANA – ", names none).
 */
const PLACE_THEN_MARKER = /^\p{Lu}{3,20}(?: \p{Lu}{2,20})?\.\s+(\p{Lu}[\p{Lu}&+]{1,19}(?: \p{Lu}[\p{Lu}&+]{1,19})?)\s+[-–—]\s/u;
const datelineMarker = (lead: string): string | undefined => OWN_DATELINE.exec(lead)?.[1]!.trim() ?? PLACE_THEN_MARKER.exec(lead)?.[1];

/**
 * A paper's initials and a colon opening a Vietnamese lead, "DNTM: Bộ Thương mại Mỹ …", as "CTO - " opens one; not a label, the
 * reporter's "PV:", the editor's note "LTS:", a table's unit "ĐVT:" (an English lead's "PESHAWAR: …" is a dateline's place).
 */
const COLON_MARKER = /^(?!(?:PV|LTS|BBT|ĐVT|DVT):)(\p{Lu}{2,8}):\s+(?=\p{Lu})/u;
const colonMarker = (lead: string, language: string): string | undefined => (language === 'vi' ? COLON_MARKER.exec(lead)?.[1] : undefined);

/** A news agency, by the name the registry gives it ("Thông tấn xã Quốc gia", "National News Agency"): a wire others carry. */
const isNewsAgency = (o: Outlet | undefined): boolean =>
  o !== undefined && (/^thông tấn xã(?!\p{L})/iu.test(o.name) || /\bnews agency$/iu.test(o.nameEn ?? ''));

/** Whether the page's chrome gives it a name of its own, or a masthead naming an outlet the registry knows. */
const namesItself = (self: SelfNames, outlets: readonly Outlet[], language: string): boolean =>
  self.names.length > 0 || self.hints.some((hint) => registryOutlet(hint, outlets, language) !== undefined);

/**
 * Decides the publishing and the original outlet from everything the page says about them: the outlet from a copyright line, the
 * masthead, a lead marker such as "(QXO) -", a widget or notice naming it, its domain or the page's address; the original outlet
 * from what a republished copy says of its source ("Theo NRV", "Nguồn: …", "Source: …").
 */
export function findProvenance(
  input: {
    lead: string;
    /** The article's paragraphs: items opening on sources of their own ("(NPA) -") are a review of several outlets. */
    paragraphs?: readonly string[];
    titleMarker?: string;
    /** Date lines and bylines under the headline. */
    headerLines?: readonly string[];
    creditLines: string[];
    sourceNames: string[];
    self: SelfNames;
    language: string;
    sourceUrl?: string;
  },
  outlets: readonly Outlet[],
): Provenance {
  // of several credits, the one naming a known outlet or an address: "(theo Cục Lễ tân Nhà nước)" names who gave the facts
  const credits = input.creditLines.filter(isSourceCredit);
  const credit =
    credits.find((line) => domainOf(creditName(line)) || registryOutlet(creditName(line), outlets, input.language)) ?? credits[0];
  // a copy's "Source link" (a link's label) says the page is a copy without naming what of: a name has a capital or is a domain
  const creditNamed = credit ? creditName(credit) : undefined;
  const unnamedSource = creditNamed !== undefined && !/\p{Lu}/u.test(creditNamed) && !domainOf(creditNamed);
  const named =
    (credit ? (unnamedSource ? undefined : creditNamed) : input.sourceNames[0]) ??
    input.creditLines.map((line) => bylineWithSource(line, outlets)?.outlet ?? datedSource(line) ?? bracketedAddress(line)).find(Boolean);
  // a desk's credit closing the story names the outlet that wrote it: the page's own, unless the page says it is a copy
  const desk = [...input.creditLines, ...(input.paragraphs ?? []).slice(-3)].map((line) => DESK_CREDIT.exec(line)?.[1]).find(Boolean);
  // a copy telling where it comes from as it opens: "According to National News Agency, …", "Theo TTXQG, …" in one of its first
  // paragraphs (an outlet the registry knows: "according to the ministry" is no outlet)
  const leadSource =
    [input.lead, ...(input.paragraphs ?? []).slice(0, 2)]
      .map((p) => /^(?:according to|theo)\s+([^,]{2,40}),/iu.exec(p)?.[1])
      .find((cited) => cited && registryOutlet(cited, outlets, input.language)) ??
    // "Theo Hãng tin Kestrel: …", a name and a colon opening the lead, is a wire's attribution, whatever the registry knows (not an
    // official's words: "Theo Bộ trưởng …:")
    LEAD_ATTRIBUTION.exec(input.lead)?.[1];
  const wire = wireCredit([input.lead, ...(input.paragraphs ?? []).slice(0, 3)]);
  const reportedBy =
    (input.paragraphs ?? [input.lead])
      .slice(0, 3)
      .map((p) => AGENCY_REPORTED.exec(p)?.[1])
      .find(Boolean) ?? (input.paragraphs ?? []).map((p) => SOURCE_REPORTS.exec(p)?.[1]).find(Boolean);
  // a known outlet's credit with its bureau under the headline, "NNS (Hanoi)", "NNA (Paris)": where the story comes from
  const bureau = (input.headerLines ?? [])
    .map((line) => BUREAU_CREDIT.exec(line)?.[1])
    .find((cited) => cited && registryOutlet(cited, outlets, input.language));
  // or the source's name glued in small letters to the copy's date line, "Thu, 28 July 2016 ppp"
  const gluedSource = (input.headerLines ?? []).map(gluedDateSource).find(Boolean);
  // a press review's items each open on their source's marker, "(Market Asia ) -", "(NPA) -": none of them is the page's
  const itemSources = new Set(
    (input.paragraphs ?? []).map((p) => (/^\([^()]+\)\s*[-–—]\s/u.test(p) ? leadMarker(p) : undefined)).filter(Boolean),
  );
  // a place in brackets opening the lead, "(Mường La) Thực hiện …", is where the story happens, as a dateline says; a marker's day
  // and month, "(TNC 23.8)", are not its name
  // and an agency's credit under the headline over "HANOI - …" makes the capitals a wire's dateline
  const agency = agencyOverDateline(input.headerLines ?? [], input.lead);
  const ownMarker =
    itemSources.size > 1 || agency || isPlaceDateline(input.lead, input.language, outlets)
      ? undefined
      : (leadMarker(input.lead) ?? datelineMarker(input.lead) ?? colonMarker(input.lead, input.language));
  const leadMark = ownMarker?.replace(/\s+\d{1,2}[./-]\d{1,2}$/u, '') ?? input.titleMarker;
  // the page's address or its copyright line settles which site it is; other hints are searched in order
  const ownDomain = (input.sourceUrl ? domainOf(input.sourceUrl) : null) ?? input.self.copyrightDomain ?? null;
  // a news agency's marker, "(NNA) …", "Accra (NNA) – …", on a page that names no outlet of its own: the page carries the
  // agency's story (an agency's own pages and its papers name themselves)
  // or its bare credit closing the text, "NNA" on a line of its own
  const agencyCredit = input.creditLines.find((line) => /^\S{2,12}$/u.test(line));
  const agencyMark = [leadMark, wire.placed, agencyCredit].find((m) => m && isNewsAgency(registryOutlet(m, outlets, input.language)));
  const carried = agencyMark && !ownDomain && !namesItself(input.self, outlets, input.language) ? agencyMark : undefined;
  const marker = carried ? undefined : leadMark;
  const source = named
    ? creditOutlet(named, outlets, input.language)
    : (leadSource ??
      wire.agency ??
      agency ??
      carried ??
      reportedBy ??
      bureau ??
      gluedSource ??
      (unnamedSource ? desk : undefined) ??
      // the paper an interview's sapo says holds it, "Báo Công Nghiệp trao đổi với …", on a page that names no outlet of its own
      (marker || ownDomain || namesItself(input.self, outlets, input.language) || input.self.domains.length
        ? undefined
        : INTERVIEWING_PAPER.exec(input.paragraphs?.[0] ?? input.lead)?.[1]));
  const markerDomain = marker ? domainOf(marker) : null;
  const hints = ownDomain
    ? [ownDomain]
    : [...input.self.names, ...input.self.hints, marker, ...input.self.domains].filter((h): h is string => Boolean(h));
  const registered = hints.map((hint) => registryOutlet(hint, outlets, input.language)).find((o) => o !== undefined);
  let outlet: OutletRef | null = registered ? knownOutlet(registered) : null;
  const site = ownDomain ?? markerDomain ?? input.self.domains[0] ?? null;
  // a paper's staff credit under the headline, "CT News", names it when nothing else does
  const staff = input.headerLines?.find((line) => PAPER_CREDIT.test(line) && isBylineLike(line));
  const name = input.self.names[0] ?? marker ?? site ?? wire.own ?? (credit ? undefined : desk) ?? staff;
  if (!outlet && name) outlet = proposedOutlet(name, site, [marker ?? '', site ?? '']);
  let originalOutlet = source ? resolveOutlet(source, outlets, input.language) : null;
  // "Nguồn tin: X" with nothing else said is how portals sign their own pieces; "Source: X" or
  // "Nguồn: X" names where a copy comes from, and the publisher stays blank (and flagged)
  if (!outlet && originalOutlet && credit && /^nguồn tin\b/iu.test(credit)) {
    outlet = originalOutlet;
    originalOutlet = null;
  }
  if (outlet && originalOutlet && outlet.id === originalOutlet.id) originalOutlet = null;
  return { outlet, originalOutlet };
}
