/** Small text helpers shared by the importer, the content check and the site. */

/**
 * Every string in a JSON-like value in Unicode NFC. JSON's own syntax has no character that
 * composes with a following mark, so composing the serialised form composes the strings alone.
 */
export const composed = <T>(value: T): T => JSON.parse(JSON.stringify(value).normalize('NFC')) as T;

/** The text with its first letter a capital: "theo" → "Theo". */
export const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Text to match literally inside a regular expression. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const ASCII = /^\p{ASCII}*$/u;

/** Removes Vietnamese tone and vowel marks and folds đ/Đ to d/D: "Bùi Thanh Sơn" → "Bui Thanh Son". */
export function asciiFold(text: string): string {
  // (ASCII already: nothing to fold, as English pages' names are)
  if (ASCII.test(text)) return text;
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Keys already made: the importer folds one page's headline and paragraphs again in several passes. */
const foldKeys = new Map<string, string>();

/** A lowercase ASCII key for comparing names written with or without diacritics. */
export function foldKey(text: string): string {
  let key = foldKeys.get(text);
  if (key === undefined) {
    key = asciiFold(text)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    // bounded: the reuse is within a page, and each key held keeps the text it was sliced from alive (about 3 KB a key)
    if (foldKeys.size >= 4_000) foldKeys.clear();
    foldKeys.set(text, key);
  }
  return key;
}

/**
 * Every match of the global `pattern` in `text`, as `[...text.matchAll(pattern)]` gives them, searched with the pattern
 * itself: matchAll searches with a copy made on each call, for a pattern as large as a list of titles costlier than the search.
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    // (past an empty match, a whole character on, as matchAll goes)
    if (match[0] === '') pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return matches;
}

/**
 * The words of `text` from `at` on, as `text.slice(at).trim().split(/\s+/)` gives them, the text split once: the
 * officials' finders read a paragraph on after each title's head, and a long paragraph holds many.
 */
export function wordsAfter(text: string): (at: number) => string[] {
  const starts: number[] = [];
  const words: string[] = [];
  for (const word of text.matchAll(/\S+/g)) {
    starts.push(word.index);
    words.push(word[0]);
  }
  return (at) => {
    // the first word that ends after `at`: it may start before, cut there
    let low = 0;
    for (let high = words.length; low < high;) {
      const middle = (low + high) >> 1;
      if (starts[middle]! + words[middle]!.length > at) high = middle;
      else low = middle + 1;
    }
    if (low === words.length) return [''];
    const rest = words.slice(low);
    if (starts[low]! < at) rest[0] = text.slice(at, starts[low]! + words[low]!.length);
    return rest;
  };
}

/** A URL-safe slug cut at a word boundary so it stays under `maxLength` characters. */
export function slugify(text: string, maxLength = 50): string {
  const words = foldKey(text).split(' ').filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, maxLength) || 'untitled';
}

/** Levenshtein distance, used to suggest the closest known id for a typo. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}

/** The known id nearest to `id`, or undefined when there are none. */
export function closestId(id: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(id, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
