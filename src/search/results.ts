/** Pure helpers for ordering and showing Pagefind results. */
import { foldKey } from '../lib/text/strings.ts';
import { fromIndexForm } from './fold.ts';

/** Pages that hold the query exactly as typed first, then the rest once each, in Pagefind's order. */
export function exactFirst<T extends { id: string }>(exact: readonly T[], loose: readonly T[]): T[] {
  const seen = new Set(exact.map((result) => result.id));
  return [...exact, ...loose.filter((result) => !seen.has(result.id))];
}

/**
 * Pages holding the query as a phrase first ("đầu tư" is one word written as two syllables), order
 * kept otherwise; those come as the phrase search gave them, so their excerpt shows the phrase.
 */
export function phraseFirst<T extends { id: string }>(phrase: readonly T[], ranked: readonly T[]): T[] {
  const byId = new Map(phrase.map((result) => [result.id, result]));
  return [...ranked.flatMap((result) => byId.get(result.id) ?? []), ...ranked.filter((result) => !byId.has(result.id))];
}

/** A word as typed, case and punctuation aside; folded, marks and đ aside too. */
function wordKey(word: string, exact: boolean): string {
  return exact
    ? word
        .normalize('NFC')
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}]/gu, '')
    : foldKey(word);
}

/**
 * How often the query's words stand together in a text, per word of text; `exact` compares their
 * marks too. Pagefind scores each syllable on its own (and "tu" also as tư, từ, tự…), so pages
 * holding the phrase are put in this order among themselves.
 */
export function phraseDensity(text: string, query: string, exact = false): number {
  const words = text.split(/\s+/).map((word) => wordKey(word, exact));
  const terms = query
    .split(/\s+/)
    .map((word) => wordKey(word, exact))
    .filter(Boolean);
  if (terms.length === 0 || words.length === 0) return 0;
  let count = 0;
  for (let i = 0; i + terms.length <= words.length; i++) if (terms.every((term, j) => words[i + j] === term)) count++;
  return count / words.length;
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * Pagefind's excerpt is the page text with < and > escaped and <mark> around matches. Splitting it
 * into plain and marked parts lets the page build it from text nodes, never innerHTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  excerpt.split(/(<mark>.*?<\/mark>)/s).forEach((piece) => {
    const mark = piece.startsWith('<mark>');
    const text = fromIndexForm(
      piece
        .replace(/^<mark>|<\/mark>$/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
    );
    if (text) parts.push({ text, mark });
  });
  return parts;
}
