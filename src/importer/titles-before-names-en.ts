/** Titles written before names: "Deputy Prime Minister X", "the Ambassador to Vietnam, X, said", "Deputy Prime Ministers X and Y". */
import type { OfficialMention } from './officials.ts';
import {
  HEAD,
  HEADS,
  HONORIFIC,
  NOT_A_MODIFIER,
  SURNAMES,
  VERBS,
  isOfficeOrPlace,
  isTitleWord,
  placeKey,
  type CountryNames,
} from './office-words-en.ts';
import {
  FIELD_AND,
  FIELD_COMMA,
  FULL_NAME,
  HEADLINE_VERB,
  HEAD_ANY_CASE,
  HONORIFIC_AT_END,
  HONORIFIC_ONLY,
  MODIFIER,
  OFFICE_BODY,
  OFFICE_WORD,
  POSITION,
  TITLE_RUN,
  TITLE_THEN_NAME,
  execAtEnd,
  holdsTitleAndName,
  mention,
  officeAfterName,
  runWords,
  splitTitleAndName,
} from './title-grammar-en.ts';

/**
 * A title or an institution standing before another title, joined by a comma: "Member of the Party Central Committee,
 * Minister …"; as the object of a verb, in lower case too ("talks with the co-chair of the … commission, Deputy Prime Minister X"),
 * or a bare head without "the" ("meets with Minister, Chairman of … X").
 */
const EARLIER_TITLE = new RegExp(
  String.raw`(?:^|[.;:]\s+)(${TITLE_RUN}),\s*$|(?:^|[.;:,]\s+)(${OFFICE_BODY}),\s*$|(?<=\p{Ll}\s+)the\s+(${HEAD_ANY_CASE}(?:\s+${OFFICE_WORD})*),\s*$|(?<=\p{Ll}\s+)(${HEAD}),\s*$`,
  'gu',
);
/** What every form of EARLIER_TITLE ends with: text before a title without it (most such text) need not be searched. */
const COMMA_AT_END = /,\s*$/u;
// (a title that names its own person, "President X (center), Chairman of … - Y", is not Y's, nor one ending in a person
// found before ("…, Minister of Trade, Industry and Energy X, Minister Y"); one with the same head is the office said
// twice, "the President of Vietnam, President X")
const earlierTitle = (before: string, countries: CountryNames, found: readonly OfficialMention[], head = '') => {
  if (!COMMA_AT_END.test(before)) return undefined;
  const m = execAtEnd(EARLIER_TITLE, before);
  const title = m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4];
  if (!title || (head && ` ${title} `.includes(` ${head} `)) || found.some(({ name }) => title.endsWith(` ${name}`))) return undefined;
  return m![2] === undefined && holdsTitleAndName(title, countries) ? undefined : title;
};

/** A title from its head on: "Ambassador to Vietnam", "Minister of Economy, Trade and Industry". */
const TITLE_FROM_HEAD = String.raw`${HEAD_ANY_CASE}(?:(?:\s+|${FIELD_COMMA})${OFFICE_WORD})*`;
/** A name set off after a title, with what may stand before it and what must follow it (as TITLE_COMMA_NAME tells). */
const NAME_SET_OFF = String.raw`(?:,|\s[-–])\s+(?:\([^()]{1,40}\),\s+)?((?:${HONORIFIC}\s+){1,2}|${HEAD}\s+)?(${FULL_NAME})(?=(\s*(?:\([^()]{1,40}\)\s*)?,|\s+(?:${VERBS})\b|\s+to\s+\p{Ll})|\s*[;.]|\s*$)`;
/**
 * "the Vietnamese Ambassador to Japan, Pham Quang Hieu, said", "…, Ms. Tran Thi Ha, said", "the US Department of State
 * representative in Houston, Betty Mc Cutchan,", "…, (the first from left), Mr. X is", "the Vice President, Madam X;",
 * "Chairman of … Committee - X (third from right),", "citing the trade minister, X, who": a title, then the name between commas or after a dash (before a verb,
 * "to" and a verb ("…, Mr. X to brief …"), or, after an honorific or the head said again, before any punctuation); set off so, a title may name its body before a
 * head in lower case, and be a past one ("then Deputy Prime Minister").
 */
const TITLE_COMMA_NAME = new RegExp(
  String.raw`(?<![\p{L}])((?:(?:then|former|acting)\s+)?(?:(?:${FIELD_AND}|${MODIFIER}|the|of)\s+){0,5}?${TITLE_FROM_HEAD})${NAME_SET_OFF}`,
  'gu',
);
/**
 * The same from the head on, which every match holds: searching for it costs a quarter as much, as it tries no words
 * before each head, and it fails in most paragraphs.
 */
