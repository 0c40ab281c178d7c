/** Draws search results; every string comes from the page's dictionary (data-messages). */
import { fromIndexForm } from './fold.ts';
import { excerptParts } from './results.ts';
import type { Fragment } from './engine.ts';

export type Messages = Record<string, string>;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** Title, date, outlet, the text's language when it is not the page's, and the excerpt with matches marked. */
export function resultItem(fragment: Fragment, pageLang: string, messages: Messages): HTMLLIElement {
  const textLang = fragment.filters.language?.[0] ?? pageLang;
  const foreign = textLang !== pageLang;
  const item = element('li');
  const heading = element('h2');
  const link = element('a', undefined, fromIndexForm(fragment.meta.title ?? fragment.url));
  link.href = fragment.url;
  if (foreign) link.lang = textLang;
  heading.append(link);

  const facts = [fragment.meta.date ?? messages['article.dateUnknown'], fragment.meta.outlet]
    .filter(Boolean)
    .map((fact) => fromIndexForm(fact!));
  const line = element('p', 'meta-line sans', facts.join(' · '));
  if (foreign) line.append(' · ', element('span', 'lang-note', messages[textLang === 'vi' ? 'search.inVietnamese' : 'search.inEnglish']));

  const excerpt = element('p', 'excerpt');
  if (foreign) excerpt.lang = textLang;
  for (const part of excerptParts(fragment.excerpt)) excerpt.append(part.mark ? element('mark', undefined, part.text) : part.text);

  item.append(heading, line, excerpt);
  return item;
}
