/**
 * The search page's state lives in its URL (?q=…&official=…&topic=…), so a search can be shared.
 * The filter form uses the same names, so submitting it without JavaScript gives the same URL.
 */

export const SORTS = ['relevance', 'newest'] as const;
export type Sort = (typeof SORTS)[number];

/** Single-choice filters: URL parameter = Pagefind filter name. */
export const SINGLE_FILTERS = ['topic', 'outlet', 'year', 'language'] as const;
export type SingleFilter = (typeof SINGLE_FILTERS)[number];

/** The newest period of the index (the default), or every period when the reader asked (periods.ts). */
export const SCOPES = ['recent', 'all'] as const;
export type Scope = (typeof SCOPES)[number];

export interface SearchState extends Record<SingleFilter, string> {
  q: string;
  /** Officials ticked: an article naming any of them matches. */
  official: string[];
  sort: Sort;
  scope: Scope;
}

export function parseState(params: URLSearchParams): SearchState {
  const sort = params.get('sort') as Sort;
  const scope = params.get('scope') as Scope;
  return {
    q: (params.get('q') ?? '').trim(),
    official: [...new Set(params.getAll('official').filter(Boolean))],
    topic: params.get('topic') ?? '',
    outlet: params.get('outlet') ?? '',
    year: params.get('year') ?? '',
    language: params.get('language') ?? '',
    sort: SORTS.includes(sort) ? sort : 'relevance',
    scope: SCOPES.includes(scope) ? scope : 'recent',
  };
}

/** The URL parameters of a state, empty values, the default order and the default scope left out. */
export function stateParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const id of state.official) params.append('official', id);
  for (const key of SINGLE_FILTERS) if (state[key]) params.set(key, state[key]);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.scope !== 'recent') params.set('scope', state.scope);
  return params;
}

export function hasFilters(state: SearchState): boolean {
  return state.official.length > 0 || SINGLE_FILTERS.some((key) => state[key] !== '');
}

/** Pagefind's filter object: officials as "any of", the others as a single value. */
export function pagefindFilters(state: SearchState): Record<string, string | { any: string[] }> {
  const filters: Record<string, string | { any: string[] }> = {};
  if (state.official.length) filters.official = { any: state.official };
  for (const key of SINGLE_FILTERS) if (state[key]) filters[key] = state[key];
  return filters;
}

/** The same search without its filters (the empty-result message links to it). */
export function withoutFilters(state: SearchState): SearchState {
  return { ...parseState(new URLSearchParams()), q: state.q, sort: state.sort, scope: state.scope };
}
