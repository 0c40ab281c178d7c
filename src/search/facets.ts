/** The choices of the search page's filters: every official, topic, outlet, year and language the articles have. */
import { t } from '../i18n/index.ts';
import { LANGUAGES, type Language } from '../schemas/article.ts';
import type { ArticleView } from '../lib/archive/collections.ts';

export interface FacetOption {
  value: string;
  label: string;
  /** Set when the label is in another language than the page. */
  lang?: Language;
}

export interface SearchFacets {
  official: FacetOption[];
  topic: FacetOption[];
  outlet: FacetOption[];
  year: FacetOption[];
  language: FacetOption[];
}

function sorted(options: Map<string, FacetOption>, lang: Language): FacetOption[] {
  return [...options.values()].sort((a, b) => a.label.localeCompare(b.label, lang));
}

export function searchFacets(views: readonly ArticleView[], lang: Language): SearchFacets {
  const official = new Map<string, FacetOption>();
  const topic = new Map<string, FacetOption>();
  const outlet = new Map<string, FacetOption>();
  const years = new Set<string>();
  for (const view of views) {
    for (const o of view.officials) official.set(o.id, { value: o.id, label: o.name, lang: lang === 'vi' ? undefined : 'vi' });
    for (const tp of view.topics) topic.set(tp.id, { value: tp.id, label: tp.label });
    for (const o of [view.outlet, view.originalOutlet]) if (o) outlet.set(o.id, { value: o.id, label: o.name });
    if (view.date) years.add(view.date.slice(0, 4));
  }
  return {
    official: sorted(official, lang),
    topic: sorted(topic, lang),
    outlet: sorted(outlet, lang),
    year: [...years]
      .sort()
      .reverse()
      .map((year) => ({ value: year, label: year })),
    language: LANGUAGES.map((value) => ({ value, label: t(lang, value === 'vi' ? 'search.languageVi' : 'search.languageEn') })),
  };
}
