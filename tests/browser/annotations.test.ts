/**
 * The archive's MDX components in real Chromium, on an archive built here: one article using each
 * component, in Vietnamese and in its English translation. Pages pass axe and run no script;
 * an <Official> link lands on the official's page, which lists the <Quote> linked to its paragraph;
 * notes, corrections and figures show as what they are, in the page's language; words in the other language carry its `lang`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveStatic, type StaticSite } from '../../harness/browser.ts';
import { axeViolations } from './axe.ts';
import { fixtureArchive, type Fixture } from '../support/fixture-archive.ts';
import { buildSite, type FixtureSite } from '../support/fixture-site.ts';

const SLUG = 'hoi-nghi-ngoai-giao-kinh-te';
const QUOTE_VI = '“Ngoại giao kinh tế phải lấy người dân, địa phương và doanh nghiệp làm trung tâm.”';
const QUOTE_EN = '"Economic diplomacy must put people, localities and businesses at its centre."';
/** A quotation standing alone on its line: still a paragraph of the text, with its anchor. */
const LONE_VI = '“Các cơ quan đại diện sẽ đồng hành cùng doanh nghiệp.”';
const LONE_EN = '"The representative missions will stand by businesses."';
const VI = [
  'Sáng 14/3, tại Hà Nội, <Official id="bui-thanh-son">Bộ trưởng Bùi Thanh Sơn</Official> chủ trì hội nghị về ngoại giao kinh tế.',
  `Phát biểu khai mạc, Bộ trưởng nhấn mạnh: <Quote official="bui-thanh-son">${QUOTE_VI}</Quote>`,
  '<Note>Ảnh trong bài gốc không được lưu trữ; ảnh dưới đây do tòa soạn gửi lưu trữ.</Note>',
  '<Correction date="2023-03-16">Bài gốc ghi nhầm ngày khai mạc; ngày đúng là 14/3.</Correction>',
  '<Figure src="media/hoi-nghi.png" alt="Toàn cảnh hội nghị ngoại giao kinh tế" caption="Toàn cảnh hội nghị." credit="Trung Hiếu" />',
  'Các doanh nghiệp đề nghị tăng cường xúc tiến thương mại (<Foreign lang="en">trade promotion</Foreign>) tại châu Phi và Trung Đông.',
  `<Quote official="nguyen-minh-vu">${LONE_VI}</Quote>`,
];
const EN = [
  'On the morning of 14 March in Ha Noi, <Official id="bui-thanh-son">Minister Bui Thanh Son</Official> chaired a conference on economic diplomacy.',
  `Opening the conference, the Minister stressed: <Quote official="bui-thanh-son">${QUOTE_EN}</Quote>`,
  '<Note>The photo (<Foreign lang="vi">ảnh</Foreign>) of the original article was not archived; the one below was sent by the newsroom.</Note>',
  '<Correction date="2023-03-16">The original article gave the wrong opening day; it was 14 March.</Correction>',
  '<Figure src="media/hoi-nghi.png" alt="The economic diplomacy conference" caption="The conference." credit="Trung Hieu" />',
  'Businesses asked for more trade promotion in Africa and the Middle East.',
  `<Quote official="nguyen-minh-vu">${LONE_EN}</Quote>`,
];

let archive: Fixture;
let built: FixtureSite;
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  archive = fixtureArchive();
  archive.write(
    'media/hoi-nghi.png',
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2f5d8a' } })
      .png()
      .toBuffer(),
  );
  archive.original(SLUG, { body: VI.join('\n\n') });
  archive.translation(SLUG, { body: EN.join('\n\n') });
  built = buildSite(archive.dir);
  site = await serveStatic(built.dist);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  built?.remove();
  archive?.remove();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  const response = await page.goto(site.url(path));
  expect(response?.status(), path).toBe(200);
  return page;
}

