/**
 * Scoring the importer against hand-checked expectations (`expected.json` beside each page's
 * `input.txt`): per page, whether each field came out right. Used by the evaluation command and
 * the corpus test, over three sets: the pages written with the importer (tests/fixtures/pages)
 * and the real pages held out from it (tests/fixtures/held-out/dev and test).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldKey } from '../lib/text/strings.ts';

export interface Expected {
  ok: boolean;
  title?: string | null;
  date?: string | null;
  datePrecision?: string | null;
  dateInferred?: boolean;
  /** published | updated | event, or null without a date; not compared where an expectation leaves it out. */
  dateKind?: string | null;
  outletSite?: string | null;
  /** The name the page gives its outlet; compared when no site is expected. */
  outletName?: string | null;
  originalOutletSite?: string | null;
  originalOutletName?: string | null;
  author?: string | null;
  officials?: { name: string; title: string; foreign?: boolean }[];
  body?: string[];
}

export const FIELDS = [
  'rejection',
  'title',
  'date',
  'outlet',
  'originalOutlet',
  'author',
  'officialsFound',
  'noStrayOfficials',
  'officialTitles',
  'boilerplateRemoved',
  'keptWhole',
  'blanksFlagged',
] as const;
export type Field = (typeof FIELDS)[number];

/** What each field means, for the printed table. */
export const FIELD_LABELS: Record<Field, string> = {
  rejection: 'non-articles refused',
  title: 'title',
  date: 'date (kind, precision)',
  outlet: 'outlet',
  originalOutlet: 'original outlet',
  author: 'author',
  officialsFound: 'officials found',
  noStrayOfficials: 'no stray officials',
  officialTitles: 'official titles',
  boilerplateRemoved: 'boilerplate removed',
  keptWhole: 'article kept whole',
  blanksFlagged: 'blanks flagged',
};

/** What the importer said, in the `--json` contract's shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the JSON as printed, each field read as the expectation names it
export type Actual = Record<string, any>;

const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
/** Names compared without case, marks or punctuation: "Báo Dân tộc" ~ "BAO DAN TOC". */
const nameKey = (name: string) => foldKey(name).replace(/[^a-z0-9]/g, '');

/** An outlet is right when its site is, and, where the page names it without a site, its name. */
function outletRight(
  site: unknown,
  name: unknown,
  expectedSite: string | null | undefined,
  expectedName: string | null | undefined,
): boolean {
  if ((site ?? null) !== (expectedSite ?? null)) return false;
  if (expectedSite || expectedName === undefined) return true;
  if (expectedName === null) return name === null || name === undefined;
  return typeof name === 'string' && nameKey(name) === nameKey(expectedName);
}

/** Every blank the importer left, and every value it filled where the page gives none, is in needsReview. */
function blanksFlagged(actual: Actual, expected: Expected): boolean {
  const flagged = new Set<string>(actual.needsReview ?? []);
  const blanks: [string, unknown, unknown][] = [
    ['title', actual.title, expected.title],
    ['date', actual.date, expected.date],
    ['outlet', actual.outlet, expected.outletSite ?? expected.outletName],
    ['author', actual.author, expected.author],
  ];
  return blanks.every(([field, got, wanted]) => flagged.has(field) || (got !== null && got !== undefined && wanted !== null));
}

/** The fields judged right or wrong on one page; fields that do not apply are left out. */
export function scorePage(actual: Actual, expected: Expected): Partial<Record<Field, boolean>> {
  const score: Partial<Record<Field, boolean>> = { rejection: actual.ok === expected.ok };
  if (!expected.ok || !actual.ok) return score;
  const body: string[] = String(actual.body ?? '')
    .split('\n\n')
    .map(squash)
    .filter(Boolean);
  const expectedBody = (expected.body ?? []).map(squash);
  const found = new Map<string, { name: string; title: string }>(
    (actual.officials ?? []).map((o: { name: string; title: string }) => [foldKey(o.name), o]),
  );
  const wanted = new Map((expected.officials ?? []).map((o) => [foldKey(o.name), o]));
  const kindRight = expected.dateKind === undefined || (actual.dateKind ?? null) === expected.dateKind;
  return {
    ...score,
    title: (actual.title ?? null) === (expected.title ?? null),
    date:
      actual.date === expected.date &&
      actual.datePrecision === expected.datePrecision &&
      actual.dateInferred === expected.dateInferred &&
      kindRight,
    outlet: outletRight(actual.outletSite, actual.outletName, expected.outletSite, expected.outletName),
    originalOutlet: outletRight(
      actual.originalOutletSite,
      actual.originalOutletName,
      expected.originalOutletSite,
      expected.originalOutletName,
    ),
    author: (actual.author ?? null) === (expected.author ?? null),
    officialsFound: [...wanted.keys()].every((key) => found.has(key)),
    noStrayOfficials: [...found.keys()].every((key) => wanted.has(key)),
    officialTitles: [...wanted].every(([key, o]) => !found.has(key) || squash(found.get(key)!.title) === squash(o.title)),
    boilerplateRemoved: body.every((p) => expectedBody.includes(p)),
    keptWhole: expectedBody.every((p) => body.includes(p)),
    blanksFlagged: blanksFlagged(actual, expected),
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

export interface EvaluationCase {
  name: string;
  input: Uint8Array;
  expected: Expected;
}

/** The cases of a corpus folder: one sub-folder per page with `input.txt` and `expected.json`. */
export function readCorpus(dir: string): EvaluationCase[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      input: readFileSync(join(dir, name, 'input.txt')),
      expected: JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as Expected,
    }));
}

/** The three sets, by name, relative to the repository. */
export const CORPORA = {
  'written with the importer': 'tests/fixtures/pages',
  'held-out development half': 'tests/fixtures/held-out/dev',
  'held-out test half': 'tests/fixtures/held-out/test',
} as const;
