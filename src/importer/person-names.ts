/** People's names in Vietnamese text: where a full name starts, places written like one, a foreign name after a place. */
import { escapeRegExp } from '../lib/text/strings.ts';
import { prefixTree } from '../lib/text/prefix-tree.ts';
import { VIETNAMESE_HONORIFIC } from './title-heads.ts';
import { TITLE_WORDS } from './title-words.ts';
import { VIETNAMESE_SURNAMES, isVietnameseSurname } from './vietnamese-surnames.ts';

const SYLLABLE = String.raw`\p{Lu}\p{Ll}*(?:-\p{Ll}+)?`;
/**
 * The word opening a man's name among the Ede and other peoples of the Central Highlands, written apart before the given
 * and family names: "Y Biêr Niê", "Y Thanh Hà Niê Kđăm". It opens a name as a family name does.
 */
const HIGHLANDS_NAME_OPENING = 'Y';
/**
 * Fields whose first syllable is also a family name, as a title written in capitals holds them: "Thứ trưởng Nông Nghiệp Cuba",
 * "Bộ Văn Hóa", "Ban Tôn Giáo". Their first word opens no name.
 */
const FIELDS_LIKE_A_NAME = new Set(['nông nghiệp', 'lâm nghiệp', 'văn hóa', 'văn hoá', 'văn phòng', 'tôn giáo', 'đoàn thể']);
/** Whether the words `first` and `second` are such a field. */
export const fieldLikeAName = (first: string, second: string | undefined) =>
  second !== undefined && FIELDS_LIKE_A_NAME.has(`${first} ${second.replace(/[,.;:]+$/u, '')}`.toLowerCase());