const FROM_HEAD_COMMA_NAME = new RegExp(`${TITLE_FROM_HEAD}${NAME_SET_OFF}`, 'u');

/** "the Temple of President Ho Chi Minh": a memorial's namesake is no official of the article. */
const MEMORIAL_OF = /(?<![\p{L}])(?:temple|mausoleum|museum|memorial|monument|statue|tomb|shrine|relic site)s? (?:of|to)\s+$/iu;

/** Between a head that named no one and the next head: the rest of its office ("of Phu Yen province's"). */
const OFFICE_GAP = new RegExp(String.raw`^(?:\s+${OFFICE_WORD}(?:[’']s)?)*\s*$`, 'u');

/** Where a caption's person stands, then the office named after them: " (right) of the Ministry of …". */
const OFFICE_PAST_POSITION = new RegExp(String.raw`^\s*${POSITION}((?:\s+${OFFICE_WORD}){2,16})`, 'u');

/** A word in the possessive, "'s" or after an "s" the apostrophe alone ("Marcos’"), and the word it is of. */
const POSSESSIVE = /^(.+?)(?:[’']s|(?<=s)[’'])$/u;

/** Titles written before names. */
export function titleBeforeName(paragraph: string, countries: CountryNames, found: OfficialMention[]): void {
  TITLE_THEN_NAME.lastIndex = 0;
  // a head that names no one may open the next title: "Consular Department Director X"
  let unnamed = { start: -1, end: -1, text: '' };
  // where the last office named after a person ended: "… X of Industry and Trade and Chairman Y"
  let officeEnd = 0;
  for (let m = TITLE_THEN_NAME.exec(paragraph); m; m = TITLE_THEN_NAME.exec(paragraph)) {
    // the words after a head may hold the next title ("President Luong Cuong and Prime Minister …"): read on from the head
    const headEnd = m.index + m[1]!.length + m[2]!.length;
    TITLE_THEN_NAME.lastIndex = headEnd;
    const gap = paragraph.slice(unnamed.end, m.index);
    // (through the rest of its office too: "Secretary of Phu Yen province's Party Committee and Chairman of … X")
    const carried = unnamed.end >= 0 && gap.length <= 80 && OFFICE_GAP.test(gap);
    // (words before the head that end the previous person's office are not its, nor the "and" after them)
    const lead = paragraph.slice(Math.max(m.index, officeEnd), m.index + m[1]!.length).replace(/^\s*and\s/u, ' ');
    const start = carried ? unnamed.start : m.index + m[1]!.length - lead.trimStart().length;
    const before = `${carried ? paragraph.slice(unnamed.start, m.index) : ''} ${lead}`.trim().split(/\s+/).filter(Boolean);
    // "On Monday Prime Minister …": the words before the last of these are the sentence's, not the title's
    const lastStop = before.findLastIndex((w) => NOT_A_MODIFIER.test(w));
    // ("PRESIDENT Ferdinand Marcos Jr. welcomed": a head in capitals is a lead's opening written so; what stands before it is not the title's)
    const inCapitals = !/\p{Ll}/u.test(m[2]!) && !HEADS.includes(m[2]!);
    const modifiers = inCapitals ? [] : before.slice(lastStop + 1);
    const words = runWords(m[3]!);
    const headlineVerb = words.findIndex((w) => HEADLINE_VERB.test(w));
    if (headlineVerb >= 0) words.length = headlineVerb;
    // ("… Yoon Suk Yeol’s state visit": what a possessive name is followed by in lower case is its thing, not an office's word)
    const owner = words.findIndex((w, i) => POSSESSIVE.test(w) && /^\p{Ll}/u.test(words[i + 1] ?? ''));
    const split =
      splitTitleAndName(words, countries) ??
      (owner >= 0 ? splitTitleAndName(words.slice(0, owner + 1), countries) : undefined) ??
      loneName(owner >= 0 ? words.slice(0, owner + 1) : words, m[2]!, countries);
    if (!split) unnamed = { start, end: headEnd, text: paragraph.slice(start, headEnd) };
    if (!split || MEMORIAL_OF.test(paragraph.slice(0, m.index + m[1]!.length))) continue;
    // "Vietnamese leader X", "top leader X": "leader" in lower case right before a name describes, it names no office
    if (m[2] === 'leader' && split.title.length === 0) continue;
    // "during US President X's visit": a titled name in a possessive is a person of the article too, without the "'s"
    const possessive = POSSESSIVE.exec(split.name.at(-1)!);
    if (possessive) split.name[split.name.length - 1] = possessive[1]!;
    const earlier = inCapitals ? undefined : earlierTitle(paragraph.slice(0, start), countries, found, m[2]!);
    // "Director X (right) of the Ministry of …": past where a caption's person stands, the office named after them goes on
    const rest = words.slice(split.title.length + split.name.length);
    const aside = rest.length === 0 ? OFFICE_PAST_POSITION.exec(paragraph.slice(headEnd + m[3]!.length)) : null;
    const office = possessive ? [] : officeAfterName(aside ? runWords(aside[1]!) : rest, countries);
    const officeAt = office.length > 0 ? paragraph.indexOf(office.join(' '), headEnd) : -1;
    if (officeAt >= 0) officeEnd = officeAt + office.join(' ').length;
    // "Chairman of VCCI Dr. X": the honorific before the name is not the title's
    const title = [[...modifiers, m[2], ...split.title].join(' ').replace(HONORIFIC_AT_END, ''), ...office].join(' ');
    // "Secretary X, Jr. met …", "President X Jr. …": a generation's suffix after the name's last word is the name's
    const last = split.name.at(-1)!;
    const tail = m[3]!.trimEnd().endsWith(last) ? paragraph.slice(headEnd + m[3]!.trimEnd().length) : '';
    const suffix = GENERATION.test(last) && tail.startsWith('.') ? '.' : (SUFFIX_AFTER_COMMA.exec(tail)?.[0] ?? '');
    const name = split.name.join(' ') + suffix;
    found.push(mention(name, earlier ? `${earlier}, ${title}` : title));
    const next =
      possessive || office.length > 0 ? undefined : officeAndNameAfter(words.slice(split.title.length + split.name.length), countries);
    if (next) found.push(mention(next.name.join(' '), next.title.join(' ')));
  }
}

