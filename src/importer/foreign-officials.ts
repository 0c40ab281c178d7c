/** Officials named without a Vietnamese family name: after an honorific, after a title, or after a place. */
import { allMatches, wordsAfter } from '../lib/text/strings.ts';
import { ASIDE, COPULA, FORMER, HEAD_AT, HEAD_START, titlesAfter, titlesBefore } from './official-titles.ts';
import { titleLength } from './title-length.ts';
import type { OfficialMention } from './officials.ts';
import {
  CITY_LIKE_A_NAME,
  VIETNAMESE_MARKS,
  fieldLikeAName,
  isCityName,
  maskPlaces,
  nameStartsAt,
  oncePerPlaceList,
  placePatterns,
  type PlaceNames,
} from './person-names.ts';
import { NAME_PARTICLE, isHonorificAt } from './office-words-en.ts';
import { DEGREE, ROYAL_HEAD, VIETNAMESE_HONORIFIC, VIETNAMESE_HONORIFICS } from './title-heads.ts';
import { TITLE_WORDS } from './title-words.ts';
import { isVietnameseSurname } from './vietnamese-surnames.ts';

/** Every word of every place in a list (asked for each word of each candidate name). */
const placeWords = oncePerPlaceList((places): ReadonlySet<string> => new Set(places.flatMap((p) => p.split(' '))));

/** A Vietnamese honorific standing as a word of its own, in any case (of one word: "đồng chí" is two, never one word). */
const HONORIFIC_WORD = new RegExp(`^(?:${VIETNAMESE_HONORIFICS.join('|')})$`, 'iu');

