/**
 * What reference managers, crawlers, browsers and hosts read, in real Chromium on the built test
 * archive: the citation_* tags Zotero reads, robots.txt, the OpenSearch descriptions, the
 * Content-Security-Policy as a <meta> on a host that sends no headers, and the raw texts and
 * not-found pages as `npm run preview` serves them.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, serveStatic, type StaticSite } from '../../harness/browser.ts';
import { settled, shownResults } from './search-helpers.ts';

const dist = inject('fixtureDist');
const EVENT_DATED = '2021-07-29-hoi-nghi-truc-tuyen-day-manh-cong-tac-ngoai-giao';
const REPUBLISHED = '2021-12-18-ngoai-giao-kinh-te-la-don-bay-quan-trong-huong-toi';

let bare: StaticSite;
let browser: Browser;

beforeAll(async () => {
  // A host that sends no headers of its own, as GitHub Pages.
  [bare, browser] = await Promise.all([serveStatic(dist), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await bare?.close();
});

const citationTags = (page: Page) =>
  page.$$eval('meta[name^="citation_"]', (tags) =>
    Object.fromEntries(tags.map((tag) => [tag.getAttribute('name'), tag.getAttribute('content')])),
  );

describe('citation_* meta, as Zotero reads it', () => {
  it('names the title, publication date, publisher and language of the text shown', async () => {
    const page = await browser.newPage();
    await page.goto(bare.url(`/en/articles/${REPUBLISHED}/`));
    expect(await citationTags(page)).toMatchObject({
      citation_title: await page.locator('h1').textContent(),
      citation_publication_date: '2021/12/18',
      citation_publisher: 'via Voice of Vietnam, republished by an unknown site',
      citation_language: 'en',
      citation_public_url: expect.stringMatching(new RegExp(`/en/articles/${REPUBLISHED}/$`)),
    });
    await page.close();
  });

  it('gives the author, and no publication date when the only date is the event the lead reports', async () => {
    const page = await browser.newPage();
    await page.goto(bare.url(`/vi/bai-viet/${EVENT_DATED}/`));
    const tags = await citationTags(page);
    expect(tags).toMatchObject({ citation_author: 'Trung Hiếu', citation_language: 'vi' });
    expect(tags).not.toHaveProperty('citation_publication_date');
    await page.close();
  });
});

describe('for crawlers and browsers', () => {
  it('robots.txt names the sitemap, which is built', async () => {
    const page = await browser.newPage();
    const text = await (await page.goto(bare.url('/robots.txt')))!.text();
    const sitemap = /^Sitemap: (\S+)$/m.exec(text)?.[1];
    expect(sitemap).toMatch(/\/sitemap-index\.xml$/);
    expect(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')).toContain('<sitemapindex');
    await page.close();
  });

  it.each([
    ['vi', '/vi/', 'đại sứ'],
    ['en', '/en/', 'vaccine'],
  ])('each page links the %s OpenSearch description, whose template opens the search', async (lang, home, words) => {
    const page = await browser.newPage();
    await page.goto(bare.url(home));
    const href = await page.locator('link[rel="search"][type="application/opensearchdescription+xml"]').getAttribute('href');
    const xml = await (await page.goto(new URL(href!, bare.origin).href))!.text();
    expect(xml).toContain(`<Language>${lang}</Language>`);
    const template = /template="([^"]+)"/.exec(xml)![1].replace(/&amp;/g, '&');
    const search = new URL(template.replace('{searchTerms}', encodeURIComponent(words)));
    await page.goto(bare.url(search.pathname + search.search));
    await settled(page, words);
    expect((await shownResults(page)).length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('the Content-Security-Policy as a <meta>, on a host that sends no headers', () => {
  it('is in every page, and blocks an inline script', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (directive: string) => violations.push(directive));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation(d: string): void }).reportViolation(event.effectiveDirective),
      ),
    );
    const response = await page.goto(bare.url(`/en/articles/${EVENT_DATED}/`));
    expect(response!.headers()['content-security-policy']).toBeUndefined();
    expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).toMatch(/default-src 'self'/);
    expect(violations).toEqual([]);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.head.append(script);
      return (window as unknown as { inlineRan?: boolean }).inlineRan ?? false;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations).toContain('script-src-elem');
    await page.close();
  });

  it('lets the search run (its script, worker and WebAssembly) with no violation', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto(bare.url('/en/search/?q=vaccine'));
    await settled(page, 'vaccine');
    expect((await shownResults(page)).length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('npm run preview', () => {
  let preview: ChildProcess;
  let origin: string;

  beforeAll(async () => {
    preview = spawn('npm', ['run', 'preview'], { env: { ...process.env, ARCHIVE_DIST: dist, PORT: '0' }, detached: true });
    let output = '';
    preview.stdout!.on('data', (chunk: Buffer) => (output += chunk));
    while (!/at (http:\/\/\S+?)\/\s/.test(output)) await once(preview.stdout!, 'data');
    origin = /at (http:\/\/\S+?)\/\s/.exec(output)![1];
  });
  afterAll(() => {
    if (preview?.pid) process.kill(-preview.pid);
  });

  it('serves a raw text as UTF-8, so Chromium shows its Vietnamese as written', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${origin}/raw/${EVENT_DATED}.txt`);
    expect(response!.headers()['content-type']).toBe('text/plain; charset=utf-8');
    const shown = await page.locator('body').innerText();
    const raw = readFileSync(join(dist, 'raw', `${EVENT_DATED}.txt`), 'utf8');
    expect(shown.trim()).toBe(raw.replace(/\r\n/g, '\n').trim());
    expect(shown).toContain('Ngoại giao');
    await page.close();
  });

  it("answers a missing page with the not-found page of the path's language", async () => {
    const page = await browser.newPage();
    for (const [path, lang] of [
      ['/en/no-such-page/', 'en'],
      ['/vi/khong-co/', 'vi'],
    ]) {
      const response = await page.goto(`${origin}${path}`);
      expect(response!.status()).toBe(404);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    }
    await page.close();
  });
});
