/**
 * The built site's browse pages: every official, topic, outlet and year of the bundled articles
 * has a page in both languages listing exactly its articles; feeds, sitemap and JSON-LD parse;
 * every internal link and feed link resolves; browse and article pages carry no JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { parse, type HTMLElement } from 'node-html-parser';
import { articlePath, builtPages, contentArticles, dist, page, root } from './helpers.ts';
import { loadRegistries } from '../../src/importer/registries.ts';
import { t, type MessageKey } from '../../src/i18n/index.ts';

const SITE = 'https://ngoaigiaokinhte.example.org';
const registries = loadRegistries(join(root, 'content'));
const articles = contentArticles();
const originals = articles.filter((a) => !a.data.translationOf);
const translated = new Set(articles.map((a) => a.data.translationOf).filter(Boolean));
const PATHS = {
  officials: { vi: '/vi/quan-chuc/', en: '/en/officials/' },
  topics: { vi: '/vi/chu-de/', en: '/en/topics/' },
  outlets: { vi: '/vi/co-quan-bao-chi/', en: '/en/outlets/' },
  years: { vi: '/vi/nam/', en: '/en/years/' },
} as const;
const LANGS = ['vi', 'en'] as const;

/** The slugs a browse page lists, in order. */
const listed = (path: string) =>
  page(path)
    .querySelectorAll('.browse-main .article-list > li > a')
    .map((a) => a.getAttribute('href')!.split('/').at(-2));