/** A capitalised word that is neither an office word nor an acronym: part of a name, if anything ("McCain" too). */
const nameWord = (word: string, places: PlaceNames) =>
  /^(?:Mc|Mac)?\p{Lu}[\p{Ll}'’]*(?:-\s?\p{L}*)*$/u.test(word) && !TITLE_WORDS.has(word.toLowerCase()) && !placeWords(places).has(word);

/**
 * A word of a foreign name at words[i]; past its first word, a word of a place's name too, unless a place starts there
 * ("Soh Thian Lai" holds the "Lai" of "Gia Lai"; "… Kim Min-jun Gia Lai" does not).
 */
function laterNameWord(words: readonly string[], i: number, inside: boolean, places: PlaceNames): boolean {
  const word = words[i]!.replace(/[,.;:…–-]+$/, '');
  if (nameWord(word, places)) return true;
  if (!inside || !/^\p{Lu}\p{Ll}+$/u.test(word) || TITLE_WORDS.has(word.toLowerCase()) || !placeWords(places).has(word)) return false;
  const rest = words.slice(i, i + 4).join(' ');
  return !places.some((place) => rest === place || rest.startsWith(`${place} `) || rest.startsWith(`${place},`));
}

// (an initial may stand inside it: "Meynardo LB. Montealegre")
// (and Lao names hold several hyphens: "Lếch-lay Sỉ-vi-lay")
// (and a particle: "Jaime de Jesus Irachande Gouveia")
const FOREIGN_NAME = String.raw`\p{Lu}[\p{L}'’]*(?:-\s?\p{L}+)*-?(?:\s+(?:(?:${NAME_PARTICLE})\s+(?=\p{Lu}))?(?:\p{Lu}{1,3}\.\s+)?\p{Lu}[\p{L}'’]*(?:-\s?\p{L}+)*-?){1,4}`;
/** "ông Tưởng Cự Phong, Ủy viên …", "Ngài Lim Jae Hoon, Tổng Lãnh sự …", "bà Đổng Bích Du - Tổng Lãnh sự …", "Bộ trưởng …, bà Gina Raimondo". */
// (a lost space may glue the honorific to the name: "NgàiMit-suo Sakaba")
// ("đồng chí" too, before a Lao or Cambodian guest: "đồng chí Pheng Căn Tha Nhim, Phó Bí thư …")
// (or a degree: "GS Dominique Laffly - Tùy viên …")
const HONORIFIC_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:${VIETNAMESE_HONORIFIC}(?:\s+|(?=\p{Lu}))|${DEGREE}\s+)(${FOREIGN_NAME})`,
  'gu',
);
/**
 * "Phó Chủ tịch JICA – Ông Ichikawa", "ông Ichikawa – Phó Chủ tịch JICA": a foreigner named by the family name alone, a
 * word Vietnamese could not spell as one syllable (see `foreignWord`); a Vietnamese given name alone ("ông Minh") refers back.
 */
// (not the first word of a longer name: "ông Jaime de Jesus …")
const LONE_NAME = new RegExp(
  String.raw`(?<![\p{L}])${VIETNAMESE_HONORIFIC}\s+(\p{Lu}\p{Ll}{2,})(?![\p{L}])(?!\s+(?:\p{Lu}|(?:${NAME_PARTICLE})\s))`,
  'gu',
);
/** A word with letters Vietnamese does not write (f, j, w, z) or with two groups of vowels, and no Vietnamese marks. */
const foreignWord = (word: string) => !VIETNAMESE_MARKS.test(word) && (/[fjwz]/iu.test(word) || /[aeiouy]+[^aeiouy]+[aeiouy]/iu.test(word));
const DEGREE_WORD = new RegExp(`^${DEGREE}$`, 'u');
const DASHED_PART = new RegExp(String.raw`^\s[-–]\s(${FOREIGN_NAME})(?=\s*,)`, 'u');
/** "các đồng chí: X - title; Y - title": a list of people after a colon, its items parted by semicolons. */
const NAME_LIST = /(?<![\p{L}])[Đđ]ồng chí\s*:([^.]*)/gu;
const LIST_ITEM = new RegExp(String.raw`(?:^|;)\s*(${FOREIGN_NAME})`, 'gu');

/** The names that open the items of a list of people, and where each ends. */
function listedNames(paragraph: string): { name: string; end: number }[] {
  return [...paragraph.matchAll(NAME_LIST)].flatMap((list) => {
    const start = list.index + list[0].length - list[1]!.length;
    return [...list[1]!.matchAll(LIST_ITEM)].map((item) => ({ name: item[1]!, end: start + item.index + item[0].length }));
  });
}

/** The last word of a company's or a body's name, never of a person's: "Chủ tịch Asia Group, ông …", "World Bank". */
const ORGANISATION_END =
  /^(?:Group|Corporation|Corp|Company|Inc|Ltd|Bank|Holdings|Foundation|Institute|Association|Council|Fund|Capital|Partners|Agency|Organization|Organisation|Forum|Programme|Program)\.?$/u;
const isOrganisationName = (name: string) => ORGANISATION_END.test(name.split(/\s+/).at(-1)!);
/** "quán" after a head: "Đại sứ quán", "Lãnh sự quán" are buildings. */
const BUILDING_AFTER = /^\s+quán(?![\p{L}])/u;
/** Words after which capitalised words name a company or a body, not a person: "… tập đoàn Mitani Sangyo". */
// (and the company's legal form: "Công ty TNHH Acme Electronics")
const ORGANISATION_BEFORE =
  /(?:^|\s)(?:[Tt]ập đoàn|[Cc]ông ty|[Hh]ãng|[Tt]ổ chức|[Nn]gân hàng|[Qq]uỹ)(?:\s+(?:TNHH|CP|CTCP|MTV|cổ phần))*$/u;
/**
 * A given name written with one hyphen after a one-word family name, both without Vietnamese marks: "Lee Jae-yong", "Ahn
 * Sung-min" (not a Lao name's syllables, "Lếch-lay Sỉ-vi-lay").
 */
const givenNameAt = (words: readonly string[], i: number) =>
  /^\p{Lu}\p{Ll}+-\p{Ll}+[,.;:…–-]?$/u.test(words[i] ?? '') &&
  /^\p{Lu}\p{Ll}+$/u.test(words[i - 1] ?? '') &&
  !VIETNAMESE_MARKS.test(`${words[i - 1]} ${words[i]}`);
/**
 * Where the family name before the first given name with a hyphen two words or more past `start` stands, when only name
 * words lead up to it from `start` (read no further than those).
 */
function familyNameBeforeGiven(words: readonly string[], start: number, places: PlaceNames): number | undefined {
  for (let i = start; i < words.length; i++) {
    if (i >= start + 2 && givenNameAt(words, i)) return i - 1;
    if (!nameWord(words[i]!, places)) return undefined;
  }
  return undefined;
}

/** Words after which a capitalised word names a place: "Thống đốc Bang Oregon Kate Brown". */
const PLACE_WORD = /^(?:tỉnh|Tỉnh|bang|Bang|thành|phố|vùng)$/u;

/**
 * Where, inside `name` (standing at `start` of `paragraph`), a title's head opens after its first word ("Chang Young Soo
 * Huyện trưởng …"), or -1: the name's capitalised words ran on into the title.
 */
function headInside(paragraph: string, start: number, name: string): number {
  for (const word of name.matchAll(/(?<=\s)\S/gu)) if (HEAD_START.test(paragraph.slice(start + word.index))) return word.index;
  return -1;
}

/**
 * People named without a family name VIETNAMESE_SURNAMES lists: after an honorific, with their titles
 * after them; or right after a title ("Tổng lãnh sự Popov Aleksei", "Thứ trưởng Ramon Ripoll Diaz").
 * Returns where each name found ends, since a title before a later name starts after it.
 */
export function otherNamed(paragraph: string, places: PlaceNames, found: OfficialMention[]): number[] {
  const ends: number[] = [];
  const foreignFamilyNames = allMatches(paragraph, LONE_NAME).filter((m) => foreignWord(m[1]!));
  const honoured = [...allMatches(paragraph, HONORIFIC_NAME), ...foreignFamilyNames].map((m) => ({
    name: m[1]!,
    end: m.index + m[0].length,
  }));
  for (const named of [...honoured, ...listedNames(paragraph)]) {
    let { name, end } = named;
    // (nor a title after the honorific: "đồng chí Phó Chủ tịch …")
    if ((isVietnameseSurname(name.split(/\s+/)[0]!) && !name.includes('-')) || HEAD_START.test(name)) continue;
    if (isOrganisationName(name)) continue;
    // "bà Jehanne Roccas- Đại sứ …": a dash glued to the name opens the title, not the name's second part
    const dash = name.search(/-\s?\p{Lu}/u);
    if (dash > 0 && HEAD_START.test(paragraph.slice(end - name.length + dash + 1).trimStart())) {
      end -= name.length - dash;
      name = name.slice(0, dash);
    }
    // "đồng chí Hum Phăn - Búp Pha Khăm, Tỉnh ủy viên …": a Lao name may hold a dash, its second part no title
    const second = DASHED_PART.exec(paragraph.slice(end));
    if (second && !HEAD_START.test(second[1]!) && second[1]!.split(/\s+/).every((word) => nameWord(word, places))) {
      name = `${name} - ${second[1]}`;
      end += second[0].length;
    }
    // "ông Chang Young Soo Huyện trưởng huyện …": a title's head written right after the name, with no comma, ends it
    // (a head that opens where the name does is a title after the honorific, "ông Tổng Lãnh sự …", read whole)
    if (HEAD_START.test(paragraph.slice(end - name.length))) continue;
    const headNext = headInside(paragraph, end - name.length, name);
    if (headNext > 0) {
      end -= name.length - headNext;
      name = name.slice(0, headNext).trimEnd();
      end -= headNext - name.length;
    }
    const after = paragraph.slice(end);
    // titles after the name ("ông X, Đại sứ …", "ông X-Tham tán …" glued by lost spaces), or else set off before the honorific ("Bộ trưởng …, bà X")
    // (a bracket may stand between: "ông X (Mississippi), Chủ tịch …"; or the verb "to be": "bà X là Đại sứ …")
    const aside = after.replace(ASIDE, '');
    const marked = /^\s*(?:,|\s[-–]\s)|^[-–]\s?(?=\p{Lu})/u.test(aside);
    const stated = !marked && COPULA.test(aside) ? titlesAfter(after, places) : [];
    // (a comma after the name that opens no title is the clause's: "Chủ tịch và CEO của B. Grimms, bà X, đang …")
    const written = marked || headNext > 0 ? titlesAfter(after, places) : stated;
    const titles = written.length > 0 ? written : titlesBefore(paragraph.slice(0, end - name.length));
    if (titles.length === 0) continue;
    found.push({ name, title: titles.join(', '), former: FORMER.test(titles[0]!), foreign: true });
    ends.push(end);
  }
  const wordsAt = wordsAfter(paragraph);
  for (const head of allMatches(paragraph, HEAD_AT)) {
    // "đại sứ quán các nước: …": followed by "quán" the head names a building, and no one after it
    if (BUILDING_AFTER.test(paragraph.slice(head.index + head[0].length, head.index + head[0].length + 8))) continue;
    const words = wordsAt(head.index + head[0].length);
    // (a list cut short by an ellipsis, or the dash before a credit or a title, may be glued to the last name: "… Shin
    // Dong-bin…", "Phó Đại sứ Mark Tattersall- Ảnh …")
    let start = words.findIndex((word, i) => nameWord(word, places) && nameWord(words[i + 1]?.replace(/[,.;:…–-]+$/, '') ?? '', places));
    // after "tỉnh"/"bang" (of the title or ending its head) the first capitalised word is the place: the name follows it
    const placeBefore = start === 0 ? head[0].split(/\s+/).at(-1)! : (words[start - 1] ?? '');
    // (unless a hyphenated given name follows it: "Chủ tịch Hội đồng thành phố Ahn Sung-min")
    if (start >= 0 && PLACE_WORD.test(placeBefore) && !givenNameAt(words, start + 1))
      start = nameWord(words[start + 2]?.replace(/[,.;:…]+$/, '') ?? '', places) ? start + 1 : -1;
    // "Chủ tịch Acme Electronics Kim Min-jun": a given name written with a hyphen follows its one-word family name,
    // the capitalised words before those are the body's
    if (start >= 0) start = familyNameBeforeGiven(words, start, places) ?? start;
    // "… (NCCIM) Tan Sri Dato’ Soh Thian Lai": a foreign honorific before the name is neither title nor name
    while (start >= 0 && start < words.length - 1 && isHonorificAt(words, start)) start++;
    // "Thống đốc tỉnh Surin - Adthaporn Singhawichai", "… – ông Adthaporn …": a dash (and an honorific) may part title and name
    let titleEnd = start;
    while (titleEnd > 0 && isHonorificAt(words, titleEnd - 1)) titleEnd--;
    // "… tại Việt Nam, TS. Antony Stokes": a degree before the name is neither title nor name
    if (DEGREE_WORD.test(words[titleEnd - 1] ?? '')) titleEnd--;
    if (HONORIFIC_WORD.test(words[titleEnd - 1] ?? '') && /^[-–]$/u.test(words[titleEnd - 2] ?? '')) titleEnd--;
    if (/^[-–]$/u.test(words[titleEnd - 1] ?? '')) titleEnd--;
    if (
      start < 0 ||
      titleLength(words.slice(0, titleEnd), head[0], places) !== titleEnd ||
      ORGANISATION_BEFORE.test([head[0], ...words.slice(0, start)].join(' '))
    )
      continue;
    // a Vietnamese name or back-reference ("… Lê Thị Thu Hằng", "Thứ trưởng Thu Hằng") is not a foreigner's
    // (a family name only where a capitalised syllable follows: "Tăng trưởng kinh tế" is growth; not in a place's name: "Thái Bình Dương")
    const before = maskPlaces(words.slice(0, start + 1).join(' '), places).split(/\s+/);
    if (
      before.some(
        (word, i) =>
          isVietnameseSurname(word) &&
          /^\p{Lu}/u.test(before[i + 1] ?? '') &&
          !fieldLikeAName(word, before[i + 1]) &&
          // ("… tại TP Hồ Chí Minh Ono Masuo": the city, however written, is no Vietnamese name)
          !(isCityName(before.slice(i)) && CITY_LIKE_A_NAME.test(before.slice(Math.max(0, i - 2), i).join(' '))),
      ) ||
      // (a Lao name is written with Vietnamese marks too, but its syllables joined by hyphens: "Viêng-thạ-vi-sổn")
      (VIETNAMESE_MARKS.test(words.slice(start, start + 2).join(' ')) && !/\p{L}-\p{L}/u.test(words[start]!))
    )
      continue;
    let end = start;
    while (end < words.length && end - start < 4 && laterNameWord(words, end, end > start, places)) {
      const word = words[end++]!;
      // (but for an initial inside it: "Đại sứ Mỹ Marc E. Knapper")
      const initial = /^\p{Lu}\.$/u.test(word) && nameWord(words[end] ?? '', places);
      if (/[,.;:…–-]$/.test(word) && !initial) break;
    }
    const name = words
      .slice(start, end)
      .join(' ')
      .replace(/[,.;:…–-]+$/, '');
    // "Giám đốc World Bank tại Việt Nam Ousmane Dione": the bank is the office's, its director named after it
    if (isOrganisationName(name)) continue;
    const rest = words.slice(end).join(' ');
    const after = titlesAfter(/[,]$/.test(words[end - 1]!) ? `, ${rest}` : rest, places);
    let written = [head[0], ...words.slice(0, titleEnd)].join(' ').replace(/,$/u, '');
    // "do Bí thư, Tỉnh trưởng Phoxay Xayasone dẫn đầu": titles joined by commas before the head are the name's too, as
    // before a Vietnamese name (from where the last name found ends)
    const nameAt = paragraph.indexOf(name, head.index);
    const joined = titlesBefore(paragraph.slice(Math.max(0, ...ends.filter((at) => at <= head.index)), nameAt))[0];
    if (joined && joined.length > written.length && joined.endsWith(`, ${written}`)) written = joined;
    found.push({
      name,
      title: [written, ...after].join(', '),
      former: FORMER.test(written),
      foreign: true,
    });
    ends.push(paragraph.indexOf(name, head.index) + name.length);
  }
  return ends;
}

/**
 * "Đại sứ Hàn Quốc tại Việt Nam Choi Young-sam": a name that is not Vietnamese, after a title ending in a place.
 * `named`: where names found before end, since the title starts after the last of them.
 */
export function foreignAfterTitles(paragraph: string, places: PlaceNames, found: OfficialMention[], named: readonly number[]): number[] {
  const ends: number[] = [];
  for (const m of allMatches(paragraph, placePatterns(places).foreign)) {
    // "Phó Tổng thống Myanmar U Myint Swe": a foreign honorific after the place is neither title nor name
    const honorific = isHonorificAt(m[1]!.split(/\s+/), 0) ? /^\S+\s+/u.exec(m[1]!)![0] : '';
    const name = m[1]!.slice(honorific.length);
    const words = name.split(/\s+/);
    // "… Trường Đại học Tôn Đức Thắng Trần Trọng Đạo": a Vietnamese full name inside is no foreigner's ("Đức" is a country too)
    // (nor a name opening with another place: "… Hoàng Anh Gia Lai Đoàn Nguyên")
    if (
      isVietnameseSurname(words[0]!) ||
      places.some((place) => name === place || name.startsWith(`${place} `)) ||
      words.some((_, k) => k > 0 && nameStartsAt(words, k))
    )
      continue;
    const nameStart = m.index + m[0].length - name.length;
    const titles = titlesBefore(
      paragraph.slice(Math.max(0, ...ends, ...named.filter((end) => end <= nameStart)), nameStart - honorific.length),
    );
    if (titles.length === 0) continue;
    found.push({ name, title: titles.join(', '), former: FORMER.test(titles[0]!), foreign: true });
    ends.push(m.index + m[0].length);
  }
  // "Tổng thống Alexander Lukashenko …" then "Tổng thống Cộng hòa Belarus Lukashenko": the family name of a foreigner found
  // before, after a title ending in a place, is that person again, with the title said then
  // (and a royal's given name, the only name a royal is given: "Thái tử kế vị Đan Mạch Frederik với …")
  for (const m of allMatches(paragraph, placePatterns(places).foreignWord)) {
    const word = m[1]!;
    const saidAgain = found.some(({ name, foreign }) => foreign && name.includes(' ') && name.endsWith(` ${word}`));
    const given = !saidAgain && foreignWord(word) && !/^\s*\p{Lu}/u.test(paragraph.slice(m.index + m[0].length));
    if (!saidAgain && !given) continue;
    const nameStart = m.index + m[0].length - word.length;
    const titles = titlesBefore(paragraph.slice(Math.max(0, ...ends, ...named.filter((end) => end <= nameStart)), nameStart));
    if (titles.length === 0 || (given && !ROYAL_HEAD.test(titles.at(-1)!))) continue;
    found.push({ name: word, title: titles.join(', '), former: FORMER.test(titles[0]!), foreign: true });
    ends.push(m.index + m[0].length);
  }
  return ends;
}