describe.each([
  {
    lang: 'vi',
    article: `/vi/bai-viet/${SLUG}/`,
    official: '/vi/quan-chuc/bui-thanh-son/',
    quote: QUOTE_VI,
    note: 'Ghi chú của người lưu trữ',
    correction: 'Đính chính ngày 16/3/2023',
    credit: 'Ảnh: Trung Hiếu',
    foreign: { lang: 'en', words: 'trade promotion' },
  },
  {
    lang: 'en',
    article: `/en/articles/${SLUG}/`,
    official: '/en/officials/bui-thanh-son/',
    quote: QUOTE_EN,
    note: "Archivist's note",
    correction: 'Correction of 16 March 2023',
    credit: 'Photo: Trung Hieu',
    foreign: { lang: 'vi', words: 'ảnh' },
  },
])('$lang pages', ({ article, official, quote, note, correction, credit, foreign }) => {
  it('pass axe, run no script, and show each annotation as what it is', async () => {
    const page = await open(article);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    const text = page.locator('.prose');
    expect(await text.locator('.note').innerText()).toContain(note);
    expect(await text.locator('.note').getAttribute('data-pagefind-ignore')).not.toBeNull();
    expect(await text.locator('.correction').innerText()).toContain(correction);
    expect(await page.locator('.corrections li').innerText()).toContain(correction.replace(/^\D+/, '').trim());
    const image = text.locator('figure img');
    expect(await image.getAttribute('srcset')).toMatch(/ 480w, .* 960w, .* 1200w$/);
    expect([await image.getAttribute('width'), await image.getAttribute('height')]).toEqual(['1200', '800']);
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await text.locator('figcaption').innerText()).toContain(credit);
    // words in the other language carry their own
    expect(
      await text.locator('span[lang]').evaluateAll((spans) => spans.map((span) => [span.getAttribute('lang'), span.textContent])),
    ).toEqual([[foreign.lang, foreign.words]]);
    await page.close();
  });

  it('an <Official> link lands on the official’s page, which lists the quotation linked to its paragraph', async () => {
    const page = await open(article);
    await Promise.all([page.waitForURL(`**${official}`), page.locator('.prose a.official').click()]);
    expect(await page.locator('h1').innerText()).toMatch(/Bùi Thanh Sơn/);
    const listed = page.locator('.quotations li', { hasText: quote });
    expect(await listed.count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await Promise.all([page.waitForURL(/#p-2$/), listed.locator('a').click()]);
    expect(await page.locator('#p-2 .quote').innerText()).toBe(quote);
    await page.close();
  });

  it('a quotation alone on its line is a paragraph of the text, anchored like the others', async () => {
    const page = await open(article);
    const anchors = await page.locator('.prose p[id]').evaluateAll((paragraphs) => paragraphs.map((p) => p.id));
    expect(anchors).toEqual(['p-1', 'p-2', 'p-3', 'p-4']);
    expect(await page.locator('#p-4 q.quote').innerText()).toBe(article.startsWith('/vi') ? LONE_VI : LONE_EN);
    await page.close();
  });
});

describe('feeds and open data', () => {
  it('the language feed carries the words without markup, and the figure as a picture with its caption', () => {
    const feed = readFileSync(join(built.dist, 'vi/rss.xml'), 'utf8');
    expect(feed).not.toMatch(/&lt;(?:Quote|Official|Note|Correction|Figure|Foreign)\b/);
    expect(feed).toContain(QUOTE_VI);
    expect(feed).not.toContain('Ảnh trong bài gốc không được lưu trữ');
    expect(feed).toMatch(
      /&lt;figure&gt;&lt;img src=&quot;https?:\/\/\S+\.webp&quot; alt=&quot;Toàn cảnh hội nghị ngoại giao kinh tế&quot;&gt;&lt;figcaption&gt;Toàn cảnh hội nghị\. — Trung Hiếu/,
    );
  });

  it('quotes.json lists the quotations in both languages with their paragraphs', () => {
    const quotes = JSON.parse(readFileSync(join(built.dist, 'data/quotes.json'), 'utf8')) as {
      official: string;
      text: string;
      url: string;
    }[];
    expect(quotes.map(({ official, text, url }) => [official, text, new URL(url).pathname + new URL(url).hash])).toEqual([
      ['bui-thanh-son', QUOTE_VI, `/vi/bai-viet/${SLUG}/#p-2`],
      ['nguyen-minh-vu', LONE_VI, `/vi/bai-viet/${SLUG}/#p-4`],
      ['bui-thanh-son', QUOTE_EN, `/en/articles/${SLUG}/#p-2`],
      ['nguyen-minh-vu', LONE_EN, `/en/articles/${SLUG}/#p-4`],
    ]);
  });
});
