/**
 * Safe to host: every kind of page, in both languages, and the search, work in real Chromium when
 * served with the Content-Security-Policy and headers of public/_headers: no policy violation, no
 * console error, no request to anywhere but the site itself, no inline event handler.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveStatic, type StaticSite } from '../../harness/browser.ts';
import { settled, shownResults } from './search-helpers.ts';
import { builtPages, dist } from '../build/helpers.ts';
import { siteHeaders } from '../check/headers-file.ts';

/** One built page of each kind: paths alike but for their slugs and numbers are one kind. */
function onePagePerKind(): string[] {
  const kinds = new Map<string, string>();
  for (const path of builtPages().sort()) {
    const kind = path
      .split('/')
      .filter(Boolean)
      .map((part, i) => (i < 2 ? part : /^\d+$/.test(part) ? 'N' : '*'))
      .join('/');
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  return [...kinds.values()];
}

let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  [site, browser] = await Promise.all([serveStatic(dist, '/', siteHeaders()), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Visit {
  page: Page;
  problems: string[];
  elsewhere: string[];
}

/** Opens `path` recording policy violations, errors and requests that leave the site. */
async function visit(path: string, served = { site, headers: siteHeaders() }): Promise<Visit> {
  const { site } = served;
  const page = await browser.newPage();
  const visit: Visit = { page, problems: [], elsewhere: [] };
  await page.exposeFunction('reportViolation', (text: string) => visit.problems.push(`CSP: ${text}`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`,
      ),
    ),
  );
  page.on('console', (message) => message.type() === 'error' && visit.problems.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => visit.problems.push(`page error: ${error.message}`));
  await page.route('**/*', (route) => {
    if (route.request().url().startsWith(site.origin)) return route.continue();
    visit.elsewhere.push(route.request().url());
    return route.abort();
  });
  const response = await page.goto(site.url(path));
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toBe(served.headers['Content-Security-Policy']);
  return visit;
}

const inlineHandlers = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes]
        .filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value))
        .map((a) => `<${element.localName} ${a.name}>`),
    ),
  );

describe.each(onePagePerKind())('%s under the policy', (path) => {
  it('loads with no violation or error, no request elsewhere, no inline handler', async () => {
    const { page, problems, elsewhere } = await visit(path);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
    expect(elsewhere).toEqual([]);
    expect(await inlineHandlers(page)).toEqual([]);
    await page.close();
  });
});

describe('search under the policy (Pagefind: a worker and WebAssembly)', () => {
  it.each([
    ['/vi/tim-kiem/', 'ngoai giao'],
    ['/en/search/', 'vaccine'],
  ])('%s finds "%s"', async (path, q) => {
    const { page, problems, elsewhere } = await visit(`${path}?q=${encodeURIComponent(q)}`);
    await settled(page, q);
    expect((await shownResults(page)).length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    expect(elsewhere).toEqual([]);
    await page.close();
  });
});

it("the test sees a violation: without 'wasm-unsafe-eval' the search breaks", async () => {
  const headers = { ...siteHeaders() };
  headers['Content-Security-Policy'] = headers['Content-Security-Policy'].replace(" 'wasm-unsafe-eval'", '');
  const strict = await serveStatic(dist, '/', headers);
  try {
    const { page, problems } = await visit('/en/search/?q=vaccine', { site: strict, headers });
    await page.waitForLoadState('networkidle');
    expect(problems.join('\n')).toMatch(/WebAssembly module violates the following Content Security policy directive/);
    await page.close();
  } finally {
    await strict.close();
  }
});

it('covers every kind of page in both languages', () => {
  const pages = onePagePerKind();
  expect(pages.filter((p) => p.startsWith('/vi/')).length).toBeGreaterThan(8);
  expect(pages.filter((p) => p.startsWith('/en/')).length).toBe(pages.filter((p) => p.startsWith('/vi/')).length);
});
