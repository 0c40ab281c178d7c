/** The search index step on small hand-made sites: one Pagefind run per language, merged into one entry file. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/search/indexer.ts';

const work = mkdtempSync(join(tmpdir(), 'archive-indexer-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A built site with article pages at the given paths, each declaring a language and a sentence of text. */
function site(name: string, pages: [path: string, lang: string, text: string][]): string {
  const dist = join(work, name);
  for (const [path, lang, text] of pages) {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(join(dist, path, 'index.html'), `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><main data-pagefind-body><p>${text}</p></main></body></html>`);
  }
  return dist;
}

describe('writeSearchIndex', () => {
  it('indexes each language apart and lists both in one entry file, without Pagefind’s own UIs', async () => {
    const dist = site('two', [
      ['vi/bai-viet/a', 'vi', 'Đại sứ Việt Nam tại Nhật Bản'],
      ['vi/bai-viet/b', 'vi', 'Hợp tác đầu tư'],
      ['en/articles/a', 'en', 'The Vietnamese Ambassador to Japan'],
    ]);
    expect(await writeSearchIndex(dist)).toMatchObject({ pages: 3 });
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.fromEntries(Object.entries<{ page_count: number }>(entry.languages).map(([lang, index]) => [lang, index.page_count]))).toEqual({ vi: 2, en: 1 });
    const files = readdirSync(join(dist, 'pagefind'));
    expect(files.filter((file) => file.endsWith('.pf_meta'))).toHaveLength(2);
    expect(files.some((file) => file.startsWith('pagefind-ui') || file.startsWith('pagefind-component-ui'))).toBe(false);
  }, 60_000);

  it('refuses pages whose declared language would put them in the other language’s index', async () => {
    const dist = site('clash', [
      ['vi/bai-viet/a', 'vi', 'Hợp tác đầu tư'],
      ['en/articles/a', 'vi', 'Hợp tác đầu tư'],
    ]);
    await expect(writeSearchIndex(dist)).rejects.toThrow(/en\/articles\/a\/: .*<html lang="vi">/);
  }, 60_000);

  it('says so when there is nothing to index', async () => {
    const dist = site('empty', []);
    mkdirSync(dist, { recursive: true });
    await expect(writeSearchIndex(dist)).rejects.toThrow(/no article pages to index/);
  });
});
