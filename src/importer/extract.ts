/**
 * The importer's pure core: raw bytes + registries → an article record (or the reasons there is
 * none). Nothing here touches the file system, so every step can be tested on its own.
 */
import { createHash } from 'node:crypto';
import type { Official, Outlet, Place, Topic } from '../schemas/registries.ts';
import { asciiFold, foldKey, slugify } from '../lib/text/strings.ts';
import { decodeRaw, normaliseText } from './normalise.ts';
import { htmlToText, looksLikeHtml } from './html.ts';
import { isProse, PHOTO_CREDIT } from './page-lines.ts';
import { splitPage } from './structure.ts';
import { notAnArticle } from './non-article.ts';
import { pageSelfNames } from './self-names.ts';
import type { DateKind } from '../schemas/article.ts';
import { extractDate, type DatePrecision } from './dates.ts';
import { findProvenance } from './provenance.ts';
import { findAuthor } from './bylines.ts';
import type { OutletRef } from './outlet-refs.ts';
import { proposeQuotes, type QuoteProposal } from './quotes.ts';
import { findOfficials } from './officials.ts';
import { assignTopics } from './topics.ts';

export interface Registries {
  officials: readonly Official[];
  topics: readonly Topic[];
  outlets: readonly Outlet[];
  places: readonly Place[];
}

export interface OfficialRef {
  id: string;
  name: string;
  title: string;
  foreign: boolean;
  former: boolean;
  /** False when the registry has no entry yet: the import proposes one. */
  known: boolean;
}

export interface ArticleRecord {
  ok: true;
  language: 'vi' | 'en';
  title: string | null;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateInferred: boolean;
  /** What the date is: the page's publication or update date, or the date of the event the lead reports. */
  dateKind: DateKind | null;
  dateNote: string;
  outlet: OutletRef | null;
  originalOutlet: OutletRef | null;
  author: string | null;
  officials: OfficialRef[];
  topics: string[];
  paragraphs: string[];
  sha256: string;
  /** <Quote> proposals around direct quotations whose speaker is plain (quotes.ts); a person confirms them. */
  quotes: QuoteProposal[];
  /**
   * What a person must look at, each a field the importer left blank or guessed: "title", "date",
   * "outlet", "originalOutlet", "author", "official:<id>" (a person the registry does not know),
   * "quotes" (proposed quotations).
   */
  needsReview: string[];
}

export type ImportResult = ArticleRecord | { ok: false; errors: string[]; sha256: string | null };

export interface ExtractOptions {
  /** The import date: publication dates cannot be later. */
  today: Date;
  sourceUrl?: string;
  /** Lines known to be the outlet's chrome (learned from the other pages of a batch): never article text. */
  chrome?: ReadonlySet<string>;
}

const VIETNAMESE_LETTER = /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/iu;
const LETTER = /\p{L}/u;

/** "vi" when the text is written with Vietnamese letters, otherwise "en". */
export function detectLanguage(text: string): 'vi' | 'en' {
  let letters = 0;
  let vietnamese = 0;
  // (counted character by character, the ASCII ones without a pattern: a page's letters listed by a search are many strings)
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if ((code | 32) >= 97 && (code | 32) <= 122) letters++;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i)!);
    i += char.length - 1;
    if (LETTER.test(char)) {
      letters++;
      if (VIETNAMESE_LETTER.test(char)) vietnamese++;
    }
  }
  return letters > 0 && vietnamese / letters > 0.03 ? 'vi' : 'en';
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The registry's officials by every form of their names, folded: built once per registry, not once per page. */
const officialIndexes = new WeakMap<readonly Official[], ReadonlyMap<string, Official>>();
function officialIndex(registry: readonly Official[]): ReadonlyMap<string, Official> {
  if (!officialIndexes.has(registry)) {
    const index = new Map<string, Official>();
    for (const official of registry) {
      for (const form of [official.name, official.ascii, ...official.aliases]) index.set(foldKey(form), official);
    }
    officialIndexes.set(registry, index);
  }
  return officialIndexes.get(registry)!;
}

function resolveOfficials(mentions: ReturnType<typeof findOfficials>, registry: readonly Official[]): OfficialRef[] {
  const index = officialIndex(registry);
  return mentions.map((mention) => {
    const hit = index.get(foldKey(mention.name));
    return {
      id: hit?.id ?? slugify(asciiFold(mention.name), 60),
      name: hit?.name ?? mention.name,
      title: mention.title,
      foreign: hit?.foreign ?? mention.foreign,
      former: mention.former,
      known: hit !== undefined,
    };
  });
}

