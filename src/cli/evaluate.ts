/**
 * `npm run evaluate [-- <fixtures dir>] [--verbose]`: runs the importer on every case of a fixture
 * corpus and prints per-field accuracy; with --verbose, what each wrong field got and expected.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '../importer/extract.ts';
import { loadRegistries } from '../importer/registries.ts';
import { toContractJson } from '../importer/report.ts';
import { accuracy, FIELDS, scorePage, type Expected } from '../importer/evaluation.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { verbose: { type: 'boolean', default: false } } });
const dir = positionals[0] ?? 'tests/fixtures/pages';
const registries = loadRegistries();
const today = new Date('2026-11-23T23:59:59Z');
const scores = [];
for (const name of readdirSync(dir).sort()) {
  if (name.endsWith('.md')) continue;
  const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as Expected;
  const actual = toContractJson(name, extractArticle(readFileSync(join(dir, name, 'input.txt')), registries, { today }));
  const score = scorePage(actual, expected);
  scores.push(score);
  const wrong = FIELDS.filter((f) => score[f] === false);
  if (values.verbose && wrong.length > 0) console.log(`✗ ${name}: ${wrong.join(', ')}`);
}
const table = accuracy(scores);
console.log(`\n${scores.length} pages from ${dir}\n`);
for (const field of FIELDS) {
  const { right, total } = table[field];
  console.log(`${field.padEnd(20)} ${String(right).padStart(3)}/${String(total).padEnd(3)} ${total ? ((100 * right) / total).toFixed(1) : '—'}%`);
}
