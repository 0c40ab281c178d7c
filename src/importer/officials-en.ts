/**
 * Officials in English-language articles: "Deputy Prime Minister Lê Minh Khái", "Thai Ambassador
 * to Vietnam Somchai Rattanakul", "Gina Raimondo, US Secretary of Commerce, said". Names may be
 * written with or without diacritics; a name is a run of 2–4 capitalised words next to a title.
 */
import { asciiFold } from '../lib/text/strings.ts';
import type { OfficialMention } from './officials.ts';
import { VIETNAMESE_SURNAMES } from './vietnamese-surnames.ts';
import { MONTHS_EN } from '../lib/text/dates.ts';
import type { Place } from '../schemas/registries.ts';

const HEADS = [
  'Permanent Deputy Foreign Minister',
  'Permanent Deputy Minister',
  'Deputy Prime Minister',
  'Prime Minister',
  'Deputy Foreign Minister',
  'Foreign Minister',
  'Deputy Minister',
  'Assistant Minister',
  'Minister',
  'Ambassador',
  'Consul General',
  'Deputy Director General',
  'Director General',
  'Deputy Director',
  'Director',
  'Vice Chairwoman',
  'Vice Chairman',
  'Chairwoman',
  'Chairman',
  'Vice President',
  'President',
  'General Secretary',
  'Attorney General',
  // an embassy's head in the ambassador's absence, and its attachés ("Trade Attaché")
  ...['Chargé', 'Charge'].flatMap((word) => [`${word} d'Affaires`, `${word} d’Affaires`]),
  'Attaché',
  'Attache',
  'Secretary',
  'Deputy Head',
  // deputy chief of mission, an embassy's second
  'DCM',
  'Head',
  'Governor',
  'Mayor',
  'Spokesperson',
  'Spokeswoman',
  'Spokesman',
  'Senior Official',
  'Trade Commissioner',
  'Chief Executive Officer',
  'Chief Executive',
  'Deputy Governor',
  'Member',
  'Chief Representative Officer',
  'Chief Representative',
  'CEO',
  'Executive Director',
  'Managing Director',
  'General Director',
  'Deputy Chairman',
  'Deputy Chairwoman',
  'Chairperson',
  'Commissioner',
  'Counsellor',
  // a member of a council: "State Councilor", "City Councillor"
  'Councillor',
  'Councilor',
  // (often written for "Consul" or "Counsellor": "Science and Technology Consular, Mr. X")
  'Consular',
  'Consul',
  'Special Envoy',
  'Envoy',
  'Chancellor',
  'Senator',
  'Vice Minister',
  'State Secretary',
  'Under Secretary',
  'Permanent Secretary',
  'Country Director',
  'Deputy PM',
  'PM',
  'Permanent Representative',
  'Representative',
  'Vice Rector',
  'Rector',
  'Vice Premier',
  'Premier',
  'Speaker',
  'Chief',
  'Leader',
  // (last: "Chairman", "Chairwoman", "Chairperson" are read whole before it)
  'Chair',
];
const HEAD = `(?:${HEADS.join('|')})`;
/** The last words of heads: one after "and" starts another person's title ("… and Vietnamese Minister …"). */
const HEAD_ENDS = new Set(HEADS.map((head) => head.split(' ').at(-1)!));
/** What English writes before a name: "Mr.", "Dr", "Madam", "His Excellency", "H.E.", "Hon."; Malaysian and Indian ones ("Datuk", "Shri"). */
const HONORIFICS = [
  'Mr',
  'Ms',
  'Mrs',
  'Dr',
  'Prof',
  'Madam',
  'Madame',
  'Sir',
  'Excellency',
  'H.E',
  'Datuk',
  'Dato',
  "Dato'",
  'Dato’',
  'Datin',
  'Shri',
  'Smt',
  // Commonwealth and African usage: "Hon. X", "the Rt Hon X", "Honourable X"
  'Hon',
  'Honourable',
  'Honorable',
  'Rt',
];
const HONORIFIC_WORD = HONORIFICS.map((h) => h.replace('.', String.raw`\.`)).join('|');
// (Malaysian pairs first: "Datuk Seri", "Tan Sri")
const HONORIFIC = String.raw`(?:Tan\s+Sri|(?:Datuk|Dato['’]?)\s+Seri|Dato['’]?\s+Sri|${HONORIFIC_WORD}|(?:His|Her)\s+Excellency)\.?`;
/** Words titles are made of, and honorifics: never the first word of a name ("a.i.": ad interim, after "Chargé d'Affaires"). */
const TITLE_WORDS = new Set([...HEADS.flatMap((h) => h.split(' ')), ...HONORIFICS, 'His', 'Her', 'Comrade', 'a.i']);
/** A word of a title or an honorific, with or without its full stop ("Dr."). */
const isTitleWord = (word: string) => TITLE_WORDS.has(word.replace(/\.$/u, ''));
const isHonorific = (word: string) => HONORIFICS.includes(word.replace(/\.$/u, ''));
/** An honorific, or a word that is one only beside another: "Datuk Seri", "Dato' Sri", "Tan Sri" ("Sri" alone opens names: "Sri Mulyani"). */
const isHonorificAt = (words: readonly string[], i: number) =>
  isHonorific(words[i]!) ||
  (/^Se?ri$/u.test(words[i]!) && i > 0 && (isHonorific(words[i - 1]!) || words[i - 1] === 'Tan')) ||
  (words[i] === 'Tan' && words[i + 1] === 'Sri');
