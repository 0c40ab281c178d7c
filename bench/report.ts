/**
 * The benchmark's table (Markdown, so the README can show it as printed) and the budgets of the
 * scaling issue. Budgets stated for the 10k archive (time, memory, search) are checked on runs of
 * at least that size; page budgets hold at every size.
 */
import { LIST_PAGE_SIZE } from '../src/lib/browse/pagination.ts';
import type { ListStats, OutputStats, PageWeights } from './output.ts';
import type { StepResult } from './measure.ts';
import type { SearchTransfer } from './search.ts';

/** A step's measures as the table shows them: its command, without its output. */
export type Step = Omit<StepResult, 'output'> & { name: string };

/** The steps of `npm run build` the time budget covers (the issue's "site build + index"); others, such as the link check, are shown apart. */
export const BUDGETED_STEP = /astro build|index-search/;

/** Steps' time added up per run, and its median and the median of its ratio to the same run's baseline; null when a step or the baseline failed. */
export type Total = { seconds: number; ratio: number } | null;

export interface SizeResult {
  articles: number;
  translations: number;
  baseline: { step: Step; output: OutputStats; pages: PageWeights };
  site: { steps: Step[]; budgeted: Total; all: Total; output: OutputStats; pages: PageWeights; lists: ListStats };
  /** Measured on the largest archive only; null when the build has no search. */
  search?: SearchTransfer | null;
}

export const SCALE = 10_000;
const KB = 1024;
const GB = KB ** 3;
export const BUDGETS = {
  timeRatio: 1.3,
  peakRss: 4 * GB,
  pageBytes: 15 * KB,
  firstSearch: 300 * KB,
  laterSearch: 100 * KB,
  listLength: LIST_PAGE_SIZE,
};

export function bytes(n: number): string {
  if (n >= GB) return `${(n / GB).toFixed(2)} GB`;
  if (n >= KB ** 2) return `${(n / KB ** 2).toFixed(1)} MB`;
  return `${(n / KB).toFixed(1)} KB`;
}
const seconds = (s: number) => `${s.toFixed(1)} s`;
const count = (n: number) => n.toLocaleString('en');
const times = (r: number) => `${r.toFixed(2)}×`;
const ratio = (a: number, b: number) => (b > 0 ? times(a / b) : '');

interface Row {
  measure: string;
  baseline: string;
  site: string;
  ratio: string;
  budget: string;
  /** null: no budget, or not checked at this size. */
  pass: boolean | null;
}

