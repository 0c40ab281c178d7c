/**
 * Proposing <Quote official="…"> around a direct quotation, only where its speaker is plain: in
 * the same sentence, one official the article names (by the name as written) introduces it with a
 * verb of saying and a colon — "Bộ trưởng Bùi Thanh Sơn nhấn mạnh: “…”", "Minister Son said: "…"".
 * A pronoun, two names, or no verb of saying: no proposal. The words are never changed; the quote
 * marks are kept inside the component. A person confirms each proposal (it is listed in needsReview).
 */
import { escapeRegExp } from '../lib/text/strings.ts';

export interface QuoteProposal {
  /** Index of the paragraph in the record's paragraphs. */
  paragraph: number;
  /** The quotation's span in that paragraph, quote marks included. */
  start: number;
  end: number;
  official: string;
  text: string;
}

export interface Speaker {
  id: string;
  /** The forms of the name that may stand in the text. */
  names: readonly string[];
}

const SAYING = {
  vi: [
    'nhấn mạnh',
    'cho biết',
    'khẳng định',
    'phát biểu',
    'nêu rõ',
    'chia sẻ',
    'bày tỏ',
    'cho rằng',
    'đề nghị',
    'yêu cầu',
    'lưu ý',
    'nói',
    'kết luận',
  ],
  en: ['said', 'stressed', 'noted', 'emphasised', 'emphasized', 'stated', 'affirmed', 'added', 'underlined', 'remarked', 'concluded'],
};
/** A quotation in curly or straight double quotes, right after the colon. */
const QUOTATION = String.raw`(“[^“”]+”|"[^"]+")`;
const introductions = Object.fromEntries(
  Object.entries(SAYING).map(([lang, verbs]) => [
    lang,
    new RegExp(String.raw`(?<![\p{L}])(?:${verbs.join('|')})\s*:\s*${QUOTATION}`, 'gu'),
  ]),
) as Record<keyof typeof SAYING, RegExp>;

/** The start of the sentence a position stands in. */
function sentenceStart(text: string, at: number): number {
  const before = text.slice(0, at);
  const end = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('” '));
  return end < 0 ? 0 : end + 2;
}

/** The proposals for a text's paragraphs, given the officials the article names. */
export function proposeQuotes(paragraphs: readonly string[], speakers: readonly Speaker[], language: 'vi' | 'en'): QuoteProposal[] {
  const patterns = speakers.map((speaker) => ({
    id: speaker.id,
    name: new RegExp(`(?<![\\p{L}])(?:${speaker.names.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u'),
  }));
  return paragraphs.flatMap((text, paragraph) =>
    [...text.matchAll(introductions[language])].flatMap((match) => {
      const quote = match[1];
      const end = match.index + match[0].length;
      const clause = text.slice(sentenceStart(text, match.index), match.index);
      const named = patterns.filter((pattern) => pattern.name.test(clause));
      if (named.length !== 1) return [];
      return [{ paragraph, start: end - quote.length, end, official: named[0].id, text: quote }];
    }),
  );
}