/** Expected slugs: newest first, undated last (the archive's order). */
function expected(match: (data: Record<string, any>) => boolean): string[] {
  return originals
    .filter((a) => match(a.data))
    .sort((a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.data.title.localeCompare(b.data.title, 'vi'))
    .map((a) => a.slug);
}

const officialIds = [...new Set(originals.flatMap((a) => a.data.officials.map((o: { id: string }) => o.id)))];
const topicIds = [...new Set(originals.flatMap((a) => a.data.topics as string[]))];
const outletIds = [...new Set(originals.flatMap((a) => [a.data.outlet, a.data.originalOutlet].filter(Boolean)))];
const years = [...new Set(originals.map((a) => a.data.date?.slice(0, 4)).filter(Boolean))];

describe.each(officialIds)('official %s', (id) => {
  const official = registries.officials.find((o) => o.id === id)!;
  const naming = expected((d) => d.officials.some((o: { id: string }) => o.id === id));

  it.each(LANGS)('has a %s page listing exactly the articles naming them, each with the title it gives', (lang) => {
    const path = `${PATHS.officials[lang]}${id}/`;
    expect(listed(path)).toEqual(naming);
    const doc = page(path);
    expect(doc.querySelector('h1')!.text).toContain(official.name);
    if (lang === 'en') expect(doc.querySelector('h1')!.text).toContain(official.ascii);
    expect(doc.querySelector('.summary')!.text).toContain(String(naming.length));
    if (lang === 'vi') {
      const items = doc.querySelectorAll('.browse-main .article-list > li');
      items.forEach((li, i) => {
        const ref = originals.find((a) => a.slug === naming[i])!.data.officials.find((o: { id: string }) => o.id === id);
        expect(li.text).toContain(ref.title);
      });
    }
    // the per-year chart, when any of their articles is dated
    expect(doc.querySelectorAll('svg[role=img]')).toHaveLength(
      naming.some((slug) => originals.find((a) => a.slug === slug)!.data.date) ? 1 : 0,
    );
    const other = lang === 'vi' ? 'en' : 'vi';
    expect(doc.querySelector(`link[rel=alternate][hreflang=${other}]`)!.getAttribute('href')).toBe(
      `${SITE}${PATHS.officials[other]}${id}/`,
    );
  });
});

describe.each(topicIds)('topic %s', (id) => {
  const topic = registries.topics.find((t) => t.id === id)!;
  it.each(LANGS)('has a %s page with label, description and exactly its articles', (lang) => {
    const path = `${PATHS.topics[lang]}${id}/`;
    expect(listed(path)).toEqual(expected((d) => d.topics.includes(id)));
    const doc = page(path);
    expect(doc.querySelector('h1')!.text).toBe(topic.label[lang]);
    expect(doc.querySelector('main')!.text).toContain(topic.description[lang]);
  });
});

describe('outlet and date pages', () => {
  it.each(outletIds)('outlet %s lists the articles it published or is the source of', (id) => {
    for (const lang of LANGS)
      expect(listed(`${PATHS.outlets[lang]}${id}/`)).toEqual(expected((d) => d.outlet === id || d.originalOutlet === id));
  });
  it.each(years)('year %s lists its articles, and each month its own', (year) => {
    for (const lang of LANGS) {
      expect(listed(`${PATHS.years[lang]}${year}/`)).toEqual(expected((d) => d.date?.startsWith(year)));
      for (const month of new Set(
        originals
          .map((a) => a.data.date)
          .filter((d) => d?.startsWith(year) && d.length >= 7)
          .map((d) => d.slice(5, 7)),
      )) {
        expect(listed(`${PATHS.years[lang]}${year}/${month}/`)).toEqual(expected((d) => d.date?.startsWith(`${year}-${month}`)));
      }
    }
  });
  it('has a page for undated articles in both languages', () => {
    expect(listed('/vi/nam/khong-ro-ngay/')).toEqual(expected((d) => !d.date));
    expect(listed('/en/years/undated/')).toEqual(expected((d) => !d.date));
  });
});

describe('index pages', () => {
  it('group officials by office from their most recent title, as the open data gives it', () => {
    /** The index's office sections, following its pages. */
    const sections = (path: string): HTMLElement[] => {
      const doc = page(path);
      const next = doc.querySelector('.pager a[rel=next]')?.getAttribute('href');
      return [...doc.querySelectorAll('main section'), ...(next ? sections(next) : [])];
    };
    const offices = (JSON.parse(readFileSync(join(dist, 'data/officials.json'), 'utf8')) as { id: string; office: string | null }[]).filter(
      (o) => o.office,
    );
    expect(offices.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      const all = sections(PATHS.officials[lang]);
      for (const { id, office } of offices) {
        const headings = all.filter((s) => s.querySelector(`a[href$="/${id}/"]`)).map((s) => s.querySelector('h2')!.text);
        expect(headings, `${lang} ${id}`).toEqual([t(lang, `index.group.${office}` as MessageKey)]);
      }
    }
  });
  it('list every official, topic, outlet and year with its count', () => {
    for (const lang of LANGS) {
      const links = (section: keyof typeof PATHS) =>
        page(PATHS[section][lang])
          .querySelectorAll('main a')
          .map((a) => a.getAttribute('href'));
      for (const id of officialIds) expect(links('officials')).toContain(`${PATHS.officials[lang]}${id}/`);
      for (const id of outletIds) expect(links('outlets')).toContain(`${PATHS.outlets[lang]}${id}/`);
      for (const year of years) expect(links('years')).toContain(`${PATHS.years[lang]}${year}/`);
      const topics = page(PATHS.topics[lang]).querySelectorAll('main li');
      for (const id of topicIds) {
        const item = topics.find((li) => li.querySelector(`a[href="${PATHS.topics[lang]}${id}/"]`))!;
        expect(item.querySelector('.count')!.text).toContain(String(expected((d) => d.topics.includes(id)).length));
      }
    }
  });
});

describe.each(originals.map((a) => a.slug))('article %s', (slug) => {
  const data = originals.find((a) => a.slug === slug)!.data;
  it.each(LANGS)('(%s) links to its officials and topics, related articles, and offers a citation', (lang) => {
    const doc = page(articlePath(lang, slug));
    const hrefs = doc.querySelectorAll('dl.meta a').map((a) => a.getAttribute('href'));
    for (const o of data.officials) expect(hrefs).toContain(`${PATHS.officials[lang]}${o.id}/`);
    for (const id of data.topics) expect(hrefs).toContain(`${PATHS.topics[lang]}${id}/`);
    expect(doc.querySelectorAll('.related .article-list li').length).toBeGreaterThan(0);
    // node-html-parser keeps <pre> as raw text: parse its content to read it as a reader would
    const [bib, csl] = doc.querySelectorAll('.citation pre').map((pre) => parse(pre.innerHTML).text);
    expect(bib).toMatch(new RegExp(`^@misc\\{${slug},`));
    expect(JSON.parse(csl)[0]).toMatchObject({ id: slug, title: data.title });
    expect(doc.querySelector('.citation .reference')!.text).toContain(data.title);
  });
});

describe('feeds, sitemap, JSON-LD and links', () => {
  const parser = new XMLParser({ ignoreAttributes: false });
  const fileOf = (url: string) => {
    const path = url.startsWith(SITE) ? url.slice(SITE.length) : url;
    return path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  };

  it('has RSS feeds per language, official and topic that parse and link to built pages', () => {
    const feeds = [
      ...LANGS.map((l) => `/${l}/rss.xml`),
      ...officialIds.flatMap((id) => LANGS.map((l) => `${PATHS.officials[l]}${id}/rss.xml`)),
      ...topicIds.map((id) => `/vi/chu-de/${id}/rss.xml`),
    ];
    for (const feed of feeds) {
      const xml = readFileSync(join(dist, feed), 'utf8');
      expect(() => SyntaxValidator.validate(xml), feed).not.toThrow();
      const channel = parser.parse(xml).rss.channel;
      expect(channel.language).toBe(feed.slice(1, 3));
      const items = [channel.item ?? []].flat();
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(existsSync(fileOf(item.link)), item.link).toBe(true);
    }
    expect([parser.parse(readFileSync(join(dist, 'vi/rss.xml'), 'utf8')).rss.channel.item].flat()).toHaveLength(originals.length);
    // the whole text, without the anchors the pages give their paragraphs
    for (const lang of LANGS) {
      const items = [parser.parse(readFileSync(join(dist, `${lang}/rss.xml`), 'utf8')).rss.channel.item].flat();
      for (const item of items) expect(String(item['content:encoded'] ?? ''), item.link).not.toMatch(/<p id=/);
    }
  });

  it('has a sitemap that parses, lists every page, and gives alternates only where both versions exist', () => {
    const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
    expect(() => SyntaxValidator.validate(index)).not.toThrow();
    const xml = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(() => SyntaxValidator.validate(xml)).not.toThrow();
    const urls = [parser.parse(xml).urlset.url].flat() as { loc: string; 'xhtml:link'?: unknown }[];
    const locs = urls.map((u) => u.loc);
    for (const path of builtPages().filter((p) => !p.endsWith('/404.html'))) expect(locs, path).toContain(`${SITE}${path}`);
    for (const url of urls) {
      expect(existsSync(fileOf(url.loc)), url.loc).toBe(true);
      const links = [url['xhtml:link'] ?? []].flat() as { '@_hreflang': string; '@_href': string }[];
      const declared = page(url.loc.slice(SITE.length))
        .querySelectorAll('link[rel=alternate][hreflang]')
        .map((l) => l.getAttribute('href'));
      expect(links.map((l) => l['@_href']).sort(), url.loc).toEqual(declared.sort());
    }
    // an official's page exists in both languages, so it declares both
    const official = urls.find((u) => u.loc === `${SITE}${PATHS.officials.vi}${officialIds[0]}/`)!;
    expect([official['xhtml:link']].flat()).toHaveLength(2);
  });

  it('has JSON-LD that parses on every page of the two languages, of the right type', () => {
    const types = (path: string) => {
      const scripts = page(path).querySelectorAll('script[type="application/ld+json"]');
      return scripts.flatMap((s) => [JSON.parse(s.text)].flat().map((o: { '@type': string }) => o['@type']));
    };
    for (const path of builtPages().filter((p) => /^\/(vi|en)\/./.test(p))) expect(() => types(path), path).not.toThrow();
    for (const original of originals) expect(types(articlePath('en', original.slug))).toEqual(['NewsArticle']);
    expect(types(`${PATHS.officials.en}${officialIds[0]}/`)).toEqual(['Person', 'CollectionPage']);
    expect(types(`${PATHS.topics.vi}${topicIds[0]}/`)).toEqual(['CollectionPage']);
    for (const original of originals.filter((a) => translated.has(a.slug))) {
      const news = JSON.parse(page(articlePath('en', original.slug)).querySelector('script[type="application/ld+json"]')!.text);
      expect(news).toMatchObject({ inLanguage: 'en', translationOfWork: { inLanguage: 'vi' } });
      const kind = original.data.dateKind ?? 'published';
      expect(news.datePublished).toBe(kind === 'published' ? (original.data.date ?? undefined) : undefined);
      expect(news.contentReferenceTime).toBe(kind === 'event' ? (original.data.date ?? undefined) : undefined);
    }
  });

  it('resolves every internal link, stylesheet and feed link; browse and article pages carry no script', () => {
    for (const path of builtPages()) {
      const doc = page(path);
      for (const el of doc.querySelectorAll('a[href^="/"], link[href^="/"]')) {
        const target = el.getAttribute('href')!.split('#')[0];
        expect(existsSync(fileOf(target)), `${path} links to ${target}`).toBe(true);
      }
      if (/\/(quan-chuc|officials|chu-de|topics|co-quan-bao-chi|outlets|nam|years|bai-viet|articles)\//.test(path)) {
        expect(doc.querySelectorAll('script:not([type="application/ld+json"])'), path).toHaveLength(0);
      }
    }
  });

  it('publishes open data files built from the content', () => {
    const articles = JSON.parse(readFileSync(join(dist, 'data/articles.json'), 'utf8'));
    expect(articles.map((a: { slug: string }) => a.slug).sort()).toEqual(originals.map((a) => a.slug).sort());
    const officials = JSON.parse(readFileSync(join(dist, 'data/officials.json'), 'utf8'));
    for (const id of officialIds)
      expect(officials.find((o: { id: string }) => o.id === id).articles).toEqual(
        expected((d) => d.officials.some((o: { id: string }) => o.id === id)),
      );
    const topics = JSON.parse(readFileSync(join(dist, 'data/topics.json'), 'utf8'));
    expect(topics.map((t: { id: string }) => t.id).sort()).toEqual(registries.topics.map((t) => t.id).sort());
    const csv = readFileSync(join(dist, 'data/articles.csv'), 'utf8').trimEnd().split('\r\n');
    expect(csv).toHaveLength(originals.length + 1);
    expect(csv[0]).toMatch(/^\uFEFFslug,/);
  });
});
