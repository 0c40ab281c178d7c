/** Scratch copies of the test archive for the check tests: break one thing, check, throw away. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { copyFixtureArchive } from '../support/test-archive.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const CONTENT = join(ROOT, 'content');

/** Real articles of the test archive the tests break. */
export const JULY = '2021-07-29-hoi-nghi-truc-tuyen-day-manh-cong-tac-ngoai-giao';
export const DECEMBER = '2021-12-18-ngoai-giao-kinh-te-la-don-bay-quan-trong-huong-toi';
export const JANUARY = '2022-01-21-cong-tac-ngoai-giao-kinh-te-da-dong-gop-tich-cuc';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh copy of the test archive, removed after the test file. */
export function scratchContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'archive-check-'));
  made.push(dir);
  copyFixtureArchive(join(dir, 'content'));
  return join(dir, 'content');
}

/** Replaces `from` (which must occur) with `to` in a file of a scratch copy. */
export function edit(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`${file}: ${from} not found`);
  writeFileSync(file, changed);
}

export { buildEnv } from '../support/build-env.ts';
