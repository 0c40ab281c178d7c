/**
 * A build of the test archive with 55 more articles than its five, each naming one more ambassador: long lists (of
 * articles, and the officials index) go on over pages in both languages,
 * articles without a translation get no hreflang alternate (page or sitemap), and the same event
 * reported by another outlet leads the related articles.
 */
import { buildEnv } from '../support/build-env.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { root } from './helpers.ts';
import { copyFixtureArchive } from '../support/test-archive.ts';

const SEED = '2022-01-21-cong-tac-ngoai-giao-kinh-te-da-dong-gop-tich-cuc';
const EXTRA = 55;
const extraSlug = (i: number) => `extra-${String(i).padStart(2, '0')}`;
const ambassadorId = (i: number) => `dai-su-thu-${i}`;
let work: string;
let dist: string;

/** Copies of the seed: extra-00 a day later from another outlet (the same event), the rest through 2023; each names an ambassador of its own. */
function addArticles(content: string): void {
  const ambassadors = Array.from(
    { length: EXTRA },
    (_, i) => `- { id: ${ambassadorId(i)}, name: Trần Văn Thử ${i}, ascii: Tran Van Thu ${i} }\n`,
  );
  writeFileSync(
    join(content, 'registries/officials.yaml'),
    readFileSync(join(content, 'registries/officials.yaml'), 'utf8') + ambassadors.join(''),
  );
  const seed = readFileSync(join(content, 'articles/vi', `${SEED}.mdx`), 'utf8');
  for (let i = 0; i < EXTRA; i++) {
    const date = i === 0 ? '2022-01-22' : `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    const text = seed
      .replace('date: "2022-01-21"', `date: "${date}"`)
      .replace(/^title: "(.*)"$/m, `title: "$1 (${i})"`)
      .replace(i === 0 ? 'outlet: "haiphong-portal"' : /^(?!)/, 'outlet: "vov"')
      .replace('officials:\n', `officials:\n  - id: "${ambassadorId(i)}"\n    title: "Đại sứ"\n`);
    // each copy keeps a raw text of its own: the content contract refuses one text archived twice
    const raw = `${readFileSync(join(content, 'raw', `${SEED}.txt`), 'utf8')}\n(${i})\n`;
    writeFileSync(join(content, 'raw', `${extraSlug(i)}.txt`), raw);
    const ownRaw = text.replace(
      /raw:\n {2}path: ".*"\n {2}sha256: ".*"/,
      `raw:\n  path: "raw/${extraSlug(i)}.txt"\n  sha256: "${createHash('sha256').update(raw).digest('hex')}"`,
    );
    writeFileSync(join(content, 'articles/vi', `${extraSlug(i)}.mdx`), ownRaw);
  }
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'archive-paging-'));
  copyFixtureArchive(join(work, 'content'));
  addArticles(join(work, 'content'));
  dist = join(work, 'dist');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
    cwd: root,
    env: buildEnv({ ARCHIVE_CONTENT_DIR: join(work, 'content'), ASTRO_CACHE_DIR: join(work, 'cache') }),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (path: string): HTMLElement => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const listed = (path: string) =>
  page(path)
    .querySelectorAll('.browse-main .article-list > li > a')
    .map((a) => a.getAttribute('href')!.split('/').at(-2)!);

describe('long lists', () => {
  it.each([
    ['/vi/quan-chuc/bui-thanh-son/', '/vi/quan-chuc/bui-thanh-son/trang/2/', 3 + EXTRA],
    ['/en/officials/bui-thanh-son/', '/en/officials/bui-thanh-son/page/2/', 3 + EXTRA],
    ['/vi/chu-de/economic-diplomacy/', '/vi/chu-de/economic-diplomacy/trang/2/', 5 + EXTRA],
    ['/en/years/2023/', '/en/years/2023/page/2/', EXTRA - 1],
  ])('%s shows 50 articles and the rest on page 2', (first, second, total) => {
    const all = [...listed(first), ...listed(second)];
    expect(listed(first)).toHaveLength(50);
    expect(all).toHaveLength(total);
    expect(new Set(all).size).toBe(total);
    expect(page(first).querySelector('.pager a[rel=next]')!.getAttribute('href')).toBe(second);
    expect(page(second).querySelector('.pager a[rel=prev]')!.getAttribute('href')).toBe(first);
    expect(page(second).querySelector('.pager a[aria-current=page]')!.text).toBe('2');
  });

  it('keeps newest first across pages, and links page 2 to page 2 in the other language', () => {
    const dates = (path: string) =>
      page(path)
        .querySelectorAll('.browse-main .article-list time')
        .map((t) => t.getAttribute('datetime')!);
    const all = [...dates('/vi/quan-chuc/bui-thanh-son/'), ...dates('/vi/quan-chuc/bui-thanh-son/trang/2/')];
    expect(all).toEqual([...all].sort().reverse());
    const second = page('/vi/quan-chuc/bui-thanh-son/trang/2/');
    expect(second.querySelector('header nav a')!.getAttribute('href')).toBe('/en/officials/bui-thanh-son/page/2/');
    expect(second.querySelector('link[rel=alternate][hreflang=en]')!.getAttribute('href')).toMatch(
      /\/en\/officials\/bui-thanh-son\/page\/2\/$/,
    );
  });
});

describe('the officials index', () => {
  const officials = (path: string) =>
    page(path)
      .querySelectorAll('main ul.counted > li > a')
      .map((a) => a.getAttribute('href')!.split('/').at(-2)!);

  it.each([
    ['/vi/quan-chuc/', '/vi/quan-chuc/trang/2/'],
    ['/en/officials/', '/en/officials/page/2/'],
  ])('%s lists 50 officials and the rest on page 2, each once', (first, second) => {
    const registry = readFileSync(join(work, 'content/registries/officials.yaml'), 'utf8');
    const named = new Set(
      readdirSync(join(work, 'content/articles/vi')).flatMap((file) =>
        [...readFileSync(join(work, 'content/articles/vi', file), 'utf8').matchAll(/^ {2}- id: "([^"]+)"/gm)].map((m) => m[1]!),
      ),
    );
    expect(named.size).toBeGreaterThan(50);
    for (const id of named) expect(registry).toContain(`id: ${id}`);
    const all = [...officials(first), ...officials(second)];
    expect(officials(first)).toHaveLength(50);
    expect(new Set(all)).toEqual(named);
    expect(all).toHaveLength(named.size);
    expect(page(first).querySelector('.pager a[rel=next]')!.getAttribute('href')).toBe(second);
    expect(page(second).querySelector('.pager a[aria-current=page]')!.text).toBe('2');
    expect(page(second).querySelector('h1')!.text).toMatch(/2$/);
  });

  it('carries a group over the page break under its heading on both pages, and links to page 2 in the other language', () => {
    const headings = (path: string) =>
      page(path)
        .querySelectorAll('main h2')
        .map((h) => h.text);
    const missions = (path: string) =>
      page(path)
        .querySelectorAll('main section')
        .find((s) => s.querySelector('h2')!.text === 'Ambassadors and missions');
    expect(headings('/en/officials/').at(-1)).toBe('Ambassadors and missions');
    expect(headings('/en/officials/page/2/')[0]).toBe('Ambassadors and missions');
    const ambassadors = [...missions('/en/officials/')!.querySelectorAll('a'), ...missions('/en/officials/page/2/')!.querySelectorAll('a')];
    expect(ambassadors.filter((a) => a.getAttribute('href')!.includes('dai-su-thu-'))).toHaveLength(EXTRA);
    expect(page('/vi/quan-chuc/trang/2/').querySelector('header nav a')!.getAttribute('href')).toBe('/en/officials/page/2/');
    const ld = JSON.parse(page('/en/officials/page/2/').querySelector('script[type="application/ld+json"]')!.text);
    expect(ld.url).toMatch(/\/en\/officials\/page\/2\/$/);
  });

  it('is not paginated where it fits on one page', () => {
    expect(page('/en/topics/').querySelector('.pager')).toBeNull();
    expect(existsSync(join(dist, 'en/topics/page/2'))).toBe(false);
  });
});

describe('an article without a translation', () => {
  it('declares no alternate on either page nor in the sitemap, and its English page is described as Vietnamese', () => {
    for (const path of [`/vi/bai-viet/${extraSlug(3)}/`, `/en/articles/${extraSlug(3)}/`]) {
      expect(page(path).querySelectorAll('link[rel=alternate][hreflang]'), path).toHaveLength(0);
    }
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const entry = (path: string) => new RegExp(`<url><loc>[^<]*${path}</loc>(.*?)</url>`).exec(sitemap)?.[1];
    expect(entry(`/en/articles/${extraSlug(3)}/`)).not.toMatch(/hreflang/);
    expect(entry(`/en/articles/${SEED}/`)).toMatch(/hreflang="vi"/);
    const ld = JSON.parse(page(`/en/articles/${extraSlug(3)}/`).querySelector('script[type="application/ld+json"]')!.text);
    expect(ld.inLanguage).toBe('vi');
    expect(ld).not.toHaveProperty('translationOfWork');
  });
});

describe('related articles', () => {
  it('lead with the same event reported by another outlet', () => {
    const first = page(`/vi/bai-viet/${SEED}/`).querySelector('.related .article-list a')!;
    expect(first.getAttribute('href')).toBe(`/vi/bai-viet/${extraSlug(0)}/`);
  });
});