/** Lowercase words inside a foreign name: "Ursula von der Leyen", "Mohd Zamruni bin Khalid". */
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'bin', 'binti']);
/** Words joining an office's parts, or two offices ("… Party Committee cum Chairman of …"). */
const CONNECTORS = new Set(['of', 'the', 'to', 'for', 'in', 'at', 'under', 'and', 'cum', 'concurrently']);
/** Capitalised words that end an office's name, never a person's. */
const OFFICE_END =
  /^(?:Committee|Board|Directors|Ministry|Department|Agency|Affairs|Trade|Industry|Energy|Commerce|Investment|Planning|Finance|City|Province|Council|Office|Academy|Studies|Institute|Embassy|Mission|Consulate|Government|Party|Assembly|Bank|Union|Nations|Economy|Economics|Affair|Secretariat|Cooperation|Development|Organisation|Organization|Republic|Kingdom|States|Chamber|Forum|Conference|Summit|Meeting|Dialogue|Seminar|Programme|Program|Fair|Expo|Week|Initiative|Partnership|Agreement|Diplomacy|Relations|Promotion|State|Centre|Center|Commission|Corporation|Company|Enterprises|Association|Federation|Alliance|Society|Group|Prefecture|Region|District|County|Education|Technology|Tourism|Health|Agriculture|Justice|Defence|Defense|Labour|Labor|Transport|Environment|Resources|Communications|Information|Culture|Science|Sports|Construction|University|College|School|Hospital|Foundation|Fund|Authority|Court|Zone|Airlines|Airways|Exchange|Press|Bureau|Division|Branch|Customs|Police)$/u;
/** Places English texts name in a single word the places registry spells otherwise, and regions. */
const OTHER_PLACES = ['Vietnam', 'Korea', 'Asia', 'Pacific', 'Europe', 'America', 'Africa', 'ASEAN', 'US', 'UK'];

/** The countries of the places registry as words: "the Republic of Korea" → Republic, of, Korea. */
interface CountryNames {
  single: ReadonlySet<string>;
  multiWord: readonly (readonly string[])[];
  /** Every place of the registry, as `placeKey` writes it: "Đồng Nai", "Dong Nai" → "dongnai". */
  places: ReadonlySet<string>;
}

const placeKey = (name: string) =>
  asciiFold(name)
    .toLowerCase()
    .replace(/[^a-z]/g, '');

const countryCache = new WeakMap<readonly Place[], CountryNames>();

/** The country names English texts write, from the registry (with the Vietnamese forms of more than one word, "Việt Nam"); built once per list. */
function countryNames(places: readonly Place[]): CountryNames {
  const cached = countryCache.get(places);
  if (cached) return cached;
  const forms = places
    .filter((place) => place.country)
    .flatMap((place) => [place.en.replace(/^the\s+/u, ''), ...(place.vi.includes(' ') ? [place.vi] : [])]);
  const words = [...new Set(forms)].map((form) => form.split(/\s+/u));
  const built = {
    single: new Set([...OTHER_PLACES, ...words.filter((w) => w.length === 1).map((w) => w[0]!)]),
    multiWord: words.filter((w) => w.length > 1),
    places: new Set(places.flatMap((place) => [placeKey(place.vi), placeKey(place.en)])),
  };
  countryCache.set(places, built);
  return built;
}

/** Nouns of a ministry's fields by their endings, never a name's: "Regional Integration", "Infrastructure", "Tourism", "Statistics". */
const FIELD_NOUN = /^\p{Lu}\p{Ll}+(?:tion|sion|ture|ism|ics|ities)$/u;
/** An office's or a place's word: it cannot be part of a person's name. */
const isOfficeOrPlace = (word: string, countries: CountryNames) =>
  OFFICE_END.test(word) || FIELD_NOUN.test(word) || countries.single.has(word);

