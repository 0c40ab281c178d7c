/**
 * `npm run bench [-- --articles 200] [--repeat 3] [--dir .bench]`: builds synthetic archives of
 * 1,000 and 10,000 articles (or the sizes given) with the site and with a bare Astro baseline,
 * prints the Markdown table of README "Performance" and exits 1 when a budget is missed.
 * A benchmark, not a test: it takes many minutes at 10,000 articles.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { bytes, report } from '../report.ts';
import { runBenchmark } from '../run.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', multiple: true },
    repeat: { type: 'string', default: '1' },
    dir: { type: 'string', default: '.bench' },
  },
});
const sizes = (values.articles ?? ['1000', '10000']).flatMap((value) => value.split(',')).map(Number);
const repeat = Number(values.repeat);

if (!sizes.every((n) => Number.isInteger(n) && n > 0) || !Number.isInteger(repeat) || repeat < 1) {
  console.error('usage: npm run bench [-- --articles N[,N…]] [--repeat R] [--dir FOLDER]');
  process.exit(2);
}

try {
  const { results, importer } = await runBenchmark({ sizes, repeat, dir: values.dir, log: (line) => console.error(line) });
  const { table, ok } = report(results, importer);
  const astro = JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')).version;
  console.log(
    `Node ${process.version}, Astro ${astro}, ${availableParallelism()} cores, ${bytes(totalmem())} RAM, default heap limit ` +
      `${bytes(getHeapStatistics().heap_size_limit)}; ${repeat === 1 ? 'one cold build' : `median of ${repeat} cold builds`} per size.\n`,
  );
  console.log(table);
  if (!ok) {
    console.error('bench: a budget is missed (FAIL above)');
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
