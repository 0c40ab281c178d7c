/** Driving the search page in the browser tests, and a build of the test archive served under /archive/. */
import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixtureSite, type FixtureSite } from '../support/fixture-site.ts';
import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';

export interface ShownResult {
  href: string;
  titleLang: string | null;
  meta: string;
  excerptLang: string | null;
  marks: string[];
}

/** Waits until the search for `q` (as in the URL) has finished drawing. */
export async function settled(page: Page, q: string | null): Promise<void> {
  await page.waitForFunction(
    (query) =>
      new URLSearchParams(location.search).get('q') === query &&
      document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false',
    q,
  );
}

export async function shownResults(page: Page): Promise<ShownResult[]> {
  return page.$$eval('#search-results > li', (items) =>
    items.map((li) => ({
      href: li.querySelector('a')!.getAttribute('href')!,
      titleLang: li.querySelector('a')!.getAttribute('lang'),
      meta: li.querySelector('.meta-line')!.textContent!,
      excerptLang: li.querySelector('.excerpt')!.getAttribute('lang'),
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent!.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')),
    })),
  );
}

/** The article slug a result links to. */
export const slugOf = (result: ShownResult) => result.href.split('/').filter(Boolean).at(-1)!;

/** Opens `url` in a new page and runs `check`; the page must log no console errors meanwhile. */
export async function withPage(browser: Browser, url: string, check: (page: Page) => Promise<void>): Promise<void> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await check(page);
  expect(errors).toEqual([]);
  await page.close();
}

/** What the search page at `url` shows once its search has run. */
export async function searchAt(browser: Browser, url: string): Promise<{ results: ShownResult[]; status: string; slugs: string[] }> {
  let shown = { results: [] as ShownResult[], status: '', slugs: [] as string[] };
  await withPage(browser, url, async (page) => {
    await settled(page, new URL(url).searchParams.get('q'));
    const results = await shownResults(page);
    shown = { results, status: (await page.textContent('#search-status'))!, slugs: results.map(slugOf) };
  });
  return shown;
}

/** An article made Vietnamese-only in the sub-path build; no seed article says đường or Da Nang, so this one is given a sentence that does. */
export const VI_ONLY = '2022-01-21-cong-tac-ngoai-giao-kinh-te-da-dong-gop-tich-cuc';

/**
 * Builds the test archive served under /archive/: VI_ONLY loses its English translation (so English
 * readers meet a Vietnamese-only article) and gains a sentence saying đường twice and Da Nang unaccented.
 */
export function buildSubPathSite(): FixtureSite {
  return buildFixtureSite({
    base: '/archive/',
    change: (content) => {
      rmSync(join(content, 'articles', 'en', `${VI_ONLY}.mdx`));
      appendFileSync(
        join(content, 'articles', 'vi', `${VI_ONLY}.mdx`),
        '\nCon đường phía trước còn dài, nhưng đường lối đã rõ, từ Da Nang đến Hà Nội.\n',
      );
    },
  });
}
