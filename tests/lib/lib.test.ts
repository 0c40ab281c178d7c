/** The small pure modules the site and importer share. */
import { describe, expect, it } from 'vitest';
import vi from '../../src/i18n/vi.json';
import en from '../../src/i18n/en.json';
import { t } from '../../src/i18n/index.ts';
import { asciiFold, closestId, slugify } from '../../src/lib/text/strings.ts';
import { formatPartialDate } from '../../src/lib/text/dates.ts';
import { localiseTitle } from '../../src/lib/archive/titles.ts';
import { pairArticles, sortNewestFirst, versionFor, hasVersionIn, type ArticleFile } from '../../src/lib/archive/articles.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { loadRegistries } from '../../src/importer/registries.ts';
import { FIXTURE_ARCHIVE } from '../support/test-archive.ts';

const registries = loadRegistries(FIXTURE_ARCHIVE);
const table = { titles: registries.titles, places: registries.places };

describe('dictionaries', () => {
  it('have the same keys in both languages, none empty', () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    for (const value of [...Object.values(vi), ...Object.values(en)]) expect(value.trim()).not.toBe('');
  });
  it('fill placeholders', () => {
    expect(t('en', 'home.count', { count: 5 })).toBe('The archive holds 5 articles.');
  });
});

describe('text helpers', () => {
  it('fold Vietnamese to ASCII, đ included', () => {
    expect(asciiFold('Bùi Thanh Sơn, Đại sứ, đầu tư')).toBe('Bui Thanh Son, Dai su, dau tu');
    expect(slugify('Ngoại giao kinh tế năm 2022: Tranh thủ xu hướng phục hồi của các nước')).toBe(
      'ngoai-giao-kinh-te-nam-2022-tranh-thu-xu-huong',
    );
  });
  it('suggest the closest id', () => {
    expect(closestId('bui-thanh-sonn', ['bui-thanh-son', 'vu-quang-minh'])).toBe('bui-thanh-son');
  });
});

describe('partial dates', () => {
  it('are formatted no more precisely than known', () => {
    expect(formatPartialDate('2022-01-21', 'vi')).toBe('21/1/2022');
    expect(formatPartialDate('2022-01-21', 'en')).toBe('21 January 2022');
    expect(formatPartialDate('2022-01', 'vi')).toBe('tháng 1/2022');
    expect(formatPartialDate('2022-01', 'en')).toBe('January 2022');
    expect(formatPartialDate('2022', 'en')).toBe('2022');
    expect(formatPartialDate(null, 'en')).toBeNull();
  });
});

describe('title translation', () => {
  it.each([
    ['Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao', 'Deputy Prime Minister, Minister of Foreign Affairs'],
    ['Đại sứ Việt Nam tại Nhật Bản', 'Vietnamese Ambassador to Japan'],
    ['Phó Chủ tịch UBND tỉnh Tiền Giang', "Vice Chairman of the Tiền Giang Provincial People's Committee"],
    [
      'Thứ trưởng Ngoại giao, Trưởng Ban Chỉ đạo Ngoại giao kinh tế',
      'Deputy Minister of Foreign Affairs, Head of the Steering Committee for Economic Diplomacy',
    ],
    ['nguyên Thứ trưởng Bộ Ngoại giao', 'former Deputy Minister of Foreign Affairs'],
  ])('%s → %s', (vietnamese, english) => {
    expect(localiseTitle(vietnamese, 'en', table)).toEqual({ text: english, lang: 'en' });
  });
  it('keeps an unknown title in Vietnamese, marked as such', () => {
    expect(localiseTitle('Trưởng Ban Tuyên giáo', 'en', table)).toEqual({ text: 'Trưởng Ban Tuyên giáo', lang: 'vi' });
  });
});

const file = (id: string, data: Record<string, unknown>): ArticleFile => ({
  id,
  data: { title: id, language: id.slice(0, 2), ...data } as ArticleFile['data'],
});

describe('article pairing', () => {
  const a = file('vi/a', { date: '2021-07-29' });
  const b = file('vi/b', { date: '2024' });
  const c = file('vi/c', { date: null });
  const aEn = file('en/a', { translationOf: 'a', summary: 's', translator: 't' });

  it('pairs a translation with its original and sorts newest first, undated last', () => {
    const articles = sortNewestFirst(pairArticles([c, aEn, a, b]));
    expect(articles.map((x) => x.slug)).toEqual(['b', 'a', 'c']);
    expect(articles[1].translation).toBe(aEn);
    expect(versionFor(articles[1], 'en').kind).toBe('translation');
    expect(versionFor(articles[0], 'en').kind).toBe('fallback');
    expect(hasVersionIn(articles[0], 'en')).toBe(false);
  });
  it('refuses a translation whose original is missing', () => {
    expect(() => pairArticles([file('en/x', { translationOf: 'x', summary: 's', translator: 't' })])).toThrow(
      /en\/x\.mdx: translationOf "x"/,
    );
  });
});

describe('article schema', () => {
  const schema = articleSchema({ officials: ['bui-thanh-son'], topics: ['economic-diplomacy'], outlets: ['plvn'] });
  const valid = {
    title: 'T',
    language: 'vi',
    date: '2022-01-21',
    datePrecision: 'day',
    dateInferred: false,
    outlet: 'plvn',
    originalOutlet: null,
    author: null,
    officials: [{ id: 'bui-thanh-son', title: 'Bộ trưởng' }],
    topics: ['economic-diplomacy'],
    raw: { path: 'raw/x.txt', sha256: 'a'.repeat(64) },
    importedAt: '2026-11-23',
  };
  it('accepts a complete original and an unquoted YAML date', () => {
    expect(schema.safeParse(valid).success).toBe(true);
    expect(schema.safeParse({ ...valid, date: new Date('2022-01-21') }).success).toBe(true);
  });
  it('refuses a precision that does not match the date', () => {
    const result = schema.safeParse({ ...valid, date: '2022-01' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].message).toMatch(/datePrecision "day" does not match date "2022-01"/);
  });
  it('requires summary and translator on a translation', () => {
    const result = schema.safeParse({ title: 'T', language: 'en', translationOf: 'x' });
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['summary', 'translator']);
  });
});
