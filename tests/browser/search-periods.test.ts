/**
 * Search over an index split into periods (src/search/periods.ts): the built test archive's pages with
 * its index rewritten at one page per period, so its articles fall into four periods
 * (2024, 2022, 2021 and the undated one). A search covers the newest, says so, and widens on request.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, serveStatic, type StaticSite } from '../../harness/browser.ts';
import { axeViolations } from './axe.ts';
import { searchAt, settled, shownResults, slugOf, withPage } from './search-helpers.ts';
import { FIXTURE_ARCHIVE } from '../support/test-archive.ts';
import { contentArticles, searchPeriods } from '../build/helpers.ts';
import { writeSearchIndex } from '../../src/search/indexer.ts';
import { t } from '../../src/i18n/index.ts';

const built = inject('fixtureDist');
const originals = contentArticles(FIXTURE_ARCHIVE).filter((a) => !a.data.translationOf);
/** YAML reads a full date as a Date, a partial one as a string. */
const isoDate = (date: unknown) => (date instanceof Date ? date.toISOString().slice(0, 10) : date ? String(date) : '');
const newestFirst = [...originals].sort((a, b) => isoDate(b.data.date).localeCompare(isoDate(a.data.date)));
const newestYear = isoDate(newestFirst[0]!.data.date).slice(0, 4);

let dist: string;
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  dist = join(mkdtempSync(join(tmpdir(), 'archive-periods-')), 'dist');
  cpSync(built, dist, { recursive: true });
  await writeSearchIndex(dist, 1);
  [site, browser] = await Promise.all([serveStatic(dist), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (dist) rmSync(join(dist, '..'), { recursive: true, force: true });
});

const vi = (query: string) => searchAt(browser, site.url(`/vi/tim-kiem/?${query}`));
const onlyNewest = t('vi', 'search.onlyPeriod', { span: newestYear });

describe('a search over periods', () => {
  it('has one period per year here, newest first, and the undated articles last', () => {
    const periods = searchPeriods(dist);
    expect(periods.length).toBeGreaterThan(2);
    expect(periods[0]!.dir).toBe(newestYear);
    expect(periods.at(-1)!.undated).toBe(true);
  });

  it('covers the newest period first and says which years it searched', async () => {
    const { slugs, status } = await vi('q=ngoai+giao');
    expect(slugs).toEqual(newestFirst.filter((a) => isoDate(a.data.date).startsWith(newestYear)).map((a) => a.slug));
    expect(status).toContain(onlyNewest);
  });

  it('searches every year when asked, keeping that in the URL, and loads no second WebAssembly', async () => {
    await withPage(browser, site.url('/vi/tim-kiem/?q=ngoai+giao'), async (page) => {
      await settled(page, 'ngoai giao');
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.click('#search-widen button');
      await page.waitForFunction(
        () =>
          new URLSearchParams(location.search).get('scope') === 'all' &&
          document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false',
      );
      expect((await shownResults(page)).map(slugOf).sort()).toEqual(originals.map((a) => a.slug).sort());
      expect(await page.textContent('#search-status')).not.toContain(onlyNewest);
      expect(await page.isHidden('#search-widen')).toBe(true);
      // The button is gone: focus moves to the first result rather than being lost
      expect(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)).toBe(true);
      const folders = new Set(requested.filter((path) => path.startsWith('/pagefind/')).map((path) => path.split('/')[2]));
      expect(folders.size).toBe(searchPeriods(dist).length - 1);
      expect(requested.filter((path) => path.endsWith('.pagefind'))).toEqual([]);
      // A later query keeps the wider scope
      await page.fill('#search-q', 'dau tu');
      await settled(page, 'dau tu');
      expect(new URL(page.url()).searchParams.get('scope')).toBe('all');
    });
  });

  it('lists every period newest first when ordered by date, undated last', async () => {
    expect((await vi('q=ngoai+giao&sort=newest&scope=all')).slugs).toEqual(newestFirst.map((a) => a.slug));
    expect((await vi('language=vi&scope=all')).slugs).toEqual(newestFirst.map((a) => a.slug));
  });

  it('searches a chosen year’s period completely, without the note', async () => {
    const year = isoDate(newestFirst.at(-2)!.data.date).slice(0, 4);
    await withPage(browser, site.url(`/vi/tim-kiem/?q=ngoai+giao&year=${year}`), async (page) => {
      await settled(page, 'ngoai giao');
      expect((await shownResults(page)).map(slugOf).sort()).toEqual(
        originals
          .filter((a) => isoDate(a.data.date).startsWith(year))
          .map((a) => a.slug)
          .sort(),
      );
      expect(await page.isHidden('#search-widen')).toBe(true);
    });
  });

  it('says so in the English UI too, accessibly', async () => {
    await withPage(browser, site.url('/en/search/?q=ngoai+giao'), async (page) => {
      await settled(page, 'ngoai giao');
      expect(await page.textContent('#search-status')).toContain(t('en', 'search.onlyPeriod', { span: newestYear }));
      expect((await page.textContent('#search-widen button'))!.trim()).toBe(t('en', 'search.allPeriods'));
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
