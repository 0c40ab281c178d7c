/**
 * The link check over the built site: the real build (root and sub-path) has no broken link, and
 * a small built site with one broken reference of each kind reports each of them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkLinks } from '../../src/check/links.ts';
import { dist } from './helpers.ts';
import { ROOT, buildEnv } from '../check/helpers.ts';

const SITE = 'https://archive.example.org';
const work = mkdtempSync(join(tmpdir(), 'archive-links-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('the built site: every internal link and asset resolves', () => {
  expect(checkLinks(dist, { base: '/', site: 'https://ngoaigiaokinhte.example.org' })).toEqual([]);
});

test('a sub-path build (SITE_BASE=/archive/) passes the check that ends npm run build', () => {
  const out = join(work, 'sub');
  execFileSync('npm', ['run', 'build'], {
    cwd: ROOT,
    stdio: 'pipe',
    env: buildEnv({ SITE_BASE: '/archive/', SITE_URL: SITE, ARCHIVE_DIST: out, ASTRO_CACHE_DIR: join(work, 'cache') }),
  });
  expect(checkLinks(out, { base: '/archive/', site: SITE })).toEqual([]);
  // the same files checked as if served at the root: every link is outside it
  expect(checkLinks(out, { base: '/', site: SITE }).length).toBeGreaterThan(100);
}, 300_000);

describe('a small site with one broken reference of each kind', () => {
  const site = join(work, 'small');
  const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  mkdirSync(join(site, 'archive', 'vi', 'a'), { recursive: true });
  mkdirSync(join(site, 'archive', '_astro'), { recursive: true });
  const root = join(site, 'archive');
  writeFileSync(join(root, '_astro', 'site.css'), 'body { background: url("../missing.png"); } h1 { background: url(../ok.svg) }');
  writeFileSync(join(root, 'ok.svg'), '<svg/>');
  writeFileSync(join(root, 'vi', 'a', 'index.html'), page('<h2 id="part">Part</h2>'));
  writeFileSync(
    join(root, 'vi', 'index.html'),
    page(
      [
        '<a href="a/">ok</a> <a href="/archive/vi/a/#part">ok</a> <a href="#top" id="top">ok</a> <a href="https://other.example/x">outside</a> <a href="mailto:a@b.c">mail</a>',
        '<a href="/archive/vi/b/">missing page</a>',
        '<a href="/vi/a/">outside the base path</a>',
        '<a href="a/#nowhere">missing fragment</a>',
        `<a href="${SITE}/archive/vi/c/">missing page, absolute</a>`,
        '<img src="../nope.png" alt="">',
        '<img srcset="../ok.svg 1x, ../nope2.png 2x" alt="">',
        '<form action="/archive/en/search/"></form>',
      ].join('\n'),
      '<link rel="stylesheet" href="/archive/_astro/site.css"><script type="module" src="/archive/_astro/gone.js"></script>',
    ),
  );
  writeFileSync(
    join(root, 'sitemap-0.xml'),
    `<urlset><url><loc>${SITE}/archive/vi/</loc></url><url><loc>${SITE}/archive/en/</loc></url></urlset>`,
  );

  test('each is reported with file, line, what it is and why', () => {
    const findings = checkLinks(root, { base: '/archive/', site: SITE }).map(
      (f) => `${f.file.slice(root.length + 1)}:${f.line}: ${f.message}`,
    );
    expect(findings).toEqual([
      '_astro/site.css:1: CSS url() "../missing.png": nothing was built at /archive/missing.png',
      `sitemap-0.xml:1: feed or sitemap "${SITE}/archive/en/": nothing was built at /archive/en/`,
      'vi/index.html:2: <a href> "/archive/vi/b/": nothing was built at /archive/vi/b/',
      'vi/index.html:3: <a href> "/vi/a/": is outside the base path /archive/',
      'vi/index.html:4: <a href> "a/#nowhere": no element with id "nowhere" on /archive/vi/a/',
      `vi/index.html:5: <a href> "${SITE}/archive/vi/c/": nothing was built at /archive/vi/c/`,
      'vi/index.html:1: <script src> "/archive/_astro/gone.js": nothing was built at /archive/_astro/gone.js',
      'vi/index.html:6: <img src> "../nope.png": nothing was built at /archive/nope.png',
      'vi/index.html:8: <form action> "/archive/en/search/": nothing was built at /archive/en/search/',
      'vi/index.html:7: <img srcset> "../nope2.png": nothing was built at /archive/nope2.png',
    ]);
  });

  test('the CLI at the end of npm run build exits 1 and names the broken links', () => {
    const copy = join(work, 'cli');
    cpSync(root, copy, { recursive: true });
    const run = spawnSync(process.execPath, ['src/cli/check-links.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ARCHIVE_DIST: copy, SITE_BASE: '/archive/', SITE_URL: SITE },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      '<a href> "/archive/vi/b/": nothing was built at /archive/vi/b/ (fix the link, or the page or asset it should point to)',
    );
    expect(run.stderr).toMatch(/links: 10 broken internal link\(s\) in .*; the site must not be published like this/);
  });
});
