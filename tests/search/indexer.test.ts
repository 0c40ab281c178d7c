/** The search index step on small hand-made sites: periods of years, each with both languages in one entry file. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/search/indexer.ts';
import { writeCopies } from '../../src/search/language-index.ts';
import { PAGE_LIST, type ListedPage } from '../../src/lib/site/page-list.ts';

const work = mkdtempSync(join(tmpdir(), 'archive-indexer-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * A built site with article pages at the given paths, each declaring a language and holding a
 * sentence of text, and the build's list of them with each one's year (none: undated).
 */
function site(name: string, pages: [path: string, lang: string, text: string, year?: number][]): string {
  const dist = join(work, name);
  const list: ListedPage[] = [];
  for (const [path, lang, text, year] of pages) {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(
      join(dist, path, 'index.html'),
      `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><main data-pagefind-body><p>${text}</p></main></body></html>`,
    );
    const listed = path.startsWith('en/') ? 'en' : 'vi';
    list.push({
      kind: 'article',
      lang: listed,
      path: `${path}/`,
      url: `https://e.org/${path}/`,
      alternates: [],
      search: { year: year ?? null },
    });
    // A page the list does not mark as searchable stays out of the index.
    list.push({ kind: 'parallel', lang: listed, path: `${path}/side/`, url: `https://e.org/${path}/side/`, alternates: [] });
  }
  if (pages.length > 0) writeFileSync(join(dist, PAGE_LIST), JSON.stringify(list));
  return dist;
}

/** Pages per language in the entry file of one period's folder. */
function pageCounts(dist: string, dir: string): Record<string, number> {
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind', dir, 'pagefind-entry.json'), 'utf8'));
  return Object.fromEntries(Object.entries<{ page_count: number }>(entry.languages).map(([lang, index]) => [lang, index.page_count]));
}

describe('writeSearchIndex', () => {
  it('indexes each language apart and lists both in one entry file, without Pagefind’s own UIs', async () => {
    const dist = site('two', [
      ['vi/bai-viet/a', 'vi', 'Đại sứ Việt Nam tại Nhật Bản'],
      ['vi/bai-viet/b', 'vi', 'Hợp tác đầu tư'],
      ['en/articles/a', 'en', 'The Vietnamese Ambassador to Japan'],
    ]);
    expect(await writeSearchIndex(dist)).toMatchObject({ pages: 3, periods: 1 });
    expect(readdirSync(join(dist, 'pagefind')).sort()).toEqual(['periods.json', 'undated']);
    expect(pageCounts(dist, 'undated')).toEqual({ vi: 2, en: 1 });
    const files = readdirSync(join(dist, 'pagefind', 'undated'));
    expect(files.filter((file) => file.endsWith('.pf_meta'))).toHaveLength(2);
    expect(files.some((file) => file.startsWith('pagefind-ui') || file.startsWith('pagefind-component-ui'))).toBe(false);
  }, 60_000);

  it('splits the pages into periods of whole years, newest first, each holding both languages', async () => {
    const pages: [string, string, string, number?][] = [];
    for (const [slug, year] of [
      ['a', 2026],
      ['b', 2026],
      ['c', 2025],
      ['d', 2024],
      ['e', 2024],
      ['f', undefined],
    ] as const) {
      pages.push(
        [`vi/bai-viet/${slug}`, 'vi', `Hợp tác đầu tư ${slug}`, year],
        [`en/articles/${slug}`, 'en', `Investment cooperation ${slug}`, year],
      );
    }
    const dist = site('periods', pages);
    expect(await writeSearchIndex(dist, 2)).toMatchObject({ pages: 12, periods: 4 });
    const periods = JSON.parse(readFileSync(join(dist, 'pagefind', 'periods.json'), 'utf8'));
    expect(periods.map((p: { dir: string; pages: number }) => [p.dir, p.pages])).toEqual([
      ['2026', 2],
      ['2025', 1],
      ['2024', 2],
      ['undated', 1],
    ]);
    for (const { dir, pages: count } of periods) expect(pageCounts(dist, dir)).toEqual({ vi: count, en: count });
    // Merged periods each keep their pages: five dated slugs, then the undated one.
    expect(pageCounts(dist, '2024')).toEqual({ vi: 2, en: 2 });
  }, 60_000);

  it('refuses pages whose declared language would put them in the other language’s index', async () => {
    const dist = site('clash', [
      ['vi/bai-viet/a', 'vi', 'Hợp tác đầu tư'],
      ['en/articles/a', 'vi', 'Hợp tác đầu tư'],
    ]);
    await expect(writeSearchIndex(dist)).rejects.toThrow(/en\/articles\/a\/: .*<html lang="vi">/);
  }, 60_000);

  it('gives Pagefind no element ids, so a result does not carry its paragraphs twice as anchors; the page keeps them', async () => {
    const dist = site('anchors', [['vi/bai-viet/a', 'vi', 'Đại sứ phát biểu.</p><p id="p-2" class="x">Hợp tác đầu tư', 2024]]);
    await writeSearchIndex(dist);
    const folder = join(dist, 'pagefind', '2024', 'fragment');
    const fragments = readdirSync(folder).map((file) => {
      const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{')));
    });
    expect(fragments).toHaveLength(1);
    expect(fragments[0].anchors).toEqual([]);
    expect(fragments[0].content).toContain('Hợp tác');
    expect(readFileSync(join(dist, 'vi/bai-viet/a/index.html'), 'utf8')).toContain('<p id="p-2" class="x">');
  }, 60_000);

  it('says so when there is nothing to index', async () => {
    const dist = site('empty', []);
    mkdirSync(dist, { recursive: true });
    await expect(writeSearchIndex(dist)).rejects.toThrow(/no article pages to index/);
  });
});

describe('writeCopies', () => {
  it('writes each page in index form to the first place that takes it, and to the next when one cannot', () => {
    const dist = site('copies', [['vi/bai-viet/a', 'vi', 'Đại sứ</p><p id="p-2">Hợp tác', 2024]]);
    const closed = join(work, 'no-such-folder', 'below');
    const copies = writeCopies(dist, [{ path: 'vi/bai-viet/a/', year: 2024 }], [closed, work]);
    expect(copies.startsWith(join(work, 'archive-index-'))).toBe(true);
    const copy = readFileSync(join(copies, 'vi/bai-viet/a/index.html'), 'utf8');
    expect(copy).toContain('D\u0335ại sứ</p><p>Hợp tác');
    expect(() => writeCopies(dist, [{ path: 'vi/bai-viet/missing/', year: 2024 }], [closed, work])).toThrow(/ENOENT/);
  });
});
