/**
 * The search page's script: the form's fields are the URL's parameters, so the page starts from
 * the URL, searches as the reader types or picks filters, and keeps the URL in step (shareable).
 */
import { fill } from '../i18n/fill.ts';
import { RESULTS_AT_ONCE, search, type Hit } from './engine.ts';
import { yearSpan } from './periods.ts';
import { hasFilters, parseState, stateParams, withoutFilters, type SearchState } from './state.ts';
import { resultItem, type Messages } from './view.ts';

const TYPING_PAUSE_MS = 250;

const root = document.querySelector<HTMLElement>('[data-search]')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const status = root.querySelector<HTMLElement>('#search-status')!;
const clear = root.querySelector<HTMLElement>('#search-clear')!;
const list = root.querySelector<HTMLOListElement>('#search-results')!;
const more = root.querySelector<HTMLButtonElement>('#search-more')!;
const widen = root.querySelector<HTMLElement>('#search-widen')!;
const messages: Messages = JSON.parse(root.dataset.messages ?? '{}');
const pageLang = document.documentElement.lang;

function readForm(): SearchState {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
  return parseState(params);
}

function fillForm(state: SearchState): void {
  for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')) {
    if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = state.official.includes(field.value);
    else field.value = String(state[field.name as keyof SearchState] ?? '');
  }
  if (hasFilters(state)) form.querySelector('details')?.setAttribute('open', '');
}

function say(key: string, values: Record<string, string | number> = {}): void {
  status.textContent = fill(messages[key] ?? key, values);
}

let hits: Hit[] = [];
let latest = 0;

/** Appends the next page of results; moves focus to the first new one when the reader asked for more. */
async function showMore(run: number, focus: boolean): Promise<void> {
  const shown = list.children.length;
  const fragments = await Promise.all(hits.slice(shown, shown + RESULTS_AT_ONCE).map((hit) => hit.data()));
  if (run !== latest) return;
  list.append(...fragments.map((fragment) => resultItem(fragment, pageLang, messages)));
  more.hidden = list.children.length >= hits.length;
  if (focus) list.children[shown]?.querySelector('a')?.focus();
}

/** Runs the search of `state` and draws it; `focusResults`: moves focus to the first result (the control used is gone). */
async function update(state: SearchState, focusResults = false): Promise<void> {
  const params = stateParams(state).toString();
  history.replaceState(null, '', params ? `?${params}` : location.pathname);
  const run = ++latest;
  list.setAttribute('aria-busy', 'true');
  list.replaceChildren();
  more.hidden = true;
  clear.hidden = true;
  widen.hidden = true;
  try {
    if (!state.q && !hasFilters(state)) return say('search.prompt');
    say('search.loading');
    const { hits: matches, only } = await search(state);
    if (run !== latest) return;
    hits = matches;
    await showMore(run, focusResults);
    if (run !== latest) return;
    const count = !state.q ? 'search.resultsFiltered' : hits.length === 1 ? 'search.resultsOne' : 'search.resultsMany';
    say(hits.length > 0 ? count : 'search.none', { count: hits.length, query: state.q });
    // Older periods not searched yet: say which years were, and offer the rest.
    if (only) {
      status.append(' ', fill(messages['search.onlyPeriod'] ?? '', { span: yearSpan(only) }));
      widen.hidden = false;
    }
    if (hits.length > 0) return;
    if (hasFilters(state)) {
      clear.querySelector('a')!.href = `?${stateParams(withoutFilters(state))}`;
      clear.hidden = false;
    }
  } catch (error) {
    if (run === latest) say('search.error');
    console.error(error);
  } finally {
    if (run === latest) list.setAttribute('aria-busy', 'false');
  }
}

let typing: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => void update(readForm()), TYPING_PAUSE_MS);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  void update(readForm());
});
more.addEventListener('click', () => void showMore(latest, true));
widen.querySelector('button')!.addEventListener('click', () => {
  form.querySelector<HTMLInputElement>('input[name="scope"]')!.value = 'all';
  void update(readForm(), true);
});

const initial = parseState(new URLSearchParams(location.search));
fillForm(initial);
void update(initial);
