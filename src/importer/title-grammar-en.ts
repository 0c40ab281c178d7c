/** The grammar of English titles and names: the patterns of heads, offices and names, and where a title ends and a name starts. */
import type { OfficialMention } from './officials.ts';
import {
  CONNECTORS,
  HEAD,
  HEAD_ENDS,
  HEADS,
  HONORIFIC,
  HONORIFIC_WORD,
  JOINING_WORDS,
  LOWERCASE_OFFICE_END,
  LOWERCASE_OFFICE_WORDS,
  NAME_PARTICLE,
  NAME_PARTICLES,
  SHORT_HONORIFICS,
  SURNAMES,
  VERBS,
  isHonorificAt,
  isOfficeOrPlace,
  isTitleWord,
  type CountryNames,
} from './office-words-en.ts';

export const WORD = String.raw`[\p{Lu}][\p{L}'’-]*`;
// (one or two: "H.E. Mr. X")
export const HONORIFIC_ONLY = new RegExp(String.raw`^(?:${HONORIFIC}\s*){1,2}$`, 'u');
export const HONORIFIC_AT_END = new RegExp(String.raw`(?:\s+${HONORIFIC}){1,2}$`, 'u');
export const HONORIFIC_BEFORE = new RegExp(String.raw`(?:^|\s)${HONORIFIC}\s*$`, 'u');
// (with "the" before some: "and the Rt Hon Y", "and the Hon. Y")
export const AND_HONORIFIC = new RegExp(String.raw`^\s+and\s+(?:the\s+)?${HONORIFIC}(?![\p{L}])`, 'u');
/** Where a caption's person stands: "(left)", "(R)", "(second from right)", "(centre)". */
export const POSITION = String.raw`\((?:[^()]*\s)?(?:[Ll]eft|[Rr]ight|[Cc]ent(?:re|er)|[Mm]iddle|[LRC])\)`;
export const POSITION_FIRST = new RegExp(String.raw`^\s*${POSITION}`, 'u');
/** Words in brackets inside an office: "(VCCI)", "Secretary (East)", "Lok Sabha (the lower house)"; never a position. */
const BRACKETED = String.raw`(?!${POSITION})\((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+\)`;
/** The words of a title's run, a bracketed aside as one word. */
export const runWords = (text: string) => text.trim().match(/\([^()]*\)|\S+/gu) ?? [];
/** A word of a name, or its initial: "Marc E. Knapper". */
export const NAME_WORD = String.raw`(?:${WORD}|\p{Lu}\.)`;
/** A name of two to four words, its last written out: "Nguyen Huu Dung", "Marc E. Knapper". */
export const FULL_NAME = String.raw`(?:${NAME_WORD}\s+){1,3}${WORD}`;
/** A word inside a name after its first: a name's word or a particle ("Thani bin Ahmed Al Zeyoudi"). */
export const INNER_NAME_WORD = String.raw`(?:${NAME_WORD}|${NAME_PARTICLE})`;
/** A verb opening the words after a name or a title: the title has ended. */
export const VERB_AFTER = new RegExp(String.raw`^(?:${VERBS})\b`, 'u');

/**
 * Verbs a headline writes with a capital, in the present or the past ("X Meets Y", "Minister X Visits …", "Prime Minister X
 * Attended …"): a name ends before them. (Not "said", a name too: "Said Al-Harthy".)
 */
export const HEADLINE_VERB = new RegExp(
  String.raw`^(?:${VERBS.split('|')
    .filter((verb) => verb.endsWith('s') || verb.endsWith('ed'))
    .join('|')})$`,
  'iu',
);

const LOWERCASE_FIELD = new RegExp(`^(?:${LOWERCASE_OFFICE_WORDS})$`, 'u');

/** A body named in one word, right after "of" or "the": an acronym or a word with capitals inside ("of KOTRA X", "of EuroCham X"). */
const isBodyWord = (words: string[], i: number) =>
  i > 0 && (words[i - 1] === 'of' || words[i - 1] === 'the') && /^\p{Lu}[^-]*\p{Lu}/u.test(words[i]!) && !words[i]!.includes('-');