const WORD = String.raw`[\p{Lu}][\p{L}'’-]*`;
// (one or two: "H.E. Mr. X")
const HONORIFIC_ONLY = new RegExp(String.raw`^(?:${HONORIFIC}\s*){1,2}$`, 'u');
const HONORIFIC_AT_END = new RegExp(String.raw`(?:\s+${HONORIFIC}){1,2}$`, 'u');
const HONORIFIC_BEFORE = new RegExp(String.raw`(?:^|\s)${HONORIFIC}\s*$`, 'u');
// (with "the" before some: "and the Rt Hon Y", "and the Hon. Y")
const AND_HONORIFIC = new RegExp(String.raw`^\s+and\s+(?:the\s+)?${HONORIFIC}(?![\p{L}])`, 'u');
/** Where a caption's person stands: "(left)", "(R)", "(second from right)", "(centre)". */
const POSITION = String.raw`\((?:[^()]*\s)?(?:[Ll]eft|[Rr]ight|[Cc]ent(?:re|er)|[Mm]iddle|[LRC])\)`;
const POSITION_FIRST = new RegExp(String.raw`^\s*${POSITION}`, 'u');
/** Words in brackets inside an office: "(VCCI)", "Secretary (East)", "Lok Sabha (the lower house)"; never a position. */
const BRACKETED = String.raw`(?!${POSITION})\((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+\)`;
/** The words of a title's run, a bracketed aside as one word. */
const runWords = (text: string) => text.trim().match(/\([^()]*\)|\S+/gu) ?? [];
/** A word of a name, or its initial: "Marc E. Knapper". */
const NAME_WORD = String.raw`(?:${WORD}|\p{Lu}\.)`;
const SURNAMES = new Set([...VIETNAMESE_SURNAMES, ...VIETNAMESE_SURNAMES.map(asciiFold)]);
/** Verbs that follow a person's name and titles: the titles end before them. */
// (captions tell what is shown in the present: "… welcomes the delegation", "… offers the souvenir")
const VERBS =
  'said|says|stressed|noted|added|told|affirmed|emphasised|emphasized|highlighted|urged|called|expressed|welcomed|welcomes|spoke|speaks|chaired|chairs|met|meets|received|receives|suggested|proposed|asked|attended|attends|visited|visits|hosted|hosts|led|leads|announced|explained|underlined|agreed|praised|pledged|signed|signs|delivered|presented|presents|offers|gives|thanks|holds|calls|paid|pays|urges|discusses|affirms|pledges|hails|stresses|highlights|greets|congratulates|reported|translates|addressed|was|were|is|has|had|will|also';
const VERB_AFTER = new RegExp(String.raw`^(?:${VERBS})\b`, 'u');

/** Verbs a headline writes with a capital ("X Meets Y", "Minister X Visits …"): a name ends before them. */
const HEADLINE_VERB = new RegExp(
  String.raw`^(?:${VERBS.split('|')
    .filter((verb) => verb.endsWith('s'))
    .join('|')})$`,
  'iu',
);

/** Places and offices in lower case: "… to the country X", "… Canelones province X", "… the JETRO Hanoi office X". */
const LOWERCASE_OFFICE_END =
  /^(?:country|nation|city|province|prefecture|region|district|office|department|ministry|committee|agency|bureau|board|council|association|commission)$/u;
/** A body named in one word, right after "of" or "the": an acronym or a word with capitals inside ("of KOTRA X", "of EuroCham X"). */
const isBodyWord = (words: string[], i: number) =>
  i > 0 && (words[i - 1] === 'of' || words[i - 1] === 'the') && /^\p{Lu}[^-]*\p{Lu}/u.test(words[i]!) && !words[i]!.includes('-');

