/**
 * One import at a time in a content folder, through the real CLI: two imports started together both
 * land whole; an import killed mid-way and run again leaves a complete, consistent archive; a lock
 * held by a running import is named, and what a killed one left behind is cleared, saying so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { archivedChecksums } from '../../src/importer/archive.ts';
import { importBatch } from '../../src/importer/batch.ts';
import { lockContent } from '../../src/importer/lock.ts';
import { checkContent } from '../../src/check/index.ts';
import { registryIds } from '../../src/lib/archive/registry-files.ts';
import { TODAY, extractOk } from './helpers.ts';
import { DECEMBER_RAW, distinctArticles, emptyArchive, fileHashes, runImport, startImport } from './scratch.ts';

/** Enough articles that two imports overlap for seconds, and a kill lands mid-way. */
const ARTICLES = distinctArticles(80);
const RECORDS = ARTICLES.map((file) => extractOk(readFileSync(file)));
const ARGS = ['--today', TODAY.toISOString().slice(0, 10)];

const missing = (wanted: string[], found: string[]) => wanted.filter((id) => !found.includes(id));

/** Every article archived once with its raw text, every proposal in its registry, no error, nothing left over. */
function expectComplete(content: string): void {
  const archived = archivedChecksums(content);
  expect(RECORDS.filter((record) => !archived.has(record.sha256)).map((record) => record.title)).toEqual([]);
  expect(readdirSync(join(content, 'articles', 'vi'))).toHaveLength(ARTICLES.length);
  const officials = RECORDS.flatMap((record) => record.officials.filter((official) => !official.known).map((official) => official.id));
  const outlets = RECORDS.flatMap((record) => (record.originalOutlet?.known === false ? [record.originalOutlet.id] : []));
  expect(officials).toHaveLength(ARTICLES.length);
  expect(outlets).toHaveLength(ARTICLES.length);
  expect(missing(officials, registryIds('officials', content))).toEqual([]);
  expect(missing(outlets, registryIds('outlets', content))).toEqual([]);
  const problems = checkContent(content, TODAY).findings.filter(
    (finding) => finding.severity === 'error' || /no article names this raw text/.test(finding.message),
  );
  expect(problems).toEqual([]);
  expect(Object.keys(fileHashes(content)).filter((name) => /\.tmp$|\.import\.lock/.test(name))).toEqual([]);
}

/** The id of a process that has ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

describe('imports into one content folder', () => {
  test('two at once: the second waits for the first, and every article and registry entry is there', async () => {
    const content = emptyArchive();
    const runs = [ARTICLES.slice(0, 40), ARTICLES.slice(40)].map((half) => startImport(content, [...ARGS, ...half]).done);
    const [first, second] = await Promise.all(runs);
    expect([first!.status, second!.status], first!.stderr + second!.stderr).toEqual([0, 0]);
    expectComplete(content);
    expect(first!.stderr + second!.stderr).toMatch(
      /^waiting up to 60 s for the import of process \d+ on .+, running since \d{4}-\d\d-\d\dT[\d:.]+Z to finish…$/m,
    );
  });

  test('killed mid-way, then run again: complete and consistent, and what the kill left is cleared', async () => {
    const content = emptyArchive();
    const { child, done } = startImport(content, [...ARGS, ...ARTICLES]);
    const written = () => (existsSync(join(content, 'articles', 'vi')) ? readdirSync(join(content, 'articles', 'vi')).length : 0);
    while (written() < 10 && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');
    expect(written()).toBeLessThan(ARTICLES.length);
    // a kill inside a write leaves the write's temporary file: make that case certain
    const temporary = `registries/officials.yaml.${child.pid}.tmp`;
    writeFileSync(join(content, temporary), '- id: half-written\n');
    const rerun = runImport(content, [...ARGS, ...ARTICLES]);
    expect(rerun.status, rerun.stderr).toBe(0);
    expectComplete(content);
    expect(rerun.stderr).toContain(`removed the lock of the import of process ${child.pid} on ${hostname()}, running since `);
    expect(rerun.stderr).toContain(`removed ${temporary}, left by an import (process ${child.pid}) that did not finish`);
  });

  test('a lock held by a running import: one line naming it, exit code 1, nothing written', () => {
    const content = emptyArchive();
    const holder = { pid: process.pid, host: hostname(), since: '2026-06-30T08:00:00.000Z' };
    writeFileSync(join(content, '.import.lock'), JSON.stringify(holder));
    const before = fileHashes(content);
    const run = runImport(content, [...ARGS, '--wait', '0', DECEMBER_RAW]);
    expect(run.stderr).toBe(
      `${content} is locked by the import of process ${process.pid} on ${hostname()}, running since 2026-06-30T08:00:00.000Z: run again when it has finished, or with --wait SECONDS to wait longer (if no import runs, delete ${join(content, '.import.lock')})\n`,
    );
    expect(run.status).toBe(1);
    expect(fileHashes(content)).toEqual(before);
  });

  test('a lock left by an import that no longer runs is cleared, saying so', () => {
    const content = emptyArchive();
    const pid = deadPid();
    writeFileSync(join(content, '.import.lock'), JSON.stringify({ pid, host: hostname(), since: '2026-06-30T08:00:00.000Z' }));
    const run = runImport(content, [...ARGS, DECEMBER_RAW]);
    expect(run.stderr).toBe(
      `removed the lock of the import of process ${pid} on ${hostname()}, running since 2026-06-30T08:00:00.000Z, which is no longer running\n`,
    );
    expect(run.status).toBe(0);
    expect(existsSync(join(content, '.import.lock'))).toBe(false);
  });

  test('a temporary file of an earlier process that had this one’s id no longer makes every import fail', async () => {
    const content = emptyArchive();
    const temporary = `registries/officials.yaml.${process.pid}.tmp`;
    writeFileSync(join(content, temporary), '- id: half-written\n');
    const said: string[] = [];
    const release = await lockContent(content, { waitSeconds: 0, say: (line) => said.push(line) });
    try {
      const [outcome] = importBatch([ARTICLES[0]!], { contentDir: content, today: TODAY, dryRun: false, update: false }).outcomes;
      expect(outcome!.status, outcome!.message).toBe('imported');
    } finally {
      release();
    }
    expect(said).toEqual([`removed ${temporary}, left by an import (process ${process.pid}) that did not finish`]);
    expect(existsSync(join(content, '.import.lock'))).toBe(false);
  });
});
