/** Grouping, co-occurrence, title periods, per-year counts and neighbours in time. */
import { describe, expect, it } from 'vitest';
import {
  groupByKeys,
  monthOf,
  neighbours,
  officialIds,
  outletIds,
  rankIds,
  topicIds,
  yearCounts,
  yearOf,
} from '../../src/lib/browse/grouping.ts';
import { latestTitle, titlePeriods } from '../../src/lib/browse/official-titles.ts';
import { sortNewestFirst } from '../../src/lib/archive/articles.ts';
import { article, slugs } from './helpers.ts';

const MINISTER = 'Bộ trưởng Bộ Ngoại giao';
const articles = sortNewestFirst([
  article('a-2021-07', {
    date: '2021-07-29',
    outlet: 'baoquocte',
    officials: [
      ['son', 'Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao'],
      ['vu', 'Thứ trưởng'],
    ],
    topics: ['ed', 'vaccine'],
  }),
  article('b-2022-01', {
    date: '2022-01-21',
    outlet: 'haiphong',
    officials: [
      ['son', MINISTER],
      ['vu', 'Thứ trưởng Ngoại giao'],
      ['trong', 'Tổng Bí thư'],
    ],
    topics: ['ed', 'vaccine', 'recovery'],
  }),
  article('c-2022-05', {
    date: '2022-05',
    outlet: null,
    originalOutlet: 'vov',
    officials: [['son', 'Bộ trưởng bộ Ngoại  giao']],
    topics: ['ed'],
  }),
  article('d-2024', {
    date: '2024',
    outlet: 'vov',
    officials: [['son', 'Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao']],
    topics: ['ed', 'fta'],
  }),
  article('e-undated', { date: null, outlet: 'plvn', officials: [['minh', 'Thứ trưởng Ngoại giao']], topics: ['ed', 'vaccine'] }),
]);
const label = (id: string) => id;

describe('grouping', () => {
  it('puts an article under every official it names, newest first', () => {
    const byOfficial = groupByKeys(articles, officialIds);
    expect(slugs(byOfficial.get('son')!)).toEqual(['d-2024', 'c-2022-05', 'b-2022-01', 'a-2021-07']);
    expect(slugs(byOfficial.get('trong')!)).toEqual(['b-2022-01']);
    expect([...byOfficial.keys()].sort()).toEqual(['minh', 'son', 'trong', 'vu']);
  });
  it('counts a republished copy under its original outlet too, once', () => {
    expect(outletIds(articles.find((a) => a.slug === 'c-2022-05')!)).toEqual(['vov']);
    expect(slugs(groupByKeys(articles, outletIds).get('vov')!)).toEqual(['d-2024', 'c-2022-05']);
  });
  it('groups by year and month, leaving out what the date does not say', () => {
    expect([...groupByKeys(articles, (a) => [yearOf(a)]).keys()]).toEqual(['2024', '2022', '2021']);
    expect([...groupByKeys(articles, (a) => [monthOf(a)]).keys()]).toEqual(['2022-05', '2022-01', '2021-07']);
  });
});

describe('co-occurrence', () => {
  it('ranks the officials named with one, most frequent first, without them', () => {
    const withSon = groupByKeys(articles, officialIds).get('son')!;
    expect(rankIds(withSon, officialIds, { label, exclude: 'son' })).toEqual([
      { id: 'vu', count: 2 },
      { id: 'trong', count: 1 },
    ]);
  });
  it('ranks the topics of a topic’s articles, ties by label, up to a limit', () => {
    const vaccine = groupByKeys(articles, topicIds).get('vaccine')!;
    expect(rankIds(vaccine, topicIds, { label, exclude: 'vaccine' })).toEqual([
      { id: 'ed', count: 3 },
      { id: 'recovery', count: 1 },
    ]);
    expect(rankIds(articles, topicIds, { label, limit: 2 })).toEqual([
      { id: 'ed', count: 5 },
      { id: 'vaccine', count: 3 },
    ]);
  });
});

describe('title periods', () => {
  it('gives each title the first and last date it was seen, most recent first; case and spacing do not split a title', () => {
    expect(titlePeriods(articles, 'son')).toEqual([
      { title: 'Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao', first: '2024', last: '2024', count: 1 },
      { title: 'Bộ trưởng bộ Ngoại  giao', first: '2022-01-21', last: '2022-05', count: 2 },
      { title: 'Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao', first: '2021-07-29', last: '2021-07-29', count: 1 },
    ]);
  });
  it('has no period for a title seen only in undated articles', () => {
    expect(titlePeriods(articles, 'minh')).toEqual([{ title: 'Thứ trưởng Ngoại giao', first: null, last: null, count: 1 }]);
  });
  it('takes the latest title from the most recent dated article', () => {
    expect(latestTitle(articles, 'son')).toBe('Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao');
    expect(latestTitle(articles, 'minh')).toBe('Thứ trưởng Ngoại giao');
    expect(latestTitle(articles, 'nobody')).toBeNull();
  });
});

describe('per-year counts', () => {
  it('run from the first to the last year, empty years included, undated left out', () => {
    expect(yearCounts(articles)).toEqual([
      { year: 2021, count: 1 },
      { year: 2022, count: 2 },
      { year: 2023, count: 0 },
      { year: 2024, count: 1 },
    ]);
    expect(yearCounts([article('x')])).toEqual([]);
  });
});

describe('neighbours in time', () => {
  it('are the dated articles just before and after', () => {
    const { older, newer } = neighbours(articles, 'b-2022-01');
    expect([older?.slug, newer?.slug]).toEqual(['a-2021-07', 'c-2022-05']);
    expect(neighbours(articles, 'd-2024').newer).toBeNull();
    expect(neighbours(articles, 'a-2021-07').older).toBeNull();
  });
  it('do not exist for an undated article', () => {
    expect(neighbours(articles, 'e-undated')).toEqual({ older: null, newer: null });
  });
});
