/** Links to officials, topics and outlets in a page's language, with their article counts. */
import type { Ranked } from './grouping.ts';
import type { BrowseContext } from './listing.ts';
import { href } from '../site/routes.ts';
import type { LocalisedText } from '../archive/titles.ts';

export interface Link {
  url: string;
  label: LocalisedText;
  /** The plain-ASCII form of an official's name, shown on English pages. */
  ascii?: string;
}

export interface LinkedCount extends Link {
  count: number;
  /** A line under the link: an official's current title, a topic's description. */
  detail?: LocalisedText;
}

export function officialLink(ctx: BrowseContext, id: string): Link {
  const official = ctx.archive.officials.get(id)!;
  return {
    url: href(ctx.lang, 'officials', id),
    label: { text: official.name, lang: 'vi' },
    ascii: ctx.lang === 'en' && official.ascii !== official.name ? official.ascii : undefined,
  };
}

export function topicLink(ctx: BrowseContext, id: string): Link {
  return { url: href(ctx.lang, 'topics', id), label: { text: ctx.archive.topics.get(id)!.label[ctx.lang], lang: ctx.lang } };
}

/** An outlet's English name on English pages; a Vietnamese name without one is marked as such. */
export function outletLink(ctx: BrowseContext, id: string): Link {
  const outlet = ctx.archive.outlets.get(id)!;
  const english = ctx.lang === 'en' && outlet.nameEn;
  return {
    url: href(ctx.lang, 'outlets', id),
    label: english ? { text: outlet.nameEn!, lang: 'en' } : { text: outlet.name, lang: outlet.language },
  };
}

/** Ranked ids as links with their counts. */
export const linkRanked = (ranked: Ranked[], link: (id: string) => Link): LinkedCount[] =>
  ranked.map(({ id, count }) => ({ ...link(id), count }));

/** Labels for sorting ties, in the page's language. */
export const officialName = (ctx: BrowseContext) => (id: string) => ctx.archive.officials.get(id)?.name ?? id;
export const topicLabel = (ctx: BrowseContext) => (id: string) => ctx.archive.topics.get(id)?.label[ctx.lang] ?? id;
