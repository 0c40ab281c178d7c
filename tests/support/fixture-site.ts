/** Sites built from a content folder of a test's own, such as the test archive, beside the bundled one in dist/. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEnv } from './build-env.ts';
import { copyFixtureArchive } from './test-archive.ts';

const root = new URL('../../', import.meta.url).pathname;

export interface FixtureSite {
  dist: string;
  remove(): void;
}

/** Runs the real build (`npm run build`) on the content folder `content`, into a site to be served at `base`. */
export function buildSite(content: string, base = '/'): FixtureSite {
  // The build goes inside the project: with an outDir outside it, Astro puts its prerender chunks
  // in the shared .astro/, where a build running alongside would overwrite them.
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  const work = mkdtempSync(join(root, 'node_modules', '.cache', 'archive-site-'));
  const dist = join(work, 'dist');
  try {
    execFileSync('npm', ['run', 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: buildEnv({ SITE_BASE: base, ARCHIVE_DIST: dist, ARCHIVE_CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache') }),
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`the build of ${content} failed:\n${stdout}${stderr}`, { cause: error });
  }
  return { dist, remove: () => rmSync(work, { recursive: true, force: true }) };
}

/** Builds a copy of the test archive, after `change` has edited its content folder, to be served at `base`. */
export function buildFixtureSite({ base = '/', change = (_content: string) => {} } = {}): FixtureSite {
  const source = mkdtempSync(join(tmpdir(), 'archive-fixture-'));
  const content = join(source, 'content');
  copyFixtureArchive(content);
  change(content);
  const site = buildSite(content, base);
  return {
    dist: site.dist,
    remove: () => {
      site.remove();
      rmSync(source, { recursive: true, force: true });
    },
  };
}
