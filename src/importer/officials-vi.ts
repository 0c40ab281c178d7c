/** Officials in Vietnamese-language articles: a full name, family name first, beside the title written before or after it. */
import { allMatches, asciiFold, escapeRegExp } from '../lib/text/strings.ts';
import { foreignAfterTitles, otherNamed } from './foreign-officials.ts';
import { FORMER, HEAD_AT, titlesAfter, titlesBefore } from './official-titles.ts';
import type { OfficialMention } from './officials.ts';
import {
  BODY_NAMED,
  CITY_LIKE_A_NAME,
  NAMED_AFTER,
  NAME_CANDIDATE,
  PLACE_UNIT,
  isCityName,
  isPersonName,
  maskPlaces,
  type PlaceNames,
} from './person-names.ts';
import type { Place } from '../schemas/registries.ts';
import { BODY_OPENINGS } from './office-fields.ts';
import { VIETNAMESE_HONORIFICS } from './title-heads.ts';
import { TITLE_PHRASES, TITLE_WORDS } from './title-words.ts';
import { isVietnameseSurname } from './vietnamese-surnames.ts';

const placeNameCache = new WeakMap<readonly Place[], string[]>();

/** The registry's place names as Vietnamese text writes them, listed once per registry: in Vietnamese, or in English ("Saudi Arabia"). */
export function placeNames(places: readonly Place[]): string[] {
  let names = placeNameCache.get(places);
  if (!names)
    placeNameCache.set(
      places,
      (names = [...new Set(places.flatMap((place) => [place.vi, ...(/^\p{Lu}/u.test(place.en ?? '') ? [place.en!] : [])]))]),
    );
  return names;
}

/** Words of a memorial or of paying respects, right before a title: "Lăng", "Đền thờ", "Tượng đài", "viếng", "dâng hương". */
const MEMORIAL_BEFORE =
  /(?<![\p{L}])(?:lăng|đền thờ|tượng đài|bảo tàng|nhà tưởng niệm|nhà lưu niệm|khu di tích|viếng|dâng hương|dâng hoa|tưởng niệm)\s+$/iu;

/** Where `name` stands in `text`, each time. */
function spansOf(text: string, name: string): (readonly [number, number])[] {
  const spans: (readonly [number, number])[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) spans.push([at, at + name.length]);
  return spans;
}

/** A plural before a title: "các Phó Chủ tịch …", "hai Thứ trưởng …". */
const PLURAL_BEFORE = /(?:^|\s)(?:[Cc]ác|[Nn]hững|[Hh]ai|[Bb]a)\s*$/u;
/** Between two names of one list: a comma or "và", and an honorific. */
const LIST_NEXT = new RegExp(String.raw`^\s*(?:,|và)\s*(?:(?:${VIETNAMESE_HONORIFICS.join('|')})\s+)?$`, 'iu');

