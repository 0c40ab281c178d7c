/**
 * Proposing <Quote official="…"> around a direct quotation, only where its speaker is plain: in
 * the same sentence, one official the article names (by the name as written) introduces it with a
 * verb of saying and a colon — "Bộ trưởng Bùi Thanh Sơn nhấn mạnh: “…”", "Minister Son said: "…"" —
 * or is named with such a verb in the words that follow it to the sentence's end — "“…”, Bộ trưởng
 * Bùi Thanh Sơn nhấn mạnh.", "“…,” said Minister Son.".
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
/** A quotation in curly or straight double quotes. */
const QUOTATION = String.raw`(“[^“”]+”|"[^"]+")`;
/** A pattern for each language, written around its verbs of saying (joined as alternatives). */
const perLanguage = (pattern: (verbs: string) => string, flags: string) =>
  Object.fromEntries(Object.entries(SAYING).map(([lang, verbs]) => [lang, new RegExp(pattern(verbs.join('|')), flags)])) as Record<
    keyof typeof SAYING,
    RegExp
  >;
/** A verb of saying, a colon, and the quotation right after it. */
const introductions = perLanguage((verbs) => String.raw`(?<![\p{L}])(?:${verbs})\s*:\s*${QUOTATION}`, 'gu');

/**
 * A quotation the attribution follows: "“…”, Bộ trưởng Bùi Thanh Sơn nhấn mạnh.", "“…,” said Minister Son.", "“…”, Minister
 * Son said." (the words after it, up to the next quotation, are the second group: the sentence's rest must name the speaker and
 * hold a verb of saying).
 */
const AFTER_QUOTATION = new RegExp(String.raw`${QUOTATION}\s*(?:,|[-–]\s)?\s*([^“”"]{3,160})`, 'gu');
/** A full stop, "!" or "?" ending a sentence: before a capital or the text's end, and not after a title's abbreviation ("Dr. Sethi"). */
const SENTENCE_END = /(?<!(?<![\p{L}])(?:Dr|Mr|Mrs|Ms|Prof|St|Jr|TS|ThS|PGS|GS))[.!?](?=\s+[\p{Lu}“"]|\s*$)/u;
/**
 * The words after a quotation attribute it when they open on the verb of saying ("said Dr. Sethi, who …") or close on it, a
 * relative clause aside ("Bộ trưởng Bùi Thanh Sơn nhấn mạnh", "Minister Son said"): a verb with more after it says something
 * else of the quotation ("…", Prime Minister X emphasized the importance of …: a title's words quoted, not a quotation).
 */
const attributes = perLanguage((verbs) => String.raw`^(?:${verbs})(?![\p{L}])|(?<![\p{L}])(?:${verbs})\s*(?:,.*)?$`, 'u');

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
  const speakerIn = (clause: string) => {
    const named = patterns.filter((pattern) => pattern.name.test(clause));
    return named.length === 1 ? named[0]!.id : undefined;
  };
  return paragraphs.flatMap((text, paragraph) => {
    const introduced = [...text.matchAll(introductions[language])].flatMap((match) => {
      const quote = match[1];
      const end = match.index + match[0].length;
      const official = speakerIn(text.slice(sentenceStart(text, match.index), match.index));
      return official ? [{ paragraph, start: end - quote.length, end, official, text: quote }] : [];
    });
    const attributed = [...text.matchAll(AFTER_QUOTATION)].flatMap((match) => {
      const [, quote, words] = match as unknown as [string, string, string];
      const stop = words.search(SENTENCE_END);
      const clause = stop < 0 ? words : words.slice(0, stop);
      const official = attributes[language].test(clause.trim()) ? speakerIn(clause) : undefined;
      if (!official || introduced.some((proposal) => proposal.start === match.index)) return [];
      return [{ paragraph, start: match.index, end: match.index + quote.length, official, text: quote }];
    });
    return [...introduced, ...attributed].sort((a, b) => a.start - b.start);
  });
}
