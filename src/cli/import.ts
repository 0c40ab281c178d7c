/**
 * `npm run import -- [--dry-run] [--json] [--update] [--url URL] [--title TEXT] [--today DATE] [--wait SECONDS] <raw files…>`
 * Thin wrapper: parses arguments, takes the content folder's lock, shows progress, prints results
 * and the closing table.
 */
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { contentDir } from '../lib/archive/registry-files.ts';
import { importBatch, type BatchOptions } from '../importer/batch.ts';
import { LockHeldError, lockContent } from '../importer/lock.ts';
import { describe, summaryTable, toContractJson } from '../importer/report.ts';

const USAGE = `Usage: npm run import -- [options] <raw text files…>

Imports raw article text scraped from news pages into content/.
  --dry-run        extract and print, write nothing
  --json           print one JSON array, one object per input (use with --dry-run)
  --update         rewrite an article whose source text changed (never one edited by hand)
  --url URL        the page's http or https address (one input file only)
  --title TEXT     the headline, for a page whose own is not found (one input file only)
  --today DATE     the import date (YYYY-MM-DD), default today
  --wait SECONDS   how long to wait for another import into the same folder to finish (default 60)
  -h, --help       this text`;

const OPTIONS = {
  'dry-run': { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  update: { type: 'boolean', default: false },
  url: { type: 'string' },
  title: { type: 'string' },
  today: { type: 'string' },
  wait: { type: 'string', default: '60' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** What each option expects, for the one line a wrong one gets. */
const EXPECTED: Record<string, string> = {
  url: 'an http:// or https:// address, e.g. --url https://baoquocte.vn/bai-viet.html',
  title: 'the headline in quotes, e.g. --title "Hội nghị Ngoại giao lần thứ 32"',
  today: 'YYYY-MM-DD, e.g. --today 2026-06-30',
  wait: 'a number of seconds, e.g. --wait 300',
};
const KNOWN = '--dry-run, --json, --update, --url URL, --title TEXT, --today YYYY-MM-DD, --wait SECONDS, -h/--help';

/** A mistake in the command line: one line for the archivist, exit code 2, nothing written. */
class UsageError extends Error {}

function parse(args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    // Node names the flag in quotes: "Unknown option '--foo'", "Option '--url <value>' argument missing"
    const flag = /'(-[^' ]*)/.exec(message)?.[1] ?? message;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${flag}; the options are ${KNOWN}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const expected = EXPECTED[flag.replace(/^-+/, '')];
      throw new UsageError(expected ? `${flag} needs a value: ${expected}` : `${flag} takes no value; the options are ${KNOWN}`);
    }
    throw error;
  }
}

/** The end of the day `text` names, or a UsageError (Date would roll 2024-02-30 over to March). */
function importDay(text: string): Date {
  const date = new Date(`${text}T23:59:59Z`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text)) return date;
  throw new UsageError(`--today "${text}" is not a real date; expected ${EXPECTED.today}`);
}

/** Only a web page's address is recorded: anything else would become a link on the article's page. */
function pageAddress(text: string): string {
  if (URL.canParse(text) && ['http:', 'https:'].includes(new URL(text).protocol)) return text;
  throw new UsageError(`--url "${text}" is not a web page's address; expected ${EXPECTED.url}`);
}

/** How long to wait for another import's lock. */
function seconds(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  throw new UsageError(`--wait "${text}" is not a whole number of seconds; expected ${EXPECTED.wait}`);
}

async function main(args: string[]): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.url !== undefined && positionals.length > 1)
    throw new UsageError('--url names the page of a single input file; import the files one by one');
  if (values.title !== undefined && positionals.length > 1)
    throw new UsageError('--title gives the headline of a single input file; import the files one by one');
  const title = values.title?.replace(/\s+/g, ' ').trim();
  if (title === '') throw new UsageError(`--title is empty; expected ${EXPECTED.title}`);
  const today = values.today === undefined ? new Date() : importDay(values.today);
  const sourceUrl = values.url === undefined ? undefined : pageAddress(values.url);
  const waitSeconds = seconds(values.wait);
  const options: BatchOptions = { contentDir: contentDir(), today, dryRun: values['dry-run'], update: values.update, sourceUrl, title };
  // a dry run writes nothing, so it need not wait for an import that does
  const release = options.dryRun ? () => {} : await lockContent(options.contentDir, { waitSeconds, say: (line) => console.error(line) });
  try {
    return importAll(positionals, options, values.json);
  } finally {
    release();
  }
}

/** Imports the files, printing each outcome (or a progress bar) and the closing table or JSON; returns the exit code. */
function importAll(files: string[], options: BatchOptions, json: boolean): number {
  const showProgress = !json && files.length > 1 && process.stderr.isTTY;
  const bar = new cliProgress.SingleBar(
    { format: 'importing {bar} {value}/{total} {file}', stream: process.stderr, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  if (showProgress) bar.start(files.length, 0, { file: '' });

  const summary = importBatch(files, options, (outcome) => {
    if (showProgress) bar.increment({ file: outcome.file });
    else if (!json) console.log(`${describe(outcome.file, outcome.result)}\n  → ${outcome.status}: ${outcome.message}`);
  });
  if (showProgress) bar.stop();

  if (json) {
    console.log(
      JSON.stringify(
        summary.outcomes.map((o) => toContractJson(o.file, o.result!)),
        null,
        2,
      ),
    );
    return 0;
  }
  console.log(`\n${summaryTable(summary)}`);
  return summary.outcomes.some((o) => o.status === 'failed') ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // a mistake in the command line is the archivist's to fix (exit code 2); a held lock is a wait (1)
  if (!(error instanceof UsageError || error instanceof LockHeldError)) throw error;
  console.error(error.message);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