/** Whether the word at `i` ends an office or a place: the name comes after it. */
function isTerminal(words: string[], i: number, countries: CountryNames): boolean {
  const word = words[i]!.replace(/[’']s$/u, '');
  // words in brackets close the office they abbreviate or explain: "… Industry (VCCI)", "Secretary (East)"; so do a
  // place or an office in lower case, and a body named in one word
  if (CONNECTORS.has(word) || isOfficeOrPlace(word, countries) || word.startsWith('(') || LOWERCASE_OFFICE_END.test(word)) return true;
  if (isBodyWord(words, i)) return true;
  return countries.multiWord.some(
    (name) => name.at(-1) === word && name.every((w, k) => (k === name.length - 1 ? true : words[i - name.length + 1 + k] === w)),
  );
}

/** Splits "of the Hanoi People's Committee Chu Ngoc Anh" into title complement and name (the name ends the run). */
function splitTitleAndName(words: string[], countries: CountryNames): { title: string[]; name: string[] } | undefined {
  // "President Luong Cuong and Prime Minister …": a Vietnamese name right after the head is the title's
  if (SURNAMES.has(words[0]!)) {
    let end = 1;
    while (end < words.length && end < 4 && /^\p{Lu}/u.test(words[end]!) && !isTitleWord(words[end]!) && !isTerminal(words, end, countries))
      end++;
    if (end >= 2) return { title: [], name: words.slice(0, end) };
  }
  // "Commissioner Karel De Gucht and Vietnamese Minister for … Vu Huy Hoang": a name before "and" and another title is
  // the first title's, so runs ending at such an "and" are read first, then the longest runs
  const beforeNextTitle = words.flatMap((w, k) => {
    if (w !== 'and' || k < 2 || !words.slice(k + 1, k + 5).some((next) => HEAD_ENDS.has(next))) return [];
    // (or before an aside: "John Smith (Canada) and Minister …")
    return words[k - 1]!.startsWith('(') ? [k - 1, k] : [k];
  });
  // (a run may end before a connector or an aside: "Ambassador John Smith (Canada) and …")
  const longestFirst = words.flatMap((w, k) => (k >= 2 && (CONNECTORS.has(w) || w.startsWith('(')) ? [k] : [])).reverse();
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
    // "Mayor of Busan Park Heong-joon", "CEO of Apple Tim Cook": without a family name to go by, a place or body the
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
 */
const HEAD_ANY_CASE = String.raw`(?<![\p{L}])(?:\p{Lu}\p{Ll}*-|co-|vice-)?(?:${HEADS.map((head) => head.replace(/(?<![\p{L}])\p{Lu}/gu, (c) => `[${c}${c.toLowerCase()}]`)).join('|')})(?:-\p{Lu}\p{Ll}*)?(?!\s+(?:the|a|an)\s)`;
/** What ministries and committees are named after, as pages write them in lower case ("deputy minister of industry and trade"). */
const LOWERCASE_OFFICE_WORDS =
  "industry|trade|foreign|affairs|finance|planning|investment|agriculture|rural|development|justice|health|education|training|transport|construction|labour|invalids|social|home|information|communications|science|technology|culture|sports|tourism|natural|resources|environment|defence|public|security|party|committee|people's|people’s|assembly|economic|external|relations|department|ministry|commission|office|agency|bureau|board|council|association|union|consular|section";
/** Words after a head that carry on an office's name: capitalised words, joining words, the few lowercase words offices and places take ("… Canelones province"), and a second office in lower case ("… and head of the SOM delegation"). */
// ("and" then an honorific starts the next person: "Chairman of … and Mr. X"; a joining word glued to the next by a lost
// space is still one: "Secretary ofBharatiya Janata Party")
const OFFICE_WORD = String.raw`(?!and\s+(?:the\s+)?${HONORIFIC}(?![\p{L}]))(?:\p{Lu}\.(?=\s+\p{Lu})|(?:${HONORIFIC_WORD})\.(?=\s)|(?:of|and|the|for|to|in)?${WORD}|${BRACKETED}|a\.i\.|of|the|to|for|in|at|under|and|cum|concurrently|von|van|der|den|bin|binti|provincial|municipal|city|province|prefecture|region|country|nation|national|central|state|southern|northern|eastern|western|standing|permanent|head|member|chief|deputy|vice|director|chairman|secretary|president|minister|former|joint|intergovernmental|${LOWERCASE_OFFICE_WORDS})(?![\p{L}])(?:-(?=\s))?`;
/** A field of an office and the "and" joining it to the next: "Foreign and Commonwealth Office", "industry and trade minister". */
const FIELD_AND = String.raw`(?:${LOWERCASE_OFFICE_WORDS.replace(/(?<![\p{L}'’])\p{Ll}/gu, (c) => `[${c}${c.toUpperCase()}]`)})\s+and`;
/** Words before a head: "US", "U.S.", "Thai", "National Assembly (NA)", "provincial Party Committee", "foreign ministry". */
const MODIFIER = String.raw`(?:${WORD}|\p{Lu}(?:\.\p{Lu})+\.|\(\p{Lu}{2,8}\)|provincial|municipal|${LOWERCASE_OFFICE_WORDS})`;
/** Capitalised words before a head that belong to the sentence: honorifics, openers, days and months. */
const NOT_A_MODIFIER = new RegExp(
  String.raw`^(?:Mr|Ms|Mrs|Dr|According|Speaking|As|The|By|Under|With|On|In|At|For|From|During|After|Before|When|While|Meanwhile|Also|Today|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|${MONTHS_EN.join('|')})\.?$`,
  'u',
);
/** An office's name may list its fields with commas: "Minister of Economy, Trade and Industry", "… of Land, Infrastructure, Transport and Tourism". */
const FIELD_COMMA = String.raw`,\s+(?=(?:${WORD},\s+){0,3}${WORD}\s+and\s+${WORD})`;
const TITLE_THEN_NAME = new RegExp(
  String.raw`((?:(?:former|then)\s+)?(?:(?:${FIELD_AND}|${MODIFIER})\s+){0,5}?)(${HEAD_ANY_CASE})((?:(?:\s+|${FIELD_COMMA})${OFFICE_WORD}){1,16})`,
  'gu',
);

const TITLE_RUN = String.raw`(?:(?:${WORD}|the)\s+){0,3}?${HEAD}(?:\s+${OFFICE_WORD})*`;
/** An institution named before or after a title, set off by commas: "Ministry of External Affairs, Secretary (East)". */
const OFFICE_BODY = String.raw`(?:Ministry|Department|Industry|Office|Agency|Committee|Embassy|Consulate|Government)(?:\s+(?!${HONORIFIC}\s)(?:${WORD}|of|the|to|for|in|at|under|and))*`;
/**
 * A title or an institution standing before another title, joined by a comma: "Member of the Party Central Committee,
 * Minister …"; as the object of a verb, in lower case too ("talks with the co-chair of the … commission, Deputy Prime Minister X"),
 * or a bare head without "the" ("meets with Minister, Chairman of … X").
 */
const EARLIER_TITLE = new RegExp(
  String.raw`(?:^|[.;:]\s+)(${TITLE_RUN}),\s*$|(?:^|[.;:,]\s+)(${OFFICE_BODY}),\s*$|(?<=\p{Ll}\s+)the\s+(${HEAD_ANY_CASE}(?:\s+${OFFICE_WORD})*),\s*$|(?<=\p{Ll}\s+)(${HEAD}),\s*$`,
  'u',
);
// (a title that names its own person, "President X (center), Chairman of … - Y", is not Y's; one with the same head
// is the office said twice, "the President of Vietnam, President X")
const earlierTitle = (before: string, countries: CountryNames, head = '') => {
  const m = EARLIER_TITLE.exec(before);
  const title = m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4];
  if (!title || (head && ` ${title} `.includes(` ${head} `))) return undefined;
  return m![2] === undefined && holdsTitleAndName(title, countries) ? undefined : title;
};
/**
 * More office after a comma: ", Ministry of Foreign Affairs", ", Head of the Steering Committee …", ", leader of the … Association",
 * up to the next punctuation, a verb or the next person ("…, Government of India and Dr. X").
 */
const MORE_TITLE = new RegExp(
  String.raw`^,\s+(${OFFICE_BODY}|(?:(?:${WORD}|the)\s+){0,3}?${HEAD_ANY_CASE}(?:\s+${OFFICE_WORD})*)(?=\s*[,.;]|\s+(?:${VERBS})\b|\s+and\s+${HONORIFIC}\s)`,
  'u',
);
/** The country an office is in, after a comma and before the sentence goes on: "… in Chukyo region, Japan and …". */
const COUNTRY_AFTER = /^,\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})(?=\s+and\s|\s*[,.;])/u;

