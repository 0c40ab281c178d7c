/**
 * Scoring the importer against hand-checked expectations (tests/fixtures/pages/<case>/expected.json):
 * per page, whether each field came out right. Used by the evaluation command and its test.
 */
import { foldKey } from '../lib/text.ts';

export interface Expected {
  ok: boolean;
  title?: string | null;
  date?: string | null;
  datePrecision?: string | null;
  dateInferred?: boolean;
  outletSite?: string | null;
  originalOutletSite?: string | null;
  author?: string | null;
  officials?: { name: string; title: string; foreign?: boolean }[];
  body?: string[];
}

export const FIELDS = ['rejection', 'title', 'date', 'outlet', 'originalOutlet', 'author', 'officialsFound', 'noStrayOfficials', 'officialTitles', 'boilerplateRemoved', 'keptWhole'] as const;
export type Field = (typeof FIELDS)[number];

/** What the importer said, in the `--json` contract's shape. */
export type Actual = Record<string, any>;

const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The fields judged right or wrong on one page; fields that do not apply are left out. */
export function scorePage(actual: Actual, expected: Expected): Partial<Record<Field, boolean>> {
  const score: Partial<Record<Field, boolean>> = { rejection: actual.ok === expected.ok };
  if (!expected.ok || !actual.ok) return score;
  const body: string[] = String(actual.body ?? '').split('\n\n').map(squash).filter(Boolean);
  const expectedBody = (expected.body ?? []).map(squash);
  const found = new Map<string, { name: string; title: string }>((actual.officials ?? []).map((o: { name: string; title: string }) => [foldKey(o.name), o]));
  const wanted = new Map((expected.officials ?? []).map((o) => [foldKey(o.name), o]));
  return {
    ...score,
    title: (actual.title ?? null) === (expected.title ?? null),
    date: actual.date === expected.date && actual.datePrecision === expected.datePrecision && actual.dateInferred === expected.dateInferred,
    outlet: (actual.outletSite ?? null) === (expected.outletSite ?? null),
    originalOutlet: (actual.originalOutletSite ?? null) === (expected.originalOutletSite ?? null),
    author: (actual.author ?? null) === (expected.author ?? null),
    officialsFound: [...wanted.keys()].every((key) => found.has(key)),
    noStrayOfficials: [...found.keys()].every((key) => wanted.has(key)),
    officialTitles: [...wanted].every(([key, o]) => !found.has(key) || squash(found.get(key)!.title) === squash(o.title)),
    boilerplateRemoved: body.every((p) => expectedBody.includes(p)),
    keptWhole: expectedBody.every((p) => body.includes(p)),
  };
}

/** Share of pages right per field. */
export function accuracy(scores: readonly Partial<Record<Field, boolean>>[]): Record<Field, { right: number; total: number }> {
  const table = Object.fromEntries(FIELDS.map((f) => [f, { right: 0, total: 0 }])) as Record<Field, { right: number; total: number }>;
  for (const score of scores) {
    for (const field of FIELDS) {
      if (score[field] === undefined) continue;
      table[field].total++;
      if (score[field]) table[field].right++;
    }
  }
  return table;
}
