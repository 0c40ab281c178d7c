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

/** Finds the registry outlet a name, marker or domain refers to; otherwise proposes one. */
export function resolveOutlet(named: string, outlets: readonly Outlet[]): OutletRef {
  const key = foldKey(named);
  const domain = domainOf(named);
  const hit = outlets.find(
    (o) => (domain && (o.site === domain || domain.endsWith(`.${o.site}`))) || foldKey(o.name) === key || o.markers.some((m) => foldKey(m) === key),
  );
  if (hit) return { id: hit.id, name: hit.name, site: hit.site, known: true };
  const site = domain;
  const id = slugify(site ? site.replace(/\.(?:com|net|org|gov|edu)?\.?vn$|\.(?:com|net|org)$/, '') : named, 40);
  return { id, name: named.trim(), site, known: false };
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
  input: { lead: string; creditLines: string[]; widgetOutlets: string[]; sourceUrl?: string },
  outlets: readonly Outlet[],
): Provenance {
  const credit = input.creditLines.find(isSourceCredit);
  const creditName = credit?.replace(/^(?:theo|nguồn tin|nguồn|source|according to)\s*:?\s*/iu, '').replace(/\.$/, '');
  const creditIsSource = credit ? !/^(?:theo|according to)\b/iu.test(credit) : false;
  const marker = leadMarker(input.lead);
  const publisherHint = input.sourceUrl ?? input.widgetOutlets[0] ?? marker;
  let outlet = publisherHint ? resolveOutlet(publisherHint, outlets) : null;
  let originalOutlet = creditName ? resolveOutlet(creditName, outlets) : null;
  // "Nguồn tin: X" with nothing else said: the page is X's own copy.
  if (!outlet && originalOutlet && creditIsSource) {
    outlet = originalOutlet;
    originalOutlet = null;
  }
  if (outlet && originalOutlet && outlet.id === originalOutlet.id) originalOutlet = null;
  return { outlet, originalOutlet };
}

/** The author byline, from the header (under the title) or the end of the article. */
export function findAuthor(headerLines: readonly string[], creditLines: readonly string[]): string | null {
  const candidates = [...creditLines].reverse().concat(headerLines);
  for (const line of candidates) {
    if (isSourceCredit(line) || /^(?:ảnh|photo|nguồn ảnh)\s*:/iu.test(line)) continue;
    const withDate = /^(.{3,48}?)\s*[-|–,]\s*\d{1,2}[:/h]/u.exec(line);
    const text = withDate ? withDate[1] : line;
    if (isBylineLike(text)) return text.replace(/^(?:by|bài(?:,? ảnh)?|tác giả)\s*:?\s+/iu, '').trim();
  }
  return null;
}
