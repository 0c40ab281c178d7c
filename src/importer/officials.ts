/**
 * Officials named in an article, each with the title the article writes next to them.
 * A person counts only when a full name (family name first) stands beside a title, before it
 * ("Thứ trưởng Ngoại giao Vũ Quang Minh") or after it ("Bùi Thanh Sơn, Ủy viên Trung ương Đảng,
 * Bộ trưởng Bộ Ngoại giao"). Short back-references ("ông Minh") and untitled names are not people
 * of record; a head and a given name alone ("Thứ trưởng An") are, when the article names no one fuller so. One person
 * is one entry however often named; the fullest title is kept.
 * The finders are in officials-vi and officials-en; here, the mentions they find are read back and merged.
 */
import { asciiFold, escapeRegExp, foldKey } from '../lib/text/strings.ts';
import { findOfficialsEnglish } from './officials-en.ts';
import { findOfficialsVietnamese, placeNames } from './officials-vi.ts';
import type { Place } from '../schemas/registries.ts';

export interface OfficialMention {
  name: string;
  title: string;
  /** True when the article calls them "nguyên …" (former). */
  former: boolean;
  foreign: boolean;
}

/** Finds the officials of an article's paragraphs, in order of first mention, once each with the fullest title. */
export function findOfficials(paragraphs: readonly string[], places: readonly Place[], language: 'vi' | 'en' = 'vi'): OfficialMention[] {
  const mentions = language === 'en' ? findOfficialsEnglish(paragraphs, places) : findOfficialsVietnamese(paragraphs, placeNames(places));
  const byKey = new Map<string, OfficialMention>();
  const fullerNames = fullerNamesByWord(mentions);
  const article = paragraphs.join('\n');
  const people = mentions.flatMap((mention) => {
    if (mention.name.includes(' ')) return [mention];
    const fullerOnes = fullerNames.get(asciiFold(mention.name)) ?? [];
    const fuller = moreOfTheOffice(mention, fullerOnes);
    if (fuller) return [{ ...fuller, title: mention.title }];
    return loneBackReference(mention, fullerOnes, article) ? [] : [mention];
  });
  for (const mention of people) {
    // "Nguyen VanLinh" in a caption that lost a space is "Nguyen Van Linh" of the text
    const key = foldKey(mention.name).replace(/\s+/g, '');
    const existing = byKey.get(key);
    if (!existing || fuller(mention.title, existing.title)) byKey.set(key, existing ? { ...mention, name: existing.name } : mention);
  }
  return [...byKey.values()];
}

/**
 * A person named by one word ("Governor Smith", "ông Tanaka", "President Jones has pledged …") is of record, even named
 * once, but not when a fuller name of the article opens or ends with it ("Li Wei" … "President Li", "Nguyễn Văn Nam" …
 * "Deputy PM Nam"), nor when the article wrote the office before with no one's name ("Vice Chairman of the provincial People's
 * Committee … attended" … "Vice Chairman Loc said"): that is the person referred back to; nor the one another stands in for
 * ("Vice President X is standing in for President Jones"), who is not there.
 * (In English articles a name of more words that ends a fuller one is renamed to it instead: `inFullerName` in officials-en.)
 * `fullerOnes`: the article's names of more words that open or end with the name (`fullerNamesByWord`).
 */
function loneBackReference({ name, title }: OfficialMention, fullerOnes: readonly OfficialMention[], article: string): boolean {
  if (fullerOnes.length > 0) return true;
  const named = article.search(
    new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(title)}\s+(?:\S+\s+){0,2}?${escapeRegExp(name)}(?![\p{L}])`, 'u'),
  );
  if (named < 0) return false;
  return STOOD_IN_FOR.test(article.slice(Math.max(0, named - 40), named)) || officeSaidUnnamed(title, article.slice(0, named));
}

/**
 * "Tổng thống Alexander Lukashenko" … "Tổng thống Cộng hòa Belarus Lukashenko": a name of one word that ends or opens only one
 * fuller name of the article (`fullerOnes`), said with that person's title and more of the office, gives the person the longer title.
 */
function moreOfTheOffice({ title }: OfficialMention, fullerOnes: readonly OfficialMention[]): OfficialMention | undefined {
  const names = new Set(fullerOnes.map((mention) => mention.name));
  return names.size === 1 && fullerOnes.some((mention) => title.startsWith(`${mention.title} `)) ? fullerOnes[0] : undefined;
}

/**
 * The mentions named by more than one word, in order, under the first and the last word of their name folded to ASCII:
 * what a one-word name is looked up in (folded once per article, not once for each one-word name).
 */
function fullerNamesByWord(mentions: readonly OfficialMention[]): Map<string, OfficialMention[]> {
  const byWord = new Map<string, OfficialMention[]>();
  for (const mention of mentions) {
    const words = asciiFold(mention.name).split(/\s+/u);
    if (words.length < 2) continue;
    for (const word of new Set([words[0]!, words.at(-1)!])) {
      const named = byWord.get(word);
      if (named) named.push(mention);
      else byWord.set(word, [mention]);
    }
  }
  return byWord;
}

/** Words saying the person named next is not there: "standing in for", "on behalf of", "in place of", "instead of". */
const STOOD_IN_FOR =
  /(?<![\p{L}])(?:(?:standing|stands|stood|stepping|filling)\s+in\s+for|on\s+behalf\s+of|in\s+place\s+of|instead\s+of)\s+(?:the\s+)?$/iu;

/**
 * Whether `title` stands in `text` as an office with no name after it ("Vice Chairman of Binh Dinh People’s Committee and
 * many investors attended"): the whole title, not the end of a longer one ("Vice President Kamala Harris" holds no
 * "President" of its own), and not followed by a capitalised word, which may be another person's name.
 */
function officeSaidUnnamed(title: string, text: string): boolean {
  if (!/^\p{Lu}/u.test(title)) return false;
  const pattern = new RegExp(
    String.raw`(?<!\p{Lu}[\p{L}.’'-]*\s+|[\p{L}-])${escapeRegExp(title)}(?![\p{L}]|\s+\p{Lu}|\s*[,–-]\s*\p{Lu})`,
    'u',
  );
  return pattern.test(text);
}

/**
 * The fuller title has more words; of two as many words, the one naming more ("Hội đồng TP. Ansan", not "Hội đồng
 * thành phố"), unless they differ only in case.
 */
function fuller(title: string, than: string): boolean {
  const words = (text: string) => text.split(/\s+/u);
  const capitals = (text: string) => words(text).filter((word) => /^\p{Lu}/u.test(word)).length;
  if (words(title).length !== words(than).length) return words(title).length > words(than).length;
  // the same words in another case ("đặc mệnh Toàn quyền"): the first mention stands
  if (title.toLowerCase() === than.toLowerCase()) return false;
  return capitals(title) !== capitals(than) ? capitals(title) > capitals(than) : title.length > than.length;
}
