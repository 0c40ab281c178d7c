/** Scratch archives for the tests that import for real, through the CLI as an archivist runs it. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { REPO_ROOT } from './helpers.ts';

/** The archive's own raw texts: real pages to import again, or to vary. */
export const RAW_DIR = join(REPO_ROOT, 'content', 'raw');
export const DECEMBER_RAW = join(RAW_DIR, '2021-12-18-ngoai-giao-kinh-te-la-don-bay-quan-trong-huong-toi.txt');

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A temporary folder, removed after the test file. */
export function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'archive-import-'));
  made.push(dir);
  return dir;
}

/** A content folder with the bundled registries and no article yet. */
export function emptyArchive(): string {
  const content = join(scratchDir(), 'content');
  cpSync(join(REPO_ROOT, 'content', 'registries'), join(content, 'registries'), { recursive: true });
  return content;
}

/** Every file below `dir` with a hash of its bytes, to tell whether anything was written. */
export function fileHashes(dir: string): Record<string, string> {
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dir, name)).isFile());
  return Object.fromEntries(names.sort().map((name) => [name, createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')]));
}

const cli = (contentDir: string) => ({ cwd: REPO_ROOT, env: { ...process.env, ARCHIVE_CONTENT_DIR: contentDir } });

/** `npm run import -- …args` into `contentDir`, waiting for it to end. */
export function runImport(contentDir: string, args: string[]) {
  return spawnSync(process.execPath, ['src/cli/import.ts', ...args], { ...cli(contentDir), encoding: 'utf8' });
}

/** The same, started in the background. */
export function startImport(contentDir: string, args: string[]): ChildProcess {
  return spawn(process.execPath, ['src/cli/import.ts', ...args], cli(contentDir));
}
