/**
 * schema.org JSON-LD for search engines and citation tools: NewsArticle for article pages,
 * Person for officials, CollectionPage for the pages that list articles. Plain objects from
 * plain data; URLs are absolute.
 */
import type { DateKind, Language } from '../../schemas/article.ts';

type Json = Record<string, unknown>;
export interface Named {
  name: string;
  url?: string;
}

const CONTEXT = 'https://schema.org';

/** Drops empty fields so the output carries only what the archive knows. */
function compact(object: Json): Json {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)),
  );
}

export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string | null;
  /** The language of the text this page shows. */
  inLanguage: Language;
  /** The article's date and what it is: published, updated, or the event the lead reports. */
  date: { value: string | null; kind: DateKind };
  /** Who published it, in words: the outlet, or "via <original>, republished by <site>". */
  credit: string | null;
  author: string | null;
  publisher: Named | null;
  /** The outlet a republished copy names as its source. */
  sourceOrganization: Named | null;
  /** On a translation: the original it translates. */
  translationOf: { url: string; headline: string; inLanguage: Language } | null;
  /** On an original: its translation, when there is one. */
  translation: { url: string; headline: string; inLanguage: Language } | null;
  translator: string | null;
  officials: Named[];
  topics: string[];
  archive: Named;
}

const organization = (named: Named | null) => named && { '@type': 'Organization', name: named.name, url: named.url };
const work = (w: { url: string; headline: string; inLanguage: Language } | null) =>
  w && { '@type': 'NewsArticle', '@id': w.url, url: w.url, headline: w.headline, inLanguage: w.inLanguage };

export function newsArticleLd(a: NewsArticleInput): Json {
  return compact({
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': a.url,
    url: a.url,
    mainEntityOfPage: a.url,
    headline: a.headline,
    description: a.description,
    inLanguage: a.inLanguage,
    datePublished: a.date.kind === 'published' ? a.date.value : null,
    dateModified: a.date.kind === 'updated' ? a.date.value : null,
    // schema.org's "the specific time described by a creative work": the event the lead reports.
    contentReferenceTime: a.date.kind === 'event' ? a.date.value : null,
    creditText: a.credit,
    author: a.author && { '@type': 'Person', name: a.author },
    publisher: organization(a.publisher),
    sourceOrganization: organization(a.sourceOrganization),
    translationOfWork: work(a.translationOf),
    workTranslation: work(a.translation),
    translator: a.translator && { '@type': 'Organization', name: a.translator },
    mentions: a.officials.map((o) => ({ '@type': 'Person', name: o.name, url: o.url })),
    about: a.topics.map((name) => ({ '@type': 'Thing', name })),
    isPartOf: { '@type': 'WebSite', name: a.archive.name, url: a.archive.url },
  });
}

export interface PersonInput {
  url: string;
  name: string;
  alternateName: string | null;
  jobTitle: string | null;
}

export function personLd(p: PersonInput): Json {
  return compact({
    '@context': CONTEXT,
    '@type': 'Person',
    '@id': `${p.url}#person`,
    url: p.url,
    name: p.name,
    alternateName: p.alternateName !== p.name ? p.alternateName : null,
    jobTitle: p.jobTitle,
  });
}

export interface CollectionInput {
  url: string;
  name: string;
  description: string | null;
  inLanguage: Language;
  /** What the page collects: a person's `@id`, or a named subject. */
  about: { id: string } | { name: string } | null;
  items: string[];
  archive: Named;
}

export function collectionPageLd(c: CollectionInput): Json {
  const about = c.about && ('id' in c.about ? { '@id': c.about.id } : { '@type': 'Thing', name: c.about.name });
  return compact({
    '@context': CONTEXT,
    '@type': 'CollectionPage',
    '@id': c.url,
    url: c.url,
    name: c.name,
    description: c.description,
    inLanguage: c.inLanguage,
    about,
    isPartOf: { '@type': 'WebSite', name: c.archive.name, url: c.archive.url },
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: c.items.length,
      itemListElement: c.items.map((url, i) => ({ '@type': 'ListItem', position: i + 1, url })),
    },
  });
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export const ldScript = (data: Json | Json[]) => JSON.stringify(data).replace(/</g, '\\u003c');
