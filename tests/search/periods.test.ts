/** How the search index is split into periods of years, newest first (src/search/periods.ts). */
import { describe, expect, it } from 'vitest';
import { periodOfYear, periodsOf, yearSpan } from '../../src/search/periods.ts';

const counts = (entries: [number | null, number][]) => new Map(entries);

describe('periodsOf', () => {
  it('keeps a small archive in one period, undated articles included', () => {
    expect(
      periodsOf(
        counts([
          [2021, 2],
          [2024, 1],
          [null, 1],
          [2022, 1],
        ]),
      ),
    ).toEqual([{ dir: '2021-2024-undated', from: 2021, to: 2024, undated: true, pages: 5 }]);
  });

  it('fills each period with whole years, newest first, up to the page limit', () => {
    const periods = periodsOf(
      counts([
        [2026, 300],
        [2025, 500],
        [2024, 400],
        [2023, 100],
        [2022, 700],
        [null, 50],
      ]),
      1000,
    );
    expect(periods.map((p) => [p.dir, p.pages])).toEqual([
      ['2025-2026', 800],
      ['2023-2024', 500],
      ['2022-undated', 750],
    ]);
  });

  it('gives a year larger than the limit a period of its own, and undated articles theirs when the oldest is full', () => {
    const periods = periodsOf(
      counts([
        [2026, 1500],
        [2025, 900],
        [null, 200],
      ]),
      1000,
    );
    expect(periods.map((p) => [p.dir, p.from, p.to, p.undated, p.pages])).toEqual([
      ['2026', 2026, 2026, false, 1500],
      ['2025', 2025, 2025, false, 900],
      ['undated', null, null, true, 200],
    ]);
  });

  it('makes one period of an archive with no dated article', () => {
    expect(periodsOf(counts([[null, 3]]))).toEqual([{ dir: 'undated', from: null, to: null, undated: true, pages: 3 }]);
  });
});

describe('finding and naming a period', () => {
  const periods = periodsOf(
    counts([
      [2026, 600],
      [2025, 600],
      [2024, 300],
      [2023, 300],
    ]),
    1000,
  );
  it('finds the period of a year, and none for a year the archive lacks', () => {
    expect(periodOfYear(periods, 2024)?.dir).toBe('2024-2025');
    expect(periodOfYear(periods, 2026)?.dir).toBe('2026');
    expect(periodOfYear(periods, 2019)).toBeUndefined();
  });
  it('names the years a period covers as a reader reads them', () => {
    expect(periods.map(yearSpan)).toEqual(['2026', '2024–2025', '2023']);
  });
});
