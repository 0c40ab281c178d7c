/**
 * What every page says about itself whatever its kind (its frame): the same page in the other
 * language, whether that is a real version of it, whether it is indexed; and what a view is given.
 */
import type { Language } from '../../schemas/article.ts';
import { otherLanguage } from '../../i18n/index.ts';
import { href, type Section } from './routes.ts';

/** What a page says about itself besides its content; the site map and the search index read it too (src/pages/pages.json.ts). */
export interface PageFrame {
  lang: Language;
  /** The same page in the other language: the language switcher's target. */
  switchTo: string;
  /** Whether `switchTo` is a real version of this page (an hreflang alternate); an untranslated article's is not. */
  alternate: boolean;
  /** A page not to be indexed (the not-found pages): no canonical address, left out of the site map. */
  noindex?: boolean;
  /** When the page's content last changed, for the site map. */
  modified?: string | null;
  /** On a page the search index holds (an article's), the year it is filed under; null when undated. */
  search?: { year: number | null };
}

/** The frame of a page that exists in both languages at `urlOf(lang)`. */
export const bilingualFrame = (lang: Language, urlOf: (lang: Language) => string): PageFrame => ({
  lang,
  switchTo: urlOf(otherLanguage(lang)),
  alternate: true,
});

/** The frame of a section's own page (`/vi/tim-kiem/`, `/en/years/`), or of a language's home without a section. */
export const sectionFrame = (lang: Language, section?: Section): PageFrame => bilingualFrame(lang, (l) => href(l, section));

/** The frame of a page of a paged list (a listing, a section index): the same page number in the other language. */
export const pagedFrame = ({ lang, switchTo }: { lang: Language; switchTo: string }): PageFrame => ({ lang, switchTo, alternate: true });

/** What a view is given: its page's data and frame. */
export interface ViewProps<P> {
  page: P;
  frame: PageFrame;
}