function rows(result: SizeResult): Row[] {
  const { baseline, site } = result;
  const atScale = result.articles >= SCALE;
  const checked = (pass: boolean) => (atScale ? pass : null);
  const scaleNote = atScale ? '' : ' (at 10k)';
  const base = baseline.step;
  const failed = (step: Step) => `failed (${step.failure!.replace(/\|/g, '\\|')})`;
  const out: Row[] = site.steps.flatMap((step, i) => {
    const broken = step.failure !== null || (i === 0 && base.failure !== null);
    return [
      {
        measure: `${step.name}: wall time`,
        baseline: i > 0 ? '' : base.failure ? failed(base) : seconds(base.seconds),
        site: step.failure ? failed(step) : seconds(step.seconds),
        ratio: i === 0 && !broken ? ratio(step.seconds, base.seconds) : '',
        budget: broken ? 'completes' : '',
        pass: broken ? false : null,
      },
      {
        measure: `${step.name}: peak RSS`,
        baseline: i === 0 ? bytes(base.peakRss) : '',
        site: bytes(step.peakRss),
        ratio: '',
        budget: '',
        pass: null,
      },
    ];
  });
  const { budgeted, all } = site;
  const peak = Math.max(...site.steps.map((step) => step.peakRss));
  out.push(
    {
      measure: '**build + index: wall time**',
      baseline: seconds(base.seconds),
      site: budgeted ? seconds(budgeted.seconds) : '—',
      ratio: budgeted ? times(budgeted.ratio) : '',
      budget: `≤ ${BUDGETS.timeRatio}×${scaleNote}`,
      pass: budgeted ? checked(budgeted.ratio <= BUDGETS.timeRatio) : null,
    },
    {
      measure: 'every step of npm run build: wall time',
      baseline: seconds(base.seconds),
      site: all ? seconds(all.seconds) : '—',
      ratio: all ? times(all.ratio) : '',
      budget: '',
      pass: null,
    },
    {
      measure: '**peak RSS, any step**',
      baseline: bytes(base.peakRss),
      site: bytes(peak),
      ratio: ratio(peak, base.peakRss),
      budget: `≤ ${bytes(BUDGETS.peakRss)}${scaleNote}`,
      pass: checked(peak <= BUDGETS.peakRss),
    },
    {
      measure: 'output files',
      baseline: count(baseline.output.files),
      site: count(site.output.files),
      ratio: ratio(site.output.files, baseline.output.files),
      budget: '',
      pass: null,
    },
    {
      measure: 'output size',
      baseline: bytes(baseline.output.bytes),
      site: bytes(site.output.bytes),
      ratio: ratio(site.output.bytes, baseline.output.bytes),
      budget: '',
      pass: null,
    },
    { measure: 'article pages', baseline: count(baseline.pages.pages), site: count(site.pages.pages), ratio: '', budget: '', pass: null },
    {
      measure: 'article page, HTML+CSS gzipped: median',
      baseline: bytes(baseline.pages.median),
      site: bytes(site.pages.median),
      ratio: ratio(site.pages.median, baseline.pages.median),
      budget: '',
      pass: null,
    },
    {
      measure: '**article page, HTML+CSS gzipped: largest**',
      baseline: bytes(baseline.pages.largest),
      site: bytes(site.pages.largest),
      ratio: ratio(site.pages.largest, baseline.pages.largest),
      budget: `≤ ${bytes(BUDGETS.pageBytes)}`,
      pass: site.pages.largest <= BUDGETS.pageBytes,
    },
    {
      measure: '**article pages with JavaScript**',
      baseline: count(baseline.pages.withScript),
      site: `${count(site.pages.withScript)}${site.pages.scriptBytes ? ` (up to ${bytes(site.pages.scriptBytes)})` : ''}`,
      ratio: '',
      budget: 'none',
      pass: site.pages.withScript === 0,
    },
    {
      measure: '**longest list on a list or index page**',
      baseline: '',
      site: `${count(site.lists.mostLinks)} (of ${count(site.lists.pages)} pages)`,
      ratio: '',
      budget: `≤ ${BUDGETS.listLength} (paginated)`,
      pass: site.lists.mostLinks <= BUDGETS.listLength,
    },
  );
  if (result.search !== undefined) {
    const s = result.search;
    const row = (which: 'first' | 'later', budget: number) => ({
      measure: `**search, ${which} query: transferred**`,
      baseline: '',
      site: s ? `${bytes(s[which].bytes)} (${s[which].requests} requests)` : 'n/a',
      ratio: '',
      budget: `≤ ${bytes(budget)}${scaleNote}`,
      pass: s ? checked(s[which].bytes <= budget) : null,
    });
    out.push(row('first', BUDGETS.firstSearch), row('later', BUDGETS.laterSearch));
  }
  return out;
}

const mark = (pass: boolean | null) => (pass === null ? '' : pass ? 'pass' : '**FAIL**');

/** One Markdown table for every size, the importer's throughput last; and whether every checked budget holds. */
export function report(results: readonly SizeResult[], importer: string): { table: string; ok: boolean } {
  const lines = ['| articles | measure | bare Astro | archive | archive ÷ bare | budget | |', '|---:|---|---:|---:|---:|---|---|'];
  let ok = true;
  for (const result of results) {
    const label = `${count(result.articles)} (${count(result.translations)} translated)`;
    for (const [i, row] of rows(result).entries()) {
      if (row.pass === false) ok = false;
      lines.push(
        `| ${i === 0 ? label : ''} | ${row.measure} | ${row.baseline} | ${row.site} | ${row.ratio} | ${row.budget} | ${mark(row.pass)} |`,
      );
    }
  }
  lines.push(`| | importer throughput (\`npm run bench:import\`) | | ${importer} | | | |`);
  return { table: lines.join('\n'), ok };
}
