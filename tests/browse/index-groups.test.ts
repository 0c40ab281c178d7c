/** Index pages in groups: a page of entries keeps the order, one group per run of the same heading. */
import { describe, expect, it } from 'vitest';
import { groupRuns } from '../../src/lib/browse/index-pages.ts';
import { paginate } from '../../src/lib/browse/pagination.ts';
import type { MessageKey } from '../../src/i18n/index.ts';

const entry = (heading: string | null, id: string) => ({
  heading: heading as MessageKey | null,
  link: { url: `/vi/quan-chuc/${id}/`, label: { text: id, lang: 'vi' as const }, count: 1 },
});
const ids = (groups: ReturnType<typeof groupRuns>) => groups.map((g) => [g.heading, g.items.map((i) => i.label.text)]);

describe('index groups', () => {
  it('makes one group per run of the same heading, in order', () => {
    const entries = [
      entry('index.group.government', 'a'),
      entry('index.group.government', 'b'),
      entry('index.group.mofa', 'c'),
      entry(null, 'd'),
    ];
    expect(ids(groupRuns(entries))).toEqual([
      ['index.group.government', ['a', 'b']],
      ['index.group.mofa', ['c']],
      [null, ['d']],
    ]);
    expect(groupRuns([])).toEqual([]);
  });

  it('repeats the heading of a group that a page break cuts', () => {
    const entries = [...'abc']
      .map((id) => entry('index.group.government', id))
      .concat([...'xyz'].map((id) => entry('index.group.missions', id)));
    const pages = paginate(entries, 4).map((page) => ids(groupRuns(page.items)));
    expect(pages).toEqual([
      [
        ['index.group.government', ['a', 'b', 'c']],
        ['index.group.missions', ['x']],
      ],
      [['index.group.missions', ['y', 'z']]],
    ]);
  });
});
