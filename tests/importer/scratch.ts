/** Scratch archives for the tests that import for real, through the CLI as an archivist runs it. */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  return Object.fromEntries(
    names.sort().map((name) => [
      name,
      createHash('sha256')
        .update(readFileSync(join(dir, name)))
        .digest('hex'),
    ]),
  );
}

const cli = (contentDir: string) => ({ cwd: REPO_ROOT, env: { ...process.env, ARCHIVE_CONTENT_DIR: contentDir } });

/** `npm run import -- …args` into `contentDir`, waiting for it to end. */
export function runImport(contentDir: string, args: string[]) {
  return spawnSync(process.execPath, ['src/cli/import.ts', ...args], { ...cli(contentDir), encoding: 'utf8' });
}

/** The same, started in the background: `done` settles when it has ended, with what it printed. */
export function startImport(contentDir: string, args: string[]) {
  const child = spawn(process.execPath, ['src/cli/import.ts', ...args], cli(contentDir));
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = once(child, 'close').then(([status, signal]) => ({
    status: status as number | null,
    signal: signal as NodeJS.Signals | null,
    stdout,
    stderr,
  }));
  return { child, done };
}

const FAMILY = ['Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi'];
const GIVEN = ['An', 'Bình', 'Cường', 'Đạt', 'Hải', 'Khánh', 'Lâm', 'Phong', 'Tâm', 'Vinh'];

/**
 * Up to 80 distinct articles made from the December raw text, written to a scratch folder: each
 * has a headline of its own (so a slug of its own), a deputy minister and an original outlet the
 * registries do not know, so that every import proposes one entry to each registry.
 */
export function distinctArticles(count: number): string[] {
  const december = readFileSync(DECEMBER_RAW, 'utf8');
  const headline = 'Ngoại giao kinh tế là đòn bẩy quan trọng hướng tới phục hồi toàn diện';
  const dir = scratchDir();
  return Array.from({ length: count }, (_, i) => {
    const [family, given] = [FAMILY[Math.floor(i / GIVEN.length)], GIVEN[i % GIVEN.length]];
    const text = december
      .replace(`\n${headline}\n`, `\nBài ${i + 1}: ${headline}\n`)
      .replace('Trả lời phỏng vấn', `Thứ trưởng Ngoại giao ${family} Quang ${given} cho biết, trả lời phỏng vấn`)
      .replace('Theo VOV', `Theo Tạp chí Kinh tế ${given} ${family}`);
    const file = join(dir, `article-${i + 1}.txt`);
    writeFileSync(file, text);
    return file;
  });
}
