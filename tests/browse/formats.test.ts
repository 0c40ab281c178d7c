/** Citation formats, JSON-LD, the sitemap's alternates and the open-data CSV. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bibtex, cslJson, referenceParts, type CitationInput } from '../../src/lib/publish/citation.ts';
import { collectionPageLd, ldScript, newsArticleLd, personLd } from '../../src/lib/publish/structured-data.ts';
import { sitemapSerializer } from '../../src/lib/publish/sitemap.ts';
import { PAGE_LIST, type ListedPage } from '../../src/lib/site/page-list.ts';
import { articlesCsv, CSV_COLUMNS } from '../../src/lib/publish/open-data.ts';
import { loadRegistries } from '../../src/importer/registries.ts';
import { FIXTURE_ARCHIVE } from '../support/test-archive.ts';
import { article } from './helpers.ts';

const cite: CitationInput = {
  slug: '2022-01-21-cong-tac',
  author: 'Trâm Bầu',
  title: { text: 'Công tác ngoại giao kinh tế & mục tiêu “kép”', lang: 'vi' },
  translatedTitle: { text: 'Economic diplomacy work and the “dual goal”', lang: 'en' },
  attribution: 'Hải Phòng City e-portal',
  outlet: 'Hải Phòng City e-portal',
  originalOutlet: null,
  date: '2022-01-21',
  dateKind: 'published',
  archivedAt: '2026-11-23',
  url: 'https://example.org/en/articles/2022-01-21-cong-tac/',
};

describe('citation', () => {
  it('gives a reference in the page language with both titles, each marked with its language', () => {
    const parts = referenceParts(cite, 'en');
    expect(parts.map((p) => p.text).join('')).toBe(
      'Trâm Bầu. “Công tác ngoại giao kinh tế & mục tiêu “kép”” [English title: “Economic diplomacy work and the “dual goal””]. ' +
        'Hải Phòng City e-portal, 21 January 2022. Economic Diplomacy Archive, archived 23 November 2026. https://example.org/en/articles/2022-01-21-cong-tac/',
    );
    expect(parts.filter((p) => p.lang === 'vi').map((p) => p.text)).toEqual(['Trâm Bầu', '“Công tác ngoại giao kinh tế & mục tiêu “kép””']);
    expect(
      referenceParts(cite, 'vi')
        .map((p) => p.text)
        .join(''),
    ).toContain('[tên tiếng Anh: “Economic diplomacy');
    expect(
      referenceParts({ ...cite, author: null, date: null, translatedTitle: null }, 'vi')
        .map((p) => p.text)
        .join(''),
    ).toMatch(/^“Công tác[^[]*”\. Hải Phòng City e-portal, không rõ ngày\./);
    // "n.d." ends its sentence with its own full stop
    expect(
      referenceParts({ ...cite, date: null }, 'en')
        .map((p) => p.text)
        .join(''),
    ).toContain('Hải Phòng City e-portal, n.d. Economic Diplomacy Archive, archived');
  });
  it('cites an event date as the event, not as publication, and an update as an update', () => {
    const event = { ...cite, dateKind: 'event' as const };
    expect(
      referenceParts(event, 'en')
        .map((p) => p.text)
        .join(''),
    ).toContain('Hải Phòng City e-portal, n.d.; event of 21 January 2022.');
    expect(
      referenceParts({ ...cite, dateKind: 'updated' }, 'vi')
        .map((p) => p.text)
        .join(''),
    ).toContain('Hải Phòng City e-portal, cập nhật 21/1/2022.');
    const [item] = JSON.parse(cslJson(event, 'en'));
    expect(item).not.toHaveProperty('issued');
    expect(item['event-date']).toEqual({ 'date-parts': [[2022, 1, 21]] });
    const entry = bibtex(event, 'en');
    expect(entry).toContain('eventdate = {2022-01-21}');
    expect(entry).not.toMatch(/\byear = |\bdate = /);
  });
  it('credits a republished copy to its original outlet and to the site that republished it', () => {
    const copy = {
      ...cite,
      attribution: 'via Voice of Vietnam, republished by an unknown site',
      outlet: null,
      originalOutlet: 'Voice of Vietnam',
    };
    expect(
      referenceParts(copy, 'en')
        .map((p) => p.text)
        .join(''),
    ).toContain('”]. Via Voice of Vietnam, republished by an unknown site, 21 January 2022.');
    expect(bibtex(copy, 'en')).toContain('howpublished = {via Voice of Vietnam, republished by an unknown site}');
    const [item] = JSON.parse(cslJson(copy, 'en'));
    expect(item).not.toHaveProperty('container-title');
    expect(item['original-publisher']).toBe('Voice of Vietnam');
  });
  it('gives BibTeX with special characters escaped and the author kept whole', () => {
    const entry = bibtex(cite, 'en');
    expect(entry).toMatch(/^@misc\{2022-01-21-cong-tac,\n/);
    expect(entry).toContain('author = {{Trâm Bầu}}');
    expect(entry).toContain('title = {Công tác ngoại giao kinh tế \\& mục tiêu “kép”}');
    expect(entry).toContain('date = {2022-01-21}');
    expect(entry).toContain('note = {English title: Economic diplomacy work and the “dual goal”}');
    expect(entry).toMatch(/\n\}$/);
    expect(bibtex({ ...cite, author: null }, 'en')).not.toContain('author');
  });
  it('escapes each BibTeX special character once, never its own escapes', () => {
    const entry = bibtex({ ...cite, title: { text: 'a\\b {c} 50% #1 $2 x_y ~z ^w', lang: 'en' } }, 'en');
    expect(entry).toContain('title = {a\\textbackslash{}b \\{c\\} 50\\% \\#1 \\$2 x\\_y \\textasciitilde{}z \\textasciicircum{}w}');
  });
  it('gives CSL-JSON that parses, with date parts and no empty fields', () => {
    const [item] = JSON.parse(cslJson(cite, 'vi'));
    expect(item).toMatchObject({
      id: cite.slug,
      type: 'article-newspaper',
      language: 'vi',
      author: [{ literal: 'Trâm Bầu' }],
      issued: { 'date-parts': [[2022, 1, 21]] },
      URL: cite.url,
    });
    const [undated] = JSON.parse(cslJson({ ...cite, date: '2022-01', author: null }, 'vi'));
    expect(undated.issued).toEqual({ 'date-parts': [[2022, 1]] });
    expect(undated).not.toHaveProperty('author');
  });
});

describe('JSON-LD', () => {
  const archive = { name: 'Archive', url: 'https://example.org/en/' };
  it('describes a translation as a NewsArticle that translates the original', () => {
    const ld = newsArticleLd({
      url: cite.url,
      headline: 'Economic diplomacy work',
      description: null,
      inLanguage: 'en',
      date: { value: '2022-01-21', kind: 'published' },
      credit: null,
      author: 'Trâm Bầu',
      publisher: { name: 'Hải Phòng City e-portal', url: 'https://haiphong.gov.vn/' },
      sourceOrganization: null,
      translationOf: { url: 'https://example.org/vi/bai-viet/x/', headline: 'Công tác', inLanguage: 'vi' },
      translation: null,
      translator: 'Team',
      officials: [{ name: 'Bùi Thanh Sơn', url: 'https://example.org/en/officials/bui-thanh-son/' }],
      topics: [],
      archive,
    });
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      inLanguage: 'en',
      author: { name: 'Trâm Bầu' },
      publisher: { '@type': 'Organization' },
      translationOfWork: { inLanguage: 'vi' },
    });
    expect(ld).not.toHaveProperty('description');
    expect(ld).not.toHaveProperty('about');
  });
  it('describes an official as a Person and a tag page as a CollectionPage', () => {
    expect(
      personLd({ url: 'https://e.org/x/', name: 'Bùi Thanh Sơn', alternateName: 'Bui Thanh Son', jobTitle: 'Minister' }),
    ).toMatchObject({ '@type': 'Person', '@id': 'https://e.org/x/#person', alternateName: 'Bui Thanh Son' });
    const page = collectionPageLd({
      url: 'https://e.org/t/',
      name: 'T',
      description: null,
      inLanguage: 'vi',
      about: { name: 'T' },
      items: ['https://e.org/a/'],
      archive,
    });
    expect(page).toMatchObject({
      '@type': 'CollectionPage',
      mainEntity: { numberOfItems: 1, itemListElement: [{ position: 1, url: 'https://e.org/a/' }] },
    });
  });
  it('cannot close its script element', () => {
    expect(ldScript({ name: '</script><b>' })).not.toContain('</script>');
    expect(JSON.parse(ldScript({ name: '</script>' }))).toEqual({ name: '</script>' });
  });
});

describe('sitemap alternates', () => {
  it('are the ones the build lists for each page (none where it lists none), with its lastmod; a noindex page is left out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitemap-'));
    const url = (path: string) => `https://e.org/archive/${path}`;
    const alternates = [
      { lang: 'vi', url: url('vi/bai-viet/a/') },
      { lang: 'en', url: url('en/articles/a/') },
    ] as const;
    const pages: ListedPage[] = [
      { kind: 'article', lang: 'en', path: 'en/articles/a/', url: url('en/articles/a/'), alternates: [], lastmod: '2024-01-02' },
      { kind: 'article', lang: 'vi', path: 'vi/bai-viet/a/', url: url('vi/bai-viet/a/'), alternates: [...alternates] },
      { kind: 'notFound', lang: 'en', path: 'en/404/', url: url('en/404/'), alternates: [], noindex: true },
    ];
    writeFileSync(join(dir, PAGE_LIST), JSON.stringify(pages));
    const serialize = sitemapSerializer(() => dir);
    expect(serialize({ url: url('en/articles/a/') })).toEqual({ url: url('en/articles/a/'), links: undefined, lastmod: '2024-01-02' });
    expect(serialize({ url: url('vi/bai-viet/a/') })!.links).toEqual(alternates);
    expect(serialize({ url: url('en/404/') })).toBeUndefined();
    expect(serialize({ url: url('en/rss.xml') })).toEqual({ url: url('en/rss.xml') });
  });
});

describe('open data CSV', () => {
  const registries = loadRegistries(FIXTURE_ARCHIVE);
  const data = {
    articles: [
      article('x', {
        date: '2022-01-21',
        outlet: 'plvn',
        officials: [
          ['bui-thanh-son', 'Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao'],
          ['vu-quang-minh', 'Thứ trưởng'],
        ],
        topics: ['economic-diplomacy', 'investment'],
      }),
    ],
    officials: new Map(registries.officials.map((o) => [o.id, o])),
    topics: new Map(registries.topics.map((t) => [t.id, t])),
    outlets: new Map(registries.outlets.map((o) => [o.id, o])),
    titleTable: { titles: registries.titles, places: registries.places },
  };
  it('has a header and one row per article; fields with commas or quotes are quoted', () => {
    const [header, row, end] = articlesCsv(data as never)
      .slice(1)
      .split('\r\n');
    expect(header.split(',')).toEqual([...CSV_COLUMNS]);
    expect(end).toBe('');
    expect(row).toContain(',"Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao; Thứ trưởng",');
    expect(row).toContain(',bui-thanh-son; vu-quang-minh,');
    expect(row).toContain(',economic-diplomacy; investment,');
    expect(row.startsWith('x,vi,2022-01-21,')).toBe(true);
  });
  it('starts with a byte order mark, so spreadsheets read the Vietnamese as UTF-8', () => {
    expect(articlesCsv(data as never).startsWith('\uFEFFslug,')).toBe(true);
  });
  it('neutralises cells a spreadsheet would run as a formula', () => {
    const risky = ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'];
    // the helper's articles are titled by their slugs
    const lines = articlesCsv({ ...data, articles: risky.map((title) => article(title)) } as never)
      .split('\r\n')
      .slice(1, -1);
    const titles = lines.map((line) => line.split(',')[CSV_COLUMNS.indexOf('title')]);
    expect(titles).toEqual(['"\'=HYPERLINK(""http://x"")"', "'+1", "'-2+3", "'@SUM(A1)", "'\tcmd", '"\'\rcmd"']);
  });
});
