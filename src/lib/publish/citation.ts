/**
 * How to cite an archived article: a reference in the page's language naming both titles, and
 * the same facts as BibTeX and CSL-JSON for reference managers. Readers copy them as plain text.
 */
import type { DateKind, Language } from '../../schemas/article.ts';
import { t } from '../../i18n/index.ts';
import { formatPartialDate } from '../text/dates.ts';
import { capitalised } from '../text/strings.ts';
import { pageDate } from '../archive/date-kinds.ts';
import type { LocalisedText } from '../archive/titles.ts';

export interface CitationInput {
  slug: string;
  author: string | null;
  /** The title as the outlet published it, in its language. */
  title: LocalisedText;
  /** The title of the translation, when there is one. */
  translatedTitle: LocalisedText | null;
  /** Who published it, in the page's language: the outlet, or "via <original>, republished by <site>". */
  attribution: string | null;
  /** The outlet whose page was archived (the republishing site of a copy), when known. */
  outlet: string | null;
  /** For a republished copy: the outlet that first published it. */
  originalOutlet: string | null;
  date: string | null;
  /** Only a publication or update date is the article's own; an event date is cited as such. */
  dateKind: DateKind;
  archivedAt: string | null;
  /** Absolute URL of the archived page being cited. */
  url: string;
}

const quoted = (text: string) => `“${text}”`;

/** "21 January 2022"; "updated 20 December 2024"; "n.d.; event of 29 July 2021". */
function citedDate(c: CitationInput, lang: Language): string {
  const date = formatPartialDate(c.date, lang);
  if (!date) return t(lang, 'cite.undated');
  if (c.dateKind === 'published') return date;
  return t(lang, c.dateKind === 'updated' ? 'cite.updated' : 'cite.event', { date });
}

/** The reference as text runs, each with its language so a page can mark the ones not in its own. */
export function referenceParts(c: CitationInput, lang: Language): LocalisedText[] {
  const parts: LocalisedText[] = [];
  const text = (value: string) => parts.push({ text: value, lang });
  if (c.author) {
    parts.push({ text: c.author, lang: c.title.lang });
    text('. ');
  }
  parts.push({ text: quoted(c.title.text), lang: c.title.lang });
  if (c.translatedTitle) {
    text(` [${t(lang, c.translatedTitle.lang === 'vi' ? 'cite.titleVi' : 'cite.titleEn')}: `);
    parts.push({ text: quoted(c.translatedTitle.text), lang: c.translatedTitle.lang });
    text(']');
  }
  // (a sentence of its own: a republished copy's "via …" opens with a capital; "n.d." takes no second full stop)
  const where = capitalised([c.attribution, citedDate(c, lang)].filter(Boolean).join(', '));
  const archived = c.archivedAt ? `, ${t(lang, 'cite.archived', { date: formatPartialDate(c.archivedAt, lang)! })}` : '';
  text(`. ${where}${where.endsWith('.') ? '' : '.'} ${t(lang, 'site.name')}${archived}. ${c.url}`);
  return parts;
}

/** How BibTeX (LaTeX) writes each of its special characters as text. */
const BIBTEX_ESCAPES: Record<string, string> = { '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };

/** BibTeX's special characters, escaped so a title with "&" or "%" compiles; in one pass, so no escape is escaped again. */
function escapeBibtex(value: string): string {
  return value.replace(/[\\{}&%$#_~^]/g, (char) => BIBTEX_ESCAPES[char] ?? `\\${char}`);
}

function note(c: CitationInput, lang: Language): string | null {
  if (!c.translatedTitle) return null;
  return `${t(lang, c.translatedTitle.lang === 'vi' ? 'cite.titleVi' : 'cite.titleEn')}: ${c.translatedTitle.text}`;
}

/** A BibTeX @misc entry (the widest supported type); the author is braced so the name is not reordered. */
export function bibtex(c: CitationInput, lang: Language): string {
  const translated = note(c, lang);
  const own = pageDate(c.date, c.dateKind);
  const fields: [string, string | null][] = [
    ['author', c.author && `{${escapeBibtex(c.author)}}`],
    ['title', escapeBibtex(c.title.text)],
    ['howpublished', c.attribution && escapeBibtex(c.attribution)],
    ['year', own?.slice(0, 4) ?? null],
    ['date', own],
    ['eventdate', c.dateKind === 'event' ? c.date : null],
    ['language', c.title.lang === 'vi' ? 'vietnamese' : 'english'],
    ['note', translated && escapeBibtex(translated)],
    ['organization', escapeBibtex(t(lang, 'site.name'))],
    ['url', c.url],
    ['urldate', c.archivedAt],
  ];
  const body = fields.filter(([, value]) => value).map(([key, value]) => `  ${key} = {${value}}`);
  return `@misc{${c.slug},\n${body.join(',\n')}\n}`;
}

const dateParts = (date: string) => ({ 'date-parts': [date.split('-').map(Number)] });

/** CSL-JSON (the format Zotero and citeproc read), as a one-item array. */
export function cslJson(c: CitationInput, lang: Language): string {
  const translated = note(c, lang);
  const own = pageDate(c.date, c.dateKind);
  const item = {
    id: c.slug,
    type: 'article-newspaper',
    title: c.title.text,
    language: c.title.lang,
    ...(c.author && { author: [{ literal: c.author }] }),
    ...(c.outlet && { 'container-title': c.outlet }),
    ...(c.originalOutlet && { 'original-publisher': c.originalOutlet }),
    ...(own && { issued: dateParts(own) }),
    ...(c.dateKind === 'event' && c.date && { 'event-date': dateParts(c.date) }),
    ...(translated && { note: translated }),
    archive: t(lang, 'site.name'),
    URL: c.url,
    ...(c.archivedAt && { accessed: dateParts(c.archivedAt) }),
  };
  return JSON.stringify([item], null, 2);
}
