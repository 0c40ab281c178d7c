/**
 * The importer on the hand-checked page corpus (tests/fixtures/pages): each field must stay at or
 * above the accuracy reached so far. `npm run evaluate -- --verbose` shows what each page gets wrong.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../src/importer/extract.ts';
import { loadRegistries } from '../../src/importer/registries.ts';
import { toContractJson } from '../../src/importer/report.ts';
import { accuracy, scorePage, type Expected, type Field } from '../../src/importer/evaluation.ts';
import { FIXTURE_ARCHIVE } from '../support/test-archive.ts';

const corpus = new URL('../fixtures/pages/', import.meta.url).pathname;

/** Floors per field (share of pages right); raise them as the importer improves. */
const FLOORS: Record<Field, number> = {
  rejection: 1,
  title: 1,
  date: 0.97,
  outlet: 1,
  originalOutlet: 1,
  author: 1,
  officialsFound: 0.94,
  noStrayOfficials: 1,
  officialTitles: 1,
  boilerplateRemoved: 1,
  keptWhole: 1,
};

describe('importer on the page corpus', () => {
  const registries = loadRegistries(FIXTURE_ARCHIVE);
  const cases = readdirSync(corpus).filter((name) => !name.endsWith('.md'));
  const scores = cases.map((name) => {
    const expected = JSON.parse(readFileSync(join(corpus, name, 'expected.json'), 'utf8')) as Expected;
    const result = extractArticle(readFileSync(join(corpus, name, 'input.txt')), registries, { today: new Date('2026-11-23T23:59:59Z') });
    return scorePage(toContractJson(name, result), expected);
  });
  const table = accuracy(scores);

  it('has at least 30 cases in both languages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(cases.filter((c) => c.startsWith('en-')).length).toBeGreaterThanOrEqual(8);
  });

  it.each(Object.entries(FLOORS))('%s stays at or above its floor', (field, floor) => {
    const { right, total } = table[field as Field];
    expect(total).toBeGreaterThan(0);
    expect(right / total).toBeGreaterThanOrEqual(floor);
  });
});
