/**
 * What holds on a site built from any valid archive, whatever its articles: each article has a page in
 * both languages and its raw text with the recorded checksum, each official's pages list exactly the
 * articles naming them and say how many, the open data lists every article, the build's list of its
 * pages names exactly the pages built with the alternates and years they declare, every internal link resolves.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { checkLinks } from '../../src/check/links.ts';
import { formatFinding } from '../../src/check/findings.ts';
import { readPageList } from '../../src/lib/site/page-list.ts';
import { articlePath, contentArticles } from '../build/helpers.ts';

const SITE = 'https://ngoaigiaokinhte.example.org';
const OFFICIALS = { vi: '/vi/quan-chuc/', en: '/en/officials/' } as const;
const LANGS = ['vi', 'en'] as const;

/** The problems of the site in `dist` built from `contentDir`, one line each; none on a sound build. */
export function siteProblems(dist: string, contentDir: string): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, problem: string) => ok || problems.push(problem);
  const page = (path: string): HTMLElement | null => {
    const file = join(dist, path, 'index.html');
    return existsSync(file) ? parse(readFileSync(file, 'utf8')) : null;
  };
  /** The slugs a paged list shows, following its pages. */
  const listed = (path: string | undefined): string[] => {
    const doc = path ? page(path) : null;
    if (!doc) return [];
    const here = doc.querySelectorAll('.browse-main .article-list > li > a').map((a) => a.getAttribute('href')!.split('/').at(-2)!);
    return [...here, ...listed(doc.querySelector('.pager a[rel=next]')?.getAttribute('href'))];
  };

  const originals = contentArticles(contentDir).filter((a) => !a.data.translationOf);
  const naming = new Map<string, string[]>();
  for (const article of originals) {
    for (const lang of LANGS)
      expect(
        page(articlePath(lang, article.slug))?.querySelector('html')?.getAttribute('lang') === lang,
        `${articlePath(lang, article.slug)}: no ${lang} page`,
      );
    const raw = page(articlePath('vi', article.slug))?.querySelector('.provenance a')?.getAttribute('href');
    const sha256 =
      raw && existsSync(join(dist, raw))
        ? createHash('sha256')
            .update(readFileSync(join(dist, raw)))
            .digest('hex')
        : null;
    expect(sha256 === article.data.raw.sha256, `${article.slug}: the raw text served is not the one recorded`);
    for (const { id } of article.data.officials as { id: string }[]) naming.set(id, [...(naming.get(id) ?? []), article.slug]);
  }
  for (const [id, slugs] of naming) {
    for (const lang of LANGS) {
      const path = `${OFFICIALS[lang]}${id}/`;
      expect(
        [...listed(path)].sort().join() === [...slugs].sort().join(),
        `${path}: does not list exactly the ${slugs.length} article(s) naming ${id}`,
      );
      expect(
        page(path)?.querySelector('.summary')?.text.includes(String(slugs.length)) === true,
        `${path}: does not say it lists ${slugs.length} article(s)`,
      );
    }
  }
  const data = JSON.parse(readFileSync(join(dist, 'data', 'articles.json'), 'utf8')) as { slug: string }[];
  expect(
    data
      .map((a) => a.slug)
      .sort()
      .join() ===
      originals
        .map((a) => a.slug)
        .sort()
        .join(),
    'data/articles.json: not every article, once',
  );
  const pageList = readPageList(dist);
  const built = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => file.slice(0, -'index.html'.length));
  const indexable = pageList.filter((listedPage) => !listedPage.noindex);
  expect(
    indexable
      .map((p) => p.path)
      .sort()
      .join() === built.sort().join(),
    'pages.json: does not list exactly the pages built (not-found pages aside)',
  );
  for (const { path, alternates, search } of indexable) {
    const doc = page(path);
    const declared = doc
      ?.querySelectorAll('head link[rel=alternate][hreflang]')
      .map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`);
    expect(
      declared?.join() === alternates.map(({ lang, url }) => `${lang} ${url}`).join(),
      `pages.json: ${path}: not the hreflang alternates the page declares`,
    );
    const year = doc?.querySelector('meta[data-pagefind-filter="year[content]"]')?.getAttribute('content') ?? null;
    if (search)
      expect(year === (search.year === null ? null : String(search.year)), `pages.json: ${path}: not the year the page is filtered by`);
  }
  problems.push(...checkLinks(dist, { base: '/', site: SITE }).map((finding) => formatFinding(finding)));
  return problems;
}