/** Whether the word at `i` ends an office or a place: the name comes after it. */
export function isTerminal(words: string[], i: number, countries: CountryNames): boolean {
  const word = words[i]!.replace(/[’']s$/u, '');
  // words in brackets close the office they abbreviate or explain: "… Industry (VCCI)", "Secretary (East)"; so do a
  // place or an office in lower case, and a body named in one word
  // (and a field in lower case: "… minister of economy and industry X")
  if (
    CONNECTORS.has(word) ||
    isOfficeOrPlace(word, countries) ||
    word.startsWith('(') ||
    LOWERCASE_OFFICE_END.test(word) ||
    LOWERCASE_FIELD.test(word)
  )
    return true;
  if (isBodyWord(words, i)) return true;
  return countries.multiWord.some(
    (name) => name.at(-1) === word && name.every((w, k) => (k === name.length - 1 ? true : words[i - name.length + 1 + k] === w)),
  );
}

/**
 * In an office named after the head ("of the …"), an "and" at `k` followed by capitalised words up to one that ends a body's
 * name: "… of the Vietnam National Textile and Garment Group" (not a place's: "… and Vietnam Airlines" may start another party).
 */
function continuesBody(words: string[], k: number, countries: CountryNames): boolean {
  if (words[k] !== 'and' || !/^(?:of|the)$/u.test(words[0]!)) return false;
  for (let i = k + 1; i < words.length && /^\p{Lu}/u.test(words[i]!); i++) {
    if (countries.single.has(words[i]!)) return false;
    if (isOfficeOrPlace(words[i]!, countries)) return true;
  }
  return false;
}

/** Splits "of the Hanoi People's Committee Chu Ngoc Anh" into title complement and name (the name ends the run). */
export function splitTitleAndName(words: string[], countries: CountryNames): { title: string[]; name: string[] } | undefined {
  // "President Luong Cuong and Prime Minister …": a Vietnamese name right after the head is the title's
  if (SURNAMES.has(words[0]!)) {
    let end = 1;
    while (end < words.length && end < 4 && /^\p{Lu}/u.test(words[end]!) && !isTitleWord(words[end]!) && !isTerminal(words, end, countries))
      end++;
    if (end >= 2) return { title: [], name: words.slice(0, end) };
  }
  // "Commissioner Karel De Gucht and Vietnamese Minister for … Vu Huy Hoang": a name before "and" and another title is
  // the first title's, so runs ending at such an "and" are read first, then the longest runs; so is a name of two words
  // or more before "and" and an office the registry of heads does not hold ("Governor Luis Cuvertino and Presidential
  // Delegation Paola Pena Marin"; not a field before "and", "Minister of Labour, Invalids and Social Affairs", nor a body's
  // name carried on, "of the Vietnam National Textile and Garment Group")
  const beforeNextTitle = words.flatMap((w, k) => {
    if (w !== 'and' || k < 2) return [];
    const following = words.slice(k + 1, k + 5);
    const nameBefore =
      !continuesBody(words, k, countries) &&
      [k - 2, k - 1].every((i) => /^\p{Lu}[\p{L}’'-]*$/u.test(words[i]!) && !isTitleWord(words[i]!) && !isTerminal(words, i, countries));
    // (after a name, a head in lower case too: "… minister of economy and industry X and Vietnamese minister of …")
    const head = (next: string) => HEAD_ENDS.has(next) || (nameBefore && HEAD_ENDS.has(`${next[0]!.toUpperCase()}${next.slice(1)}`));
    if (!following.some((next) => head(next) || (nameBefore && isOfficeOrPlace(next, countries)))) return [];
    // (or before an aside: "John Smith (Canada) and Minister …")
    return words[k - 1]!.startsWith('(') ? [k - 1, k] : [k];
  });
  // (a run may end before a connector or an aside: "Ambassador John Smith (Canada) and …"; not before an "and" that carries
  // a body's name on to its last word, "… of the Vietnam National Textile and Garment Group")
  const longestFirst = words
    .flatMap((w, k) => (k >= 2 && (CONNECTORS.has(w) || w.startsWith('(')) && !continuesBody(words, k, countries) ? [k] : []))
    .reverse();
  for (const end of [...beforeNextTitle, words.length, ...longestFirst]) {
    const run = words.slice(0, end);
    let cut = 0;
    // (a second head ends the title too: "Deputy Prime Minister and Foreign Minister X", unless a person is named before it)
    const namesSomeone = run.some(
      (w, k) => SURNAMES.has(w) && /^\p{Lu}/u.test(run[k + 1] ?? '') && !isTitleWord(run[k + 1]!) && !isTerminal(run, k + 1, countries),
    );
    // (an honorific always: the name comes after it)
    for (let i = 0; i < run.length; i++)
      if (isTerminal(run, i, countries) || isHonorificAt(run, i) || (!namesSomeone && isTitleWord(run[i]!))) cut = i + 1;
    const rest = run.slice(cut);
    const surnameAt = rest.findIndex((w, i) => SURNAMES.has(w) && rest.length - i >= 2 && rest.length - i <= 4);
    let start = cut + (rest.length > 4 && surnameAt >= 0 ? surnameAt : Math.max(0, rest.length - 4));
    // "to Sydney Hoang Minh Son": past a place the registry does not hold, a family name starts the name
    if (start > 0 && CONNECTORS.has(run[start - 1]!) && surnameAt > 0) start = cut + surnameAt;
    // "Mayor of Busan Kim Min-jun", "CEO of Acme John Smith": without a family name to go by, a place or body the
    // registry does not hold comes first, and the name is the last two words
    else if (
      start > 0 &&
      CONNECTORS.has(run[start - 1]!) &&
      end === words.length &&
      run.length - start >= 3 &&
      run.slice(start, -2).every((w) => /^\p{Lu}/u.test(w))
    )
      start = run.length - 2;
    const name = run.slice(start);
    // a name follows an office or place word directly, never "in"/"to"/"of" ("… Gan Kim Yong in Ha Noi")
    if (start > 0 && CONNECTORS.has(run[start - 1]!)) continue;
    if (
      name.length >= 2 &&
      name.length <= 4 &&
      name.every((w, i) => (/^\p{Lu}/u.test(w) || (i > 0 && i < name.length - 1 && NAME_PARTICLES.has(w))) && !isTitleWord(w))
    ) {
      return { title: run.slice(0, start), name };
    }
  }
  return undefined;
}

/**
 * A head in either case: after a name, English writes "director of …" as often as "Director of …";
 * joined by a hyphen to another word it is still a head ("Co-Chairman", "co-chair", "vice-chair", "Minister-Chairman"). Followed by an
 * article it is a verb ("will chair the forum", "head a delegation"). Never inside a word ("Ahead").
 * Some papers open a lead with the head in capitals before a name written in mixed case ("PRESIDENT Ferdinand Marcos Jr.
 * welcomed …"); a head in capitals before more capitals is a headline's ("PRESIDENT MEETS …"), no title.
 */
// (the "(?=[\s\S])" after the hyphened word always holds, as a head follows it; it keeps the regexp compiler from
// building the heads' alternatives over for each way that word was read, which halves the time to compile them)
export const HEAD_ANY_CASE = String.raw`(?<![\p{L}])(?:(?:\p{Lu}\p{Ll}*-|co-|vice-)?(?=[\s\S])(?:${HEADS.map((head) => head.replace(/(?<![\p{L}])\p{Lu}/gu, (c) => `[${c}${c.toLowerCase()}]`)).join('|')})(?:-\p{Lu}\p{Ll}*)?|(?:${HEADS.map((head) => head.toUpperCase()).join('|')})(?=\s+\p{Lu}\p{Ll}))(?!\s+(?:the|a|an)\s)`;
/** Words after a head that carry on an office's name: capitalised words, joining words, the few lowercase words offices and places take ("… Canelones province"), and a second office in lower case ("… and head of the SOM delegation"). */
// ("and" then an honorific starts the next person: "Chairman of … and Mr. X"; a joining word glued to the next by a lost
// space is still one: "Secretary ofBharatiya Janata Party")
export const OFFICE_WORD = String.raw`(?!and\s+(?:the\s+)?${HONORIFIC}(?![\p{L}]))(?:\p{Lu}\.(?=\s+\p{Lu})|(?:${HONORIFIC_WORD})\.(?=\s)|(?:of|and|the|for|to|in)?${WORD}|${BRACKETED}|a\.i\.|&|${[...CONNECTORS, ...NAME_PARTICLES].join('|')}|provincial|municipal|city|province|prefecture|region|country|nation|national|central|state|southern|northern|eastern|western|standing|permanent|head|member|chief|deputy|vice|director|chairman|secretary|president|minister|former|joint|intergovernmental|${LOWERCASE_OFFICE_WORDS})(?![\p{L}])(?:-(?=\s))?`;
/** A field of an office and the "and" joining it to the next: "Foreign and Commonwealth Office", "industry and trade minister". */
export const FIELD_AND = String.raw`(?:${LOWERCASE_OFFICE_WORDS.replace(/(?<![\p{L}'’])\p{Ll}/gu, (c) => `[${c}${c.toUpperCase()}]`)})\s+and`;
/** Words before a head: "US", "U.S.", "Thai", "National Assembly (NA)", "provincial Party Committee", "foreign ministry". */
export const MODIFIER = String.raw`(?:${WORD}|\p{Lu}(?:\.\p{Lu})+\.|\(\p{Lu}{2,8}\)|provincial|municipal|${LOWERCASE_OFFICE_WORDS})`;
/** An office's name may list its fields with commas: "Minister of Economy, Trade and Industry", "… of Land, Infrastructure, Transport and Tourism". */
// (or with "&": "CEO of Customs, Trade & Risk Management Services"; or with a spaced dash: "Minister of Labour - Invalids and
// Social Affairs", "Minister of Health – Labour and Welfare")
export const FIELD_COMMA = String.raw`(?:,|\s[-–])\s+(?=(?:${WORD},\s+){0,3}${WORD}\s+(?:and|&)\s+${WORD})`;
/** A title then a name; up to seven words before the head, so a city's name and its body stay whole ("Da Nang City’s Foreign Affairs Department director"). */
export const TITLE_THEN_NAME = new RegExp(
  String.raw`((?:(?:former|then)\s+)?(?:(?:${FIELD_AND}|${MODIFIER})\s+){0,7}?)(${HEAD_ANY_CASE})((?:(?:\s+|${FIELD_COMMA})${OFFICE_WORD}){1,16})`,
  'gu',
);

/**
 * A pattern that ends at the text's end ("…,\s*$"; compiled with the g flag) tried only from the last 300 characters
 * on: a title never spans more, and trying every position of a long paragraph again for each name found before it would
 * cost the square of its length. `^` and lookbehinds still see the whole text.
 */
export function execAtEnd(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = Math.max(0, text.length - 300);
  return pattern.exec(text);
}

export const TITLE_RUN = String.raw`(?:(?:${WORD}|the)\s+){0,3}?${HEAD}(?:\s+${OFFICE_WORD})*`;
/** An institution named before or after a title, set off by commas: "Ministry of External Affairs, Secretary (East)". */
export const OFFICE_BODY = String.raw`(?:Ministry|Department|Industry|Office|Agency|Committee|Embassy|Consulate|Government)(?:\s+(?!${HONORIFIC}\s)(?:${WORD}|${JOINING_WORDS.join('|')}))*`;

/**
 * "Secretary General X of the ASEAN-China Centre", "Assistant Minister X of Foreign Affairs": an office named after the
 * person is the title's, up to an "and" that starts the next person's title.
 */
export function officeAfterName(rest: string[], countries: CountryNames): string[] {
  if (rest[0] !== 'of') return [];
  // "President X of Vietnam in Hanoi": after a country, "in" or "at" says where the person is
  const where = rest.findIndex((w, k) => (w === 'in' || w === 'at') && countries.single.has(rest[k - 1]!));
  if (where > 0) rest = rest.slice(0, where);
  // (an "and" joining two fields, "of Industry and Trade and Chairman Y", is the office's)
  const next = rest.findIndex((w, k) => {
    const following = rest.slice(k + 1, k + 5);
    const nextAnd = following.indexOf('and');
    return w === 'and' && following.slice(0, nextAnd < 0 ? 4 : nextAnd).some((word) => HEAD_ENDS.has(word));
  });
  const office = rest.slice(0, next < 0 ? rest.length : next);
  while (office.length > 0 && CONNECTORS.has(office.at(-1)!)) office.pop();
  return office.length > 1 ? office : [];
}

/** Whether `text` names a person after a title ("Deputy Prime Minister Truong Hoa Binh"). */
// (a copy of the pattern: matchAll starts where the pattern's last search stopped, and titleBeforeName's may be under way)
const INNER_TITLE_THEN_NAME = new RegExp(TITLE_THEN_NAME);
export const holdsTitleAndName = (text: string, countries: CountryNames) =>
  [...text.matchAll(INNER_TITLE_THEN_NAME)].some((inner) => splitTitleAndName(runWords(inner[3]!), countries));

/** Offices held "to" a country or a body: envoys, their staff, advisers ("Ambassador of Japan to Vietnam", "Adviser to the PM"). */
const POSTED_TO =
  /Ambassador|Envoy|Representative|Consul|Charg[ée]|Attach[ée]|Counsell?or|Delegat|Mission|Embassy|Advis|Assistant|Secretary|Commissioner/iu;
/** "to" and a place closing a title. */
const TO_PLACE_AT_END = /\s+to\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'-]*)*$/u;

const SHORT_HONORIFIC_FIRST = new RegExp(String.raw`^(?:${SHORT_HONORIFICS.join('|')})\.?\s+`, 'u');

/** An official as the finders give them: the title as written, less what is not the office; past or present; foreign or not. */
export function mention(name: string, title: string): OfficialMention {
  // "X, Prime Minister of Singapore to Vietnam, 21-24 March": where a leader travels is not their office
  if (!POSTED_TO.test(title)) title = title.replace(TO_PLACE_AT_END, '');
  const former = /^(?:former|then)\s/iu.test(title);
  // "Mr. X, the Minister-Chairman of …": neither the honorific nor the article is the title's
  title = title.replace(SHORT_HONORIFIC_FIRST, '').replace(/^the\s+/u, '');
  const foreign = !SURNAMES.has(name.split(/\s+/)[0]) || /\bto (?:Vietnam|Viet Nam|Việt Nam)\b/u.test(title);
  return { name, title, former, foreign };
}

/**
 * `gather` over an article, gathered again only when another article is asked about: the finders ask once per name,
 * and an article's names are all read before the next article's.
 */
export function oncePerArticle<T>(gather: (article: string) => T): (article: string) => T {
  let last: { article: string; value: T } | undefined;
  return (article) => {
    if (last?.article !== article) last = { article, value: gather(article) };
    return last.value;
  };
}
