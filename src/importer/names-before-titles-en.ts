/** Names written before their titles: "Name, Title, said", "Name - Title", "Mr X as Title", and "Mr. X, Embassy of Canada;" in lists of guests. */
import type { OfficialMention } from './officials.ts';
import {
  HONORIFIC,
  JOINING_WORDS,
  NOT_A_MODIFIER,
  SURNAMES,
  VERBS,
  isHonorificAt,
  isOfficeOrPlace,
  isTitleWord,
  type CountryNames,
} from './office-words-en.ts';
import {
  AND_HONORIFIC,
  FIELD_COMMA,
  FULL_NAME,
  HEAD_ANY_CASE,
  HONORIFIC_BEFORE,
  INNER_NAME_WORD,
  NAME_WORD,
  OFFICE_BODY,
  OFFICE_WORD,
  POSITION,
  POSITION_FIRST,
  TITLE_RUN,
  VERB_AFTER,
  WORD,
  execAtEnd,
  holdsTitleAndName,
  isTerminal,
  mention,
  oncePerArticle,
} from './title-grammar-en.ts';

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
 * An abbreviation with its full stops inside an office after a name: "president of U.S. Textile Associates". (Not in a title
 * before a name, where what follows a place may be the name: there a name's initial is read, "John E. Smith".)
 */
const ABBREVIATION = String.raw`\p{Lu}(?:\.\p{Lu})+\.(?=\s+\p{Lu})`;
/** What sets a title off after a name, up to the title: ", ", " - ", " as ", "…, who is also a …". */
const SET_OFF = String.raw`(?:,|\s[-–]|\s+as)\s+(?:who is\s+(?:also\s+)?)?(?:an?\s+)?(?:(?:new|newly[- ](?:appointed|elected)|incoming)\s+)?`;
/** A title after a name up to its head: "former Deputy Prime Minister", "deputy mayor", "7th President". */
const TITLE_TO_HEAD = String.raw`(?:(?:former|acting|then)\s+)?(?:(?:${WORD}|the|deputy|vice|assistant|alternate|standing|permanent|senior|executive|personal|private|principal|special|first|second|third|\d{1,3}(?:st|nd|rd|th))\s+){0,4}?${HEAD_ANY_CASE}`;
/**
 * "Name, Title", "Name - Title", "Mr X as Title"; a title after a name may open with a rank in lower case ("deputy mayor of
 * …", "alternate member of …") or a past ("then"), or an ordinal in figures ("X, 7th President of Vietnam"); an article and
 * "new" before it are the sentence's ("X, a secretary of state at …", "X, new Chairman of …"); a caption may say where the
 * person stands before the comma ("X (left), Director of …").
 */
const NAME_THEN_TITLE = new RegExp(
  String.raw`(?<![\p{L}])(${NAME_WORD}\s+(?:${INNER_NAME_WORD}\s+){0,3}${WORD}|${WORD})(?:\s*${POSITION})?${SET_OFF}(${TITLE_TO_HEAD}(?:(?:\s+|${FIELD_COMMA})(?:${ABBREVIATION}|${OFFICE_WORD}|on)|${DASH_BETWEEN_HEADS})*)`,
  'gu',
);
/**
 * A title set off up to its head, which every match holds: searching for it costs a fraction as much, as it goes on only
 * past a comma, a dash or "as", and it fails in most paragraphs.
 */
const SET_OFF_HEAD = new RegExp(`${SET_OFF}${TITLE_TO_HEAD}`, 'u');
/** A joining word the title was cut after ("… Minister of"), or "on", which a title may hold ("Committee on …"). */
const DANGLING_JOIN = new RegExp(String.raw`\s+(?:${[...JOINING_WORDS, 'on'].join('|')})$`, 'u');
const LEADING_TITLE = new RegExp(String.raw`(${TITLE_RUN})\s*$`, 'gu');

/** Names of two to four words as the text writes them: "Nguyen Van Hai", "John E. Smith". */
const FULL_NAMES = new RegExp(String.raw`(?<![\p{L}])${FULL_NAME}`, 'gu');
/**
 * The article's Vietnamese full names, from the family name on, by their given name (the last word), which is how an English
 * article says them short; none for a given name two people share. Read from the text rather than from the officials found, as
 * the full name may stand without a title ("Nguyen Van Hai of VAFP … Hai, a VAFP deputy chairman, told").
 */
const vietnameseNamesByGivenName = oncePerArticle((article): ReadonlyMap<string, string | undefined> => {
  const byGivenName = new Map<string, string | undefined>();
  for (const [written] of article.matchAll(FULL_NAMES)) {
    const words = written.split(/\s+/u);
    const start = words.findIndex((w) => SURNAMES.has(w));
    if (start < 0 || words.length - start < 2) continue;
    const full = words.slice(start).join(' ');
    const givenName = words.at(-1)!;
    byGivenName.set(givenName, byGivenName.has(givenName) && byGivenName.get(givenName) !== full ? undefined : full);
  }
  return byGivenName;
});

/** "Name, Title, said" and "Name, Title of …,"; a name said short, with its title, goes to `referredBack`. */
export function nameBeforeTitle(
  paragraph: string,
  countries: CountryNames,
  article: string,
  found: OfficialMention[],
  referredBack: OfficialMention[],
): void {
  if (!SET_OFF_HEAD.test(paragraph)) return;
  for (const m of paragraph.matchAll(NAME_THEN_TITLE)) {
    // "Mr X as Deputy Chairman of …": "as" sets a title after a name only when an honorific marks the name
    const marked = `${paragraph.slice(Math.max(0, m.index - 16), m.index)}${m[1].split(/\s+/u)[0]}`;
    if (/^\s+as\s/u.test(paragraph.slice(m.index + m[1].length)) && !HONORIFIC_BEFORE.test(marked)) continue;
    // "Hai, a VAFP deputy chairman, told": one word is a Vietnamese name the article gives in full, referred back to
    const saidShort = !m[1].includes(' ');
    const name = saidShort ? (vietnameseNamesByGivenName(article).get(m[1])?.split(/\s+/) ?? []) : m[1].split(/\s+/);
    if (name.length === 0) continue;
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
    // a Vietnamese name has four words at most, another may have five ("Juan Carlos Antonio Perez Martinez")
    if (
      name.length > (SURNAMES.has(name[0]!) ? 4 : 5) ||
      name.some((w) => isOfficeOrPlace(w, countries) || isTitleWord(w)) ||
      /[’']s$/u.test(name.at(-1)!)
    )
      continue;
    // "Place, Title Name said": the title belongs to the name after it
    if (holdsTitleAndName(m[2], countries)) continue;
    const before = `${paragraph.slice(0, m.index)}${dropped}`;
    // "Minister Nguyen Van Nam and Li Wei, …": a title before that names someone else is theirs
    const leading = [execAtEnd(LEADING_TITLE, before)?.[1]].find((text) => text && !holdsTitleAndName(text, countries));
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
    // "…, the president of the Trade Council of Canada leading the delegation": a participle ends the title too
    // (and so does a relative clause: "…, Executive Chairman of the XYZ Group that represents Singapore …")
    const participle = /^\s+(?:\p{Ll}+ing|that|which|who)(?![\p{L}])/u.test(after);
    // (the text's end closes the title as a full stop does, "… meets with X, Minister of Foreign Affairs", but not a
    // byline's, "By X, Head of Research")
    const ends = /^\s*$/u.test(after) && !/(?:^|\s)[Bb]y\s+$/u.test(before);
    if (!nextPerson && !/^\s*[,.;:]/u.test(after) && !ends && !VERB_AFTER.test(verb) && !joined && !purpose && !participle) continue;
    title = title.replace(DANGLING_JOIN, '');
    let rest = after;
    for (let more = MORE_TITLE.exec(rest); more; more = MORE_TITLE.exec(rest)) {
      // "…, Deputy Prime Minister Tran Van Binh, …": the next title in a list of people is the next person's
      if (holdsTitleAndName(more[1]!, countries)) break;
      title += `, ${more[1]}`;
      rest = rest.slice(more[0].length);
    }
    const country = COUNTRY_AFTER.exec(rest)?.[1];
    if (country && rest !== after && isTerminal(country.split(' '), country.split(' ').length - 1, countries)) title += `, ${country}`;
    (saidShort ? referredBack : found).push(mention(name.join(' '), title));
  }
}

/** A body after a comma, up to a list item's end: ", Embassy of Canada;". */
const BODY_AT_ITEM_END = String.raw`,\s+(${OFFICE_BODY})(?=\s*[;.]|\s*$)`;
/** "Mr. X, Embassy of Canada;": in a list of guests, an honorific-marked name then the body they come from, up to the item's end. */
const NAME_THEN_BODY = new RegExp(String.raw`(?<![\p{L}])${HONORIFIC}\s+(${FULL_NAME})${BODY_AT_ITEM_END}`, 'gu');
/** The body after the comma, which every match holds and few paragraphs do: searching for it first costs a fraction as much. */
const COMMA_BODY = new RegExp(BODY_AT_ITEM_END, 'u');

export function nameThenBody(paragraph: string, countries: CountryNames, found: OfficialMention[]): void {
  if (!COMMA_BODY.test(paragraph)) return;
  for (const m of paragraph.matchAll(NAME_THEN_BODY)) {
    const name = m[1]!.split(/\s+/u);
    if (name.some((w) => isTitleWord(w) || isOfficeOrPlace(w, countries))) continue;
    found.push(mention(name.join(' '), m[2]!));
  }
}
