/** What the index learns about each article page, and the choices the search page's filters offer. */
import { describe, expect, it } from 'vitest';
import { searchRecord, UNDATED_SORT_KEY } from '../../src/search/record.ts';
import { searchFacets } from '../../src/search/facets.ts';
import type { ArticleView } from '../../src/lib/archive/collections.ts';

function view(lang: 'vi' | 'en', overrides: Partial<ArticleView> = {}): ArticleView {
  return {
    lang,
    title: { text: 'Đại sứ và đầu tư', lang: 'vi' },
    date: '2021-07-29',
    dateKind: 'published',
    outlet: null,
    originalOutlet: { id: 'vov', name: 'VOV', site: 'vov.vn' },
    officials: [
      { id: 'vu-hong-nam', name: 'Vũ Hồng Nam', ascii: 'Vu Hong Nam', title: { text: 'Đại sứ', lang: 'vi' } },
      { id: 'bui-thanh-son', name: 'Bùi Thanh Sơn', ascii: 'Bui Thanh Son', title: { text: 'Bộ trưởng', lang: 'vi' } },
    ],
    topics: [{ id: 'investment', label: lang === 'vi' ? 'Đầu tư' : 'Investment' }],
    version: { kind: lang === 'vi' ? 'original' : 'fallback', file: { id: `vi/x`, data: { language: 'vi' } } },
    ...overrides,
  } as ArticleView;
}

describe('search record', () => {
  it('gives filters by id, the text language, display facts in the page language and a sort date', () => {
    const record = searchRecord(view('en'));
    expect(record.filters).toEqual([
      ['official', 'vu-hong-nam'],
      ['official', 'bui-thanh-son'],
      ['topic', 'investment'],
      ['outlet', 'vov'],
      ['year', '2021'],
      ['language', 'vi'],
    ]);
    expect(record.meta).toEqual({ title: 'Đại sứ và đầu tư', date: '29 July 2021', outlet: 'via VOV, republished by an unknown site' });
    expect(searchRecord(view('vi', { dateKind: 'event' })).meta.date).toBe('29/7/2021 (ngày diễn ra sự kiện)');
    expect(record.sortDate).toBe('2021-07-29');
  });
  it('keeps an undated article sortable, last', () => {
    const record = searchRecord(view('vi', { date: null }));
    expect(record.sortDate).toBe(UNDATED_SORT_KEY);
    expect(record.meta.date).toBeUndefined();
    expect(record.filters.some(([name]) => name === 'year')).toBe(false);
    expect(UNDATED_SORT_KEY < '1900').toBe(true);
  });
});

describe('search facets', () => {
  it('list each choice once, sorted, with Vietnamese names marked on English pages', () => {
    const facets = searchFacets([view('en'), view('en', { date: '2024-12-20', officials: [] })], 'en');
    expect(facets.official).toEqual([
      { value: 'bui-thanh-son', label: 'Bùi Thanh Sơn', lang: 'vi' },
      { value: 'vu-hong-nam', label: 'Vũ Hồng Nam', lang: 'vi' },
    ]);
    expect(facets.topic).toEqual([{ value: 'investment', label: 'Investment' }]);
    expect(facets.outlet).toEqual([{ value: 'vov', label: 'VOV' }]);
    expect(facets.year.map((o) => o.value)).toEqual(['2024', '2021']);
    expect(facets.language).toEqual([
      { value: 'vi', label: 'Vietnamese' },
      { value: 'en', label: 'English' },
    ]);
    expect(searchFacets([view('vi')], 'vi').official[0].lang).toBeUndefined();
  });
});
