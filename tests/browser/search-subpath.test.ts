/**
 * Search on a build of the test archive served under /archive/, in which one article
 * is Vietnamese-only and says đường and Da Nang (see buildSubPathSite).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, serveStatic, type StaticSite } from '../../harness/browser.ts';
import { axeViolations } from './axe.ts';
import { buildSubPathSite, searchAt, settled, VI_ONLY, withPage } from './search-helpers.ts';
import type { FixtureSite } from '../support/fixture-site.ts';

let build: FixtureSite;
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  build = buildSubPathSite();
  [site, browser] = await Promise.all([serveStatic(build.dist, '/archive/'), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  build?.remove();
});

describe('search under /archive/', () => {
  it('finds a Vietnamese-only article for an English reader, saying it is in Vietnamese', async () => {
    const { results, slugs } = await searchAt(browser, site.url('/en/search/?q=vac+xin'));
    expect(slugs[0]).toBe(VI_ONLY);
    expect(results[0].href).toBe(`/archive/en/articles/${VI_ONLY}/`);
    expect(results[0].meta).toContain('in Vietnamese');
    expect(results[0].titleLang).toBe('vi');
    expect(results[0].excerptLang).toBe('vi');
  });

  it('finds đường for duong, linking inside /archive/', async () => {
    const { results, slugs } = await searchAt(browser, site.url('/vi/tim-kiem/?q=duong'));
    expect(slugs[0]).toBe(VI_ONLY);
    expect(results[0].marks).toContain('đường');
    expect(results[0].href).toBe(`/archive/vi/bai-viet/${VI_ONLY}/`);
  });

  it('matches đ in a query to d in the text: Đà Nẵng finds Da Nang', async () => {
    const { results, slugs } = await searchAt(browser, site.url('/vi/tim-kiem/?q=%C4%90%C3%A0+N%E1%BA%B5ng'));
    expect(slugs[0]).toBe(VI_ONLY);
    expect(results[0].marks).toEqual(['da', 'nang']);
  });

  it('leads from the header form to results and on to the article', async () => {
    await withPage(browser, site.url('/en/'), async (page) => {
      await page.fill('#site-search-q', 'dai su');
      await page.press('#site-search-q', 'Enter');
      await page.waitForURL((url) => url.pathname === '/archive/en/search/' && url.search === '?q=dai+su');
      await settled(page, 'dai su');
      expect(await axeViolations(page)).toEqual([]);
      await page.click('#search-results a');
      await page.waitForURL(/\/archive\/en\/articles\//);
      expect(await page.textContent('h1')).not.toBe('');
    });
  });
});