export function findOfficialsVietnamese(paragraphs: readonly string[], places: PlaceNames): OfficialMention[] {
  const found: OfficialMention[] = [];
  for (const paragraph of paragraphs) {
    // a title before a Vietnamese name starts after any person named earlier in the sentence
    const others: OfficialMention[] = [];
    const named = otherNamed(paragraph, places, others);
    const earlier = found.length;
    const foreignEnds = [...foreignAfterTitles(paragraph, places, found, named), ...named];
    found.push(...others);
    // "đồng chí Thôi Đồng Phú": a family name inside a foreign name found opens no name of its own
    const foreignSpans = found.slice(earlier).flatMap(({ name }) => spansOf(paragraph, name));
    let previousEnd = 0;
    // "các Phó Chủ tịch HBA bà X, bà Y và bà Z": a plural title before a list is each listed person's
    let shared: { title: string; end: number } | undefined;
    const masked = maskPlaces(paragraph, places);
    // (heads outside places: "Trung Quốc Vương Nghị" holds no "Quốc vương")
    const heads = allMatches(masked, HEAD_AT).map((head) => [head.index, head.index + head[0].length] as const);
    for (const match of allMatches(masked, NAME_CANDIDATE)) {
      const honorific = /^(?:Ông|Bà)\s+(?=\p{Lu})/u.exec(match[0]);
      let start = match.index + (honorific ? honorific[0].length : 0);
      let words = paragraph.slice(start, match.index + match[0].length).split(/\s+/);
      // "Hiệu trưởng Trường Đại học Tôn Đức Thắng Trần Trọng Đạo", "Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ": after a school or
      // a body named after someone or somewhere, the person is the last name;
      // "Chủ tịch quận Thạch Cảnh Sơn Ngô Khắc Thụy": after a unit's word, more capitalised words than a name holds are a place's, then a person's
      // (the place's first words may come before the candidate: "huyện Phú Ninh Tô Minh Đạt"), the person's name most often of three words
      const previous = paragraph
        .slice(Math.max(0, start - 40), start)
        .trim()
        .split(/\s+/);
      const placeWords = previous.length - 1 - previous.findLastIndex((word) => !/^\p{Lu}\p{Ll}*$/u.test(word));
      const namedAfter = NAMED_AFTER.test(previous.at(-1) ?? '') || BODY_NAMED.test(previous.slice(-2).join(' '));
      if (namedAfter || (PLACE_UNIT.test(previous.at(-1 - placeWords) ?? '') && placeWords + words.length > 4)) {
        const starts = words
          .map((_, k) => k)
          .filter((k) => (namedAfter ? k >= 2 : k + placeWords >= 1) && isVietnameseSurname(words[k]!) && words.length - k >= 2);
        const last = starts.find((k) => words.length - k === 3) ?? starts[0] ?? -1;
        if (last < 0 && namedAfter) continue;
        if (last > 0) {
          start += words.slice(0, last).join(' ').length + 1;
          words = words.slice(last);
        }
      }
      // "Bí thư Huyện ủy Lâm Bình", "UBND xã Hà Lang": two words right after a unit's word name the unit (a person's name
      // after it has three)
      if (words.length === 2 && placeWords === 0 && PLACE_UNIT.test(previous.at(-1) ?? '')) continue;
      // "Ông Nguyễn Văn Minh Giám đốc Sở …": a title's head written right after the name, going on past its capitalised
      // words, ends it (but "Nguyễn Quốc Vương" holds no "Quốc vương")
      const candidateEnd = start + words.join(' ').length;
      const headAfter = heads.find(([from, to]) => from > start && from < candidateEnd && to > candidateEnd);
      if (headAfter) words = paragraph.slice(start, headAfter[0]).trim().split(/\s+/);
      // "… tại TP Hồ Chí Minh Ngụy Hoa Tường": the city written like a name, then the person's name
      let city = isCityName(words) && CITY_LIKE_A_NAME.test(paragraph.slice(Math.max(0, start - 12), start));
      if (city && words.length >= 5) {
        start += words.slice(0, 3).join(' ').length + 1;
        words = words.slice(3);
        city = false;
      }
      const name = words.slice(0, 4).join(' ');
      if (
        !isPersonName(name, places) ||
        // "Trưởng Đoàn Đại biểu Quốc hội": a family name that ends a title's head ("Trưởng đoàn") opens no name
        [...heads, ...foreignSpans].some(([from, to]) => from < start && start < to) ||
        city
      )
        continue;
      const end = start + name.length;
      const leftStart = Math.max(previousEnd, ...foreignEnds.filter((end) => end <= start));
      let before = paragraph.slice(leftStart, start);
      // "ông A, Tham tán …, bà B nguyên …": the title written after the person named before is theirs, not the next one's
      const previousTitle = leftStart > 0 ? (titlesAfter(paragraph.slice(leftStart), places)[0] ?? '') : '';
      const previousAt = previousTitle ? before.indexOf(previousTitle) : -1;
      if (previousAt >= 0 && previousAt <= 3) before = before.slice(previousAt + previousTitle.length);
      const left = titlesBefore(before);
      const right = titlesAfter(paragraph.slice(end), places);
      previousEnd = end;
      if (left.length === 0 && right.length === 0 && shared && LIST_NEXT.test(paragraph.slice(shared.end, start))) {
        found.push({ name, title: shared.title, former: FORMER.test(shared.title), foreign: false });
        shared.end = end;
        continue;
      }
      // (a plural title may open the list with a colon: "Các Phó Chủ tịch UBND tỉnh: Nguyễn Văn A, Trần Văn B")
      const colon = left.length === 0 && right.length === 0 ? /\s*:\s*$/u.exec(before) : null;
      const plural = colon ? titlesBefore(before.slice(0, colon.index))[0] : left[0];
      shared = plural && PLURAL_BEFORE.test(before.slice(0, before.lastIndexOf(plural))) ? { title: plural, end } : undefined;
      if (colon && shared) found.push({ name, title: shared.title, former: FORMER.test(shared.title), foreign: false });
      if (left.length === 0 && right.length === 0) continue;
      // "vào Lăng viếng Chủ tịch Hồ Chí Minh": whom a memorial honours is no official of the article
      if (
        left.length > 0 &&
        MEMORIAL_BEFORE.test(
          before.slice(
            0,
            before.lastIndexOf(
              left[0]!
                .split(/[\s,]+/u)
                .slice(0, 2)
                .join(' '),
            ),
          ),
        )
      )
        continue;
      const title = [...left, ...right].join(', ');
      found.push({ name, title, former: FORMER.test(title), foreign: false });
    }
    found.push(...referredBack(paragraph, places), ...givenNamesAfterHeads(paragraph, heads, places));
    endTitlesAtOthers(found, earlier);
  }
  return found;
}