/** A dash joining two offices of one person: "Chairman - General Director of …". */
const DASH_BETWEEN_HEADS = String.raw`(?<=${HEAD_ANY_CASE})\s[-–](?=\s+${HEAD_ANY_CASE}\s)`;
/**
 * "Name, Title", "Name - Title", "Mr X as Title"; a title after a name may open with a rank in lower case ("deputy mayor of …")
 * or a past ("then"); an article and "new" before it are the sentence's ("X, a secretary of state at …", "X, new Chairman of …");
 * a caption may say where the person stands before the comma ("X (left), Director of …").
 */
const NAME_THEN_TITLE = new RegExp(
  String.raw`(?<![\p{L}])((?:${NAME_WORD}\s+){1,4}${WORD})(?:\s*${POSITION})?(?:,|\s[-–]|\s+as)\s+(?:who is\s+(?:also\s+)?)?(?:an?\s+)?(?:(?:new|newly[- ](?:appointed|elected)|incoming)\s+)?((?:(?:former|acting|then)\s+)?(?:(?:${WORD}|the|deputy|vice|assistant|standing|permanent|senior|executive)\s+){0,4}?${HEAD_ANY_CASE}(?:(?:\s+|${FIELD_COMMA})(?:${OFFICE_WORD}|on)|${DASH_BETWEEN_HEADS})*)`,
  'gu',
);
/**
 * "the Vietnamese Ambassador to Japan, Pham Quang Hieu, said", "…, Ms. Tran Thi Ha, said", "the US Department of State
 * representative in Houston, Betty Mc Cutchan,", "…, (the first from left), Mr. X is", "the Vice President, Madam X;",
 * "Chairman of … Committee - X (third from right),": a title, then the name between commas or after a dash (before a verb,
 * "to" and a verb ("…, Mr. X to brief …"), or, after an honorific or the head said again, before any punctuation); set off so, a title may name its body before a
 * head in lower case, and be a past one ("then Deputy Prime Minister").
 */
const TITLE_COMMA_NAME = new RegExp(
  String.raw`(?<![\p{L}])((?:(?:then|former|acting)\s+)?(?:(?:${FIELD_AND}|${WORD}|the|of)\s+){0,5}?${HEAD_ANY_CASE}(?:(?:\s+|${FIELD_COMMA})${OFFICE_WORD})*)(?:,|\s[-–])\s+(?:\([^()]{1,40}\),\s+)?((?:${HONORIFIC}\s+){1,2}|${HEAD}\s+)?((?:${NAME_WORD}\s+){1,3}${WORD})(?=(\s*(?:\([^()]{1,40}\)\s*)?,|\s+(?:${VERBS})\b|\s+to\s+\p{Ll})|\s*[;.]|\s*$)`,
  'gu',
);
const LEADING_TITLE = new RegExp(String.raw`(${TITLE_RUN})\s*$`, 'u');

