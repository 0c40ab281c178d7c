/** An outlet as a page names it: the registry's, or one proposed under the page's name, with a site only when the page shows one. */
import type { Outlet } from '../schemas/registries.ts';
import { foldKey, slugify } from '../lib/text/strings.ts';

/** An outlet as the text names it, resolved against the registry when possible. */
export interface OutletRef {
  /** Registry id, or a proposed id for an outlet the registry lacks. */
  id: string;
  name: string;
  site: string | null;
  known: boolean;
  /** How the page named it (a marker, a domain): a proposal's markers. */
  markers: string[];
}

const DOMAIN = /(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/\s]|$)/i;

export function domainOf(text: string): string | null {
  const m = DOMAIN.exec(text.trim());
  return m ? m[1].toLowerCase() : null;
}

/** Name forms compared loosely: "BÁO CÔNG NGHIỆP ĐIỆN TỬ" ~ "Báo Công Nghiệp", "Metro Plus" ~ "MetroPlus". */
function looseKey(name: string): string {
  return foldKey(name.replace(/[^\p{L}\p{N}.&+\s-]/gu, ' '))
    .replace(/^(?:bao|the|tap chi|cong thong tin dien tu)\s+/, '')
    .replace(/\s+(?:dien tu|online|news|newspaper)$/, '')
    .replace(/[\s.-]+/g, '');
}

/** Each outlet's name forms as `foldKey` and `looseKey` write them, worked out once per registry (pages ask for many hints). */
const formKeys = new WeakMap<readonly Outlet[], { exact: ReadonlySet<string>; loose: ReadonlySet<string> }[]>();
function outletFormKeys(outlets: readonly Outlet[]): { exact: ReadonlySet<string>; loose: ReadonlySet<string> }[] {
  let keys = formKeys.get(outlets);
  if (!keys) {
    keys = outlets.map((o) => {
      const forms = [o.name, o.nameEn ?? '', ...o.markers].filter(Boolean);
      return { exact: new Set(forms.map(foldKey)), loose: new Set(forms.map(looseKey)) };
    });
    formKeys.set(outlets, keys);
  }
  return keys;
}

/** Every outlet's name forms as `foldKey` writes them, in one set: whether a credit names any outlet at all. */
const anyFormKeys = new WeakMap<readonly Outlet[], ReadonlySet<string>>();
export function outletFoldKeys(outlets: readonly Outlet[]): ReadonlySet<string> {
  if (!anyFormKeys.has(outlets)) anyFormKeys.set(outlets, new Set(outletFormKeys(outlets).flatMap((keys) => [...keys.exact])));
  return anyFormKeys.get(outlets)!;
}

/** The registry outlet a name, marker or domain refers to, preferring the article's language. */
export function registryOutlet(named: string, outlets: readonly Outlet[], language?: string): Outlet | undefined {
  const key = foldKey(named);
  const loose = looseKey(named);
  const domain = domainOf(named);
  const domainKey = domain === null ? null : foldKey(domain);
  const keys = outletFormKeys(outlets);
  const matches = outlets.filter(
    (o, i) =>
      (domain && o.site && (o.site === domain || domain.endsWith(`.${o.site}`))) ||
      keys[i]!.exact.has(key) ||
      // a domain written with "www." or a scheme is the marker's domain: "www.baotinh.vn" ~ "Baotinh.vn"
      (domainKey !== null && keys[i]!.exact.has(domainKey)) ||
      (loose.length > 2 && keys[i]!.loose.has(loose)),
  );
  const bySite = domain ? matches.find((o) => o.site === domain) : undefined;
  return bySite ?? matches.find((o) => o.language === language) ?? matches[0];
}

export const knownOutlet = (o: Outlet): OutletRef => ({ id: o.id, name: o.name, site: o.site ?? null, known: true, markers: [] });

/** A proposal for an outlet the registry lacks: its readable name, the site only when given. */
export function proposedOutlet(name: string, site: string | null, markers: readonly string[]): OutletRef {
  const id = slugify(site ? site.replace(/\.(?:com|net|org|gov|edu)?\.?vn$|\.(?:com|net|org)$/, '') : name, 40) || 'outlet';
  return { id, name: name.trim(), site, known: false, markers: [...new Set(markers.filter(Boolean))] };
}

/** Finds the registry outlet a name, marker or domain refers to; otherwise proposes one under that name. */
export function resolveOutlet(named: string, outlets: readonly Outlet[], language?: string): OutletRef {
  const hit = registryOutlet(named, outlets, language);
  if (hit) return knownOutlet(hit);
  const domain = domainOf(named);
  // an address names its site, not the outlet: the domain is the readable name until a person gives one
  return proposedOutlet(domain ?? named, domain, [domain ?? named]);
}