/** One capitalised word right after a head, then a comma or full stop, or a word in lower case: "Thứ trưởng An tuần này". */
const GIVEN_NAME_AFTER = /^\s+(\p{Lu}\p{Ll}+)(?:[,.;:]|\s+(\p{Ll}+))/u;
/**
 * Words that open a body's, a unit's or a state's name after a head, never a person's ("Chủ tịch Hội cho biết", "Chủ tịch
 * Quận"), and countries and regions said short ("Đại sứ Nhật cho biết"). Tested on one word, so of the bodies' openings only
 * those of one word are listed.
 */
const BODY_WORD = new RegExp(
  `^(?:${[
    ...BODY_OPENINGS.filter((opening) => !opening.includes(' ')),
    ...['Đảng', 'Nhà', 'Nước', 'Đoàn', 'Đại', 'Trường'], // other bodies, and the first word of some: "Nhà nước", "Đại hội"
    ...['Tỉnh', 'Huyện', 'Quận', 'Xã', 'Phường', 'Thành', 'Thị', 'Bang'], // units and states
    ...['Nhật', 'Hàn', 'Trung', 'Ấn', 'Triều', 'Đông', 'Tây', 'Nam', 'Bắc'], // countries and regions said short
  ].join('|')})$`,
  'u',
);
/** A word Vietnamese does not write as one syllable: "Jordan", "Oregon", "Pharmacity". */
const NOT_ONE_SYLLABLE = /[fjwz]|[aeiouy]+[^aeiouy]+[aeiouy]/iu;

/**
 * "… cuộc họp giữa Đại sứ … và Thứ trưởng An tuần này": a head followed by one Vietnamese syllable with a capital, no place,
 * no body's word and no office's word after it, names a person by the given name, as Vietnamese writes a known official.
 * (Kept only when the article names no one fuller with that word: `loneBackReference`.)
 */
