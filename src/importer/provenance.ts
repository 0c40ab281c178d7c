/**
 * Who published the page and who wrote the article: outlet (from the lead marker, a site widget
 * or a source URL), the original outlet of a republished copy ("Theo VOV", "Nguồn: …"), and the
 * author byline. Photo credits are never bylines.
 */
import type { Outlet } from '../schemas/registries.ts';
import { foldKey, slugify } from '../lib/text.ts';
import { isBylineLike, isSourceCredit } from './structure.ts';

/** An outlet as the text names it, resolved against the registry when possible. */
export interface OutletRef {
  /** Registry id, or a proposed id for an outlet the registry lacks. */
  id: string;
  name: string;
  site: string | null;
  known: boolean;
}

const LEAD_MARKER = /^\(([^()]{2,24})\)\s*[-–—]?\s|^([\p{Lu}][\p{L}.&+]{1,24})\s*[-–—]\s/u;

function domainOf(text: string): string | null {
  const m = /(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/\s]|$)/i.exec(text.trim());
  return m ? m[1].toLowerCase() : null;
}

/** Name forms compared loosely: "BÁO LONG AN ĐIỆN TỬ" ~ "Báo Long An", "☰ SGGP English Edition 🔍" ~ "SGGP English Edition". */
function looseKey(name: string): string {
  return foldKey(name.replace(/[^\p{L}\p{N}.&+\s-]/gu, ' '))
    .replace(/^(?:bao|the|tap chi|cong thong tin dien tu)\s+/, '')
    .replace(/\s+(?:dien tu|online|news|newspaper)$/, '');
}

/** Finds the registry outlet a name, marker or domain refers to (preferring the article's language); otherwise proposes one. */
export function resolveOutlet(named: string, outlets: readonly Outlet[], language?: string): OutletRef {
  const key = foldKey(named);
  const loose = looseKey(named);
  const domain = domainOf(named);
  const matches = outlets.filter(
    (o) =>
      (domain && (o.site === domain || domain.endsWith(`.${o.site}`))) ||
      [o.name, o.nameEn ?? '', ...o.markers].some((form) => form && (foldKey(form) === key || (loose.length > 2 && looseKey(form) === loose))),
  );
  const bySite = domain ? matches.find((o) => o.site === domain) : undefined;
  const hit = bySite ?? matches.find((o) => o.language === language) ?? matches[0];
  if (hit) return { id: hit.id, name: hit.name, site: hit.site, known: true };
  const id = slugify(domain ? domain.replace(/\.(?:com|net|org|gov|edu)?\.?vn$|\.(?:com|net|org)$/, '') : named, 40);
  return { id, name: named.trim(), site: domain, known: false };
}

/** The marker opening the lead: "(PLVN) -", "(ABO)", "VOV.VN -", "TCCS -". */
export function leadMarker(lead: string): string | undefined {
  const m = LEAD_MARKER.exec(lead);
  return m ? (m[1] ?? m[2]).trim() : undefined;
}

export interface Provenance {
  outlet: OutletRef | null;
  originalOutlet: OutletRef | null;
}

/** Decides the publishing and the original outlet from everything the page says about them. */
export function findProvenance(
  input: { lead: string; creditLines: string[]; siteNames: string[]; language: string; sourceUrl?: string },
  outlets: readonly Outlet[],
): Provenance {
  const credit = input.creditLines.find(isSourceCredit);
  const creditName = credit?.replace(/^(?:theo|nguồn tin|nguồn|source|according to)\s*:?\s*/iu, '').replace(/\.$/, '');
  const creditIsSource = credit ? !/^(?:theo|according to)\b/iu.test(credit) : false;
  const marker = leadMarker(input.lead);
  const hints = [input.sourceUrl, ...input.siteNames, marker].filter((h): h is string => Boolean(h));
  const resolved = hints.map((hint) => resolveOutlet(hint, outlets, input.language));
  // the strongest hint that names a known outlet or at least a site wins
  let outlet = resolved.find((o) => o.known || o.site) ?? null;
  let originalOutlet = creditName ? resolveOutlet(creditName, outlets, input.language) : null;
  // "Nguồn tin: X" with nothing else said: the page is X's own copy.
  if (!outlet && originalOutlet && creditIsSource) {
    outlet = originalOutlet;
    originalOutlet = null;
  }
  if (outlet && originalOutlet && outlet.id === originalOutlet.id) originalOutlet = null;
  return { outlet, originalOutlet };
}

/** The author byline, from the header (under the title) or the end of the article. */
export function findAuthor(headerLines: readonly string[], creditLines: readonly string[], outlets: readonly Outlet[] = []): string | null {
  const candidates = [...creditLines].reverse().concat(headerLines);
  const outletForms = new Set(outlets.flatMap((o) => [o.name, o.nameEn ?? '', ...o.markers]).filter(Boolean).map(foldKey));
  for (const line of candidates) {
    if (isSourceCredit(line) || /^(?:ảnh|photo|nguồn ảnh)\s*:/iu.test(line)) continue;
    // an agency or outlet credit ("VNS", "(TTXVN/Vietnam+)") is not a byline
    if (line.replace(/[()]/g, '').split(/[/,]/).every((part) => outletForms.has(foldKey(part)))) continue;
    const withDate = /^(.{3,48}?)\s*[-|–,]\s*\d{1,2}[:/h]/u.exec(line);
    const text = withDate ? withDate[1] : line;
    if (isBylineLike(text)) return text.replace(/^(?:by|bài(?:,? ảnh)?|tác giả)\s*:?\s+/iu, '').trim();
  }
  return null;
}
