/** Searches through Pagefind's JS API, loaded from the site's own bundle on first use. */
import { assetHref } from '../lib/routes.ts';
import { indexQuery, isAccented } from './query.ts';
import { exactFirst } from './results.ts';
import { pagefindFilters, type SearchState } from './state.ts';

/** The parts of a Pagefind result fragment the page shows. */
export interface Fragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface Hit {
  id: string;
  data(): Promise<Fragment>;
}

interface SearchOptions {
  filters: object;
  sort: object;
}

interface Pagefind {
  options(options: { exactDiacritics: boolean }): Promise<void>;
  search(term: string | null, options: SearchOptions): Promise<{ results: Hit[] }>;
}

let loaded: Promise<Pagefind> | undefined;
function pagefind(): Promise<Pagefind> {
  loaded ??= import(/* @vite-ignore */ assetHref('pagefind/pagefind.js'));
  return loaded;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * The pages matching a state, in the order to show them. Searches run one after another because
 * the exact pass flips a Pagefind option that a search running alongside would see.
 */
export function search(state: SearchState): Promise<Hit[]> {
  const run = queue.then(() => runSearch(state));
  queue = run.catch(() => undefined);
  return run;
}

async function runSearch(state: SearchState): Promise<Hit[]> {
  const pf = await pagefind();
  const byDate = state.sort === 'newest' || !state.q;
  const options: SearchOptions = { filters: pagefindFilters(state), sort: byDate ? { date: 'desc' } : {} };
  const term = state.q ? indexQuery(state.q) : null;
  let exact: Hit[] = [];
  // An accented query ("ngoại giao") first finds the pages spelling it exactly so, then every other
  // spelling Pagefind folds into it ("ngoài giao", "ngoai giao").
  if (term && !byDate && isAccented(state.q)) {
    await pf.options({ exactDiacritics: true });
    try {
      exact = (await pf.search(term, options)).results;
    } finally {
      await pf.options({ exactDiacritics: false });
    }
  }
  return exactFirst(exact, (await pf.search(term, options)).results);
}