function givenNamesAfterHeads(paragraph: string, heads: readonly (readonly [number, number])[], places: PlaceNames): OfficialMention[] {
  return heads.flatMap(([from, to]) => {
    const m = GIVEN_NAME_AFTER.exec(paragraph.slice(to, to + 40));
    const name = m?.[1];
    if (!name || BODY_WORD.test(name) || places.includes(name)) return [];
    // (nor the first word of a field, "Bộ trưởng Đổi mới sáng tạo")
    if (m[2] !== undefined && (TITLE_WORDS.has(m[2]) || TITLE_PHRASES.has(`${name.toLowerCase()} ${m[2]}`))) return [];
    // (nor the first word of another head: "Trợ lý Thủ tướng nói")
    if (heads.some(([next]) => next > to && next <= to + 2)) return [];
    // (a family name alone refers back, "Thứ trưởng Nguyễn"; a foreigner's one word is read by foreign-officials; a head in
    // lower case is a word of the sentence)
    if (isVietnameseSurname(name) || NOT_ONE_SYLLABLE.test(asciiFold(name)) || !/^\p{Lu}/u.test(paragraph.slice(from, to))) return [];
    const title = paragraph.slice(from, to);
    return [{ name, title, former: FORMER.test(title), foreign: false }];
  });
}

/** A sentence opening with "Ông" or "Bà" and what they hold: "Ông hiện đang giữ cương vị là Chủ tịch …", "Bà hiện là Giám đốc …". */
const PRONOUN_HOLDS = /(?<=^|[.!?]\s+)(Ông|Bà)\s+(?:hiện\s+(?:đang\s+|nay\s+)?)?(?:giữ\s+(?:cương vị|chức vụ|chức)\s+(?:là\s+)?|là\s+)/gu;

/**
 * "… ông Lê Văn A và các doanh nhân … . Ông hiện là Chủ tịch Hiệp hội …": a title given in a later sentence to "Ông"/"Bà"
 * is that of the last person of the paragraph named with the same word before.
 */
function referredBack(paragraph: string, places: PlaceNames): OfficialMention[] {
  return allMatches(paragraph, PRONOUN_HOLDS).flatMap((held) => {
    const title = titlesAfter(` ${paragraph.slice(held.index + held[0].length)}`, places)[0];
    const honorific = new RegExp(String.raw`(?<![\p{L}])${held[1]}\s+$`, 'iu');
    const honoured = allMatches(paragraph.slice(0, held.index), NAME_CANDIDATE).filter((candidate) =>
      honorific.test(paragraph.slice(Math.max(0, candidate.index - 4), candidate.index)),
    );
    const name = honoured.at(-1)?.[0].split(/\s+/).slice(0, 4).join(' ');
    return title && name && isPersonName(name, places) ? [{ name, title, former: FORMER.test(title), foreign: false }] : [];
  });
}

/** Where the title that holds `name` is cut: the separator before it, or -1 when none parts it from the title. */
function cutBefore(title: string, name: string): number {
  // (most titles hold no other name: looked for before a pattern is built for it)
  if (!title.includes(name)) return -1;
  const at = title.search(new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(name)}(?![\p{L}])`, 'u'));
  return at > 0 ? Math.max(...[', ', '; ', ' - ', ' – '].map((separator) => title.lastIndexOf(separator, at))) : -1;
}

/**
 * "Đại sứ Nhật Bản tại Việt Nam Yamada Takio, Thống đốc tỉnh Yamaguchi Muraoka Tsugumasa": a title read on past a comma
 * ends before the next title where that holds another person named in the paragraph (from `from` on).
 */
function endTitlesAtOthers(found: OfficialMention[], from: number): void {
  const names = [...new Set(found.slice(from).map(({ name }) => name))];
  for (let k = from; k < found.length; k++) {
    const mention = found[k]!;
    const cuts = names.filter((name) => name !== mention.name).map((name) => cutBefore(mention.title, name));
    const cut = Math.min(...cuts.filter((at) => at > 0));
    if (Number.isFinite(cut)) found[k] = { ...mention, title: mention.title.slice(0, cut) };
  }
}
