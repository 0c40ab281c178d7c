/**
 * Searches through Pagefind's JS API, loaded from the site's own bundle on first use. The index is
 * in periods (periods.ts): a search covers the newest unless the reader asked for every period or
 * chose a year, which its own period covers completely.
 */
import { assetHref } from '../lib/site/routes.ts';
import { asPhrase, indexQuery, isAccented, isPhrase } from './query.ts';
import { exactFirst, phraseDensity, phraseFirst } from './results.ts';
import { MANIFEST, periodOfYear, type Period } from './periods.ts';
import { pagefindFilters, type SearchState } from './state.ts';

/**
 * Results shown at once; the phrase ordering looks at this many, whose fragments are loaded anyway.
 * Each result's fragment holds its article's whole text (about 2 KB gzipped), so ten rather than
 * twenty keep a later search within its budget.
 */
export const RESULTS_AT_ONCE = 10;

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
  mergeIndex(path: string, options: { mergeFilter: object }): Promise<void>;
}

interface PagefindModule {
  createInstance(options: { basePath: string; mergeFilter: object }): Pagefind;
}

/** A filter Pagefind gives every page of a period's index, naming the period. */
const PERIOD_FILTER = 'period';

let manifest: Promise<Period[]> | undefined;
/** The periods of the index, newest first (written by the indexer). */
function periods(): Promise<Period[]> {
  manifest ??= fetch(assetHref(`pagefind/${MANIFEST}`)).then((response) => {
    if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
    return response.json() as Promise<Period[]>;
  });
  return manifest;
}

/** A Pagefind and the periods it searches, newest first. */
interface Loaded {
  pf: Pagefind;
  periods: Period[];
}

const loaded = new Map<string, Promise<Loaded>>();
/**
 * A Pagefind searching at least the given periods (the first and any merged into it since): the
 * first is loaded with Pagefind's script and WebAssembly, the others merged into it, so they share
 * them and each adds only its own page list. Widening a search merges into the Pagefind it had.
 */
function pagefind(scope: readonly Period[]): Promise<Loaded> {
  const first = scope[0]!;
  let found = loaded.get(first.dir);
  if (!found) {
    found = (async () => {
      const module = (await import(/* @vite-ignore */ assetHref(`pagefind/${first.dir}/pagefind.js`))) as PagefindModule;
      return {
        pf: module.createInstance({ basePath: assetHref(`pagefind/${first.dir}/`), mergeFilter: { [PERIOD_FILTER]: first.dir } }),
        periods: [first],
      };
    })();
  }
  const widened = found.then(async (current) => {
    for (const period of scope.filter((wanted) => !current.periods.some((had) => had.dir === wanted.dir))) {
      await current.pf.mergeIndex(assetHref(`pagefind/${period.dir}/`), { mergeFilter: { [PERIOD_FILTER]: period.dir } });
      current.periods.push(period);
    }
    return current;
  });
  loaded.set(first.dir, widened);
  return widened;
}

/** What a search found, and the period it was limited to when the archive has older ones. */
export interface Outcome {
  hits: Hit[];
  only: Period | null;
}

/** The periods a state searches: a year's own, every one when the reader asked, else the newest. */
function scopeOf(state: SearchState, all: Period[]): Period[] {
  if (state.year) return [periodOfYear(all, Number(state.year)) ?? all[0]!];
  return state.scope === 'all' ? all : all.slice(0, 1);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * The pages matching a state, in the order to show them. Searches run one after another because
 * the exact passes flip a Pagefind option that a search running alongside would see.
 */
export function search(state: SearchState): Promise<Outcome> {
  const run = queue.then(() => runSearch(state));
  queue = run.catch(() => undefined);
  return run;
}

async function runSearch(state: SearchState): Promise<Outcome> {
  const all = await periods();
  const { pf, periods: searched } = await pagefind(scopeOf(state, all));
  const only = !state.year && searched.length < all.length ? searched[0]! : null;
  if (!byDate(state) || searched.length === 1) return { hits: await ranked(pf, state), only };
  // Pagefind orders merged indexes' results by score even when asked for date order; the periods
  // hold disjoint years, newest first, so each is asked in turn (the word lists load only once).
  const hits: Hit[] = [];
  for (const period of searched) hits.push(...(await ranked(pf, state, { [PERIOD_FILTER]: period.dir })));
  return { hits, only };
}

function byDate(state: SearchState): boolean {
  return state.sort === 'newest' || !state.q;
}

/** The pages matching a state in one Pagefind (narrowed by `filters` too), in the order to show them. */
async function ranked(pf: Pagefind, state: SearchState, filters: Record<string, string> = {}): Promise<Hit[]> {
  const options: SearchOptions = { filters: { ...pagefindFilters(state), ...filters }, sort: byDate(state) ? { date: 'desc' } : {} };
  const find = async (term: string, exactDiacritics = false): Promise<Hit[]> => {
    if (!exactDiacritics) return (await pf.search(term, options)).results;
    await pf.options({ exactDiacritics: true });
    try {
      return (await pf.search(term, options)).results;
    } finally {
      await pf.options({ exactDiacritics: false });
    }
  };
  if (byDate(state)) return state.q ? find(indexQuery(state.q)) : (await pf.search(null, options)).results;

  // Relevance: pages holding the words together first ("dau tu" is one word, đầu tư), then, when the
  // reader typed marks, pages spelling them exactly so ("ngoại giao" before "ngoài giao"), then the rest.
  const term = indexQuery(state.q);
  const accented = isAccented(term);
  const exact = accented ? await find(term, true) : [];
  const phraseTerm = asPhrase(term);
  const phrase = phraseTerm ? await find(phraseTerm) : [];
  const ordered = phraseFirst(phrase, exactFirst(exact, await find(term)));
  return densestFirst(ordered, isPhrase(term) ? ordered.length : phrase.length, term, accented);
}

/** Reorders the leading `count` results (the phrase matches) by how often they hold the phrase, spelled as typed when `exact`. */
async function densestFirst(hits: Hit[], count: number, query: string, exact: boolean): Promise<Hit[]> {
  const head = hits.slice(0, Math.min(count, RESULTS_AT_ONCE));
  if (head.length < 2) return hits;
  const density = new Map(
    await Promise.all(head.map(async (hit) => [hit.id, phraseDensity((await hit.data()).content, query, exact)] as const)),
  );
  head.sort((a, b) => density.get(b.id)! - density.get(a.id)!);
  return [...head, ...hits.slice(head.length)];
}
