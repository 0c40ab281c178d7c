/**
 * The data layer pages ask: loads the collections once per build and turns them into the
 * view models pages render. Grouping and pairing logic stays in the pure modules it calls.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { DateKind, Language } from '../../schemas/article.ts';
import type { Official, Outlet, Topic } from '../../schemas/registries.ts';
import { pairArticles, sortNewestFirst, versionFor, hasVersionIn, type ArchivedArticle, type ArticleVersion } from './articles.ts';
import { localiseTitle, type LocalisedText, type TitleTable } from './titles.ts';
import { href } from '../site/routes.ts';
import { annotationsOf, type Correction } from './annotations.ts';
import { kindOf } from './date-kinds.ts';

export interface Archive {
  articles: ArchivedArticle[];
  entries: Map<string, CollectionEntry<'articles'>>;
  officials: Map<string, Official>;
  topics: Map<string, Topic>;
  outlets: Map<string, Outlet>;
  titleTable: TitleTable;
}

let cached: Promise<Archive> | undefined;

async function load(): Promise<Archive> {
  const [entries, officials, topics, outlets, titles, places] = await Promise.all([
    getCollection('articles'),
    getCollection('officials'),
    getCollection('topics'),
    getCollection('outlets'),
    getCollection('titles'),
    getCollection('places'),
  ]);
  return {
    articles: sortNewestFirst(pairArticles(entries)),
    entries: new Map(entries.map((e) => [e.id, e])),
    officials: new Map(officials.map((o) => [o.id, o.data])),
    topics: new Map(topics.map((t) => [t.id, t.data])),
    outlets: new Map(outlets.map((o) => [o.id, o.data])),
    titleTable: { titles: titles.map((t) => t.data), places: places.map((p) => p.data) },
  };
}

/** The archive, loaded once per build. */
export function loadArchive(): Promise<Archive> {
  cached ??= load();
  return cached;
}

export interface OutletView {
  id: string;
  name: string;
  /** The outlet's domain, when known (a proposed outlet may have none). */
  site: string | null;
  /** The outlet's page in the archive. */
  url: string;
}

export interface ArticleView {
  slug: string;
  lang: Language;
  version: ArticleVersion;
  entry: CollectionEntry<'articles'>;
  title: LocalisedText;
  summary: string | null;
  originalTitle: LocalisedText;
  date: string | null;
  dateInferred: boolean;
  /** What the date is: the publication date, an update date, or the date of the event the lead reports. */
  dateKind: DateKind;
  outlet: OutletView | null;
  originalOutlet: OutletView | null;
  author: string | null;
  sourceUrl: string | null;
  officials: { id: string; name: string; ascii: string; title: LocalisedText; url: string }[];
  topics: { id: string; label: string; url: string }[];
  raw: { path: string; sha256: string } | null;
  importedAt: string | null;
  url: string;
  /** The page in the other language, when both pages are real versions (a fallback page has none: it is not a version in its language). */
  counterpart: { lang: Language; url: string } | null;
  /** Corrections the shown text records (<Correction>), listed after it. */
  corrections: Correction[];
}

function outletView(archive: Archive, id: string | null | undefined, lang: Language): OutletView | null {
  const outlet = id ? archive.outlets.get(id) : undefined;
  if (!outlet || !id) return null;
  return {
    id,
    name: lang === 'en' && outlet.nameEn ? outlet.nameEn : outlet.name,
    site: outlet.site ?? null,
    url: href(lang, 'outlets', id),
  };
}

/** Everything an article page or a list item shows, in the page's language. */
export function articleView(archive: Archive, article: ArchivedArticle, lang: Language): ArticleView {
  const version = versionFor(article, lang);
  const meta = article.original.data;
  const other: Language = lang === 'vi' ? 'en' : 'vi';
  const originalLang = meta.language;
  return {
    slug: article.slug,
    lang,
    version,
    entry: archive.entries.get(version.file.id)!,
    title: { text: version.file.data.title, lang: version.file.data.language },
    summary: version.file.data.summary ?? null,
    originalTitle: { text: meta.title, lang: originalLang },
    date: meta.date ?? null,
    dateInferred: meta.dateInferred ?? false,
    dateKind: kindOf(meta.dateKind),
    outlet: outletView(archive, meta.outlet, lang),
    originalOutlet: outletView(archive, meta.originalOutlet, lang),
    author: meta.author ?? null,
    sourceUrl: meta.sourceUrl ?? null,
    officials: (meta.officials ?? []).map((ref) => {
      const official = archive.officials.get(ref.id)!;
      return {
        id: ref.id,
        name: official.name,
        ascii: official.ascii,
        title: localiseTitle(ref.title, lang, archive.titleTable),
        url: href(lang, 'officials', ref.id),
      };
    }),
    topics: (meta.topics ?? []).map((id) => ({ id, label: archive.topics.get(id)!.label[lang], url: href(lang, 'topics', id) })),
    raw: meta.raw ?? null,
    importedAt: meta.importedAt ?? null,
    url: href(lang, 'articles', article.slug),
    counterpart:
      hasVersionIn(article, lang) && hasVersionIn(article, other) ? { lang: other, url: href(other, 'articles', article.slug) } : null,
    corrections: annotationsOf(version.file.body).corrections,
  };
}
