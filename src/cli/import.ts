/**
 * `npm run import -- [--dry-run] [--json] [--url URL] <raw files…>`
 * Thin wrapper: parses arguments, reads files, calls the importer, prints, sets the exit code.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { contentDir } from '../lib/registry-files.ts';
import { extractArticle } from '../importer/extract.ts';
import { loadRegistries } from '../importer/registries.ts';
import { archivedChecksums, writeArticle } from '../importer/archive.ts';
import { describe, toContractJson } from '../importer/report.ts';

const USAGE = `Usage: npm run import -- [options] <raw text files…>

Imports raw article text scraped from news pages into content/.
  --dry-run        extract and print, write nothing
  --json           print one JSON array, one object per input (with --dry-run)
  --url URL        the page's address (one input file only)
  --today DATE     the import date (YYYY-MM-DD), default today
  -h, --help       this text`;

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
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
  const importedAt = today.toISOString().slice(0, 10);
  const dir = contentDir();
  let registries = loadRegistries(dir);
  const archived = archivedChecksums(dir);
  const json: Record<string, unknown>[] = [];
  let failures = 0;

  for (const file of positionals) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      const message = `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
      json.push({ file, ok: false, errors: [message] });
      if (!values.json) console.error(`✗ ${file}\n  ${message}`);
      failures++;
      continue;
    }
    const result = extractArticle(bytes, registries, { today, sourceUrl: values.url });
    if (!result.ok) failures++;
    if (values.json) json.push(toContractJson(file, result));
    else console.log(describe(file, result));
    if (values['dry-run'] || !result.ok) continue;
    const outcome = writeArticle(result, bytes, { contentDir: dir, importedAt, sourceUrl: values.url, archived });
    if (outcome.status === 'imported') {
      console.log(`  → wrote ${outcome.file}`);
      for (const id of outcome.proposedOfficials) console.log(`  → proposed official "${id}" in registries/officials.yaml (status: proposed)`);
      for (const id of outcome.proposedOutlets) console.log(`  → proposed outlet "${id}" in registries/outlets.yaml (status: proposed)`);
      if (outcome.proposedOfficials.length + outcome.proposedOutlets.length > 0) registries = loadRegistries(dir);
    } else {
      console.log(`  → ${outcome.status}: ${outcome.message}`);
      if (outcome.status === 'failed') failures++;
    }
  }
  if (values.json) console.log(JSON.stringify(json, null, 2));
  return failures > 0 && !values.json ? 1 : 0;
}

process.exitCode = main();
