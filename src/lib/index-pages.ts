/** The section indexes: officials by office, topics, outlets and years, each with article counts. */
import { t, type MessageKey } from '../i18n/index.ts';
import type { Language } from '../schemas/article.ts';
import { articleDate, latestTitle, officialIds, outletIds, rankIds, topicIds, yearCounts, yearOf, type YearCount } from './browse.ts';
import { collectionLd, officialLink, officialName, outletLink, topicLabel, topicLink, type BrowseContext, type LinkedCount, type Route } from './listing.ts';
import { OFFICE_GROUPS, officeGroup } from './offices.ts';
import { monthLinks } from './period-pages.ts';
import { href, routePath, UNDATED_SLUG, type Section } from './routes.ts';
import { localiseTitle } from './titles.ts';

type Json = Record<string, unknown>;

export type IndexSection = 'officials' | 'topics' | 'outlets';

export type IndexPage =
  /** Officials come in groups by office; topics and outlets in one group without a heading. */
  | { kind: 'index'; section: IndexSection; lang: Language; groups: { heading: MessageKey | null; items: LinkedCount[] }[]; ld: Json[] }
  | { kind: 'years'; lang: Language; years: { year: LinkedCount; months: LinkedCount[] }[]; undated: LinkedCount | null; chart: YearCount[]; ld: Json[] };

/** An index page before its JSON-LD is added (distributes over the union's members). */
type Unlinked<T> = T extends unknown ? Omit<T, 'ld'> : never;

function route(lang: Language, section: Section, items: { url: string }[], page: Unlinked<IndexPage>): Route<IndexPage> {
  const ld = collectionLd(lang, href(lang, section), items, t(lang, `index.${section}` as MessageKey), null, null);
  return { params: { lang, path: routePath(lang, section) }, props: { page: { ...page, ld: [ld] } as IndexPage } };
}

const single = (section: IndexSection, lang: Language, items: LinkedCount[]) =>
  route(lang, section, items, { kind: 'index', section, lang, groups: [{ heading: null, items }] });

function officialsIndex(ctx: BrowseContext): Route<IndexPage> {
  const { archive, lang } = ctx;
  const officials = rankIds(archive.articles, officialIds, { label: officialName(ctx) }).map(({ id, count }) => {
    const title = latestTitle(archive.articles, id);
    const detail = title === null ? undefined : localiseTitle(title, lang, archive.titleTable);
    return { group: officeGroup(title, archive.officials.get(id)!.foreign), link: { ...officialLink(ctx, id), count, detail } };
  });
  const groups = OFFICE_GROUPS.map((group) => ({ heading: `index.group.${group}` as MessageKey, items: officials.filter((o) => o.group === group).map((o) => o.link) }));
  const page = { kind: 'index' as const, section: 'officials' as const, lang, groups: groups.filter((g) => g.items.length > 0) };
  return route(lang, 'officials', officials.map((o) => o.link), page);
}

function topicsIndex(ctx: BrowseContext): Route<IndexPage> {
  const { archive, lang } = ctx;
  const topics = rankIds(archive.articles, topicIds, { label: topicLabel(ctx) }).map(({ id, count }) => ({
    ...topicLink(ctx, id), count, detail: { text: archive.topics.get(id)!.description[lang], lang },
  }));
  return single('topics', lang, topics);
}

function outletsIndex(ctx: BrowseContext): Route<IndexPage> {
  const { archive, lang } = ctx;
  const label = (id: string) => outletLink(ctx, id).label.text;
  const ranked = rankIds(archive.articles, outletIds, { label });
  const outlets = ranked.map(({ id, count }) => ({ ...outletLink(ctx, id), count, detail: { text: archive.outlets.get(id)!.site, lang } }));
  return single('outlets', lang, outlets);
}

function yearsIndex(ctx: BrowseContext): Route<IndexPage> {
  const { archive, lang } = ctx;
  const years = [...new Set(archive.articles.map(yearOf).filter((y): y is string => y !== null))].map((year) => {
    const inYear = archive.articles.filter((a) => yearOf(a) === year);
    return { year: { url: href(lang, 'years', year), label: { text: year, lang }, count: inYear.length }, months: monthLinks(ctx, inYear) };
  });
  const undatedCount = archive.articles.filter((a) => !articleDate(a)).length;
  const undated = undatedCount > 0 ? { url: href(lang, 'years', UNDATED_SLUG[lang]), label: { text: t(lang, 'year.undated'), lang }, count: undatedCount } : null;
  const page = { kind: 'years' as const, lang, years, undated, chart: yearCounts(archive.articles) };
  return route(lang, 'years', years.map((y) => y.year), page);
}

export function indexPages(ctx: BrowseContext): Route<IndexPage>[] {
  return [officialsIndex(ctx), topicsIndex(ctx), outletsIndex(ctx), yearsIndex(ctx)];
}
