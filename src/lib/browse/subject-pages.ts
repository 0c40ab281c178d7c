/** The listing pages of what articles are about or come from: an official, a topic, an outlet; in one language. */
import type { Language } from '../../schemas/article.ts';
import { groupByKeys, officialIds, outletIds, rankIds, topicIds } from './grouping.ts';
import { latestTitle, titlePeriods } from './official-titles.ts';
import { collectionLd, listings, type BrowseContext, type Listing, type Route } from './listing.ts';
import { linkRanked, officialLink, officialName, outletLink, topicLabel, topicLink, type Link, type LinkedCount } from './links.ts';
import { absoluteUrl, feedHref, href, type Section } from '../site/routes.ts';
import type { ArchivedArticle } from '../archive/articles.ts';
import { personLd } from '../publish/structured-data.ts';
import { quotations, type QuotationView } from './quotations.ts';
import { localiseTitle, type LocalisedText } from '../archive/titles.ts';

type Json = Record<string, unknown>;
const RANK_LIMIT = 10;
/** Quotations listed on an official's first page; all of them are in /data/quotes.json. */
const QUOTATIONS_SHOWN = 20;

export interface TitleSpan {
  title: LocalisedText;
  first: string | null;
  last: string | null;
  count: number;
}

export interface OfficialPage {
  lang: Language;
  id: string;
  listing: Listing;
  name: Link;
  titles: TitleSpan[];
  companions: LinkedCount[];
  topics: LinkedCount[];
  /** The newest quotations attributed to them (first page only), and how many there are in all. */
  quotations: QuotationView[];
  quotationCount: number;
  feed: string;
  ld: Json[];
}

export interface TopicPage {
  lang: Language;
  listing: Listing;
  label: string;
  description: string;
  officials: LinkedCount[];
  related: LinkedCount[];
  feed: string;
  ld: Json[];
}

export interface OutletPage {
  lang: Language;
  listing: Listing;
  name: Link;
  site: string | undefined;
  ld: Json[];
}

const collection = (listing: Listing, name: string, description: string | null, about: { id: string } | { name: string }) =>
  collectionLd(listing.lang, listing.url, listing.articles, name, description, about);

/**
 * The listing pages of each official, topic or outlet the articles name (`keysOf`): `pageOf` reads from
 * its articles, once, what its pages show, and gives back how each page of its listing is made.
 */
function subjectPages<P>(
  ctx: BrowseContext,
  section: Section,
  keysOf: (article: ArchivedArticle) => readonly (string | null)[],
  pageOf: (id: string, articles: ArchivedArticle[]) => (listing: Listing) => P,
): Route<P>[] {
  return [...groupByKeys(ctx.archive.articles, keysOf)].flatMap(([id, articles]) => {
    const page = pageOf(id, articles);
    return listings(ctx, section, () => id, articles).map(({ path, listing }) => ({
      params: { lang: ctx.lang, path },
      props: { page: page(listing) },
    }));
  });
}

export function officialPages(ctx: BrowseContext): Route<OfficialPage>[] {
  const { archive, lang } = ctx;
  return subjectPages(ctx, 'officials', officialIds, (id, articles) => {
    const official = archive.officials.get(id)!;
    const titles = titlePeriods(articles, id).map((p) => ({ ...p, title: localiseTitle(p.title, lang, archive.titleTable) }));
    const current = latestTitle(articles, id);
    const companions = linkRanked(rankIds(articles, officialIds, { label: officialName(ctx), exclude: id, limit: RANK_LIMIT }), (o) =>
      officialLink(ctx, o),
    );
    const topics = linkRanked(rankIds(articles, topicIds, { label: topicLabel(ctx), limit: RANK_LIMIT }), (o) => topicLink(ctx, o));
    const person = personLd({
      url: absoluteUrl(href(lang, 'officials', id)),
      name: official.name,
      alternateName: official.ascii,
      jobTitle: current && localiseTitle(current, lang, archive.titleTable).text,
    });
    const said = quotations(articles, lang).filter((quotation) => quotation.official === id);
    return (listing) => ({
      lang,
      id,
      listing,
      name: officialLink(ctx, id),
      titles,
      companions,
      topics,
      quotations: listing.pager && listing.pager.current > 1 ? [] : said.slice(0, QUOTATIONS_SHOWN),
      quotationCount: said.length,
      feed: feedHref(lang, 'officials', id),
      ld: [person, collection(listing, official.name, null, { id: String(person['@id']) })],
    });
  });
}

export function topicPages(ctx: BrowseContext): Route<TopicPage>[] {
  const { archive, lang } = ctx;
  return subjectPages(ctx, 'topics', topicIds, (id, articles) => {
    const topic = archive.topics.get(id)!;
    const officials = linkRanked(rankIds(articles, officialIds, { label: officialName(ctx), limit: RANK_LIMIT }), (o) =>
      officialLink(ctx, o),
    );
    const related = linkRanked(rankIds(articles, topicIds, { label: topicLabel(ctx), exclude: id, limit: RANK_LIMIT }), (o) =>
      topicLink(ctx, o),
    );
    return (listing) => ({
      lang,
      listing,
      label: topic.label[lang],
      description: topic.description[lang],
      officials,
      related,
      feed: feedHref(lang, 'topics', id),
      ld: [collection(listing, topic.label[lang], topic.description[lang], { name: topic.label[lang] })],
    });
  });
}

export function outletPages(ctx: BrowseContext): Route<OutletPage>[] {
  return subjectPages(ctx, 'outlets', outletIds, (id) => {
    const name = outletLink(ctx, id);
    return (listing) => ({
      lang: ctx.lang,
      listing,
      name,
      site: ctx.archive.outlets.get(id)!.site,
      ld: [collection(listing, name.label.text, null, { name: name.label.text })],
    });
  });
}
