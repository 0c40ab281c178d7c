/** English words around officials' names: heads of titles, honorifics, joining words, office and place words, verbs. */
import { asciiFold } from '../lib/text/strings.ts';
import { MONTHS_EN, WEEKDAYS_EN } from '../lib/text/dates.ts';
import { VIETNAMESE_SURNAMES } from './vietnamese-surnames.ts';
import type { Place } from '../schemas/registries.ts';

export const HEADS = [
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
  // a business's or an organisation's office: "General Manager", "Country Manager", "Manager Delta Team Vietnam"
  'Manager',
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
  // (in one word: "Agriculture Senior Undersecretary X")
  'Undersecretary',
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
  // military ranks of two words ("Senior Lieutenant General X, Defence Deputy Minister"; "General" alone opens bodies' names)
  'Lieutenant General',
  'Major General',
  'Colonel',
  // (last: "Chairman", "Chairwoman", "Chairperson" are read whole before it)
  'Chair',
];
export const HEAD = `(?:${HEADS.join('|')})`;
/** The last words of heads: one after "and" starts another person's title ("… and Vietnamese Minister …"). */
export const HEAD_ENDS = new Set(HEADS.map((head) => head.split(' ').at(-1)!));
/** The short honorifics, which Vietnamese pages write too: "Mr", "Ms", "Mrs", "Dr". */
export const SHORT_HONORIFICS = ['Mr', 'Ms', 'Mrs', 'Dr'];
/** What English writes before a name: "Mr.", "Dr", "Madam", "His Excellency", "H.E.", "Hon."; Malaysian and Indian ones ("Datuk", "Shri"). */
const HONORIFICS = [
  ...SHORT_HONORIFICS,
  'Prof',
  'Madam',
  'Madame',
  'Sir',
  'Excellency',
  // His or Her Excellency, with stops or without: "Ambassador HE Mr Hugh …"
  'H.E',
  'HE',
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
export const HONORIFIC_WORD = HONORIFICS.map((h) => h.replace('.', String.raw`\.`)).join('|');
// (Malaysian pairs first: "Datuk Seri", "Tan Sri")
export const HONORIFIC = String.raw`(?:Tan\s+Sri|(?:Datuk|Dato['’]?)\s+Seri|Dato['’]?\s+Sri|${HONORIFIC_WORD}|(?:His|Her)\s+Excellency)\.?`;
/** Words titles are made of, and honorifics: never the first word of a name ("a.i.": ad interim, after "Chargé d'Affaires"). */
const TITLE_WORDS = new Set([...HEADS.flatMap((h) => h.split(' ')), ...HONORIFICS, 'His', 'Her', 'Comrade', 'a.i']);
/** A word of a title or an honorific, with or without its full stop ("Dr."); joined by a hyphen, one ending in a title's word ("Under-Secretary", "Vice-Chairman"). */
export const isTitleWord = (word: string) => {
  const bare = word.replace(/\.$/u, '');
  return TITLE_WORDS.has(bare) || TITLE_WORDS.has(bare.slice(bare.lastIndexOf('-') + 1));
};
const isHonorific = (word: string) => HONORIFICS.includes(word.replace(/\.$/u, ''));
/**
 * Burmese honorifics, "U" (Mr) and "Daw" (Ms), standing before a name of two words or more without Vietnamese marks: "Phó
 * Tổng thống Myanmar U Myint Swe", "Daw Aung San Suu Kyi" (not a place written so, "U Minh Thượng", nor a Vietnamese name
 * misspelt, "Daw Tan Hai": a Vietnamese family name does not follow).
 */
const burmeseHonorificAt = (words: readonly string[], i: number) =>
  /^(?:U|Daw)$/u.test(words[i]!) &&
  !SURNAMES.has(words[i + 1] ?? '') &&
  words.slice(i + 1, i + 3).every((word) => /^\p{Lu}\p{Ll}+[,.;:]?$/u.test(word) && !/[^\p{ASCII}]/u.test(word));
/** An honorific, or a word that is one only beside another: "Datuk Seri", "Dato' Sri", "Tan Sri" ("Sri" alone opens names: "Sri Mulyani"). */
export const isHonorificAt = (words: readonly string[], i: number) =>
  isHonorific(words[i]!) ||
  burmeseHonorificAt(words, i) ||
  (/^Se?ri$/u.test(words[i]!) && i > 0 && (isHonorific(words[i - 1]!) || words[i - 1] === 'Tan')) ||
  (words[i] === 'Tan' && words[i + 1] === 'Sri');
/** Lowercase words inside a foreign name: "Ursula von der Leyen", "Mohd Zamruni bin Khalid", "Jaime de Jesus Gouveia". */
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'bin', 'binti', 'de', 'da', 'dos']);
/** The same particles as a pattern's alternatives. */
export const NAME_PARTICLE = [...NAME_PARTICLES].join('|');
/** Words joining the parts of an office or an institution: "Minister of …", "Embassy of … in …". */
export const JOINING_WORDS = ['of', 'the', 'to', 'for', 'in', 'at', 'under', 'and'] as const;
/** The joining words, and those joining two offices ("… Party Committee cum Chairman of …"). */
export const CONNECTORS = new Set<string>([...JOINING_WORDS, 'cum', 'concurrently']);
/** Capitalised words that end an office's name, never a person's. */
const OFFICE_END =
  /^(?:Committee|Board|Directors|Ministry|Department|Agency|Affairs|Trade|Industry|Energy|Commerce|Investment|Planning|Finance|City|Province|Council|Office|Academy|Studies|Institute|Embassy|Mission|Consulate|Government|Party|Assembly|Bank|Union|Nations|Economy|Economics|Affair|Secretariat|Cooperation|Development|Organisation|Organization|Republic|Kingdom|States|Chamber|Forum|Conference|Summit|Meeting|Dialogue|Seminar|Programme|Program|Fair|Expo|Week|Initiative|Partnership|Agreement|Diplomacy|Relations|Promotion|State|Centre|Center|Commission|Corporation|Company|Enterprises|Association|Federation|Alliance|Society|Group|Prefecture|Region|District|County|Education|Technology|Tourism|Health|Agriculture|Justice|Defence|Defense|Labour|Labor|Transport|Environment|Resources|Communications|Information|Culture|Science|Sports|Construction|University|College|School|Hospital|Foundation|Fund|Authority|Court|Zone|Airlines|Airways|Exchange|Press|Bureau|Division|Branch|Customs|Police)$/u;
