/**
 * Vitest global setup: the site tests read the built site in dist/. Builds it with
 * `npm run build` when dist/ is missing or older than the sources it is built from.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildEnv } from '../support/build-env.ts';

const root = new URL('../../', import.meta.url).pathname;

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

export default function setup(): void {
  const stamp = join(process.env.ARCHIVE_DIST ?? join(root, 'dist'), 'index.html');
  const sources = ['content', 'src', 'astro.config.mjs', 'package.json'].map((p) => join(root, p));
  if (existsSync(stamp) && statSync(stamp).mtimeMs > Math.max(...sources.map(newestMtime))) return;
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: buildEnv() });
}
