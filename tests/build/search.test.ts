/** The built site's search: the Pagefind index, the header form on every page, JavaScript on the search page only. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { builtPages, contentArticles, dist, page, searchPeriods } from './helpers.ts';
import { SECTIONS } from '../../src/lib/site/routes.ts';
import { STROKE, toIndexForm } from '../../src/search/fold.ts';
import { t } from '../../src/i18n/index.ts';

/** The bundled archive is smaller than one period: its index is one Pagefind bundle. */
const periods = searchPeriods();
const pagefindDir = join(dist, 'pagefind', periods[0]!.dir);
const articles = contentArticles();
const slugs = new Set(articles.map((a) => a.slug));
const searchPaths = ['/vi/tim-kiem/', '/en/search/'];
/** Pages with the site's frame (header); the root doorway and the 404 have none. */
const framed = builtPages().filter((path) => path.startsWith('/vi/') || path.startsWith('/en/'));

/** A Pagefind fragment: gzip, a signature, then JSON. */
function fragments(): { url: string; content: string; meta: Record<string, string> }[] {
  return readdirSync(join(pagefindDir, 'fragment')).map((name) => {
    const data = gunzipSync(readFileSync(join(pagefindDir, 'fragment', name)));
    return JSON.parse(data.subarray('pagefind_dcd'.length).toString('utf8'));
  });
}

describe('search index', () => {
  it('is one period holding every article, undated ones too', () => {
    // YAML reads a full date as a Date, a partial one ("2021-07") as a string
    const years = articles
      .filter((a) => a.data.date)
      .map((a) => (a.data.date instanceof Date ? a.data.date.getUTCFullYear() : Number(String(a.data.date).slice(0, 4))));
    expect(periods).toEqual([
      {
        dir: expect.any(String),
        from: Math.min(...years),
        to: Math.max(...years),
        undated: articles.some((a) => !a.data.date),
        pages: slugs.size,
      },
    ]);
  });

  it('is a Pagefind 1.6+ index with one language per UI, each holding every article once', () => {
    const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8'));
    const [major, minor] = entry.version.split('.').map(Number);
    expect(major > 1 || (major === 1 && minor >= 6)).toBe(true);
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'vi']);
    for (const language of Object.values<{ page_count: number }>(entry.languages)) expect(language.page_count).toBe(slugs.size);
    expect(entry.include_characters).toContain(STROKE);
  });

  it('indexes only article text, in NFC, with đ in the folded form', () => {
    const indexed = fragments();
    expect(indexed.map((f) => f.url.split('/')[2]).sort()).toEqual(
      [...Array(slugs.size).fill(SECTIONS.articles.en), ...Array(slugs.size).fill(SECTIONS.articles.vi)].sort(),
    );
    for (const fragment of indexed) {
      expect(fragment.content.normalize('NFC')).toBe(fragment.content);
      expect(fragment.content).not.toMatch(/[đĐ]/);
      const lang = fragment.url.slice(1, 3) as 'vi' | 'en';
      for (const chrome of ['footer.about', 'search.site', 'article.officials', 'article.checksum'] as const) {
        expect(fragment.content).not.toContain(toIndexForm(t(lang, chrome)));
      }
    }
    // Vietnamese text always has a đ somewhere
    expect(indexed.some((f) => f.content.includes(`d${STROKE}`) || f.content.includes(`D${STROKE}`))).toBe(true);
  });

  it('carries filters, result facts and a sort date on every article page', () => {
    for (const slug of slugs) {
      const doc = page(`/vi/${SECTIONS.articles.vi}/${slug}/`);
      const filters = doc.querySelectorAll('head meta[data-pagefind-filter]').map((m) => m.getAttribute('data-pagefind-filter'));
      expect(filters).toContain('language[content]');
      expect(filters).toContain('official[content]');
      expect(doc.querySelector('head meta[data-pagefind-sort="date[content]"]')).not.toBeNull();
      expect(doc.querySelector('head meta[data-pagefind-meta="title[content]"]')!.getAttribute('content')).toBe(
        doc.querySelector('h1')!.text.trim(),
      );
    }
  });
});

describe('search on every page', () => {
  it('has a header search form leading to the search page with ?q=', () => {
    for (const path of framed) {
      const lang = path.slice(1, 3) as 'vi' | 'en';
      const form = page(path).querySelector('header form[role=search]');
      expect(form, path).not.toBeNull();
      expect(form!.getAttribute('method')).toBe('get');
      expect(form!.getAttribute('action')).toBe(`/${lang}/${SECTIONS.search[lang]}/`);
      const input = form!.querySelector('input[name=q]')!;
      expect(form!.querySelector(`label[for="${input.getAttribute('id')}"]`)!.text.trim()).not.toBe('');
    }
  });

  it('ships JavaScript on the search pages only', () => {
    for (const path of builtPages()) {
      const scripts = page(path)
        .querySelectorAll('script')
        .filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(scripts.length, path).toBe(searchPaths.includes(path) ? 1 : 0);
    }
  });
});
