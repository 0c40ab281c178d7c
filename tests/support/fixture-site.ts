/** The test archive built into a site of its own, for the tests of behaviour (search, browsing) to drive. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEnv } from './build-env.ts';
import { copyFixtureArchive } from './fixture-archive.ts';

const root = new URL('../../', import.meta.url).pathname;

export interface FixtureSite {
  dist: string;
  remove(): void;
}

/** Builds a copy of the test archive, after `change` has edited its content folder, to be served at `base`. */
export function buildFixtureSite({ base = '/', change = (_content: string) => {} } = {}): FixtureSite {
  const source = mkdtempSync(join(tmpdir(), 'archive-fixture-'));
  // The build goes inside the project: with an outDir outside it, Astro puts its prerender chunks
  // in the shared .astro/, where a build running alongside would overwrite them.
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  const work = mkdtempSync(join(root, 'node_modules', '.cache', 'archive-fixture-'));
  const content = join(source, 'content');
  copyFixtureArchive(content);
  change(content);
  const dist = join(work, 'dist');
  try {
    execFileSync('npm', ['run', 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: buildEnv({ SITE_BASE: base, ARCHIVE_DIST: dist, ARCHIVE_CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache') }),
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`the test archive's build failed:\n${stdout}${stderr}`);
  }
  return {
    dist,
    remove: () => [source, work].forEach((dir) => rmSync(dir, { recursive: true, force: true })),
  };
}
