/** Each page type in both languages, in real Chromium, on the built test archive: no console errors, no axe violations. */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { launchChromium, serveStatic, type StaticSite } from '../../harness/browser.ts';
import { axeViolations } from './axe.ts';

const dist = inject('fixtureDist');
const ARTICLE = '2022-01-21-cong-tac-ngoai-giao-kinh-te-da-dong-gop-tich-cuc';
const PAGES = ['/', '/vi/', '/en/', `/vi/bai-viet/${ARTICLE}/`, `/en/articles/${ARTICLE}/`, '/404.html'];

let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic(join(dist));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe.each(PAGES)('page %s', (path) => {
  it('loads without console errors and passes axe', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(site.url(path));
    expect(response?.status()).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
