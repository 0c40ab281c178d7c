/**
 * `npm run import -- [--dry-run] [--json] [--update] [--url URL] <raw files…>`
 * Thin wrapper: parses arguments, shows progress, prints results and the closing table.
 */
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { contentDir } from '../lib/registry-files.ts';
import { importBatch } from '../importer/batch.ts';
import { describe, summaryTable, toContractJson } from '../importer/report.ts';

const USAGE = `Usage: npm run import -- [options] <raw text files…>

Imports raw article text scraped from news pages into content/.
  --dry-run        extract and print, write nothing
  --json           print one JSON array, one object per input (use with --dry-run)
  --update         rewrite an article whose source text changed (never one edited by hand)
  --url URL        the page's address (one input file only)
  --today DATE     the import date (YYYY-MM-DD), default today
  -h, --help       this text`;

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      update: { type: 'boolean', default: false },
      url: { type: 'string' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.url && positionals.length > 1) {
    console.error('--url names the page of a single input file; import the files one by one');
    return 2;
  }
  const today = values.today ? new Date(`${values.today}T23:59:59Z`) : new Date();
  const showProgress = !values.json && positionals.length > 1 && process.stderr.isTTY;
  const bar = new cliProgress.SingleBar({ format: 'importing {bar} {value}/{total} {file}', stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic);
  if (showProgress) bar.start(positionals.length, 0, { file: '' });

  const summary = importBatch(positionals, { contentDir: contentDir(), today, dryRun: values['dry-run'], update: values.update, sourceUrl: values.url }, (outcome) => {
    if (showProgress) bar.increment({ file: outcome.file });
    else if (!values.json) console.log(`${describe(outcome.file, outcome.result)}\n  → ${outcome.status}: ${outcome.message}`);
  });
  if (showProgress) bar.stop();

  if (values.json) {
    console.log(JSON.stringify(summary.outcomes.map((o) => toContractJson(o.file, o.result!)), null, 2));
    return 0;
  }
  console.log(`\n${summaryTable(summary)}`);
  return summary.outcomes.some((o) => o.status === 'failed') ? 1 : 0;
}

process.exitCode = main();
