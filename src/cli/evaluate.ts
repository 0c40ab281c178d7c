/**
 * `npm run evaluate [-- --verbose] [-- --corpus <dir> …]`: runs the importer on every case of the
 * three page corpora and prints per-field accuracy, one column per set; with --verbose, which
 * fields each page gets wrong. With --corpus, the named folders instead (a fresh batch, scored
 * before it joins the development half). Pages are read as a batch import reads them: without
 * their address.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '../importer/extract.ts';
import { loadRegistries } from '../importer/registries.ts';
import { toContractJson } from '../importer/report.ts';
import { accuracy, CORPORA, FIELD_LABELS, FIELDS, readCorpus, scorePage } from '../importer/evaluation.ts';

const { values } = parseArgs({
  options: { verbose: { type: 'boolean', default: false }, corpus: { type: 'string', multiple: true } },
});
const root = new URL('../../', import.meta.url).pathname;
const registries = loadRegistries();
const today = new Date('2026-11-23T23:59:59Z');

/** Each set: its heading, its folder as printed, and where it is read from. */
const sets: [string, string, string][] = values.corpus
  ? values.corpus.map((dir) => [dir, dir, resolve(dir)])
  : Object.entries(CORPORA).map(([set, dir]) => [set, dir, resolve(root, dir)]);

const tables = sets.map(([set, dir, path]) => {
  const cases = readCorpus(path);
  const scores = cases.map(({ name, input, expected }) => {
    const score = scorePage(toContractJson(name, extractArticle(input, registries, { today })), expected);
    const wrong = FIELDS.filter((f) => score[f] === false);
    if (values.verbose && wrong.length > 0) console.log(`✗ ${dir}/${name}: ${wrong.join(', ')}`);
    return score;
  });
  return { set, pages: cases.length, table: accuracy(scores) };
});

const cell = ({ right, total }: { right: number; total: number }) =>
  (total ? `${String(right).padStart(3)}/${String(total).padEnd(3)} ${((100 * right) / total).toFixed(1).padStart(5)}%` : '—').padEnd(18);
const columns = tables.map((t) => {
  const heading = `${t.set} (${t.pages})`;
  return { heading, width: Math.max(32, heading.length + 2) };
});
console.log(`\n${''.padEnd(24)}${columns.map(({ heading, width }) => heading.padEnd(width)).join('')}`);
for (const field of FIELDS)
  console.log(`${FIELD_LABELS[field].padEnd(24)}${tables.map((t, i) => cell(t.table[field]).padEnd(columns[i]!.width)).join('')}`);
