/** The search page's URL state: parsing, writing back, and Pagefind's filter object. */
import { describe, expect, it } from 'vitest';
import { hasFilters, pagefindFilters, parseState, stateParams, withoutFilters } from '../../src/search/state.ts';

const parse = (query: string) => parseState(new URLSearchParams(query));

describe('search state', () => {
  it('reads the query, repeated officials, single filters, the order and the scope', () => {
    expect(parse('q=dai+su&official=a&official=b&official=a&topic=investment&year=2022&language=vi&sort=newest&scope=all')).toEqual({
      q: 'dai su',
      official: ['a', 'b'],
      topic: 'investment',
      outlet: '',
      year: '2022',
      language: 'vi',
      sort: 'newest',
      scope: 'all',
    });
  });
  it('falls back to relevance, the newest period and no filters', () => {
    const state = parse('sort=sideways&official=&scope=everything');
    expect(state.sort).toBe('relevance');
    expect(state.scope).toBe('recent');
    expect(hasFilters(state)).toBe(false);
  });
  it('writes a short, shareable URL that reads back the same', () => {
    const state = parse('q=%C4%91%E1%BA%A7u+t%C6%B0&topic=&official=x&sort=relevance');
    expect(stateParams(state).toString()).toBe('q=%C4%91%E1%BA%A7u+t%C6%B0&official=x');
    expect(parseState(stateParams(state))).toEqual(state);
  });
  it('asks Pagefind for any of the officials and each other filter as given', () => {
    expect(pagefindFilters(parse('official=a&official=b&outlet=vov&year=2021'))).toEqual({
      official: { any: ['a', 'b'] },
      outlet: 'vov',
      year: '2021',
    });
    expect(pagefindFilters(parse('q=x'))).toEqual({});
  });
  it('drops the filters but keeps the query, order and scope', () => {
    expect(stateParams(withoutFilters(parse('q=x&official=a&topic=t&sort=newest&scope=all'))).toString()).toBe('q=x&sort=newest&scope=all');
    expect(hasFilters(parse('scope=all'))).toBe(false);
  });
});