/**
 * "Regional Governor Luis Cuvertino and Presidential Delegation Paola Pena Marin": after the name, "and", an office in
 * capitalised words with no head of the list (ending in an office's word) and a name are the next person's. (A head there is read by the loop.)
 */
function officeAndNameAfter(rest: string[], countries: CountryNames): { title: string[]; name: string[] } | undefined {
  if (rest[0] !== 'and' || !/^\p{Lu}/u.test(rest[1] ?? '')) return undefined;
  const next = splitTitleAndName(rest.slice(1), countries);
  if (!next || next.title.length === 0 || next.title.some((w) => isTitleWord(w) || !/^\p{Lu}/u.test(w))) return undefined;
  return isOfficeOrPlace(next.title.at(-1)!, countries) ? next : undefined;
}

/** A generation's suffix ending a name ("Jr", "Sr"), and one set off after it by a comma (", Jr."). */
const GENERATION = /^(?:Jr|Sr)$/u;
const SUFFIX_AFTER_COMMA = /^,\s(?:Jr|Sr)\.(?![\p{L}])/u;

/**
 * "said Governor McAuliffe.", "PM Dung spoke": after a head written with a capital, one capitalised word and nothing more of
 * a name or an office is a person named by one name (findOfficials keeps them only when named again and named no fuller).
 */
function loneName(words: string[], head: string, countries: CountryNames): { title: string[]; name: string[] } | undefined {
  // (in the possessive too: "President Marcos’ state visit")
  const word = words[0] && (POSSESSIVE.exec(words[0])?.[1] ?? words[0]);
  if (words.length !== 1 || !word || !/^\p{Lu}/u.test(head) || !/^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?$/u.test(word)) return undefined;
  if (isTitleWord(word) || isOfficeOrPlace(word, countries) || NOT_A_MODIFIER.test(word)) return undefined;
  return { title: [], name: [words[0]!] };
}

/** "As Deputy Prime Minister", "The Member of …": an opener is the sentence's, not the title's. */
const withoutOpeners = (title: string) => {
  const words = title.trim().split(/\s+/u);
  return words.slice(words.findLastIndex((w) => NOT_A_MODIFIER.test(w)) + 1).join(' ');
};

/** A body's acronym, never a name's initials: four capitals or more, or capitals with an "o" for "of" ("MOFA", "MoFA", "MoC"). */
const BODY_ACRONYM = /^(?:\p{Lu}{4,6}|\p{Lu}+o\p{Lu}+)$/u;
const HEAD_FIRST = new RegExp(String.raw`^${HEAD_ANY_CASE}`, 'u');

