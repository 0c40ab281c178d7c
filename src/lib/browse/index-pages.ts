/** The section indexes: officials by office, topics, outlets and years, each with article counts. */
import { t, type MessageKey } from '../../i18n/index.ts';
import type { Language } from '../../schemas/article.ts';
import { articleDate, officialIds, outletIds, rankIds, topicIds, yearCounts, yearOf, type YearCount } from './grouping.ts';
import { latestTitle } from './official-titles.ts';
import { collectionLd, pagedList, type BrowseContext, type Route } from './listing.ts';
import { officialLink, officialName, outletLink, topicLabel, topicLink, type LinkedCount } from './links.ts';
import { OFFICE_GROUPS, officeGroup } from './offices.ts';
import { monthLinks } from './period-pages.ts';
import type { Pager } from './pagination.ts';
import { href, routePath, UNDATED_SLUG } from '../site/routes.ts';
import { localiseTitle } from '../archive/titles.ts';

type Json = Record<string, unknown>;

export type IndexSection = 'officials' | 'topics' | 'outlets';

export interface IndexGroup {
  heading: MessageKey | null;
  items: LinkedCount[];
}

/**
 * One page (of `pager`) of a section's entries. Officials come in groups by office, a group
 * that runs over a page break heading both pages; topics and outlets in one group without a heading.
 */
export interface SectionIndexPage {
  section: IndexSection;
  lang: Language;
  switchTo: string;
  total: number;
  pager: Pager | null;
  groups: IndexGroup[];
  ld: Json[];
}

/** The archive by year and month. */
export interface YearsIndexPage {
  lang: Language;
  years: { year: LinkedCount; months: LinkedCount[] }[];
  undated: LinkedCount | null;
  chart: YearCount[];
  ld: Json[];
}

/** An index entry with the heading of the group it belongs to. */
interface Entry {
  heading: MessageKey | null;
  link: LinkedCount;
}

/** Entries in order, as runs of the same heading: one group per run. */
export function groupRuns(entries: readonly Entry[]): IndexGroup[] {
  const groups: IndexGroup[] = [];
  for (const { heading, link } of entries) {
    const last = groups.at(-1);
    if (last && last.heading === heading) last.items.push(link);
    else groups.push({ heading, items: [link] });
  }
  return groups;
}

/** The pages of a section index: the first at the section's URL, the others under its page segment. */
function pagedIndex(lang: Language, section: IndexSection, entries: readonly Entry[]): Route<SectionIndexPage>[] {
  const name = t(lang, `index.${section}` as MessageKey);
  return pagedList(lang, section, () => undefined, entries).map(({ path, url, switchTo, pager, items }) => {
    const ld = collectionLd(
      lang,
      url,
      items.map((entry) => entry.link),
      name,
      null,
      null,
    );
    return {
      params: { lang, path },
      props: { page: { section, lang, switchTo, total: entries.length, pager, groups: groupRuns(items), ld: [ld] } },
    };
  });
}

const ungrouped = (links: LinkedCount[]): Entry[] => links.map((link) => ({ heading: null, link }));

function officialsIndex(ctx: BrowseContext): Route<SectionIndexPage>[] {
  const { archive, lang } = ctx;
  const officials = rankIds(archive.articles, officialIds, { label: officialName(ctx) }).map(({ id, count }) => {
    const title = latestTitle(archive.articles, id);
    const detail = title === null ? undefined : localiseTitle(title, lang, archive.titleTable);
    return { group: officeGroup(title, archive.officials.get(id)!.foreign), link: { ...officialLink(ctx, id), count, detail } };
  });
  const entries = OFFICE_GROUPS.flatMap((group) =>
    officials.filter((o) => o.group === group).map((o) => ({ heading: `index.group.${group}` as MessageKey, link: o.link })),
  );
  return pagedIndex(lang, 'officials', entries);
}

function topicsIndex(ctx: BrowseContext): Route<SectionIndexPage>[] {
  const { archive, lang } = ctx;
  const topics = rankIds(archive.articles, topicIds, { label: topicLabel(ctx) }).map(({ id, count }) => ({
    ...topicLink(ctx, id),
    count,
    detail: { text: archive.topics.get(id)!.description[lang], lang },
  }));
  return pagedIndex(lang, 'topics', ungrouped(topics));
}

/** An outlet's site as its index line, or none for an outlet whose site is not known. */
const site = (text: string | undefined, lang: Language) => (text ? { text, lang } : undefined);

function outletsIndex(ctx: BrowseContext): Route<SectionIndexPage>[] {
  const { archive, lang } = ctx;
  const label = (id: string) => outletLink(ctx, id).label.text;
  const ranked = rankIds(archive.articles, outletIds, { label });
  const outlets = ranked.map(({ id, count }) => ({ ...outletLink(ctx, id), count, detail: site(archive.outlets.get(id)!.site, lang) }));
  return pagedIndex(lang, 'outlets', ungrouped(outlets));
}

export function yearsIndexPages(ctx: BrowseContext): Route<YearsIndexPage>[] {
  const { archive, lang } = ctx;
  const years = [...new Set(archive.articles.map(yearOf).filter((y): y is string => y !== null))].map((year) => {
    const inYear = archive.articles.filter((a) => yearOf(a) === year);
    return { year: { url: href(lang, 'years', year), label: { text: year, lang }, count: inYear.length }, months: monthLinks(ctx, inYear) };
  });
  const undatedCount = archive.articles.filter((a) => !articleDate(a)).length;
  const undated =
    undatedCount > 0
      ? { url: href(lang, 'years', UNDATED_SLUG[lang]), label: { text: t(lang, 'year.undated'), lang }, count: undatedCount }
      : null;
  const ld = collectionLd(
    lang,
    href(lang, 'years'),
    years.map((y) => y.year),
    t(lang, 'index.years'),
    null,
    null,
  );
  return [
    {
      params: { lang, path: routePath(lang, 'years') },
      props: { page: { lang, years, undated, chart: yearCounts(archive.articles), ld: [ld] } },
    },
  ];
}

/** The indexes of officials, topics and outlets. */
export function sectionIndexPages(ctx: BrowseContext): Route<SectionIndexPage>[] {
  return [...officialsIndex(ctx), ...topicsIndex(ctx), ...outletsIndex(ctx)];
}
