/**
 * Frontmatter of an article file in `content/articles/<lang>/<slug>.mdx`.
 * An original carries the metadata extracted from its raw text; a translation carries its own
 * title and summary and points at the original at the same relative path in the other language.
 */
import { z } from 'astro/zod';
import { unknownIdMessage } from '../lib/archive/registry-files.ts';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What an article's date is: the page's publication or update date, or the date of the event its lead reports. */
export const DATE_KINDS = ['published', 'updated', 'event'] as const;
export type DateKind = (typeof DATE_KINDS)[number];

/** Ids the references are checked against. */
export interface KnownIds {
  officials: readonly string[];
  topics: readonly string[];
  outlets: readonly string[];
}

/** A date as written: YYYY, YYYY-MM or YYYY-MM-DD (year, month and day captured). */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** YAML reads an unquoted 2022-01-21 as a date; an archivist may write it either way. */
const dateText = (message: string) =>
  z.preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
    z.string().regex(PARTIAL_DATE, message),
  );

const PRECISION_BY_LENGTH: Record<number, string> = { 4: 'year', 7: 'month', 10: 'day' };

function knownId(kind: string, known: readonly string[]) {
  const set = new Set(known);
  return z.string().superRefine((id, ctx) => {
    if (!set.has(id)) ctx.addIssue({ code: 'custom', message: unknownIdMessage(kind, id, known) });
  });
}

/** A list that names each id once: a second mention would be counted twice on every page. */
function eachOnce<T>(kind: string, idOf: (item: T) => string) {
  return (items: T[], ctx: z.core.$RefinementCtx<T[]>) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const id = idOf(item);
      if (seen.has(id))
        ctx.addIssue({ code: 'custom', path: [index], message: `${kind} "${id}" is listed twice; remove the second entry` });
      seen.add(id);
    });
  };
}

/** Builds the article schema for a given set of registry ids. */
export function articleSchema(known: KnownIds) {
  return z
    .object({
      title: z.string().min(1),
      /** A short summary in the file's language (required on translations). */
      summary: z.string().optional(),
      language: z.enum(LANGUAGES),
      /** Set on a translation: the slug of the original, which lives at the same path in the other language. */
      translationOf: z.string().optional(),
      translator: z.string().optional(),
      translationKind: z.enum(['unofficial', 'official']).optional(),
      translatedAt: dateText('translatedAt is "YYYY-MM-DD"').optional(),

      /** Publication date as precise as the text allows: YYYY-MM-DD, YYYY-MM or YYYY; null when unknown. */
      date: dateText('date is "YYYY-MM-DD", "YYYY-MM" or "YYYY", or null').nullable().optional(),
      datePrecision: z.enum(['day', 'month', 'year']).nullable().optional(),
      /** True when part of the date (e.g. the year) came from the article's context, not a date line. */
      dateInferred: z.boolean().optional(),
      /** What the date is: the page's publication or update date, or the date of the event its lead reports. */
      dateKind: z.enum(DATE_KINDS).nullable().optional(),
      /** The words of the text the date was read from, or why there is none. */
      dateNote: z.string().optional(),
      outlet: knownId('outlet', known.outlets).nullable().optional(),
      originalOutlet: knownId('outlet', known.outlets).nullable().optional(),
      author: z.string().nullable().optional(),
      sourceUrl: z
        .url({ protocol: /^https?$/, message: 'sourceUrl is an http(s) address such as "https://…", or null' })
        .nullable()
        .optional(),
      /** Officials named in the article with the title the article gives them. */
      officials: z
        .array(z.object({ id: knownId('official', known.officials), title: z.string() }))
        .superRefine(eachOnce('official', (official) => official.id))
        .optional(),
      topics: z
        .array(knownId('topic', known.topics))
        .superRefine(eachOnce('topic', (id) => id))
        .optional(),
      /** The kept raw text (path relative to the content folder) and its sha256. */
      raw: z.object({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
      importedAt: dateText('importedAt is "YYYY-MM-DD"').optional(),
      /** Fields the importer left blank or guessed ("title", "date", "outlet", "author", "official:<id>", …), until a person clears them. */
      needsReview: z.array(z.string()).optional(),
    })
    .superRefine((data, ctx) => {
      const missing = (field: string, why: string) =>
        ctx.addIssue({ code: 'custom', path: [field], message: `${field} is required ${why}` });
      if (data.translationOf !== undefined) {
        if (!data.summary) missing('summary', 'on a translation');
        if (!data.translator) missing('translator', 'on a translation');
        return;
      }
      for (const field of ['date', 'datePrecision', 'dateInferred', 'officials', 'topics', 'raw', 'importedAt'] as const) {
        if (data[field] === undefined) missing(field, 'on an original (use null for an unknown date or outlet)');
      }
      if (data.outlet === undefined) missing('outlet', 'on an original (null when the page does not say)');
      const expected = data.date ? PRECISION_BY_LENGTH[data.date.length] : null;
      if (data.datePrecision !== undefined && (data.datePrecision ?? null) !== (expected ?? null)) {
        ctx.addIssue({
          code: 'custom',
          path: ['datePrecision'],
          message: `datePrecision "${data.datePrecision}" does not match date "${data.date}" (expected ${expected ?? 'null'})`,
        });
      }
    });
}

export type ArticleFrontmatter = z.infer<ReturnType<typeof articleSchema>>;