/** Whether `word` opens a Vietnamese citizen's full name: a family name, or the Highlands' "Y". */
const opensFullName = (word: string) => isVietnameseSurname(word) || word === HIGHLANDS_NAME_OPENING;
// (or glued to an honorific by a lost space: "ôngNguyễn Văn An", "BàTrần Thị Bích")
export const NAME_CANDIDATE = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])|(?<=(?<![\p{L}])${VIETNAMESE_HONORIFIC}))(?:${VIETNAMESE_SURNAMES.join('|')}|${HIGHLANDS_NAME_OPENING}(?=\s+\p{Lu}\p{Ll}))(?:\s+${SYLLABLE}){1,5}(?![\p{L}\p{N}])`,
  'gu',
);

/** Place names (provinces, countries) that can sit between a title and a name. */
export type PlaceNames = readonly string[];

/** `derive` over a places list, derived once per list: the finders ask for it at each word of each paragraph. */
export function oncePerPlaceList<T>(derive: (places: PlaceNames) => T): (places: PlaceNames) => T {
  const derived = new WeakMap<PlaceNames, T>();
  return (places) => {
    if (!derived.has(places)) derived.set(places, derive(places));
    return derived.get(places)!;
  };
}

/**
 * "thành phố Hồ Chí Minh" is a city, though written like a person ("UBND thành phố Trần Chí Cường"
 * is a person; provinces with a family name's syllable have two words, names three or more).
 */
export const CITY_LIKE_A_NAME = /(?:thành phố|TP\.?|Tp\.?)\s*$/u;
export const isCityName = (words: readonly string[]) =>
  words
    .slice(0, 3)
    .join(' ')
    .replace(/[,.;:]+$/, '') === 'Hồ Chí Minh';

/** The last word of a school, museum or fund named after someone: "Trường Đại học Tôn Đức Thắng", "Bảo tàng Hồ Chí Minh". */
export const NAMED_AFTER = /^(?:[Tt]rường|[Hh]ọc|[Tt]àng|[Qq]uỹ)$/u;
/** The words of a company, a bank or a hospital before its name, often a person's or a place's: "Tập đoàn Hoàng Anh Gia Lai", "Bệnh viện Bạch Mai". */
export const BODY_NAMED = /(?:^|\s)(?:[Tt]ập đoàn|[Cc]ông ty|[Bb]ệnh viện|[Nn]gân hàng)$/u;

/**
 * The word of an administrative unit, before its name: "quận", "huyện", "tỉnh", "(thị) xã", "phường", "(thành) phố"; and
 * of its party committee ("Huyện ủy Lâm Bình", "Tỉnh ủy Tuyên Quang").
 */
export const PLACE_UNIT = /^(?:[Qq]uận|[Hh]uyện|[Tt]ỉnh|[Xx]ã|[Pp]hường|[Pp]hố|ủy|uỷ)$/u;

/**
 * A Vietnamese full name starts at words[i]: a family name and two or more capitalised syllables, not after a place word,
 * and not a place of `places` ("Hạm đội Thái Bình Dương").
 */
export function nameStartsAt(words: readonly string[], i: number, places: PlaceNames = []): boolean {
  const run = words.slice(i, i + 4).map((w) => w.replace(/[,.;:]+$/, ''));
  let length = 1;
  while (length < run.length && /^\p{Lu}\p{Ll}+$/u.test(run[length]!) && !words[i + length - 1]!.endsWith(',')) length++;
  return (
    opensFullName(run[0]!) &&
    !fieldLikeAName(run[0]!, run[1]) &&
    length >= 3 &&
    !isKingdom(run, places) &&
    !places.includes(run.slice(0, length).join(' ')) &&
    !NAMED_AFTER.test(words[i - 1] ?? '') &&
    !BODY_NAMED.test(words.slice(Math.max(0, i - 2), i).join(' ')) &&
    // "Chủ tịch quận Thạch Cảnh Sơn" ending the words before a name: the unit's name, not a person's
    !(PLACE_UNIT.test(words[i - 1] ?? '') && i + length === words.length) &&
    !(isCityName(run) && CITY_LIKE_A_NAME.test(words.slice(Math.max(0, i - 2), i).join(' ')))
  );
}

/** A continent's name, written like a person's with the family name "Châu": "Châu Âu", "Châu Á Thái Bình Dương". */
const CONTINENT = String.raw`Châu (?:Âu|Á|Phi|Mỹ|Úc|Đại Dương)(?![\p{L}])`;
const CONTINENT_START = new RegExp(`^${CONTINENT}`, 'u');

/** "Vương quốc Bỉ", "Vương Quốc Anh": a kingdom's name opens with a family name's syllable, then the country of `places`; so does a continent's. */
const isKingdom = (words: readonly string[], places: PlaceNames) =>
  (words[0] === 'Vương' && /^[Qq]uốc$/u.test(words[1] ?? '') && places.includes(words[2]?.replace(/[,.;:]+$/, '') ?? '')) ||
  CONTINENT_START.test(words.slice(0, 3).join(' '));

export const VIETNAMESE_MARKS = /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/iu;

/** Hides multi-word place names so the name pattern cannot read "Giang Nguyễn Thành Diệu" out of "Tiền Giang Nguyễn Thành Diệu". */
export function maskPlaces(text: string, places: PlaceNames): string {
  return text.replace(placePatterns(places).places, (place) => '_'.repeat(place.length));
}

export function isPersonName(name: string, places: PlaceNames): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (places.includes(name) || isKingdom(words, places)) return false;
  return opensFullName(words[0]!) && !fieldLikeAName(words[0]!, words[1]);
}

/** A capitalised word, in capitals or not, with no capital inside it but after "Mc"/"Mac": "Hùng BaBí thư" is "Hùng Ba" glued to "Bí thư" by a lost space. */
const GLUE_FREE_WORD = String.raw`(?:Mc|Mac)?\p{Lu}(?:\p{Lu}+|[\p{Ll}'’]*)(?:-\p{L}+)*`;
/** Patterns built from a places list, compiled once per list. */
export const placePatterns = oncePerPlaceList((places): { foreign: RegExp; foreignWord: RegExp; places: RegExp; opening: RegExp } => {
  const sorted = [...places].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const anyPlace = prefixTree(sorted) || '(?!)';
  const multiWord = prefixTree(sorted.filter((place) => place.includes(' '))) || '(?!)';
  return {
    // the longest place, of one word or more, opening a text and followed by a space or the text's end
    opening: new RegExp(String.raw`^(?:${anyPlace})(?= |$)`, 'u'),
    foreign: new RegExp(
      // (an initial may stand inside the name: "Đại sứ Mỹ Marc E. Knapper")
      String.raw`(?<![\p{L}])(?:${anyPlace})\s+((?:(?:${GLUE_FREE_WORD}|\p{Lu}\.)\s+){1,3}${GLUE_FREE_WORD})(?=[\s,.;:)]|$)`,
      'gu',
    ),
    // one capitalised word after a place: a family name said again ("Tổng thống Cộng hòa Belarus Lukashenko")
    foreignWord: new RegExp(String.raw`(?<![\p{L}])(?:${anyPlace})\s+(${GLUE_FREE_WORD})(?=[\s,.;:)]|$)`, 'gu'),
    places: new RegExp(String.raw`(?<![\p{L}])(?:${multiWord}|${CONTINENT})(?![\p{L}])`, 'gu'),
  };
});

/** Whether `text` names someone after a place ("… Hungary Szijjártó Péter"), as a title followed by a foreign name does. */
export function foreignNameIn(text: string, places: PlaceNames): boolean {
  return [...text.matchAll(placePatterns(places).foreign)].some(
    (m) =>
      !isVietnameseSurname(m[1]!.split(/\s+/)[0]!) &&
      !places.includes(m[1]!) &&
      m[1]!.split(/\s+/).every((w) => !TITLE_WORDS.has(w.toLowerCase())),
  );
}
