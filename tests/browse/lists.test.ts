/** Pagination, related articles, office groups and the chart's geometry. */
import { describe, expect, it } from 'vitest';
import { LIST_PAGE_SIZE, pager, paginate } from '../../src/lib/browse/pagination.ts';
import { pagedSlug } from '../../src/lib/site/routes.ts';
import { relatedArticles } from '../../src/lib/browse/related.ts';
import { officeGroup } from '../../src/lib/browse/offices.ts';
import { barChart } from '../../src/lib/browse/chart.ts';
import { sortNewestFirst } from '../../src/lib/archive/articles.ts';
import { article, slugs } from './helpers.ts';

describe('pagination', () => {
  const items = Array.from({ length: 2 * LIST_PAGE_SIZE + 1 }, (_, i) => i);
  it('cuts lists longer than 50 into pages of 50', () => {
    const pages = paginate(items);
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 1]);
    expect(pages.map((p) => [p.number, p.count])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(pages[2].items).toEqual([100]);
    expect(paginate(items.slice(0, 50))).toHaveLength(1);
  });
  it('keeps one page for an empty list', () => {
    expect(paginate([])).toEqual([{ number: 1, count: 1, items: [] }]);
  });
  it('links pages, with none to show for a single page', () => {
    const urlOf = (n: number) => `/x/${n}/`;
    expect(pager(1, 1, urlOf)).toBeNull();
    const second = pager(2, 3, urlOf)!;
    expect([second.previous, second.next]).toEqual(['/x/1/', '/x/3/']);
    expect(second.pages.filter((p) => p.current).map((p) => p.number)).toEqual([2]);
    expect(pager(1, 3, urlOf)!.previous).toBeNull();
    expect(pager(3, 3, urlOf)!.next).toBeNull();
  });
  it('puts page 2 onwards under a localised segment, page 1 at the list itself', () => {
    expect(pagedSlug('vi', 'bui-thanh-son', 1)).toBe('bui-thanh-son');
    expect(pagedSlug('vi', 'bui-thanh-son', 2)).toBe('bui-thanh-son/trang/2');
    expect(pagedSlug('en', '2021', 3)).toBe('2021/page/3');
    expect(pagedSlug('en', undefined, 2)).toBe('page/2');
  });
});

describe('related articles', () => {
  const target = article('t', { date: '2022-01-21', outlet: 'haiphong', officials: [['son', 'x']], topics: ['ed', 'vaccine'] });
  const all = sortNewestFirst([
    target,
    article('same-event-other-outlet', { date: '2022-01-22', outlet: 'baoquocte', officials: [['son', 'x']], topics: ['ed'] }),
    article('same-outlet-same-day', { date: '2022-01-21', outlet: 'haiphong', officials: [['son', 'x']], topics: ['ed', 'vaccine'] }),
    article('shares-official-later', { date: '2024-12-20', outlet: 'ap-bac', officials: [['son', 'x']], topics: ['ed'] }),
    article('shares-topics-only', { date: '2021-07-29', outlet: 'baoquocte', topics: ['ed', 'vaccine'] }),
    article('shares-one-topic', { date: null, outlet: 'plvn', topics: ['ed'] }),
    article('unrelated', { date: '2022-01-21', outlet: 'vov', topics: ['fta'] }),
  ]);
  it('puts the same event reported by another outlet first, then by shared officials, topics and closeness in time', () => {
    expect(slugs(relatedArticles(target, all, 10))).toEqual([
      'same-event-other-outlet',
      'same-outlet-same-day',
      'shares-official-later',
      'shares-topics-only',
      'shares-one-topic',
    ]);
  });
  it('never lists the article itself or one sharing nothing, and stops at the limit', () => {
    expect(slugs(relatedArticles(target, all, 2))).toEqual(['same-event-other-outlet', 'same-outlet-same-day']);
    expect(slugs(relatedArticles(target, all))).not.toContain('t');
    expect(slugs(relatedArticles(target, all, 10))).not.toContain('unrelated');
  });
});

describe('office groups', () => {
  it.each([
    ['Tổng Bí thư', 'party-state'],
    ['Chủ tịch nước', 'party-state'],
    ['Thủ tướng Chính phủ', 'government'],
    ['Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao', 'government'],
    ['Bộ trưởng Bộ Công Thương', 'government'],
    ['Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao', 'mofa'],
    ['Uỷ viên Trung ương Đảng, Bộ trưởng Ngoại giao', 'mofa'],
    ['Thứ trưởng, Trưởng Ban chỉ đạo Ngoại giao kinh tế', 'mofa'],
    ['Thứ trưởng Thường trực Bộ Ngoại giao', 'mofa'],
    ['nguyên Thứ trưởng Bộ Ngoại giao', 'mofa'],
    ['Đại sứ Việt Nam tại Hoa Kỳ', 'missions'],
    ['Đại sứ, Trưởng Phái đoàn Việt Nam tại Geneva', 'missions'],
    ['Tổng Lãnh sự Việt Nam tại Osaka', 'missions'],
    ['Phó Chủ tịch UBND thành phố', 'provinces'],
    ['Phó Chủ tịch UBND tỉnh Tiền Giang', 'provinces'],
    ['Giám đốc Sở Ngoại vụ', 'provinces'],
    ['Tổng giám đốc', 'other'],
  ])('%s → %s', (title, group) => {
    expect(officeGroup(title, false)).toBe(group);
  });
  it('puts a foreign official under foreign whatever the title', () => {
    expect(officeGroup('Bộ trưởng Ngoại giao', true)).toBe('foreign');
    expect(officeGroup(null, false)).toBe('other');
  });
});

describe('per-year chart', () => {
  it('scales bars to the largest count and leaves room for labels', () => {
    const chart = barChart([
      { year: 2021, count: 2 },
      { year: 2022, count: 0 },
      { year: 2023, count: 1 },
    ])!;
    expect(chart.bars.map((b) => b.height)).toEqual([72, 0, 36]);
    expect(chart.bars.every((b) => b.y + b.height === chart.baseline)).toBe(true);
    expect(chart.bars[1].x - chart.bars[0].x).toBe(chart.bars[2].x - chart.bars[1].x);
    expect(chart.width).toBeGreaterThan(chart.bars[2].x + chart.bars[2].width);
    expect(chart.height).toBeGreaterThan(chart.baseline);
  });
  it('draws nothing without data', () => {
    expect(barChart([])).toBeNull();
  });
});
