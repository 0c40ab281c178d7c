/** The real CLI: `node src/cli/import.ts --dry-run --json <files>` on the seeds and a missing file, over a copy of the test archive. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toContractJson } from '../../src/importer/report.ts';
import { extractArticle } from '../../src/importer/extract.ts';
import { REPO_ROOT, TODAY, readSeed, registries } from './helpers.ts';
import { copyFixtureArchive, seedPath } from '../support/test-archive.ts';
import { SEEDS } from './seed-expectations.ts';

/** Every file under `dir` with its size, modification time and content hash. */
function listing(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const stat = statSync(path);
        const hash = createHash('sha256').update(readFileSync(path)).digest('hex');
        out.push(`${relative(dir, path)}\t${stat.size}\t${stat.mtimeMs}\t${hash}`);
      }
    }
  };
  walk(dir);
  return out.sort();
}

const TODAY_ARG = TODAY.toISOString().slice(0, 10);
const MISSING = join(REPO_ROOT, 'tests', 'importer', 'no-such-page.txt');
const FILES = [...SEEDS.map((s) => seedPath(s.file)), MISSING];

const work = mkdtempSync(join(tmpdir(), 'archive-import-cli-'));
const CONTENT_DIR = join(work, 'content');
afterAll(() => rmSync(work, { recursive: true, force: true }));

let before: string[];
let after: string[];
let stdout: string;
let output: Record<string, unknown>[];

beforeAll(() => {
  copyFixtureArchive(CONTENT_DIR);
  before = listing(CONTENT_DIR);
  try {
    stdout = execFileSync(process.execPath, ['src/cli/import.ts', '--dry-run', '--json', '--today', TODAY_ARG, ...FILES], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ARCHIVE_CONTENT_DIR: CONTENT_DIR },
    });
  } catch (error) {
    // a non-zero exit still prints the report; the assertions below judge it
    stdout = String((error as { stdout?: string }).stdout ?? '');
  }
  after = listing(CONTENT_DIR);
  output = JSON.parse(stdout);
}, 60_000);

describe('import --dry-run --json', () => {
  test('prints one JSON array with one object per input, in input order', () => {
    expect(Array.isArray(output)).toBe(true);
    expect(output).toHaveLength(FILES.length);
    expect(output.map((o) => o.file)).toEqual(FILES);
  });

  test('every seed has the contract fields with the right types', () => {
    for (const item of output.slice(0, SEEDS.length)) {
      expect(item.ok, String(item.file)).toBe(true);
      expect(item.language).toMatch(/^(vi|en)$/);
      expect(typeof item.title).toBe('string');
      expect(item.date === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(String(item.date))).toBe(true);
      expect([null, 'day', 'month', 'year']).toContain(item.datePrecision);
      expect(typeof item.dateInferred).toBe('boolean');
      expect(item.outlet === null || typeof item.outlet === 'string').toBe(true);
      expect(item.originalOutlet === null || typeof item.originalOutlet === 'string').toBe(true);
      expect(item.author === null || typeof item.author === 'string').toBe(true);
      expect(Array.isArray(item.officials)).toBe(true);
      for (const official of item.officials as Record<string, unknown>[]) {
        for (const key of ['id', 'name', 'title']) expect(typeof official[key], `${item.file}: official.${key}`).toBe('string');
      }
      expect(Array.isArray(item.topics)).toBe(true);
      for (const topic of item.topics as unknown[]) expect(typeof topic).toBe('string');
      expect(typeof item.body).toBe('string');
      expect(String(item.body).length).toBeGreaterThan(200);
    }
  });

  test('the report agrees with what the importer extracts from the same bytes', () => {
    SEEDS.forEach((seed, i) => {
      const expected = toContractJson(FILES[i], extractArticle(readSeed(seed.file), registries, { today: TODAY }));
      expect(output[i]).toEqual(JSON.parse(JSON.stringify(expected)));
    });
  });

  test('the seeds’ dates and outlets come through the CLI', () => {
    SEEDS.forEach((seed, i) => {
      expect(
        { date: output[i].date, dateInferred: output[i].dateInferred, outlet: output[i].outlet, originalOutlet: output[i].originalOutlet },
        seed.file,
      ).toEqual({ date: seed.date, dateInferred: seed.dateInferred, outlet: seed.outlet, originalOutlet: seed.originalOutlet });
    });
  });

  test('a file that does not exist gives ok:false with an error', () => {
    const item = output.at(-1)!;
    expect(item.file).toBe(MISSING);
    expect(item.ok).toBe(false);
    expect(Array.isArray(item.errors)).toBe(true);
    expect((item.errors as string[]).length).toBeGreaterThan(0);
    expect((item.errors as string[]).join(' ')).toMatch(/ENOENT|not found|cannot read/i);
  });

  test('--dry-run writes nothing in the content folder', () => {
    expect(before.length).toBeGreaterThan(0);
    expect(after).toEqual(before);
  });
});