/** Places English texts name in a single word the places registry spells otherwise, and regions. */
const OTHER_PLACES = ['Vietnam', 'Korea', 'Asia', 'Pacific', 'Europe', 'America', 'Africa', 'ASEAN', 'US', 'UK'];

/** The countries of the places registry as words: "the Republic of Korea" → Republic, of, Korea. */
export interface CountryNames {
  single: ReadonlySet<string>;
  multiWord: readonly (readonly string[])[];
  /** Every place of the registry, as `placeKey` writes it: "Đồng Nai", "Dong Nai" → "dongnai". */
  places: ReadonlySet<string>;
}

export const placeKey = (name: string) =>
  asciiFold(name)
    .toLowerCase()
    .replace(/[^a-z]/g, '');

const countryCache = new WeakMap<readonly Place[], CountryNames>();

/** The country names English texts write, from the registry (with the Vietnamese forms of more than one word, "Việt Nam"); built once per list. */
export function countryNames(places: readonly Place[]): CountryNames {
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
export const isOfficeOrPlace = (word: string, countries: CountryNames) =>
  OFFICE_END.test(word) || FIELD_NOUN.test(word) || countries.single.has(word);

/** Vietnamese family names, with their diacritics and without ("Nguyễn", "Nguyen"). */
export const SURNAMES = new Set([...VIETNAMESE_SURNAMES, ...VIETNAMESE_SURNAMES.map(asciiFold)]);
/** Verbs that follow a person's name and titles: the titles end before them. */
// (captions tell what is shown in the present: "… welcomes the delegation", "… offers the souvenir")
export const VERBS =
  'said|says|stressed|noted|added|told|affirmed|emphasised|emphasized|highlighted|urged|called|expressed|welcomed|welcomes|spoke|speaks|chaired|chairs|met|meets|received|receives|suggested|proposed|asked|attended|attends|visited|visits|hosted|hosts|led|leads|announced|explained|underlined|agreed|praised|pledged|signed|signs|delivered|presented|presents|offers|gives|thanks|holds|calls|paid|pays|urges|discusses|affirms|pledges|hails|stresses|highlights|greets|congratulates|reported|translates|addressed|commented|comments|gave|shared|stated|revealed|reiterated|mentioned|thanked|introduced|was|were|is|has|had|will|also';

/** Places and offices in lower case: "… to the country X", "… Canelones province X", "… the JETRO Hanoi office X". */
export const LOWERCASE_OFFICE_END =
  /^(?:country|nation|city|province|prefecture|region|district|office|department|ministry|committee|agency|bureau|board|council|association|commission)$/u;
/** What ministries and committees are named after, as pages write them in lower case ("deputy minister of industry and trade"). */
export const LOWERCASE_OFFICE_WORDS =
  "industry|trade|economy|foreign|affairs|finance|planning|investment|agriculture|rural|development|justice|health|education|training|transport|construction|labour|invalids|social|home|information|communications|science|technology|culture|sports|tourism|natural|resources|environment|defence|public|security|party|committee|people's|people’s|assembly|economic|external|relations|department|ministry|commission|office|agency|bureau|board|council|association|union|consular|section|charge|policy";
/**
 * Capitalised words before a head that belong to the sentence: honorifics, openers, days and months; and a photo's credit
 * glued to the caption after it ("Supplied Prime Minister X, with …", "Photo Minister X").
 */
export const NOT_A_MODIFIER = new RegExp(
  String.raw`^(?:${SHORT_HONORIFICS.join('|')}|Supplied|Photo|Photos|According|Speaking|As|The|By|Under|With|On|In|At|For|From|During|After|Before|When|While|Meanwhile|Also|Today|Yesterday|${WEEKDAYS_EN.join('|')}|${MONTHS_EN.join('|')})\.?$`,
  'u',
);
