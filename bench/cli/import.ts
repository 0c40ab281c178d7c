/**
 * `npm run bench:import [-- --pages N] [--seeds DIR]`: importer throughput. Builds N pages (default
 * 1,000) from the fixture pages and the raw texts in DIR (default the archive's own content/raw), each varied (paragraph order, numbers, chrome), extracts them all
 * in this one process and prints raw articles per second. A benchmark, not a test.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../../src/importer/extract.ts';
import { loadRegistries } from '../../src/importer/registries.ts';

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '1000' }, seeds: { type: 'string', default: 'content/raw' } },
});
const count = Number(values.pages);

function sources(): string[] {
  const fixtures = 'tests/fixtures/pages';
  const pages = readdirSync(fixtures)
    .map((name) => join(fixtures, name, 'input.txt'))
    .filter((file) => existsSync(file));
  const seeds = existsSync(values.seeds) ? readdirSync(values.seeds).map((name) => join(values.seeds, name)) : [];
  // said up front, so a run that found no seeds is not mistaken for one that did
  console.log(`sources: ${pages.length} fixture pages, ${seeds.length} raw texts from ${values.seeds}`);
  return [...pages, ...seeds].map((file) => readFileSync(file, 'utf8'));
}

/** A variant of a page: paragraphs rotated, numbers changed, a chrome line added. */
function variant(text: string, n: number): Uint8Array {
  const blocks = text.split(/\n\n/);
  const head = blocks.slice(0, 3);
  const rest = blocks.slice(3);
  const shift = rest.length ? n % rest.length : 0;
  const body = [...rest.slice(shift), ...rest.slice(0, shift)].join('\n\n').replace(/\b(\d{2,3})\b/g, (d) => String((Number(d) + n) % 997));
  return new TextEncoder().encode(`${head.join('\n\n')}\n\n${body}\n\nChia sẻ\nBình luận (${n})\n`);
}

const registries = loadRegistries();
const pool = sources();
const pages = Array.from({ length: count }, (_, i) => variant(pool[i % pool.length]!, i));
const bytes = pages.reduce((sum, page) => sum + page.length, 0);
const today = new Date();
const start = performance.now();
let articles = 0;
for (const page of pages) if (extractArticle(page, registries, { today }).ok) articles++;
const seconds = (performance.now() - start) / 1000;
console.log(`pages: ${count} (${(bytes / 1e6).toFixed(1)} MB), articles: ${articles}, time: ${seconds.toFixed(2)} s`);
console.log(`throughput: ${(count / seconds).toFixed(0)} raw articles/s (one process, one core)`);
