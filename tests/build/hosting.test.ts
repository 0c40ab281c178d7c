/**
 * Safe to host, deployable anywhere: the built pages run no inline code and load nothing from
 * elsewhere; public/_headers, the README's server example and the GitHub workflow agree with each
 * other and with the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { builtPages, dist, page, searchPeriods } from './helpers.ts';
import { HEADERS_FILE, readHeaderRules, siteHeaders } from '../check/headers-file.ts';
import { ROOT } from '../check/helpers.ts';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const CSP = siteHeaders()['Content-Security-Policy'];
const LONG_CACHE = 'public, max-age=31536000, immutable';

describe('every built page', () => {
  const pages = builtPages().map((path) => ({ path, html: page(path) }));

  test('runs no inline code: no event handler attribute, javascript: URL, inline script or inline style', () => {
    const found = pages.flatMap(({ path, html }) => [
      ...html.querySelectorAll('*').flatMap((element) =>
        Object.entries(element.attributes)
          .filter(([name, value]) => /^on/i.test(name) || name === 'style' || /^\s*javascript:/i.test(value))
          .map(([name]) => `${path}: <${element.rawTagName} ${name}>`),
      ),
      ...html
        .querySelectorAll('script:not([src])')
        .filter((script) => script.getAttribute('type') !== 'application/ld+json')
        .map(() => `${path}: inline <script>`),
      ...html.querySelectorAll('style').map(() => `${path}: inline <style>`),
    ]);
    expect(found).toEqual([]);
    expect(pages.length).toBeGreaterThan(50);
  });

  test('loads nothing from another origin', () => {
    const loaders =
      'script[src], link[href]:not([rel~="canonical"]):not([rel~="alternate"]), img, source, iframe, video, audio, embed, object';
    const elsewhere = pages.flatMap(({ path, html }) =>
      html
        .querySelectorAll(loaders)
        .flatMap((element) => ['src', 'href', 'srcset', 'data', 'poster'].map((name) => element.getAttribute(name) ?? ''))
        .filter((url) => /^(?:[a-z]+:)?\/\//i.test(url.trim()))
        .map((url) => `${path}: ${url}`),
    );
    const css = readdirSync(join(dist, '_astro')).filter((name) => name.endsWith('.css'));
    const cssElsewhere = css.flatMap(
      (name) =>
        readFileSync(join(dist, '_astro', name), 'utf8').match(/url\(\s*['"]?(?:[a-z]+:)?\/\/[^)]*\)|@import\s+['"]?(?:[a-z]+:)?\/\//gi) ??
        [],
    );
    expect(elsewhere).toEqual([]);
    expect(css.length).toBeGreaterThan(0);
    expect(cssElsewhere).toEqual([]);
  });
});

describe('public/_headers', () => {
  const rules = readHeaderRules();

  test('is published with the site', () => {
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toBe(readFileSync(HEADERS_FILE, 'utf8'));
  });

  test("the policy allows only the site itself, plus 'wasm-unsafe-eval' for search; nothing inline", () => {
    expect(CSP).toMatch(/(?:^|; )default-src 'self'(?:;|$)/);
    expect(CSP).toMatch(/(?:^|; )script-src 'self' 'wasm-unsafe-eval'(?:;|$)/);
    expect(CSP).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    expect(CSP).toMatch(/object-src 'none'/);
    expect(siteHeaders()['X-Content-Type-Options']).toBe('nosniff');
  });

  test('no header is set by two rules that can match one path (hosts merge those differently)', () => {
    const prefix = (path: string) => path.split('*')[0];
    for (const [i, a] of rules.entries()) {
      for (const b of rules.slice(i + 1)) {
        const overlap = prefix(a.path).startsWith(prefix(b.path)) || prefix(b.path).startsWith(prefix(a.path));
        const shared = Object.keys(a.headers).filter((name) => name in b.headers);
        if (overlap) expect(shared, `${a.path} and ${b.path}`).toEqual([]);
      }
    }
  });

  test('cached forever: only folders of the build whose every file name carries a content hash', () => {
    const forever = rules.filter((rule) => rule.headers['Cache-Control'] === LONG_CACHE).map((rule) => rule.path);
    expect(forever).toEqual(['/_astro/*', '/pagefind/:period/fragment/*', '/pagefind/:period/index/*', '/pagefind/:period/filter/*']);
    const periods = searchPeriods(dist).map((period) => period.dir);
    expect(periods.length).toBeGreaterThan(0);
    for (const path of forever) {
      for (const folder of periods.map((period) => join(dist, path.slice(1, -2).replace(':period', period)))) {
        const names = readdirSync(folder);
        expect(names.length, folder).toBeGreaterThan(0);
        for (const name of names) expect(name, folder).toMatch(/[._][A-Za-z0-9_-]{7,}\.[a-z0-9_]+$/);
      }
    }
    // Pagefind's entry files keep their names from build to build: never cached forever
    for (const name of ['pagefind.js', 'pagefind-entry.json']) expect(existsSync(join(dist, 'pagefind', periods[0]!, name))).toBe(true);
  });
});

describe('README, "Deploying"', () => {
  test('documents the policy of _headers, word for word, and the same in the nginx example', () => {
    expect(README).toContain(`\`\`\`text\n${CSP}\n\`\`\``);
    expect(README).toContain(`add_header Content-Security-Policy "${CSP}" always;`);
  });

  test('the nginx example caches forever exactly the folders _headers does', () => {
    const pattern = /~\^\/archive\/(\S+)\s+"public, max-age=31536000, immutable";/.exec(README)![1];
    const folders = readHeaderRules()
      .filter((rule) => rule.headers['Cache-Control'] === LONG_CACHE)
      .map((rule) => `/archive${rule.path.slice(0, -1)}x`);
    for (const folder of folders) expect(folder).toMatch(new RegExp(`^/archive/${pattern}`));
    expect('/archive/pagefind/2026/pagefind.js').not.toMatch(new RegExp(`^/archive/${pattern}`));
    expect('/archive/pagefind/periods.json').not.toMatch(new RegExp(`^/archive/${pattern}`));
  });

  test('has a section for GitHub Pages, Netlify or Cloudflare Pages, and a plain web server, with the sub-path setting', () => {
    for (const heading of ['### GitHub Pages', '### Netlify or Cloudflare Pages', '### A plain web server'])
      expect(README).toContain(heading);
    expect(README).toContain('SITE_BASE=/archive/ npm run build');
  });

  test('opens with the two commands CI runs (.ci/run runs them as written)', () => {
    const commands = /```sh\n([\s\S]*?)```/
      .exec(README)![1]
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('#')[0].trim());
    expect(commands).toEqual(['npm install && npm run build', 'npm test']);
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    expect(ci).toContain(commands.join('\n'));
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
    expect(scripts.test).toMatch(/^npm run check && /);
    expect(scripts.build).toMatch(/ && node src\/cli\/check-links\.ts$/);
  });
});

describe('the GitHub Pages workflow', () => {
  const workflow = parseYaml(readFileSync(join(ROOT, '.github', 'workflows', 'pages.yml'), 'utf8'));
  const steps: { run?: string; uses?: string; if?: string; env?: Record<string, string>; with?: Record<string, string> }[] =
    workflow.jobs.build.steps;
  const index = (match: (step: (typeof steps)[number]) => boolean) => steps.findIndex(match);

  test('installs, checks, tests, builds for the Pages sub-path, then deploys', () => {
    const order = [
      index((s) => s.run === 'npm install'),
      index((s) => s.run === 'npm test'),
      index((s) => s.run === 'npm run test:browser'),
      index((s) => s.run === 'npm run build'),
      index((s) => s.uses?.startsWith('actions/upload-pages-artifact') ?? false),
    ];
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const build = steps[order[3]];
    expect(build.env).toEqual({ SITE_URL: '${{ steps.pages.outputs.origin }}', SITE_BASE: '${{ steps.pages.outputs.base_path }}/' });
    expect(steps[order[4]].with).toEqual({ path: 'dist' });
    expect(workflow.jobs.deploy.steps.map((s: { uses: string }) => s.uses)).toEqual(['actions/deploy-pages@v4']);
  });

  test('pull requests are checked and tested but never deployed', () => {
    expect(workflow.on).toHaveProperty('pull_request');
    expect(workflow.jobs.deploy.if).toBe("github.event_name != 'pull_request'");
    expect(
      steps
        .filter((s) => s.uses?.startsWith('actions/upload-pages-artifact') || s.run === 'npm run build')
        .every((s) => s.if === "github.event_name != 'pull_request'"),
    ).toBe(true);
  });
});