/** The page's text as the importer reads it: an HTML page as its visible text, normalised. */
function readableText(decoded: string): string {
  return normaliseText(looksLikeHtml(decoded) ? htmlToText(decoded) : decoded);
}

/** The page's lines, trimmed and without blanks, or none when the bytes are not readable text. */
export function pageLines(bytes: Uint8Array): string[] {
  const decoded = decodeRaw(bytes);
  return decoded.ok ? readableText(decoded.text).split('\n').filter(Boolean) : [];
}

/** Extracts an article record from raw bytes. */
export function extractArticle(bytes: Uint8Array, registries: Registries, options: ExtractOptions): ImportResult {
  const decoded = decodeRaw(bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.error], sha256: bytes.length ? sha256(bytes) : null };
  const normalised = readableText(decoded.text);
  if (!normalised.trim()) return { ok: false, errors: ['the file holds only white space'], sha256: sha256(bytes) };
  const { text, pageDate } = storedPageDate(normalised);

  const parts = splitPage(text, options.chrome);
  const reason = notAnArticle(parts, text, pageDate !== undefined);
  if (reason) return { ok: false, errors: [reason], sha256: sha256(bytes) };

  const body = parts.paragraphs.join('\n\n');
  const lead = parts.paragraphs.find(isProse) ?? '';
  const date = extractDate({
    headerLines: parts.headerLines,
    preTitleLines: parts.preTitleLines,
    creditLines: parts.creditLines,
    pageDate,
    lead,
    body,
    today: options.today,
  });
  const language = detectLanguage(body);
  const provenance = findProvenance(
    {
      lead,
      paragraphs: parts.paragraphs,
      titleMarker: parts.titleMarker,
      headerLines: parts.headerLines,
      creditLines: parts.creditLines,
      sourceNames: parts.sourceNames,
      self: pageSelfNames(text, parts),
      language,
      sourceUrl: options.sourceUrl,
    },
    registries.outlets,
  );
  // the headline names officials too (and may be a caption taken for it); read last, so the text's spelling of a name wins;
  // a caption's photo credit names a photographer, glued to the last name at times ("Mark Tattersall- Ảnh Tuấn Hải/…")
  const read = [...parts.paragraphs, ...(parts.title ? [parts.title] : [])].map((text) => text.replace(PHOTO_CREDIT, ''));
  const mentions = findOfficials(read, registries.places, language);
  const outlet = provenance.outlet;
  const officials = resolveOfficials(mentions, registries.officials);
  const quotes = proposeQuotes(
    parts.paragraphs,
    officials.map((ref, i) => ({ id: ref.id, names: [ref.name, mentions[i].name] })),
    language,
  );
  const author = findAuthor(
    parts.headerLines,
    parts.creditLines,
    registries.outlets,
    parts.preTitleLines,
    lead,
    parts.paragraphs.slice(0, 4),
  );
  return {
    ok: true,
    language,
    title: parts.title,
    date: date.date,
    datePrecision: date.precision,
    dateInferred: date.inferred,
    dateKind: date.kind,
    dateNote: date.note,
    outlet,
    originalOutlet: provenance.originalOutlet,
    author,
    officials,
    topics: assignTopics(parts.title ?? '', body, registries.topics),
    paragraphs: parts.paragraphs,
    sha256: sha256(bytes),
    quotes,
    needsReview: [
      // a headline closing on a full stop reads as a caption or a sentence taken for one
      ...(parts.title && !/[^.]\.$/u.test(parts.title) ? [] : ['title']),
      // an event's date, or a year inferred, is not the publication date a record wants
      ...(date.date && date.kind !== 'event' && !date.inferred ? [] : ['date']),
      ...(outlet?.known ? [] : ['outlet']),
      ...(provenance.originalOutlet && !provenance.originalOutlet.known ? ['originalOutlet'] : []),
      ...(author ? [] : ['author']),
      ...officials.filter((o) => !o.known).map((o) => `official:${o.id}`),
      ...(quotes.length ? ['quotes'] : []),
    ],
  };
}

/**
 * A stored copy of a page may open with the date it was stored under (" date 2024-04-12 …") and a
 * press wire's dateline ("VIETNAM, January 31 - "): the date is kept apart, neither is article text.
 */
function storedPageDate(text: string): { text: string; pageDate?: string } {
  const stored = /^\s*date (\d{4}-\d{2}(?:-\d{2})?)\s+(?:[A-Z][A-Z ]{2,}, [A-Z][a-z]+ \d{1,2} -\s*)?/u.exec(text);
  return stored ? { text: text.slice(stored[0].length), pageDate: stored[1] } : { text };
}
