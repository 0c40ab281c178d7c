/**
 * Officials in English-language articles: "Deputy Prime Minister Lê Minh Khái", "Thai Ambassador
 * to Vietnam Somchai Rattanakul", "Gina Raimondo, US Secretary of Commerce, said". Names may be
 * written with or without diacritics; a name is a short run of capitalised words next to a title.
 * The words are in office-words-en, their grammar in title-grammar-en, and the finders in
 * titles-before-names-en and names-before-titles-en.
 */
import { nameBeforeTitle, nameThenBody } from './names-before-titles-en.ts';
import { countryNames } from './office-words-en.ts';
import { ENGLISH_PHOTO_WORD, IMAGE_WORD } from './page-lines.ts';
import { pluralTitle, titleBeforeName, titleThenCommaName } from './titles-before-names-en.ts';
import type { OfficialMention } from './officials.ts';
import type { Place } from '../schemas/registries.ts';
import { HEAD_ANY_CASE } from './title-grammar-en.ts';
import { capitalised } from '../lib/text/strings.ts';

/** A caption's credit after the last name: "… Ravi Kumar Pic: baotinh.vn", "… Photo: NNA". */
// (narrower than page-lines' photo credit: the English words only, each with a capital, as an English caption writes them)
const CAPTION_CREDIT = new RegExp(
  String.raw`\s+(?:${[ENGLISH_PHOTO_WORD, 'pics?', 'pictures?', IMAGE_WORD, 'source', 'credits?'].map(capitalised).join('|')})\s*:.*$`,
  'u',
);

/**
 * A title's head anywhere in a paragraph. Every pattern of the finders of titles before and after names holds one, so
 * without it they find nothing; about half of an article's paragraphs have none, and one search for it costs less than their four.
 */
const HOLDS_HEAD = new RegExp(HEAD_ANY_CASE, 'u');

/** Officials of an English-language article's paragraphs, with titles as written. */
export function findOfficialsEnglish(paragraphs: readonly string[], places: readonly Place[]): OfficialMention[] {
  const countries = countryNames(places);
  const found: OfficialMention[] = [];
  const referredBack: OfficialMention[] = [];
  const article = paragraphs.join('\n');
  for (const text of paragraphs) {
    const paragraph = text.replace(CAPTION_CREDIT, '');
    if (HOLDS_HEAD.test(paragraph)) {
      titleBeforeName(paragraph, countries, found);
      nameBeforeTitle(paragraph, countries, article, found, referredBack);
      titleThenCommaName(paragraph, countries, found);
      pluralTitle(paragraph, countries, found);
    }
    nameThenBody(paragraph, countries, found);
  }
  // "Nguyen Huu Dung of VASEP …" … "Dung, a VASEP deputy chairman, told": a title given only where the name is said short is theirs
  found.push(...referredBack.filter(({ name }) => !found.some((other) => other.name === name)));
  return found.map((mention) => inFullerName(mention, found));
}

/**
 * "Mohammad Adnan Jalil" … "the KP Minister …, Adnan Jalil said": a name of two words or more that ends a fuller name found in
 * the article is that person again, and takes the first such name. (A name of one word may be the first word of a fuller one as
 * well as the last, "Xi", "Son": whether it is kept at all is `loneBackReference`'s in officials.ts.)
 */
function inFullerName(mention: OfficialMention, found: readonly OfficialMention[]): OfficialMention {
  // ("Cora van Nieuwenhuizen" … "Minister Van Nieuwenhuizen": a family name's particle opening it takes a capital)
  const said = ` ${mention.name.toLowerCase()}`;
  const fuller =
    mention.name.includes(' ') && found.find((other) => other.name !== mention.name && other.name.toLowerCase().endsWith(said));
  return fuller ? { ...mention, name: fuller.name } : mention;
}
