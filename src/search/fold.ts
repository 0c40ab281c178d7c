/**
 * Pagefind folds tone and vowel marks (ngoai → ngoại) but treats đ as a letter of its own, so
 * "dai su" would never find "Đại sứ". Before indexing, and in every query, đ is written as d plus
 * U+0335 (combining short stroke overlay): Pagefind strips the mark when it builds its search key,
 * so d and đ meet, while the index keeps the marked form as a diacritic variant, so an exact
 * "đại" still outranks "dại". The search page turns the mark back into đ before showing text.
 */

/** The combining mark standing in for đ's stroke; it must also be an indexed character (includeCharacters). */
export const STROKE = '\u0335';

/** NFC text with đ/Đ written as d/D + STROKE: the form Pagefind indexes and is queried in. */
export function toIndexForm(text: string): string {
  return text.normalize('NFC').replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);
}

/** Indexed text (titles, excerpts) back as written. */
export function fromIndexForm(text: string): string {
  return text.replace(/d\u0335/g, 'đ').replace(/D\u0335/g, 'Đ');
}
