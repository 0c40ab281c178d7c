/**
 * Browse pages and the enriched article page of the built test archive in real Chromium, both languages, light and dark:
 * no axe violations, no console errors, no script and no request leaving the site. Screenshots
 * go to a temporary folder (printed) for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, serveStatic, type StaticSite } from '../../harness/browser.ts';
import { axeViolations } from './axe.ts';

const dist = inject('fixtureDist');
const shots = process.env.SCREENSHOT_DIR ?? join(tmpdir(), 'archive-browse-screenshots');
const ARTICLE = '2022-01-21-cong-tac-ngoai-giao-kinh-te-da-dong-gop-tich-cuc';
const PAGES: Record<string, { vi: string; en: string }> = {
  official: { vi: '/vi/quan-chuc/bui-thanh-son/', en: '/en/officials/bui-thanh-son/' },
  topic: { vi: '/vi/chu-de/vaccine-diplomacy/', en: '/en/topics/vaccine-diplomacy/' },
  outlet: { vi: '/vi/co-quan-bao-chi/vov/', en: '/en/outlets/vov/' },
  year: { vi: '/vi/nam/2021/', en: '/en/years/2021/' },
  month: { vi: '/vi/nam/2022/01/', en: '/en/years/2022/01/' },
  undated: { vi: '/vi/nam/khong-ro-ngay/', en: '/en/years/undated/' },
  officials: { vi: '/vi/quan-chuc/', en: '/en/officials/' },
  topics: { vi: '/vi/chu-de/', en: '/en/topics/' },
  outlets: { vi: '/vi/co-quan-bao-chi/', en: '/en/outlets/' },
  years: { vi: '/vi/nam/', en: '/en/years/' },
  article: { vi: `/vi/bai-viet/${ARTICLE}/`, en: `/en/articles/${ARTICLE}/` },
};
const CASES = Object.entries(PAGES).flatMap(([kind, paths]) => (['vi', 'en'] as const).map((lang) => [kind, lang, paths[lang]] as const));

let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  site = await serveStatic(dist);
  browser = await launchChromium();
  console.log(`screenshots: ${shots}`);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe.each(CASES)('%s page (%s)', (kind, lang, path) => {
  it.each(['light', 'dark'] as const)('passes axe in the %s theme, with no script and nothing loaded from elsewhere', async (scheme) => {
    const page = await browser.newPage({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    const requests: { url: string; type: string }[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
    const response = await page.goto(site.url(path));
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(requests.filter((r) => !r.url.startsWith(site.origin))).toEqual([]);
    expect(requests.filter((r) => r.type === 'script')).toEqual([]);
    await page.screenshot({ path: join(shots, `${kind}-${lang}-${scheme}.png`), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('narrow screens and print', () => {
  it.each(['vi', 'en'] as const)('lays the %s official page out on a phone without sideways scrolling', async (lang) => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(site.url(PAGES.official[lang]));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: join(shots, `official-${lang}-phone.png`), fullPage: true });
    await page.close();
  });

  it('prints an article without navigation, related lists or the copyable formats, keeping the reference', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    await page.goto(site.url(PAGES.article.en));
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-nav', '.related', '.timeline', '.citation details']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('.citation .reference').isVisible()).toBe(true);
    await page.screenshot({ path: join(shots, 'article-en-print.png'), fullPage: true });
    await page.close();
  });
});
