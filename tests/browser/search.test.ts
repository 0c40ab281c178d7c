/**
 * Search in real Chromium against the built test archive: Vietnamese-aware queries, filters and order,
 * the English UI, the header form, keyboard use, accessibility and bytes transferred.
 * (search-subpath.test.ts covers a build under /archive/ with a Vietnamese-only article.)
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, serveStatic, type StaticSite } from '../../harness/browser.ts';
import { axeViolations } from './axe.ts';
import { searchAt, settled, shownResults, slugOf, withPage } from './search-helpers.ts';
import { FIXTURE_ARCHIVE } from '../support/test-archive.ts';
import { contentArticles } from '../build/helpers.ts';

const dist = inject('fixtureDist');
const originals = contentArticles(FIXTURE_ARCHIVE).filter((a) => !a.data.translationOf);
const SLUG = {
  ambassadors: '2021-07-29-hoi-nghi-truc-tuyen-day-manh-cong-tac-ngoai-giao',
  investment: '2024-12-20-hoat-dong-ngoai-giao-kinh-te-ngay-cang-thuc-chat',
  vaccines: '2022-01-21-cong-tac-ngoai-giao-kinh-te-da-dong-gop-tich-cuc',
};

let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  [site, browser] = await Promise.all([serveStatic(dist), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const vi = (query: string) => searchAt(browser, site.url(`/vi/tim-kiem/?${query}`));

describe('Vietnamese-aware queries', () => {
  it.each([
    ['ngoai giao', SLUG.vaccines, 'ngoại'],
    ['dai su', SLUG.ambassadors, 'đại'],
    ['dau tu', SLUG.investment, 'đầu'],
    ['đầu tư', SLUG.investment, 'đầu'],
    ['Đại sứ', SLUG.ambassadors, 'đại'],
  ])('%s finds the expected article first, the accented words marked', async (q, slug, mark) => {
    const { results, slugs } = await vi(`q=${encodeURIComponent(q)}`);
    expect(slugs[0]).toBe(slug);
    expect(results[0].marks).toContain(mark);
    expect(results[0].meta).toMatch(/\d{4}/);
  });

  it('ranks the exact accented form first: ngoài means ngoài, not ngoại', async () => {
    const exact = await vi('q=ngo%C3%A0i');
    expect(exact.results.length).toBe(originals.length);
    for (const result of exact.results) expect(new Set(result.marks)).toEqual(new Set(['ngoài']));
    const accented = await vi('q=ngo%E1%BA%A1i+giao');
    expect(new Set(accented.results[0].marks)).toEqual(new Set(['ngoại', 'giao']));
    const folded = await vi('q=ngoai');
    expect(folded.results.flatMap((r) => r.marks)).toContain('ngoại');
  });

  it('matches a quoted phrase only where its words stand together', async () => {
    const phrase = await vi('q=%22ngoai+giao%22');
    expect(phrase.slugs).toHaveLength(originals.length);
    const reversed = await vi('q=%22giao+ngoai%22');
    expect(reversed.slugs).toEqual([]);
    expect(reversed.status).toMatch(/Không có bài nào/);
  });
});

describe('filters and order', () => {
  const matching = (keep: (data: Record<string, any>) => boolean) =>
    originals
      .filter((a) => keep(a.data))
      .map((a) => a.slug)
      .sort();
  const names = (data: Record<string, any>) => (data.officials as { id: string }[]).map((o) => o.id);

  it.each([
    ['official=vu-quang-minh', (d: Record<string, any>) => names(d).includes('vu-quang-minh')],
    [
      'official=vu-quang-minh&official=nguyen-quoc-dung',
      (d: Record<string, any>) => names(d).includes('vu-quang-minh') || names(d).includes('nguyen-quoc-dung'),
    ],
    ['topic=vaccine-diplomacy', (d: Record<string, any>) => d.topics.includes('vaccine-diplomacy')],
    ['outlet=vov', (d: Record<string, any>) => d.outlet === 'vov' || d.originalOutlet === 'vov'],
    ['year=2021', (d: Record<string, any>) => String(d.date ?? '').startsWith('2021')],
    ['topic=investment&year=2021', (d: Record<string, any>) => d.topics.includes('investment') && String(d.date ?? '').startsWith('2021')],
    ['language=vi', () => true],
  ])('%s narrows the results to the matching articles', async (filters, keep) => {
    const expected = matching(keep);
    expect(expected.length).toBeGreaterThan(0);
    expect((await vi(`q=ngoai+giao&${filters}`)).slugs.sort()).toEqual(expected);
  });

  it('lists by filters alone, newest first, undated last', async () => {
    const { slugs } = await vi('topic=investment');
    const byDate = originals
      .filter((a) => a.data.topics.includes('investment'))
      .sort((a, b) => String(b.data.date ?? '').localeCompare(String(a.data.date ?? '')));
    expect(slugs).toEqual(byDate.map((a) => a.slug));
    expect((await vi('q=ngoai+giao&sort=newest')).slugs.at(-1)).toBe(originals.find((a) => !a.data.date)!.slug);
  });

  it('says when nothing matches and offers the search without filters', async () => {
    await withPage(browser, site.url('/vi/tim-kiem/?q=ngoai+giao&language=en'), async (page) => {
      await settled(page, 'ngoai giao');
      expect(await page.textContent('#search-status')).toMatch(/bỏ bớt bộ lọc/);
      await page.click('#search-clear a');
      await settled(page, 'ngoai giao');
      expect(new URL(page.url()).search).toBe('?q=ngoai+giao');
      expect(await shownResults(page)).toHaveLength(originals.length);
    });
  });

  it('shows the URL state in the form and writes changes back to the URL', async () => {
    await withPage(browser, site.url('/vi/tim-kiem/?q=dai+su&official=bui-thanh-son&sort=newest'), async (page) => {
      await settled(page, 'dai su');
      expect(await page.inputValue('#search-q')).toBe('dai su');
      expect(await page.isChecked('input[name=official][value=bui-thanh-son]')).toBe(true);
      expect(await page.inputValue('#search-sort')).toBe('newest');
      await page.selectOption('#search-year', '2022');
      await page.waitForURL(/year=2022/);
      await settled(page, 'dai su');
      expect((await shownResults(page)).map(slugOf)).toEqual([SLUG.vaccines]);
    });
  });
});

describe('the English UI', () => {
  it('searches English pages in the English UI', async () => {
    const { results, slugs } = await searchAt(browser, site.url('/en/search/?q=investors'));
    expect(slugs.length).toBeGreaterThan(0);
    expect(results[0].href).toMatch(/^\/en\/articles\//);
    expect(results[0].titleLang).toBeNull();
  });
});

describe('without a mouse, without JavaScript', () => {
  it('works from the keyboard: header box, results, article', async () => {
    await withPage(browser, site.url('/vi/'), async (page) => {
      for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.id)) !== 'site-search-q'; i++)
        await page.keyboard.press('Tab');
      await page.keyboard.type('dau tu');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/vi\/tim-kiem\/\?q=dau\+tu$/);
      await settled(page, 'dau tu');
      for (let i = 0; i < 80 && !(await page.evaluate(() => !!document.activeElement?.closest('#search-results'))); i++)
        await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForURL(`**/vi/bai-viet/${SLUG.investment}/`);
    });
  });

  it('keeps the header box a plain form that leads to the search page with the query', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/en/articles/' + SLUG.investment + '/'));
    await page.fill('#site-search-q', 'Đại sứ');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/en\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Đại sứ');
    expect(await page.locator('.notice', { hasText: 'JavaScript' }).isVisible()).toBe(true);
    await context.close();
  });
});

describe('accessibility and console', () => {
  it.each([
    ['/vi/tim-kiem/', ''],
    ['/vi/tim-kiem/', 'q=dai+su&official=bui-thanh-son'],
    ['/vi/tim-kiem/', 'q=ngoai+giao&language=en'],
    ['/en/search/', 'q=ngoai+giao'],
  ])('%s?%s has no axe violations and no console errors', async (path, query) => {
    await withPage(browser, site.url(`${path}?${query}`), async (page) => {
      await settled(page, new URLSearchParams(query).get('q'));
      await page.click('.search-filters summary');
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});

describe('cost', () => {
  it('transfers a few hundred kilobytes for a first query and little for a later one', async () => {
    await withPage(browser, site.url('/vi/tim-kiem/'), async (page) => {
      await settled(page, null);
      const bodies: Promise<number>[] = [];
      // Search traffic only: Chromium also refetches the favicon when the URL changes.
      page.on(
        'response',
        (response) =>
          response.url().includes('/pagefind/') &&
          bodies.push(
            response.body().then(
              (body) => body.length,
              () => 0,
            ),
          ),
      );
      const measure = async (q: string) => {
        bodies.length = 0;
        await page.fill('#search-q', q);
        await settled(page, q);
        return (await Promise.all(bodies)).reduce((sum, n) => sum + n, 0);
      };
      const first = await measure('dai su');
      const later = await measure('dau tu');
      console.log(`search bytes transferred: first query ${first}, later query ${later}`);
      expect(first).toBeLessThan(300_000);
      expect(later).toBeLessThan(first / 5);
    });
  });
});
