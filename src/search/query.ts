/** What a reader typed, made ready for Pagefind. */
import { toIndexForm } from './fold.ts';

/** Phone keyboards type “smart” quotes; Pagefind's phrase search wants straight ones. */
const CURLY_QUOTES = /[\u201c\u201d\u201e\u00ab\u00bb]/g;

/** NFC, straight quotes, single spaces, trimmed. */
export function normalizeQuery(raw: string): string {
  return raw.normalize('NFC').replace(CURLY_QUOTES, '"').replace(/\s+/g, ' ').trim();
}

/** True when the reader typed any Vietnamese mark or đ: then the exact spelling ranks first. */
export function isAccented(query: string): boolean {
  return /[\u0300-\u036f]|đ/i.test(query.normalize('NFD'));
}

/** Pagefind treats a query wholly in double quotes as a phrase: those words, adjacent, in that order. */
export function isPhrase(query: string): boolean {
  return /^".+"$/.test(query);
}

/** The query as a phrase, or null when it is one word or already a phrase. */
export function asPhrase(query: string): string | null {
  return isPhrase(query) || !query.includes(' ') ? null : `"${query}"`;
}

/** The query in the indexed form (see fold.ts). */
export function indexQuery(raw: string): string {
  return toIndexForm(normalizeQuery(raw));
}
