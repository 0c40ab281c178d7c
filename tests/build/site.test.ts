/** The built site holds every article in both languages with the right lang, hreflang and links. */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import type {} from 'mdast-util-mdx';
import { ARCHIVE_ADDITIONS } from '../../src/check/components.ts';
import { readPageList } from '../../src/lib/site/page-list.ts';
import { articlePath, builtPages, contentArticles, dist, page, root } from './helpers.ts';

const articles = contentArticles();
const originals = articles.filter((a) => !a.data.translationOf);
const translations = new Map(articles.filter((a) => a.data.translationOf).map((a) => [a.slug, a]));
const SITE = 'https://ngoaigiaokinhte.example.org';

/** An archivist's note or correction standing alone is not a paragraph of the text: it renders apart. */
const isAddition = (n: RootContent) =>
  n.type === 'paragraph' &&
  n.children.length === 1 &&
  n.children[0]!.type === 'mdxJsxTextElement' &&
  ARCHIVE_ADDITIONS.has(n.children[0]!.name ?? '');

function paragraphs(mdx: string): string[] {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(mdx);
  return tree.children.filter((n) => n.type === 'paragraph' && !isAddition(n)).map((n) => toString(n));
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('bundled content', () => {
  it('has articles, and an original in the other folder for every translation', () => {
    expect(originals.length).toBeGreaterThan(0);
    const slugs = new Set(originals.map((a) => a.slug));
    for (const [slug, translation] of translations) {
      expect(slugs.has(slug), `${translation.lang}/${slug}.mdx`).toBe(true);
      expect(translation.lang).not.toBe(originals.find((a) => a.slug === slug)!.lang);
    }
  });
});

describe.each(originals.map((a) => [a.slug, a] as const))('article %s', (slug, original) => {
  const translation = translations.get(slug);
  const vi = page(articlePath('vi', slug));
  const en = page(articlePath('en', slug));

  it('has a Vietnamese page in Vietnamese with the whole body', () => {
    expect(vi.querySelector('html')!.getAttribute('lang')).toBe('vi');
    expect(clean(vi.querySelector('h1')!.text)).toBe(original.data.title);
    const rendered = vi.querySelectorAll('main article section p').map((p) => clean(p.text));
    expect(rendered).toEqual(paragraphs(original.body).map(clean));
  });

  it.runIf(translation)('has an English page with the English title, the translation and an unofficial-translation label', () => {
    expect(en.querySelector('html')!.getAttribute('lang')).toBe('en');
    expect(clean(en.querySelector('h1')!.text)).toBe(translation!.data.title);
    expect(en.querySelector('.notice')!.text).toMatch(/unofficial translation/i);
    const rendered = en.querySelectorAll('main article section p').map((p) => clean(p.text));
    expect(rendered).toEqual(paragraphs(translation!.body).map(clean));
    expect(en.querySelector('main article section')!.getAttribute('lang')).toBeUndefined();
  });

  it.runIf(!translation)('has an English page saying there is no translation yet, with the Vietnamese text marked as such', () => {
    expect(en.querySelector('html')!.getAttribute('lang')).toBe('en');
    expect(clean(en.querySelector('h1 [lang=vi]')!.text)).toBe(original.data.title);
    expect(en.querySelector('.notice')!.text).toMatch(/no English translation/i);
    const rendered = en.querySelectorAll('main article section p').map((p) => clean(p.text));
    expect(rendered).toEqual(paragraphs(original.body).map(clean));
    expect(en.querySelector('main article section')!.getAttribute('lang')).toBe('vi');
  });

  it('declares hreflang alternates both ways only where both versions exist, and a switcher to the counterpart', () => {
    for (const [doc, self, other] of [
      [vi, 'vi', 'en'],
      [en, 'en', 'vi'],
    ] as const) {
      const alternates = Object.fromEntries(
        doc.querySelectorAll('link[rel=alternate][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
      );
      expect(alternates).toEqual(
        translation ? { [self]: `${SITE}${articlePath(self, slug)}`, [other]: `${SITE}${articlePath(other, slug)}` } : {},
      );
      const switcher = doc.querySelector('header nav a')!;
      expect(switcher.getAttribute('href')).toBe(articlePath(other, slug));
      expect(switcher.getAttribute('lang')).toBe(other);
    }
  });

  it('shows the officials with their titles, in English on the English page', () => {
    const registry = readFileSync(join(root, 'content/registries/officials.yaml'), 'utf8');
    for (const ref of original.data.officials as { id: string; title: string }[]) {
      const name = new RegExp(`id: ${ref.id}\\n\\s+name: (.+)`).exec(registry)![1];
      const viItem = vi.querySelectorAll('dl.meta li').find((li) => li.text.includes(name));
      expect(viItem?.text).toContain(ref.title);
      const enItem = en.querySelectorAll('dl.meta li').find((li) => li.text.includes(name));
      expect(enItem, name).toBeDefined();
      expect(enItem!.querySelector('span[lang=vi]')!.text).toBe(name);
      // the English page shows no Vietnamese title without marking it as Vietnamese
      const titleSpan = enItem!.childNodes.at(-1)!;
      expect(titleSpan.text).not.toContain('Bộ trưởng');
    }
  });

  it('shows date, outlet and provenance with a raw text whose checksum matches', () => {
    const meta = vi.querySelector('dl.meta')!;
    if (original.data.date) expect(meta.querySelector('time')!.getAttribute('datetime')).toBe(original.data.date);
    else expect(meta.text).toContain('Không rõ ngày đăng');
    const rawHref = vi.querySelector('.provenance a')!.getAttribute('href')!;
    const raw = readFileSync(join(dist, rawHref));
    expect(createHash('sha256').update(raw).digest('hex')).toBe(original.data.raw.sha256);
    expect(vi.querySelector('.provenance code')!.text).toBe(original.data.raw.sha256);
  });

  it('marks the Vietnamese original title on the English page with lang="vi"', () => {
    const marked = en.querySelectorAll('[lang=vi]').map((e) => clean(e.text));
    expect(marked).toContain(original.data.title);
  });

  it('says in which language the raw text is written with hreflang, its link’s words being in the page’s language', () => {
    for (const doc of [vi, en]) {
      const link = doc.querySelector('.provenance a')!;
      expect(link.getAttribute('hreflang')).toBe(original.data.language);
      expect(link.getAttribute('lang')).toBeUndefined();
    }
  });
});

describe('site pages', () => {
  it('has home pages in both languages listing every article', () => {
    for (const [lang, path] of [
      ['vi', '/vi/'],
      ['en', '/en/'],
    ] as const) {
      const home = page(path);
      expect(home.querySelector('html')!.getAttribute('lang')).toBe(lang);
      const links = home.querySelectorAll('main a').map((a) => a.getAttribute('href'));
      for (const a of originals) expect(links).toContain(articlePath(lang, a.slug));
    }
  });

  it('has a root page leading to both languages and a 404 page', () => {
    const rootPage = page('/');
    expect(rootPage.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(expect.arrayContaining(['/vi/', '/en/']));
    expect(existsSync(join(dist, '404.html'))).toBe(true);
  });

  it('lists each language’s not-found page where the build leaves it, not to be indexed', () => {
    const listed = readPageList(dist).filter((p) => p.kind === 'notFound');
    expect(listed.map((p) => [p.path, p.noindex])).toEqual([
      ['vi/404.html', true],
      ['en/404.html', true],
    ]);
    for (const { path, url } of listed) {
      expect(existsSync(join(dist, path)), path).toBe(true);
      expect(url).toBe(`${SITE}/${path}`);
    }
  });

  it('has a skip link and a main landmark on every page, and every internal link resolves', () => {
    for (const path of builtPages()) {
      const doc = page(path);
      expect(doc.querySelector('main#main'), path).not.toBeNull();
      for (const a of doc.querySelectorAll('a[href^="/"]')) {
        const target = a.getAttribute('href')!.split('#')[0];
        const file = target.endsWith('/') ? join(dist, target, 'index.html') : join(dist, target);
        expect(existsSync(file), `${path} links to ${target}`).toBe(true);
      }
    }
  });
});