/** A name set off by a comma after a lower-case word or punctuation, and perhaps honorifics: "… met X, ", "of His Excellency X, ". */
const UNTITLED_NAME_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}\s]\s*|\s\p{Ll}+\s+)(?:${HONORIFIC}\s+){0,2}(${FULL_NAME}),\s*$`, 'u');

/** "Japanese Ambassador to Vietnam, Ito Naoki, said"; "Member of …, Vice Chairman of …, Mr. X, and …": with a title before it. */
export function titleThenCommaName(paragraph: string, countries: CountryNames, found: OfficialMention[]): void {
  if (!FROM_HEAD_COMMA_NAME.test(paragraph)) return;
  for (const m of paragraph.matchAll(TITLE_COMMA_NAME)) {
    let name = m[3]!.split(/\s+/u);
    // "Director General (South East Asia), MOFA MJH Jabed": a body's acronym before a name of two words is the office's body
    // (not a family name in capitals: "NGUYEN Van Anh")
    const body =
      name.length >= 3 && BODY_ACRONYM.test(name[0]!) && !SURNAMES.has(name[0]![0] + name[0]!.slice(1).toLowerCase()) ? name[0] : '';
    if (body) name = name.slice(1);
    if (name.some((w) => isTitleWord(w) || isOfficeOrPlace(w, countries)) || /[’']s$/u.test(name.at(-1)!)) continue;
    // "met X, Indian Ambassador, Y, Trade Counsellor,": a title right after a name with none before it is that name's
    const previous = UNTITLED_NAME_BEFORE.exec(paragraph.slice(Math.max(0, m.index - 80), m.index))?.[1]?.split(/\s+/u);
    if (previous?.every((w) => !isTitleWord(w) && !isOfficeOrPlace(w, countries))) continue;
    const setOff = m[2]?.trim();
    // a head after the comma is the title said again ("the President of Vietnam, President X"), never another one
    if (setOff && !HONORIFIC_ONLY.test(setOff) && !` ${m[1]} `.includes(` ${setOff} `)) continue;
    // "…, Madam X;": only a name set off by an honorific or the head, or opening with a family name ("…, Nguyen Van A."),
    // may end at a semicolon, a full stop or a headline's end
    // (not a place that opens with one: "…, Dong Nai.")
    if (m[4] === undefined && !setOff && (!SURNAMES.has(name[0]!) || countries.places.has(placeKey(m[3]!)))) continue;
    // "Ambassador X and Director General (…), Y attended": a title that names a person found and goes on with "and" and
    // another head is the next person's from that head on
    const from = Math.max(
      0,
      ...found.map(({ name: other }) => {
        const at = m[1]!.lastIndexOf(` ${other} and `);
        return at < 0 ? 0 : at + other.length + 6;
      }),
    );
    if (from > 0 && !HEAD_FIRST.test(m[1]!.slice(from))) continue;
    const title = withoutOpeners(m[1]!.slice(from)) + (body ? `, ${body}` : '');
    const earlier = from > 0 ? undefined : earlierTitle(paragraph.slice(0, m.index), countries, found);
    found.push(mention(name.join(' '), earlier ? `${withoutOpeners(earlier)}, ${title}` : title));
  }
}

/** A head in the plural before names joined by commas and "and": "Vice-Chairs X and Y", "Deputy Prime Ministers X, Y and Z". */
const PLURAL_HEAD_THEN_NAMES = String.raw`(${HEAD_ANY_CASE})s\s+(${FULL_NAME}(?:,\s+${FULL_NAME})*,?\s+and\s+${FULL_NAME})(?![\p{L}])`;
const PLURAL_TITLE = new RegExp(String.raw`(?<![\p{L}])((?:${MODIFIER}\s+){0,3})${PLURAL_HEAD_THEN_NAMES}`, 'gu');
/** The same from the head on, which every match holds; cheaper to search for, as it tries no words before each head. */
const FROM_PLURAL_HEAD = new RegExp(PLURAL_HEAD_THEN_NAMES, 'u');

/** Each person named after a plural title holds it, in the singular. */
export function pluralTitle(paragraph: string, countries: CountryNames, found: OfficialMention[]): void {
  if (!FROM_PLURAL_HEAD.test(paragraph)) return;
  for (const m of paragraph.matchAll(PLURAL_TITLE)) {
    const names = m[3]!.split(/,?\s+and\s+|,\s+/u).map((name) => name.split(/\s+/u));
    if (names.some((name) => name.some((w) => isTitleWord(w) || isOfficeOrPlace(w, countries) || HEADLINE_VERB.test(w)))) continue;
    const modifiers = m[1]!.trim().split(/\s+/u).filter(Boolean);
    const title = [...modifiers.slice(modifiers.findLastIndex((w) => NOT_A_MODIFIER.test(w)) + 1), m[2]].join(' ');
    for (const name of names) found.push(mention(name.join(' '), title));
  }
}