/** "the Temple of President Ho Chi Minh": a memorial's namesake is no official of the article. */
const MEMORIAL_OF = /(?<![\p{L}])(?:temple|mausoleum|museum|memorial|monument|statue|tomb|shrine|relic site)s? (?:of|to)\s+$/iu;

/** Between a head that named no one and the next head: the rest of its office ("of Phu Yen province's"). */
const OFFICE_GAP = new RegExp(String.raw`^(?:\s+${OFFICE_WORD}(?:[’']s)?)*\s*$`, 'u');

/**
 * "Secretary General X of the ASEAN-China Centre", "Assistant Minister X of Foreign Affairs": an office named after the
 * person is the title's, up to an "and" that starts the next person's title.
 */
function officeAfterName(rest: string[], countries: CountryNames): string[] {
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

/** Titles written before names. */
function titleBeforeName(paragraph: string, countries: CountryNames, article: string, found: OfficialMention[]): void {
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
    const modifiers = before.slice(lastStop + 1);
    const words = runWords(m[3]!);
    const headlineVerb = words.findIndex((w) => HEADLINE_VERB.test(w));
    if (headlineVerb >= 0) words.length = headlineVerb;
    const split = splitTitleAndName(words, countries);
    if (!split) unnamed = { start, end: headEnd, text: paragraph.slice(start, headEnd) };
    if (!split || MEMORIAL_OF.test(paragraph.slice(0, m.index + m[1]!.length))) continue;
    // "Vietnamese leader X", "top leader X": "leader" in lower case right before a name describes, it names no office
    if (m[2] === 'leader' && split.title.length === 0) continue;
    // "during US President X's visit": a name in a possessive is the article's person only when it names them again
    const possessive = /^(.+)[’']s$/u.exec(split.name.at(-1)!);
    if (possessive && !namedAgain(possessive[1]!, article)) continue;
    if (possessive) split.name[split.name.length - 1] = possessive[1]!;
    const earlier = earlierTitle(paragraph.slice(0, start), countries, m[2]!);
    const office = possessive ? [] : officeAfterName(words.slice(split.title.length + split.name.length), countries);
    const officeAt = office.length > 0 ? paragraph.indexOf(office.join(' '), headEnd) : -1;
    if (officeAt >= 0) officeEnd = officeAt + office.join(' ').length;
    // "Chairman of VCCI Dr. X": the honorific before the name is not the title's
    const title = [[...modifiers, m[2], ...split.title].join(' ').replace(HONORIFIC_AT_END, ''), ...office].join(' ');
    found.push(mention(split.name.join(' '), earlier ? `${earlier}, ${title}` : title));
  }
}

/**
 * Whether the article holds a person's last name (letters, hyphens, apostrophes) more than once ("PM Pham Minh Chinh's
 * visit" … "PM Chinh said"); a city named after someone ("Ho Chi Minh City") does not name them.
 */
const namedAgain = (word: string, article: string) =>
  (article.match(new RegExp(String.raw`(?<![\p{L}])${word}(?![\p{L}]|\s+City)`, 'gu')) ?? []).length >= 2;

/** Whether `text` names a person after a title ("Deputy Prime Minister Truong Hoa Binh"). */
// (a copy of the pattern: matchAll starts where the pattern's last search stopped, and titleBeforeName's may be under way)
const INNER_TITLE_THEN_NAME = new RegExp(TITLE_THEN_NAME);
const holdsTitleAndName = (text: string, countries: CountryNames) =>
  [...text.matchAll(INNER_TITLE_THEN_NAME)].some((inner) => splitTitleAndName(runWords(inner[3]!), countries));

/** "Name, Title, said" and "Name, Title of …," */
function nameBeforeTitle(paragraph: string, countries: CountryNames, found: OfficialMention[]): void {
  for (const m of paragraph.matchAll(NAME_THEN_TITLE)) {
    // "Mr X as Deputy Chairman of …": "as" sets a title after a name only when an honorific marks the name
    const marked = `${paragraph.slice(Math.max(0, m.index - 16), m.index)}${m[1].split(/\s+/u)[0]}`;
    if (/^\s+as\s/u.test(paragraph.slice(m.index + m[1].length)) && !HONORIFIC_BEFORE.test(marked)) continue;
    const name = m[1].split(/\s+/);
    let dropped = '';
    while (
      name.length > 2 &&
      (isTitleWord(name[0]) ||
        NOT_A_MODIFIER.test(name[0]) ||
        isHonorificAt([dropped.trim().split(' ').at(-1)!, ...name], 1) ||
        isOfficeOrPlace(name[0], countries) ||
        // "Associate Professor Nguyen Van Hung": words before a Vietnamese full name are not part of it
        (!SURNAMES.has(name[0]) && name.some((w, k) => k > 0 && SURNAMES.has(w) && name.length - k >= (k === 1 ? 2 : 3))))
    )
      dropped += `${name.shift()} `;
    // a Vietnamese name has four words at most, another may have five ("Yamadu Ramon Antonio Orsi Martinez")
    if (
      name.length > (SURNAMES.has(name[0]!) ? 4 : 5) ||
      name.some((w) => isOfficeOrPlace(w, countries) || isTitleWord(w)) ||
      /[’']s$/u.test(name.at(-1)!)
    )
      continue;
    // "Place, Title Name said": the title belongs to the name after it
    if (holdsTitleAndName(m[2], countries)) continue;
    const before = `${paragraph.slice(0, m.index)}${dropped}`;
    // "Minister Bui Thanh Son and Wang Yi, …": a title before that names someone else is theirs
    const leading = [LEADING_TITLE.exec(before)?.[1]].find((text) => text && !holdsTitleAndName(text, countries));
    let title = leading ? `${leading}, ${m[2].trim()}` : m[2].trim();
    // "X, Director of … (left), presents …": where the person stands is neither title nor sentence
    let after = paragraph.slice(m.index + m[0].length).replace(POSITION_FIRST, '');
    // "X, Chairman of … and Mr. Y, Director …": "and" and an honorific start the next person, so the title has ended
    const nextPerson = AND_HONORIFIC.test(after);
    // "…, Deputy Minister … and head of the SOM delegation, said": the appositive runs to the comma before the verb
    const tail = /^([^,.;:“”"]{1,60}),\s*(\S+)/u.exec(after);
    if (tail && !nextPerson && !/^\s*[,.;:]/u.test(after) && VERB_AFTER.test(tail[2]!)) {
      title += tail[1]!;
      after = after.slice(tail[1]!.length);
    }
    // "X - vice chairman of … - said": a dash closes the title as a comma does; but after a caption's position,
    // "X (centre), Chairman of … - Y" gives the title to the name after the dash
    if (/^\s[-–]\s/u.test(after) && POSITION_FIRST.test(paragraph.slice(m.index + m[1].length))) continue;
    if (/^\s[-–]\s/u.test(after)) after = `,${after.slice(2)}`;
    const verb = /^\s*(?:,\s*)?(\S+)/u.exec(after)?.[1] ?? '';
    // "… to the United States and his staff": a clause joined by "and" ends the title too
    const joined = /\sand$/u.test(m[2]!) && /^\s*(?:his|her|their|the|other|several|many)\s/u.test(after);
    // "… of Japan to Vietnam to promote …": a verb after "to" says what for; the title ended before
    const purpose = /\sto$/u.test(m[2]!) && /^\s+\p{Ll}/u.test(after);
    // "…, the president of the Business Council of Canada leading the delegation": a participle ends the title too
    const participle = /^\s+\p{Ll}+ing(?![\p{L}])/u.test(after);
    // (the text's end closes the title as a full stop does, "… meets with X, Minister of Foreign Affairs", but not a
    // byline's, "By X, Head of Research")
    const ends = /^\s*$/u.test(after) && !/(?:^|\s)[Bb]y\s+$/u.test(before);
    if (!nextPerson && !/^\s*[,.;:]/u.test(after) && !ends && !VERB_AFTER.test(verb) && !joined && !purpose && !participle) continue;
    title = title.replace(/\s+(?:and|of|the|to|for|in|at|under|on)$/u, '');
    let rest = after;
    for (let more = MORE_TITLE.exec(rest); more; more = MORE_TITLE.exec(rest)) {
      // "…, Deputy Prime Minister Truong Hoa Binh, …": the next title in a list of people is the next person's
      if (holdsTitleAndName(more[1]!, countries)) break;
      title += `, ${more[1]}`;
      rest = rest.slice(more[0].length);
    }
    const country = COUNTRY_AFTER.exec(rest)?.[1];
    if (country && rest !== after && isTerminal(country.split(' '), country.split(' ').length - 1, countries)) title += `, ${country}`;
    found.push(mention(name.join(' '), title));
  }
}

/** "Mr. X, Embassy of Canada;": in a list of guests, an honorific-marked name then the body they come from, up to the item's end. */
const NAME_THEN_BODY = new RegExp(
  String.raw`(?<![\p{L}])${HONORIFIC}\s+((?:${NAME_WORD}\s+){1,3}${WORD}),\s+(${OFFICE_BODY})(?=\s*[;.]|\s*$)`,
  'gu',
);

function nameThenBody(paragraph: string, countries: CountryNames, found: OfficialMention[]): void {
  for (const m of paragraph.matchAll(NAME_THEN_BODY)) {
    const name = m[1]!.split(/\s+/u);
    if (name.some((w) => isTitleWord(w) || isOfficeOrPlace(w, countries))) continue;
    found.push(mention(name.join(' '), m[2]!));
  }
}

/** "As Deputy Prime Minister", "The Member of …": an opener is the sentence's, not the title's. */
const withoutOpeners = (title: string) => {
  const words = title.trim().split(/\s+/u);
  return words.slice(words.findLastIndex((w) => NOT_A_MODIFIER.test(w)) + 1).join(' ');
};

/** A name set off by a comma after a lower-case word or punctuation, and perhaps honorifics: "… met X, ", "of His Excellency X, ". */
const UNTITLED_NAME_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\s]\s*|\s\p{Ll}+\s+)(?:${HONORIFIC}\s+){0,2}((?:${NAME_WORD}\s+){1,3}${WORD}),\s*$`,
  'u',
);

/** "Japanese Ambassador to Vietnam, Ito Naoki, said"; "Member of …, Vice Chairman of …, Mr. X, and …": with a title before it. */
function titleThenCommaName(paragraph: string, countries: CountryNames, found: OfficialMention[]): void {
  for (const m of paragraph.matchAll(TITLE_COMMA_NAME)) {
    const name = m[3]!.split(/\s+/u);
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
    const title = withoutOpeners(m[1]!);
    const earlier = earlierTitle(paragraph.slice(0, m.index), countries);
    found.push(mention(name.join(' '), earlier ? `${withoutOpeners(earlier)}, ${title}` : title));
  }
}

const PLURAL_NAME = String.raw`(?:${NAME_WORD}\s+){1,3}${WORD}`;
/** A head in the plural before names joined by commas and "and": "Vice-Chairs X and Y", "Deputy Prime Ministers X, Y and Z". */
const PLURAL_TITLE = new RegExp(
  String.raw`(?<![\p{L}])((?:${MODIFIER}\s+){0,3})(${HEAD_ANY_CASE})s\s+(${PLURAL_NAME}(?:,\s+${PLURAL_NAME})*,?\s+and\s+${PLURAL_NAME})(?![\p{L}])`,
  'gu',
);

/** Each person named after a plural title holds it, in the singular. */
function pluralTitle(paragraph: string, countries: CountryNames, found: OfficialMention[]): void {
  for (const m of paragraph.matchAll(PLURAL_TITLE)) {
    const names = m[3]!.split(/,?\s+and\s+|,\s+/u).map((name) => name.split(/\s+/u));
    if (names.some((name) => name.some((w) => isTitleWord(w) || isOfficeOrPlace(w, countries) || HEADLINE_VERB.test(w)))) continue;
    const modifiers = m[1]!.trim().split(/\s+/u).filter(Boolean);
    const title = [...modifiers.slice(modifiers.findLastIndex((w) => NOT_A_MODIFIER.test(w)) + 1), m[2]].join(' ');
    for (const name of names) found.push(mention(name.join(' '), title));
  }
}

/** Offices held "to" a country or a body: envoys, their staff, advisers ("Ambassador of Japan to Vietnam", "Adviser to the PM"). */
const POSTED_TO =
  /Ambassador|Envoy|Representative|Consul|Charg[ée]|Attach[ée]|Counsell?or|Delegat|Mission|Embassy|Advis|Assistant|Secretary|Commissioner/iu;
/** "to" and a place closing a title. */
const TO_PLACE_AT_END = /\s+to\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'-]*)*$/u;

function mention(name: string, title: string): OfficialMention {
  // "X, Prime Minister of Singapore to Vietnam, 21-24 March": where a leader travels is not their office
  if (!POSTED_TO.test(title)) title = title.replace(TO_PLACE_AT_END, '');
  const former = /^(?:former|then)\s/iu.test(title);
  // "Mr. X, the Minister-Chairman of …": neither the honorific nor the article is the title's
  title = title.replace(/^(?:Mr|Ms|Mrs|Dr)\.?\s+/u, '').replace(/^the\s+/u, '');
  const foreign = !SURNAMES.has(name.split(/\s+/)[0]) || /\bto (?:Vietnam|Viet Nam|Việt Nam)\b/u.test(title);
  return { name, title, former, foreign };
}

/** A caption's credit after the last name: "… Om Birla Pic: baochinhphu.vn", "… Photo: VNA". */
const CAPTION_CREDIT = /\s+(?:Photos?|Pics?|Pictures?|Images?|Source|Credits?)\s*:.*$/u;

/** Officials of an English-language article's paragraphs, with titles as written. */
export function findOfficialsEnglish(paragraphs: readonly string[], places: readonly Place[]): OfficialMention[] {
  const countries = countryNames(places);
  const found: OfficialMention[] = [];
  const article = paragraphs.join('\n');
  for (const text of paragraphs) {
    const paragraph = text.replace(CAPTION_CREDIT, '');
    titleBeforeName(paragraph, countries, article, found);
    nameBeforeTitle(paragraph, countries, found);
    titleThenCommaName(paragraph, countries, found);
    pluralTitle(paragraph, countries, found);
    nameThenBody(paragraph, countries, found);
  }
  // "Mohammad Adnan Jalil" … "the KP Minister …, Adnan Jalil said": a name ending a fuller one of the article is that person again
  return found.map((mention) => {
    const fuller = found.find((other) => other.name.endsWith(` ${mention.name}`));
    return fuller ? { ...mention, name: fuller.name } : mention;
  });
}
