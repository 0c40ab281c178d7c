/**
 * `npm run bench:search -- [--every-year] <built site> "<first query>" "<later query>" […more pairs]`:
 * the bytes a reader's browser downloads for a first search and a later one, on a site already built
 * (such as `.bench/10000/site` after `npm run bench`), for each pair of queries; with --every-year,
 * searches covering every period of the index rather than the newest. A benchmark, not a test: it
 * shows how the cost of a search depends on how common its words are.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { bytes } from '../report.ts';
import { searchTransfer } from '../search.ts';

const USAGE = 'usage: npm run bench:search -- [--every-year] SITE_DIR "first query" "later query" [more pairs…]';

function parse() {
  try {
    return parseArgs({ options: { 'every-year': { type: 'boolean', default: false } }, allowPositionals: true });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const { values, positionals } = parse();
const [site, ...queries] = positionals;
if (!site || !existsSync(site) || queries.length === 0 || queries.length % 2 !== 0) {
  console.error(USAGE);
  process.exit(2);
}

console.log('| first query | transferred | later query | transferred |\n|---|---:|---|---:|');
for (let i = 0; i < queries.length; i += 2) {
  const pair = [queries[i]!, queries[i + 1]!] as const;
  const result = await searchTransfer(site, pair, values['every-year']);
  if (!result) {
    console.error(`bench:search: ${site} has no search page or no search index`);
    process.exit(1);
  }
  console.log(
    `| ${pair[0]} | ${bytes(result.first.bytes)} (${result.first.requests} requests) | ${pair[1]} | ${bytes(result.later.bytes)} (${result.later.requests} requests) |`,
  );
}
