/**
 * The archive as open data for researchers: articles (JSON and CSV), officials, topics and quotations (JSON).
 * Built from the same content as the pages; the README describes every field.
 */
import type { Archive } from '../archive/collections.ts';
import type { ArchivedArticle } from '../archive/articles.ts';
import { groupByKeys, officialIds, topicIds } from '../browse/grouping.ts';
import { latestTitle, titlePeriods } from '../browse/official-titles.ts';
import { officeGroup } from '../browse/offices.ts';
import { absoluteUrl, assetHref, href, type Section } from '../site/routes.ts';
import { localiseTitle } from '../archive/titles.ts';
import { annotationsOf } from '../archive/annotations.ts';

type Data = Pick<Archive, 'articles' | 'officials' | 'topics' | 'outlets' | 'titleTable'>;

const urls = (section: Section, slug: string) => ({
  vi: absoluteUrl(href('vi', section, slug)),
  en: absoluteUrl(href('en', section, slug)),
});

/** The English form of a title, or null when the titles registry cannot translate it. */
function englishTitle(data: Data, title: string): string | null {
  const english = localiseTitle(title, 'en', data.titleTable);
  return english.lang === 'en' ? english.text : null;
}

function outletRecord(data: Data, id: string | null | undefined) {
  const outlet = id ? data.outlets.get(id) : undefined;
  return outlet ? { id: outlet.id, name: outlet.name, nameEn: outlet.nameEn ?? null, site: outlet.site ?? null } : null;
}

export function articleRecord(data: Data, article: ArchivedArticle) {
  const m = article.original.data;
  const tr = article.translation?.data;
  return {
    slug: article.slug,
    language: m.language,
    title: m.title,
    date: m.date ?? null,
    datePrecision: m.datePrecision ?? null,
    dateInferred: m.dateInferred ?? false,
    dateKind: m.dateKind ?? 'published',
    dateNote: m.dateNote ?? null,
    outlet: outletRecord(data, m.outlet),
    originalOutlet: outletRecord(data, m.originalOutlet),
    author: m.author ?? null,
    sourceUrl: m.sourceUrl ?? null,
    officials: (m.officials ?? []).map((ref) => ({
      id: ref.id,
      name: data.officials.get(ref.id)!.name,
      title: ref.title,
      titleEn: englishTitle(data, ref.title),
    })),
    topics: m.topics ?? [],
    translation: tr
      ? {
          language: tr.language,
          title: tr.title,
          summary: tr.summary ?? null,
          translator: tr.translator ?? null,
          kind: tr.translationKind ?? null,
        }
      : null,
    urls: urls('articles', article.slug),
    raw: m.raw ? { url: absoluteUrl(assetHref(m.raw.path)), sha256: m.raw.sha256 } : null,
    importedAt: m.importedAt ?? null,
  };
}

export const articlesJson = (data: Data) => data.articles.map((article) => articleRecord(data, article));

/** Every quotation the texts attribute to an official (<Quote>), originals and translations, newest first. */
export const quotesJson = (data: Data) =>
  data.articles.flatMap((article) =>
    [article.original, article.translation].flatMap((file) =>
      annotationsOf(file?.body).quotations.map((quote) => ({
        official: quote.official,
        officialName: data.officials.get(quote.official)?.name ?? null,
        text: quote.text,
        language: file!.data.language,
        article: article.slug,
        date: article.original.data.date ?? null,
        url: absoluteUrl(`${href(file!.data.language, 'articles', article.slug)}${quote.anchor ? `#${quote.anchor}` : ''}`),
      })),
    ),
  );

/** Each entry of a registry with the articles naming it (`keysOf`), newest first. */
function withArticles<E extends { id: string }>(data: Data, registry: Map<string, E>, keysOf: (article: ArchivedArticle) => string[]) {
  const byId = groupByKeys(data.articles, keysOf);
  return [...registry.values()].map((entry) => [entry, byId.get(entry.id) ?? []] as const);
}

/** An entry's articles by slug, and its pages, which exist only when it has articles. */
const listed = (section: Section, id: string, articles: readonly ArchivedArticle[]) => ({
  articles: articles.map((a) => a.slug),
  urls: articles.length > 0 ? urls(section, id) : null,
});

export const officialsJson = (data: Data) =>
  withArticles(data, data.officials, officialIds).map(([{ id, name, ascii, aliases, foreign, status }, articles]) => ({
    id,
    name,
    ascii,
    aliases,
    foreign,
    status,
    office: articles.length > 0 ? officeGroup(latestTitle(articles, id), foreign) : null,
    articleCount: articles.length,
    titles: titlePeriods(articles, id).map((p) => ({ ...p, titleEn: englishTitle(data, p.title) })),
    ...listed('officials', id, articles),
  }));

export const topicsJson = (data: Data) =>
  withArticles(data, data.topics, topicIds).map(([{ id, label, description }, articles]) => ({
    id,
    label,
    description,
    articleCount: articles.length,
    ...listed('topics', id, articles),
  }));

/**
 * RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. A text a spreadsheet
 * would run as a formula (starting with = + - @, a tab or a carriage return) gets a leading ', as OWASP
 * advises against CSV injection: titles and names come from scraped pages.
 */
const csvField = (value: string | number | boolean | null) => {
  const text = value === null ? '' : String(value).replace(/^[=+\-@\t\r]/, "'$&");
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export const CSV_COLUMNS = [
  'slug',
  'language',
  'date',
  'date_precision',
  'date_inferred',
  'title',
  'translated_title',
  'outlet',
  'outlet_name',
  'original_outlet',
  'author',
  'source_url',
  'officials',
  'official_titles',
  'topics',
  'url_vi',
  'url_en',
  'raw_url',
  'sha256',
] as const;

/**
 * One row per article; lists are joined with "; " in the same order in `officials` and `official_titles`.
 * A byte order mark leads, without which Excel reads the UTF-8 as a legacy code page and garbles Vietnamese.
 */
export function articlesCsv(data: Data): string {
  const rows = articlesJson(data).map((r) => [
    r.slug,
    r.language,
    r.date,
    r.datePrecision,
    r.dateInferred,
    r.title,
    r.translation?.title ?? null,
    r.outlet?.id ?? null,
    r.outlet?.name ?? null,
    r.originalOutlet?.id ?? null,
    r.author,
    r.sourceUrl,
    r.officials.map((o) => o.id).join('; '),
    r.officials.map((o) => o.title).join('; '),
    r.topics.join('; '),
    r.urls.vi,
    r.urls.en,
    r.raw?.url ?? null,
    r.raw?.sha256 ?? null,
  ]);
  return `\uFEFF${[CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
