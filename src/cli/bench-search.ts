/**
 * `npm run bench:search -- <built site> "<first query>" "<later query>" […more pairs]`: the bytes a
 * reader's browser downloads for a first search and a later one, on a site already built (such as
 * `.bench/10000/site` after `npm run bench`), for each pair of queries. A benchmark, not a test:
 * it shows how the cost of a search depends on how common its words are.
 */
import { existsSync } from 'node:fs';
import { bytes } from '../bench/report.ts';
import { searchTransfer } from '../bench/search.ts';

const [site, ...queries] = process.argv.slice(2);
if (!site || !existsSync(site) || queries.length === 0 || queries.length % 2 !== 0) {
  console.error('usage: npm run bench:search -- SITE_DIR "first query" "later query" [more pairs…]');
  process.exit(2);
}

console.log('| first query | transferred | later query | transferred |\n|---|---:|---|---:|');
for (let i = 0; i < queries.length; i += 2) {
  const pair = [queries[i]!, queries[i + 1]!] as const;
  const result = await searchTransfer(site, pair);
  if (!result) {
    console.error(`bench:search: ${site} has no search page or no search index`);
    process.exit(1);
  }
  console.log(`| ${pair[0]} | ${bytes(result.first.bytes)} (${result.first.requests} requests) | ${pair[1]} | ${bytes(result.later.bytes)} (${result.later.requests} requests) |`);
}
