/** Searches through Pagefind's JS API, loaded from the site's own bundle on first use. */
import { assetHref } from '../lib/routes.ts';
import { asPhrase, indexQuery, isAccented, isPhrase } from './query.ts';
import { exactFirst, phraseDensity, phraseFirst } from './results.ts';
import { pagefindFilters, type SearchState } from './state.ts';

/** Results shown at once; the phrase ordering looks at this many, whose fragments are loaded anyway. */
export const PAGE_SIZE = 20;

/** The parts of a Pagefind result fragment the page uses. */
export interface Fragment {
  url: string;
  content: string;
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
 * the exact passes flip a Pagefind option that a search running alongside would see.
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
  const find = async (term: string, exactDiacritics = false): Promise<Hit[]> => {
    if (!exactDiacritics) return (await pf.search(term, options)).results;
    await pf.options({ exactDiacritics: true });
    try {
      return (await pf.search(term, options)).results;
    } finally {
      await pf.options({ exactDiacritics: false });
    }
  };
  if (byDate) return state.q ? find(indexQuery(state.q)) : (await pf.search(null, options)).results;

  // Relevance: pages holding the words together first ("dau tu" is one word, đầu tư), then, when the
  // reader typed marks, pages spelling them exactly so ("ngoại giao" before "ngoài giao"), then the rest.
  const term = indexQuery(state.q);
  const accented = isAccented(term);
  const exact = accented ? await find(term, true) : [];
  const phraseTerm = asPhrase(term);
  const phrase = phraseTerm ? await find(phraseTerm) : [];
  const ranked = phraseFirst(phrase, exactFirst(exact, await find(term)));
  return densestFirst(ranked, isPhrase(term) ? ranked.length : phrase.length, term, accented);
}

/** Reorders the leading `count` results (the phrase matches) by how often they hold the phrase, spelled as typed when `exact`. */
async function densestFirst(hits: Hit[], count: number, query: string, exact: boolean): Promise<Hit[]> {
  const head = hits.slice(0, Math.min(count, PAGE_SIZE));
  if (head.length < 2) return hits;
  const density = new Map(await Promise.all(head.map(async (hit) => [hit.id, phraseDensity((await hit.data()).content, query, exact)] as const)));
  head.sort((a, b) => density.get(b.id)! - density.get(a.id)!);
  return [...head, ...hits.slice(head.length)];
}
