/**
 * Every kind of page of the built test archive, in both languages, at 320, 390 and 1280 px, light
 * and dark: nothing wider than the viewport, the article's facts stacked on a phone, no axe
 * violation. Screenshots go to a temporary folder (printed) for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, serveStatic, type StaticSite } from '../../harness/browser.ts';
import { axeViolations } from './axe.ts';

const dist = inject('fixtureDist');
const shots = process.env.SCREENSHOT_DIR ?? join(tmpdir(), 'archive-screens');
const ARTICLE = '2021-07-29-hoi-nghi-truc-tuyen-day-manh-cong-tac-ngoai-giao';
const PAGES: Record<string, { vi: string; en: string }> = {
  doorway: { vi: '/', en: '/' },
  home: { vi: '/vi/', en: '/en/' },
  article: { vi: `/vi/bai-viet/${ARTICLE}/`, en: `/en/articles/${ARTICLE}/` },
  sideBySide: { vi: `/vi/bai-viet/${ARTICLE}/song-ngu/`, en: `/en/articles/${ARTICLE}/side-by-side/` },
  official: { vi: '/vi/quan-chuc/bui-thanh-son/', en: '/en/officials/bui-thanh-son/' },
  topic: { vi: '/vi/chu-de/vaccine-diplomacy/', en: '/en/topics/vaccine-diplomacy/' },
  outlet: { vi: '/vi/co-quan-bao-chi/vov/', en: '/en/outlets/vov/' },
  year: { vi: '/vi/nam/2021/', en: '/en/years/2021/' },
  month: { vi: '/vi/nam/2022/01/', en: '/en/years/2022/01/' },
  officials: { vi: '/vi/quan-chuc/', en: '/en/officials/' },
  topics: { vi: '/vi/chu-de/', en: '/en/topics/' },
  outlets: { vi: '/vi/co-quan-bao-chi/', en: '/en/outlets/' },
  years: { vi: '/vi/nam/', en: '/en/years/' },
  search: { vi: '/vi/tim-kiem/', en: '/en/search/' },
  notFound: { vi: '/vi/khong-co-trang-nay/', en: '/en/no-such-page/' },
};
const WIDTHS = [320, 390, 1280];
const SCHEMES = ['light', 'dark'] as const;
const CASES = Object.entries(PAGES).flatMap(([kind, paths]) => (['vi', 'en'] as const).map((lang) => [kind, lang, paths[lang]] as const));

let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  [site, browser] = await Promise.all([serveStatic(dist), launchChromium()]);
  console.log(`screenshots: ${shots}`);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** How far the page reaches past the right edge of the viewport, and the widest element doing it. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')].find((element) => element.getBoundingClientRect().right > width + 1);
    return { by: document.documentElement.scrollWidth - width, element: wide ? `${wide.localName}.${wide.className}` : null };
  });

describe.each(CASES)('%s page (%s)', (kind, lang, path) => {
  it.each(WIDTHS.flatMap((width) => SCHEMES.map((scheme) => [width, scheme] as const)))(
    'at %i px, %s: fits the screen and passes axe',
    async (width, scheme) => {
      const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
      const response = await page.goto(site.url(path));
      expect(response?.status()).toBe(kind === 'notFound' ? 404 : 200);
      // The doorway is Vietnamese with English beside it; a not-found page speaks the language of its path.
      expect(await page.locator('html').getAttribute('lang')).toBe(kind === 'doorway' ? 'vi' : lang);
      if (kind === 'search') await page.locator('.search-filters summary').click();
      expect(await overflow(page)).toEqual({ by: 0, element: null });
      await page.screenshot({ path: join(shots, `${kind}-${lang}-${width}-${scheme}.png`), fullPage: true });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );
});

describe("an article's facts", () => {
  const layout = (page: Page) =>
    page.$$eval('dl.meta > dt', (terms) =>
      terms.map((dt) => ({ dt: dt.getBoundingClientRect(), dd: (dt.nextElementSibling as HTMLElement).getBoundingClientRect() })),
    );

  it.each([320, 390])('are stacked, each label above its value, at %i px', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(site.url(PAGES.article.vi));
    for (const { dt, dd } of await layout(page)) {
      expect(dd.top).toBeGreaterThanOrEqual(dt.bottom - 1);
      expect(Math.abs(dd.left - dt.left)).toBeLessThan(2);
    }
    await page.close();
  });

  it('stand beside their labels on a wide screen', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.url(PAGES.article.en));
    for (const { dt, dd } of await layout(page)) expect(dd.left).toBeGreaterThan(dt.right);
    await page.close();
  });

  it('label the date by what it is: an event date is not called a publication date', async () => {
    const page = await browser.newPage();
    await page.goto(site.url(PAGES.article.en));
    expect(await page.locator('dl.meta > dt').first().textContent()).toBe('Event date');
    await page.close();
  });
});

it('the header takes little of a phone screen', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
  await page.goto(site.url('/vi/'));
  expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThan(170);
  expect(await page.locator('#site-search-q').getAttribute('placeholder')).toBeTruthy();
  await page.close();
});

it('sets the text in the self-hosted Noto Serif, Vietnamese letters included', async () => {
  const page = await browser.newPage();
  await page.goto(site.url(PAGES.article.vi));
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() =>
    [...document.fonts]
      .filter((face) => face.status === 'loaded')
      .map((face) => `${face.family.replace(/["']/g, '')} ${face.style} ${face.weight}`),
  );
  expect(loaded).toContain('Noto Serif normal 400');
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Serif"', 'ạ ế ữ ơ Phạm Sơn'))).toBe(true);
  await page.close();
});
