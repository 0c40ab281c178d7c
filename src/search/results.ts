/** Pure helpers for ordering and showing Pagefind results. */
import { fromIndexForm } from './fold.ts';

/** Pages that hold the query exactly as typed first, then the rest once each, in Pagefind's order. */
export function exactFirst<T extends { id: string }>(exact: readonly T[], loose: readonly T[]): T[] {
  const seen = new Set(exact.map((result) => result.id));
  return [...exact, ...loose.filter((result) => !seen.has(result.id))];
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
    const text = fromIndexForm((mark ? piece.slice(6, -7) : piece).replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
    if (text) parts.push({ text, mark });
  });
  return parts;
}
