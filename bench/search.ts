/**
 * Bytes a reader's browser downloads to search: the built site served locally, its search page
 * opened in headless Chromium with a query in the URL (the first search: page, script and index),
 * then a second query typed into the same page (a later search: only what it had not loaded yet).
 * Text responses count gzipped, as a host compresses them; Pagefind's own files are compressed already.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { launchChromium, serveStatic } from '../harness/browser.ts';
import { SECTIONS } from '../src/lib/site/routes.ts';

export interface SearchTransfer {
  first: { bytes: number; requests: number };
  later: { bytes: number; requests: number };
}

/** The search page's parts the benchmark watches (src/views/SearchPage.astro). */
const STATUS = '#search-status';
const INPUT = '#search-q';
const QUIET_MS = 500;
const TIMEOUT_MS = 120_000;
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml))/;

/** The results are drawn when the status line changed from `before` and no longer says it is searching. */
async function resultsShown(page: Page, before: string): Promise<string> {
  await page.waitForFunction(
    ([status, previous]) => {
      const text = document.querySelector(status!)?.textContent ?? '';
      const root = document.querySelector<HTMLElement>('[data-search]');
      const loading = JSON.parse(root?.dataset.messages ?? '{}')['search.loading'];
      return text !== '' && text !== previous && text !== loading;
    },
    [STATUS, before],
    { timeout: TIMEOUT_MS },
  );
  return (await page.textContent(STATUS)) ?? '';
}

/** Null when the build has no search page or no index. `everyYear`: searches covering every period of the index. */
export async function searchTransfer(dist: string, queries: readonly [string, string], everyYear = false): Promise<SearchTransfer | null> {
  const searchPath = `vi/${SECTIONS.search.vi}/`;
  if (!existsSync(join(dist, searchPath, 'index.html')) || !existsSync(join(dist, 'pagefind'))) return null;
  const site = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    let tally = { bytes: 0, requests: 0 };
    let inFlight = 0;
    let lastActivity = Date.now();
    const counting: Promise<void>[] = [];
    const count = async (request: Request) => {
      const response = await request.response();
      if (!response) return;
      const body = await response.body();
      tally.bytes += COMPRESSIBLE.test(response.headers()['content-type'] ?? '') ? gzipSync(body).length : body.length;
      tally.requests++;
    };
    const done = () => {
      inFlight--;
      lastActivity = Date.now();
    };
    page.on('request', () => {
      inFlight++;
      lastActivity = Date.now();
    });
    page.on('requestfinished', (request) => {
      counting.push(count(request));
      done();
    });
    page.on('requestfailed', done);
    /** Waits until nothing has been requested for a while, then returns what was counted and starts afresh. */
    const settle = async () => {
      while (inFlight > 0 || Date.now() - lastActivity < QUIET_MS) await sleep(50);
      await Promise.all(counting.splice(0));
      const result = tally;
      tally = { bytes: 0, requests: 0 };
      return result;
    };

    await page.goto(site.url(`${searchPath}?q=${encodeURIComponent(queries[0])}${everyYear ? '&scope=all' : ''}`));
    const status = await resultsShown(page, '');
    const first = await settle();
    await page.fill(INPUT, queries[1]);
    await resultsShown(page, status);
    return { first, later: await settle() };
  } finally {
    await browser.close();
    await site.close();
  }
}
