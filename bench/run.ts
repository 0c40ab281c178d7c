/**
 * The benchmark run: for each size, generate the archive, build it with the bare baseline and
 * with the real site (each step of `npm run build` measured on its own, every build cold), then
 * measure what they wrote; search on the largest site; the importer's throughput once.
 */
import { readFileSync, rmSync } from 'node:fs';
import { delimiter, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateArchive } from './generate.ts';
import { measure, type StepResult } from './measure.ts';
import { articlePages, listStats, outputStats, pageWeights } from './output.ts';
import { BUDGETED_STEP, type SizeResult, type Step, type Total } from './report.ts';
import { searchTransfer } from './search.ts';

export interface BenchOptions {
  sizes: number[];
  /** Builds per size; the table gives the median of each step. */
  repeat: number;
  /** Where archives and builds go; inside the project (see checkWorkDir). */
  dir: string;
  log: (line: string) => void;
}

/** A query most articles match, then a narrower one. */
const QUERIES = ['ngoại giao kinh tế', 'chất bán dẫn'] as const;
const BASELINE_ROOT = 'bench/baseline';

/**
 * Astro writes a build's server chunks to <cwd>/.astro/ when outDir lies outside the working
 * directory, where a second build running at the same time overwrites them; inside, they go to outDir.
 */
function checkWorkDir(dir: string): void {
  const inside = relative(process.cwd(), resolve(dir));
  if (inside.startsWith('..') || resolve(dir) === process.cwd())
    throw new Error(
      `--dir ${dir}: give a folder inside the project (default .bench/), so concurrent builds cannot share Astro's server chunks`,
    );
}

/** The benchmark measures Node's default heap limit; a raised one would hide a memory problem. */
function checkHeapLimit(): void {
  if (/max[-_]old[-_]space[-_]size/.test(process.env.NODE_OPTIONS ?? ''))
    throw new Error('NODE_OPTIONS raises the heap limit; unset it so the build runs with the default');
}

/** The commands of `npm run build`, in order, so each is measured on its own. */
function buildSteps(): string[] {
  const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
  return scripts.build!.split('&&').map((step) => step.trim());
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const medianStep = (name: string, runs: StepResult[]): Step => ({
  name,
  seconds: median(runs.map((r) => r.seconds)),
  peakRss: median(runs.map((r) => r.peakRss)),
  failure: runs.find((r) => r.failure)?.failure ?? null,
});
/** Time of the chosen steps per run against that run's baseline: paired, so load on the shared machine during a run weighs on both sides. */
function total(baselineRuns: StepResult[], stepRuns: StepResult[][]): Total {
  if ([...baselineRuns, ...stepRuns.flat()].some((run) => run.failure)) return null;
  const perRun = baselineRuns.map((baseline, r) => ({
    seconds: stepRuns.reduce((sum, runs) => sum + runs[r]!.seconds, 0),
    baseline: baseline.seconds,
  }));
  return { seconds: median(perRun.map((run) => run.seconds)), ratio: median(perRun.map((run) => run.seconds / run.baseline)) };
}
const NOT_RUN: StepResult = { seconds: 0, peakRss: 0, output: '', failure: 'not run: an earlier step failed' };

function environment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...extra,
    ASTRO_TELEMETRY_DISABLED: '1',
    PATH: [resolve('node_modules/.bin'), process.env.PATH].join(delimiter),
  };
  // The site at the root path, as the baseline is.
  delete env.SITE_BASE;
  return env;
}

async function measureSize(articles: number, options: BenchOptions, steps: string[], withSearch: boolean): Promise<SizeResult> {
  const root = resolve(options.dir, String(articles));
  const started = performance.now();
  const archive = await generateArchive(root, articles);
  options.log(
    `${articles}: generated ${archive.articles} articles, ${archive.translations} translations in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const dirs = {
    baseline: join(root, 'baseline'),
    baselineCache: join(root, 'baseline-cache'),
    site: join(root, 'site'),
    siteCache: join(root, 'site-cache'),
  };
  const baselineEnv = environment({
    BENCH_CONTENT_DIR: archive.contentDir,
    BENCH_BASELINE_DIST: dirs.baseline,
    BENCH_BASELINE_CACHE: dirs.baselineCache,
  });
  const siteEnv = environment({ ARCHIVE_CONTENT_DIR: archive.contentDir, ARCHIVE_DIST: dirs.site, ASTRO_CACHE_DIR: dirs.siteCache });
  const baselineRuns: StepResult[] = [];
  const siteRuns: StepResult[][] = steps.map(() => []);
  for (let run = 1; run <= options.repeat; run++) {
    // Alternating the two builds spreads the machine's background noise over both.
    for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
    const baseline = await measure(`astro build --root ${BASELINE_ROOT}`, { cwd: process.cwd(), env: baselineEnv });
    baselineRuns.push(baseline);
    options.log(
      `${articles}: run ${run}: bare Astro build ${baseline.seconds.toFixed(1)} s${baseline.failure ? `, FAILED (${baseline.failure})` : ''}`,
    );
    let failed = false;
    for (const [i, step] of steps.entries()) {
      const result: StepResult = failed ? NOT_RUN : await measure(step, { cwd: process.cwd(), env: siteEnv });
      failed ||= result.failure !== null;
      siteRuns[i]!.push(result);
      options.log(`${articles}: run ${run}: ${step} ${result.seconds.toFixed(1)} s${result.failure ? `, FAILED (${result.failure})` : ''}`);
    }
  }
  const sitePages = articlePages(dirs.site, false);
  const result: SizeResult = {
    articles,
    translations: archive.translations,
    baseline: {
      step: medianStep('bare Astro build', baselineRuns),
      output: outputStats(dirs.baseline),
      pages: pageWeights(dirs.baseline, articlePages(dirs.baseline, true)),
    },
    site: {
      steps: steps.map((step, i) => medianStep(step, siteRuns[i]!)),
      budgeted: total(
        baselineRuns,
        siteRuns.filter((_, i) => BUDGETED_STEP.test(steps[i]!)),
      ),
      all: total(baselineRuns, siteRuns),
      output: outputStats(dirs.site),
      pages: pageWeights(dirs.site, sitePages),
      lists: listStats(dirs.site, sitePages),
    },
  };
  if (withSearch) {
    result.search = await searchTransfer(dirs.site, QUERIES);
    options.log(`${articles}: search ${result.search ? 'measured' : 'n/a (no search page or index in the build)'}`);
  }
  return result;
}

/** `npm run bench:import`'s figure, as it prints it. */
async function importerThroughput(): Promise<string> {
  const { output, failure } = await measure('node bench/cli/import.ts', { cwd: process.cwd(), env: environment({}) });
  return /throughput: ([\d,.]+ raw articles\/s)/.exec(output)?.[1] ?? `n/a (${failure ?? 'no figure printed'})`;
}

export async function runBenchmark(options: BenchOptions): Promise<{ results: SizeResult[]; importer: string }> {
  checkWorkDir(options.dir);
  checkHeapLimit();
  const steps = buildSteps();
  const sizes = [...options.sizes].sort((a, b) => a - b);
  const results: SizeResult[] = [];
  for (const [i, size] of sizes.entries()) results.push(await measureSize(size, options, steps, i === sizes.length - 1));
  const importer = await importerThroughput();
  return { results, importer };
}
