/**
 * Officials named in an article, each with the title the article writes next to them.
 * A person counts only when a full name (family name first) stands beside a title, before it
 * ("Thứ trưởng Ngoại giao Vũ Quang Minh") or after it ("Bùi Thanh Sơn, Ủy viên Trung ương Đảng,
 * Bộ trưởng Bộ Ngoại giao"). Short back-references ("ông Minh") and untitled names are not people
 * of record. One person is one entry however often named; the fullest title is kept.
 */
import { foldKey, escapeRegExp } from '../lib/text/strings.ts';
import { HONORIFICS, LATER_TITLE_HEADS, TITLE_HEADS, TITLE_WORDS, VIETNAMESE_SURNAMES } from './lexicon.ts';
import { findOfficialsEnglish } from './officials-en.ts';
import type { Place } from '../schemas/registries.ts';

export interface OfficialMention {
  name: string;
  title: string;
  /** True when the article calls them "nguyên …" (former). */
  former: boolean;
  foreign: boolean;
}

const SYLLABLE = String.raw`\p{Lu}\p{Ll}*(?:-\p{Ll}+)?`;
const NAME_CANDIDATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${VIETNAMESE_SURNAMES.join('|')})(?:\s+${SYLLABLE}){1,5}(?![\p{L}\p{N}])`,
  'gu',
);
const HEADS = [...TITLE_HEADS].sort((a, b) => b.length - a.length);
/** `text` matched in either case, in a pattern that is otherwise case-sensitive. */
const eitherCase = (text: string) =>
  text.replace(/\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));
// pages write a title's later words in either case ("Tổng lãnh sự", "Phó chủ tịch"), and may glue the
// next word to it by a lost space ("Tổng Lãnh sựTrung Quốc"): a capital may follow a head, a small letter not
const HEAD = String.raw`(?:(?:${eitherCase('nguyên')}|${eitherCase('cựu')})\s+)?(?:${HEADS.map(eitherCase).join('|')})(?!\p{Ll})`;
/** A former office: "nguyên Bộ trưởng …", "Cựu Trợ lý Ngoại trưởng …". */
const FORMER = /^(?:nguyên|cựu)\s/iu;
const HEAD_AT = new RegExp(String.raw`(?<![\p{L}])${HEAD}`, 'gu');
const HEAD_START = new RegExp(`^${HEAD}`, 'u');
const LATER_HEAD_START = new RegExp(String.raw`^(?:${LATER_TITLE_HEADS.map(eitherCase).join('|')})(?!\p{Ll})`, 'u');
// "anh"/"chị" are honorifics only in lower case: "Vương quốc Anh" is a country
const honorificPattern = (h: string) => (/^(?:anh|chị)$/u.test(h) ? h : `[${h[0]!.toUpperCase()}${h[0]}]${h.slice(1).replace('.', '\\.')}`);
const HONORIFIC_TAIL = new RegExp(String.raw`(?:^|\s)(?:${HONORIFICS.map(honorificPattern).join('|')})\s*$`, 'u');

/** Place names (provinces, countries) that can sit between a title and a name. */
export type PlaceNames = readonly string[];

/**
 * "thành phố Hồ Chí Minh" is a city, though written like a person ("UBND thành phố Trần Chí Cường"
 * is a person; provinces with a family name's syllable have two words, names three or more).
 */
const CITY_LIKE_A_NAME = /(?:thành phố|TP\.?|Tp\.?)\s*$/u;
const isCityName = (words: readonly string[]) =>
  words
    .slice(0, 3)
    .join(' ')
    .replace(/[,.;:]+$/, '') === 'Hồ Chí Minh';

/** The last word of a school, museum or fund named after someone: "Trường Đại học Tôn Đức Thắng", "Bảo tàng Hồ Chí Minh". */
const NAMED_AFTER = /^(?:[Tt]rường|[Hh]ọc|[Tt]àng|[Qq]uỹ)$/u;

/**
 * A Vietnamese full name starts at words[i]: a family name and two or more capitalised syllables, not after a place word,
 * and not a place of `places` ("Hạm đội Thái Bình Dương").
 */
function nameStartsAt(words: readonly string[], i: number, places: PlaceNames = []): boolean {
  const run = words.slice(i, i + 4).map((w) => w.replace(/[,.;:]+$/, ''));
  let length = 1;
  while (length < run.length && /^\p{Lu}\p{Ll}+$/u.test(run[length]!) && !words[i + length - 1]!.endsWith(',')) length++;
  return (
    VIETNAMESE_SURNAMES.includes(run[0]!) &&
    length >= 3 &&
    !places.includes(run.slice(0, length).join(' ')) &&
    !NAMED_AFTER.test(words[i - 1] ?? '') &&
    !(isCityName(run) && CITY_LIKE_A_NAME.test(words.slice(Math.max(0, i - 2), i).join(' ')))
  );
}

const VIETNAMESE_MARKS = /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/iu;
/** A word with a Vietnamese syllable glued on by a lost space ("BaBí"), unlike a name written so ("PetroVietnam"). */
const gluedSyllable = (word: string) => VIETNAMESE_MARKS.test(/\p{Ll}(\p{Lu}\S*)/u.exec(word)?.[1] ?? '');

/**
 * What officials do, in words an office's name also uses ("phát triển", "thông tin"), or the occasion they do it on
 * ("nhân chuyến thăm", where "nhân" also opens "nhân dân"): the title ends before them.
 */
const VERB_PHRASE =
  /^(?:nhân (?:dịp|chuyến|kỷ niệm|ngày|lễ)|đồng ý|đồng thời|đồng hành|đồng tình|phát biểu|phát động|phát huy|chủ trì|đồng chủ trì|hội đàm|làm việc|trao đổi|cho biết|nhấn mạnh|khẳng định|đánh giá|tham dự|tham gia|đề nghị|kiến nghị|giới thiệu|bảo đảm|đảm bảo|tuyên bố|tập trung|thông báo|chúc mừng|chứng kiến|kết luận|ký kết|bình luận)(?![\p{L}])/u;
/**
 * Verbs made of office words ("Đại sứ Nhật Bản quan tâm đến …", "Phó Thủ tướng chỉ đạo các bộ"), each with the words
 * that make it part of an office's name instead ("Ban chỉ đạo", "ngoại giao", "Trung tâm thông tin", "Vụ hợp tác").
 */
const OFFICE_VERBS: Record<string, RegExp> = {
  'quan tâm': /^$/u,
  'thông tin': /^(?:tâm|Cục|cục|Sở|sở|Bộ|bộ|và|tác)$/u,
  'chỉ đạo': /^(?:Ban|ban)$/u,
  giao: /^(?:ngoại|Ngoại|bàn)$/u,
  'hợp tác': /^(?:Ban|ban|Vụ|vụ|Sở|sở|Cục|cục|Hội|hội|và|Tổ|tổ|chức|xúc|tiến)$/u,
};
/** Whether an office verb starts at words[i]; `head` is the title's head, which the first word follows. */
const officeVerb = (words: readonly string[], i: number, head: string) =>
  Object.entries(OFFICE_VERBS).some(
    ([verb, office]) =>
      words.slice(i, i + verb.split(' ').length).join(' ') === verb &&
      !office.test(i > 0 ? words[i - 1]! : (head.split(/\s+/).at(-1) ?? '')),
  );
// (a delegation, "và đoàn công tác"; "các" unless an office's name of two words or more follows: "và các Khu công nghiệp Quảng Ngãi")
const PEOPLE_AFTER_AND =
  /^(?:lãnh đạo|các(?!\s+\p{Lu}\p{L}*\s+\p{L})|đại diện|cán bộ|đông đảo|nhiều|đồng chí|ông|bà|ngài|đoàn|phu nhân)(?![\p{L}])/u;

/** Words of `phrase` after its head are all office words or capitalised: it is a title. It ends where a person's name begins. */
function titleLength(words: string[], head = '', places: PlaceNames = []): number {
  let end = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (nameStartsAt(words, i, places) || VERB_PHRASE.test(words.slice(i, i + 3).join(' ')) || officeVerb(words, i, head)) break;
    const bare = word.replace(/[,.;:]+$/, '').replace(/^\(|\)$/g, '');
    // "… Hùng BaBí thư": a Vietnamese syllable glued on by a lost space starts another phrase
    if (gluedSyllable(bare)) break;
    // "Hội Hữu nghị Việt - Nga": a dash between two names of countries joins them
    const joiner = /^[-–]$/u.test(bare) && /^Việt$|^Nam$/u.test(words[i - 1] ?? '') && /^\p{Lu}/u.test(words[i + 1] ?? '');
    if (/^\p{Lu}/u.test(bare) || TITLE_WORDS.has(bare.toLowerCase()) || /^[\p{Lu}.&-]{2,}$/u.test(bare) || joiner) end = i + 1;
    else break;
  }
  // "… Phó Chủ tịch UBND tỉnh và lãnh đạo Sở Ngoại vụ": "và" before a group of people joins another party
  const joined = words.findIndex((word, i) => i < end && word === 'và' && PEOPLE_AFTER_AND.test(words.slice(i + 1, i + 4).join(' ')));
  if (joined >= 0) end = joined;
  // a title does not end on a joining word ("... của", "... tại")
  while (end > 0 && ['tại', 'ở', 'của', 'và', 'về', 'kiêm', 'trong'].includes(words[end - 1].toLowerCase())) end--;
  return end;
}

/** The title that starts `segment` at a head, or undefined. `whole` demands it fill the segment; `later`, a title after another, may open with a role. */
function titleAtStart(segment: string, whole: boolean, later = false): string | undefined {
  const head = HEAD_START.exec(segment) ?? (later ? LATER_HEAD_START.exec(segment) : null);
  if (!head) return undefined;
  const words = [...segment.slice(head[0].length).matchAll(/\S+/gu)];
  const length = titleLength(
    words.map((word) => word[0]),
    head[0],
  );
  if (whole && length !== words.length) return undefined;
  const last = words[length - 1];
  // "… tại TP.HCMđến chào": an acronym glued by a lost space to a word that is no office's ends the title
  const glued = /(?<=\p{Lu}{2})\p{Ll}+$/u.exec(last?.[0] ?? '')?.[0] ?? '';
  const cut = TITLE_WORDS.has(glued) ? 0 : glued.length;
  // the title as written, up to its last word
  return segment.slice(0, head[0].length + (last ? last.index + last[0].length - cut : 0)).replace(/\s+/gu, ' ');
}

/** The title ending right before a name: the earliest head whose remainder is all title words. */
function titleEndingSegment(segment: string): { title: string; prefix: string } | undefined {
  for (const head of segment.matchAll(HEAD_AT)) {
    const title = titleAtStart(segment.slice(head.index), true);
    if (title) return { title, prefix: segment.slice(0, head.index).trim() };
  }
  return undefined;
}

/** "…Vụ Tổng hợp kinh tế, Bộ Ngoại giao Đặng Hoàng Hải": the ministry after a comma belongs to the title. */
const ORGANISATION = /^(?:Bộ|Vụ|Cục|Sở|Ban|Ủy ban|Uỷ ban|UBND|Viện|Học viện|Tổng cục|Văn phòng)\s/u;

function organisationSegment(segment: string, nextToName: boolean): { title: string; prefix: string } | undefined {
  if (!nextToName || !ORGANISATION.test(segment)) return undefined;
  const words = segment.split(/\s+/);
  return titleLength(words) === words.length ? { title: segment, prefix: '' } : undefined;
}

/** A sentence's or clause's end; not the dot of "TP. Hồ Chí Minh", "PGS. TS." or "Mr.". */
const CLAUSE_END = /(?<!(?:^|\s)(?:TP|Tp|TX|TS|PGS|GS|ThS|BS|KS|Mr|Ms|Mrs|Dr))[.;:!?](?=\s|$)/u;
const CLAUSE_AFTER = new RegExp(String.raw`${CLAUSE_END.source}|[“”"]`, 'u');
/** Where the clause before a name starts: a sentence's end, a quotation, a bracket not closing right before the name. */
const CLAUSE_BEFORE = new RegExp(String.raw`${CLAUSE_END.source}|[“”"\[\]]|\((?![^()]{1,40}\)\s*$)|\)(?!\s*$)`, 'u');
/** Titles are listed with commas or dashes; "Hội Hữu nghị Việt - Nga" is one name. */
const TITLE_SEPARATOR = /,\s*|(?<!(?:^|\s)Việt(?: Nam)?)\s+[-–]\s+/u;
const TITLE_SEPARATOR_KEPT = new RegExp(`(${TITLE_SEPARATOR.source})`, 'u');
// "Tiếp Phó Chủ tịch Tập đoàn …, Thủ tướng X nhấn mạnh": the object of a meeting is the guest, not the one named next
const OTHER_PERSON_BEFORE = /(?:^|\s)(?:của|thay mặt|ủy quyền|uỷ quyền|tiếp|đón|tiễn|gặp|gặp gỡ|hội kiến|chúc mừng|cảm ơn)$/iu;

const EVENT_BEFORE = /(?:^|\s)(?:hội nghị|hội thảo|diễn đàn|phiên họp|cuộc họp|lễ)$/iu;

/** Titles written before a name, joined: "Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao". */
function titlesBefore(text: string): string[] {
  const clause = text.split(CLAUSE_BEFORE).pop() ?? '';
  const bare = clause.replace(HONORIFIC_TAIL, '');
  // "Phó Chủ tịch UBND tỉnh, ông Nguyễn Văn Hùng": a title set off by a comma before "ông"/"bà" is theirs;
  // split with the separators kept, so titles are joined again as written ("Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh")
  const pieces = (bare === clause ? bare : bare.replace(/,\s*$/u, '')).split(TITLE_SEPARATOR_KEPT);
  const segments = pieces.filter((_, k) => k % 2 === 0);
  let written = '';
  for (let i = segments.length - 1; i >= 0; i--) {
    const separator = pieces[2 * i + 1] ?? '';
    const segment = segments[i].trim().replace(HONORIFIC_TAIL, '').trim();
    let found = titleEndingSegment(segment) ?? organisationSegment(segment, i === segments.length - 1);
    // "Vụ trưởng Vụ Thị trường châu Phi, Tây Á, Nam Á (Bộ Công Thương) Trần Thu Quỳnh": the office's name holds the commas
    for (let j = i - 1; !found && !written && j >= Math.max(0, i - 3); j--) {
      found = titleEndingSegment(
        pieces
          .slice(2 * j, 2 * i + 1)
          .join('')
          .trim(),
      );
      if (found) i = j;
    }
    if (!found) break;
    // "được sự đồng ý của Thủ tướng Chính phủ, Bộ trưởng …": an earlier title after "của" or "thay mặt" is another person's
    if (i < segments.length - 1 && OTHER_PERSON_BEFORE.test(found.prefix)) break;
    // "Tại Hội nghị Tham tán Thương mại khu vực châu Âu, …": a title after a meeting's word names the meeting
    if (EVENT_BEFORE.test(found.prefix)) break;
    written = written ? `${found.title}${separator.includes(',') ? ', ' : ` ${separator.trim()} `}${written}` : found.title;
    if (found.prefix && !HONORIFIC_TAIL.test(` ${found.prefix}`)) break;
  }
  // "…, Học viện Chính trị Quốc gia Hồ Chí Minh": a body alone, with no office held in it, is no title
  return written && HEAD_START.test(written) ? [written] : [];
}

/** An office written as an acronym between titles: "Tống Quang Thìn, TVTU, Phó Chủ tịch UBND tỉnh". */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * Titles written after a name, as one title with the commas or dashes written between them:
 * ", Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao đã ...", " - Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh có ...".
 */
function titlesAfter(text: string, places: PlaceNames): string[] {
  // "ông Ngụy Hoa Tường (Wei Huaxiang) - Tổng Lãnh sự …": the name in another spelling stands between name and title
  text = text.replace(/^\s*\((?:\p{Lu}[\p{L}'’-]*\s?){1,4}\)(?=\s*(?:,|[-–]))/u, '');
  const opening = /^\s*(?:,|[-–]|\()\s*/u.exec(text);
  if (!opening) return [];
  // "Ông X (Phó Chủ tịch UBND tỉnh) cho biết": a title in brackets ends at the closing one
  const clause = text.slice(opening[0].length).split(opening[0].includes('(') ? /\)|$/u : CLAUSE_AFTER)[0] ?? '';
  const pieces = clause.split(TITLE_SEPARATOR_KEPT);
  let written = '';
  let acronyms = '';
  for (let k = 0; k < pieces.length; k += 2) {
    const segment = pieces[k]!.trim();
    const separator = k > 0 ? (pieces[k - 1]!.includes(',') ? ', ' : ` ${pieces[k - 1]!.trim()} `) : '';
    // "Chủ tịch, kiêm cố vấn đặc biệt …": a second office held at once
    const concurrent = /^kiêm\s+/u.exec(segment)?.[0] ?? '';
    const office = titleAtStart(segment.slice(concurrent.length), false, written !== '');
    const title = office && `${concurrent}${office}`;
    // an office whose name holds commas ("Bộ Kinh tế, Thương mại, Công nghiệp Nhật Bản"), where it is held ("…, tại TP HCM"),
    // or after a dash the country of the body it names ("… tập đoàn Mitani Sangyo – Nhật Bản đã …") or the body the office
    // belongs to ("Phó Giám đốc Học viện Ngoại giao - Bộ Ngoại giao đã …")
    const more =
      written && !title
        ? separator === ', '
          ? (officeContinuation(segment, places) ?? officePlace(segment))
          : (places.filter((place) => segment === place || segment.startsWith(`${place} `)).sort((a, b) => b.length - a.length)[0] ??
            (ORGANISATION.test(segment) ? officeContinuation(segment, places) : undefined))
        : undefined;
    if (more) written += `${separator}${more}`;
    if (more && more.length < segment.length) break;
    if (more) continue;
    if (!title && ACRONYM.test(segment)) {
      acronyms += `${written || acronyms ? separator : ''}${segment}`;
      continue;
    }
    if (!title) break;
    // "…, Bộ trưởng Bộ Nông nghiệp … Lê Minh Hoan", "…, Bộ trưởng … Hungary Szijjártó Péter": that title is the next person's
    if (nameStartsAt(segment.slice(title.length).trim().split(/\s+/), 0) || foreignNameIn(title, places)) break;
    written += `${acronyms}${written || acronyms ? separator : ''}${title}`;
    acronyms = '';
    if (title.length < segment.length) break;
  }
  return written ? [written] : [];
}

/** "tại TP HCM" standing alone between commas after a title: the place the office is held in. */
const officePlace = (segment: string) => (/^(?:tại|ở)(?:\s+\p{Lu}[\p{L}.]*)+$/u.test(segment) ? segment : undefined);

/**
 * The office words opening a segment that carries an office's name on past a comma ("Thương mại",
 * "Công nghiệp Nhật Bản"): a few words, no place on its own, no "của"/"tại" opening another phrase.
 */
function officeContinuation(segment: string, places: PlaceNames): string | undefined {
  const words = segment.split(/\s+/);
  if (!TITLE_WORDS.has(words[0]!.toLowerCase())) return undefined;
  const run = words.slice(0, titleLength(words));
  // the run fills the segment, or what follows it is what the official does ("… cho biết", "… đã trình bày")
  const whole =
    run.length === words.length ||
    VERB_PHRASE.test(words.slice(run.length, run.length + 3).join(' ')) ||
    /^(?:đã|sẽ|đang|vừa|cũng)$/u.test(words[run.length]!);
  // "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh": the last items of a list of fields
  const listEnd = whole && run.includes('và') && run.length <= 6;
  // "Trưởng phòng …, Cục Xuất nhập khẩu (Bộ Công Thương)": the body the office belongs to
  const parent = whole && ORGANISATION.test(segment);
  if (!listEnd && !parent && (!/^\p{Lu}/u.test(words[0]!) || run.length > 4 || run.some((w) => /^(?:và)$/u.test(w)))) return undefined;
  if (run.length === 0 || run.some((w) => /^(?:của|tại|ở|với)$/u.test(w)) || places.includes(run.join(' '))) return undefined;
  return run.join(' ');
}

/** A capitalised word that is neither an office word nor an acronym: part of a name, if anything ("McCain" too). */
const nameWord = (word: string, places: PlaceNames) =>
  /^(?:Mc|Mac)?\p{Lu}[\p{Ll}'’]*(?:-\s?\p{L}*)?$/u.test(word) &&
  !TITLE_WORDS.has(word.toLowerCase()) &&
  !places.some((p) => p.split(' ').includes(word));

// (an initial may stand inside it: "Meynardo LB. Montealegre")
const FOREIGN_NAME = String.raw`\p{Lu}[\p{L}'’]*(?:-\s?\p{L}+|-)?(?:\s+(?:\p{Lu}{1,3}\.\s+)?\p{Lu}[\p{L}'’]*(?:-\s?\p{L}+|-)?){1,4}`;
/** "ông Tưởng Cự Phong, Ủy viên …", "Ngài Lim Jae Hoon, Tổng Lãnh sự …", "bà Đổng Bích Du - Tổng Lãnh sự …", "Bộ trưởng …, bà Gina Raimondo". */
// (a lost space may glue the honorific to the name: "NgàiMit-suo Sakaba")
// ("đồng chí" too, before a Lao or Cambodian guest: "đồng chí Pheng Căn Tha Nhim, Phó Bí thư …")
const HONORIFIC_NAME = new RegExp(String.raw`(?<![\p{L}])(?:[ÔôBb](?:ng|à)|[Nn]gài|[Đđ]ồng chí)(?:\s+|(?=\p{Lu}))(${FOREIGN_NAME})`, 'gu');
/** The last word of a company's or a body's name, never of a person's: "Chủ tịch Asia Group, ông …", "World Bank". */
const ORGANISATION_END =
  /^(?:Group|Corporation|Corp|Company|Inc|Ltd|Bank|Holdings|Foundation|Institute|Association|Council|Fund|Capital|Partners|Agency|Organization|Organisation|Forum|Programme|Program)\.?$/u;
const isOrganisationName = (name: string) => ORGANISATION_END.test(name.split(/\s+/).at(-1)!);
/** Words after which capitalised words name a company or a body, not a person: "… tập đoàn Mitani Sangyo". */
const ORGANISATION_BEFORE = /(?:^|\s)(?:[Tt]ập đoàn|[Cc]ông ty|[Hh]ãng|[Tt]ổ chức|[Nn]gân hàng|[Qq]uỹ)$/u;
/** Words after which a capitalised word names a place: "Thống đốc Bang Oregon Kate Brown". */
const PLACE_WORD = /^(?:tỉnh|Tỉnh|bang|Bang|thành|phố|vùng)$/u;

/**
 * People named without a family name the lexicon knows: after an honorific, with their titles
 * after them; or right after a title ("Tổng lãnh sự Popov Aleksei", "Thứ trưởng Ramon Ripoll Diaz").
 * Returns where each name found ends, since a title before a later name starts after it.
 */
function otherNamed(paragraph: string, places: PlaceNames, found: OfficialMention[]): number[] {
  const ends: number[] = [];
  for (const m of paragraph.matchAll(HONORIFIC_NAME)) {
    const name = m[1]!.trim();
    // (nor a title after the honorific: "đồng chí Phó Chủ tịch …")
    if ((VIETNAMESE_SURNAMES.includes(name.split(/\s+/)[0]!) && !name.includes('-')) || HEAD_START.test(name)) continue;
    if (isOrganisationName(name)) continue;
    const after = paragraph.slice(m.index + m[0].length);
    // titles after the name ("ông X, Đại sứ …", "ông X-Tham tán …" glued by lost spaces), or else set off before the honorific ("Bộ trưởng …, bà X")
    const titles = /^\s*(?:,|\s[-–]\s)|^[-–](?=\p{Lu})/u.test(after)
      ? titlesAfter(after, places)
      : titlesBefore(paragraph.slice(0, m.index + m[0].length - m[1]!.length));
    if (titles.length === 0) continue;
    found.push({ name, title: titles.join(', '), former: FORMER.test(titles[0]!), foreign: true });
    ends.push(m.index + m[0].length);
  }
  for (const head of paragraph.matchAll(HEAD_AT)) {
    const words = paragraph
      .slice(head.index + head[0].length)
      .trim()
      .split(/\s+/);
    let start = words.findIndex((word, i) => nameWord(word, places) && nameWord(words[i + 1]?.replace(/[,.;:]+$/, '') ?? '', places));
    // after "tỉnh"/"bang" (of the title or ending its head) the first capitalised word is the place: the name follows it
    const placeBefore = start === 0 ? head[0].split(/\s+/).at(-1)! : (words[start - 1] ?? '');
    if (start >= 0 && PLACE_WORD.test(placeBefore))
      start = nameWord(words[start + 2]?.replace(/[,.;:]+$/, '') ?? '', places) ? start + 1 : -1;
    // "Thống đốc tỉnh Surin - Adthaporn Singhawichai", "… – ông Adthaporn …": a dash (and an honorific) may part title and name
    let titleEnd = start;
    // "… tại Việt Nam, TS. Antony Stokes": a degree before the name is neither title nor name
    if (/^(?:(?:GS|PGS|TS|ThS)\.)+$/u.test(words[titleEnd - 1] ?? '')) titleEnd--;
    if (/^(?:ông|bà|ngài)$/iu.test(words[titleEnd - 1] ?? '') && /^[-–]$/u.test(words[titleEnd - 2] ?? '')) titleEnd--;
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
      before.some((word, i) => VIETNAMESE_SURNAMES.includes(word) && /^\p{Lu}/u.test(before[i + 1] ?? '')) ||
      VIETNAMESE_MARKS.test(words.slice(start, start + 2).join(' '))
    )
      continue;
    let end = start;
    while (end < words.length && end - start < 4 && nameWord(words[end]!.replace(/[,.;:]+$/, ''), places))
      if (/[,.;:]$/.test(words[end++]!)) break;
    const name = words
      .slice(start, end)
      .join(' ')
      .replace(/[,.;:]+$/, '');
    // "Giám đốc World Bank tại Việt Nam Ousmane Dione": the bank is the office's, its director named after it
    if (isOrganisationName(name)) continue;
    const rest = words.slice(end).join(' ');
    const after = titlesAfter(/[,]$/.test(words[end - 1]!) ? `, ${rest}` : rest, places);
    found.push({
      name,
      title: [[head[0], ...words.slice(0, titleEnd)].join(' ').replace(/,$/u, ''), ...after].join(', '),
      former: FORMER.test(head[0]),
      foreign: true,
    });
    ends.push(paragraph.indexOf(name, head.index) + name.length);
  }
  return ends;
}

/** Hides multi-word place names so the name pattern cannot read "Giang Nguyễn Thành Diệu" out of "Tiền Giang Nguyễn Thành Diệu". */
function maskPlaces(text: string, places: PlaceNames): string {
  return text.replace(placePatterns(places).places, (place) => '_'.repeat(place.length));
}

function isPersonName(name: string, places: PlaceNames): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (places.includes(name)) return false;
  return VIETNAMESE_SURNAMES.includes(words[0]);
}

/** Finds the officials of an article's paragraphs, in order of first mention, once each with the fullest title. */
export function findOfficials(paragraphs: readonly string[], places: readonly Place[], language: 'vi' | 'en' = 'vi'): OfficialMention[] {
  const mentions = language === 'en' ? findOfficialsEnglish(paragraphs, places) : findOfficialsVietnamese(paragraphs, placeNames(places));
  const byKey = new Map<string, OfficialMention>();
  for (const mention of mentions) {
    // "Nguyen VanLinh" in a caption that lost a space is "Nguyen Van Linh" of the text
    const key = foldKey(mention.name).replace(/\s+/g, '');
    const existing = byKey.get(key);
    if (!existing || fuller(mention.title, existing.title)) byKey.set(key, existing ? { ...mention, name: existing.name } : mention);
  }
  return [...byKey.values()];
}

/** The fuller title has more words; of two as many words, the one naming more ("Hội đồng TP. Ansan", not "Hội đồng thành phố"). */
function fuller(title: string, than: string): boolean {
  const words = (text: string) => text.split(/\s+/u);
  const capitals = (text: string) => words(text).filter((word) => /^\p{Lu}/u.test(word)).length;
  if (words(title).length !== words(than).length) return words(title).length > words(than).length;
  return capitals(title) !== capitals(than) ? capitals(title) > capitals(than) : title.length > than.length;
}

const placeNameCache = new WeakMap<readonly Place[], string[]>();

/** The Vietnamese place names of the registry, listed once per registry. */
function placeNames(places: readonly Place[]): string[] {
  let names = placeNameCache.get(places);
  if (!names) placeNameCache.set(places, (names = places.map((place) => place.vi)));
  return names;
}

/** A capitalised word, in capitals or not, with no capital inside it but after "Mc"/"Mac": "Hùng BaBí thư" is "Hùng Ba" glued to "Bí thư" by a lost space. */
const GLUE_FREE_WORD = String.raw`(?:Mc|Mac)?\p{Lu}(?:\p{Lu}+|[\p{Ll}'’]*)(?:-\p{L}+)*`;
const patternCache = new WeakMap<PlaceNames, { foreign: RegExp; places: RegExp }>();

/** Patterns built from a places list, compiled once per list. */
function placePatterns(places: PlaceNames): { foreign: RegExp; places: RegExp } {
  const cached = patternCache.get(places);
  if (cached) return cached;
  const sorted = [...places].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const multiWord = sorted.filter((place) => place.includes(' ')).join('|') || '(?!)';
  const built = {
    foreign: new RegExp(
      String.raw`(?<![\p{L}])(?:${sorted.join('|') || '(?!)'})\s+((?:${GLUE_FREE_WORD}\s+){1,3}${GLUE_FREE_WORD})(?=[\s,.;:)]|$)`,
      'gu',
    ),
    places: new RegExp(String.raw`(?<![\p{L}])(?:${multiWord})(?![\p{L}])`, 'gu'),
  };
  patternCache.set(places, built);
  return built;
}

/** Whether `text` names someone after a place ("… Hungary Szijjártó Péter"), as a title followed by a foreign name does. */
function foreignNameIn(text: string, places: PlaceNames): boolean {
  return [...text.matchAll(placePatterns(places).foreign)].some(
    (m) =>
      !VIETNAMESE_SURNAMES.includes(m[1]!.split(/\s+/)[0]!) &&
      !places.includes(m[1]!) &&
      m[1]!.split(/\s+/).every((w) => !TITLE_WORDS.has(w.toLowerCase())),
  );
}

/**
 * "Đại sứ Hàn Quốc tại Việt Nam Choi Young-sam": a name that is not Vietnamese, after a title ending in a place.
 * `named`: where names found before end, since the title starts after the last of them.
 */
function foreignAfterTitles(paragraph: string, places: PlaceNames, found: OfficialMention[], named: readonly number[]): number[] {
  const ends: number[] = [];
  for (const m of paragraph.matchAll(placePatterns(places).foreign)) {
    const name = m[1]!;
    const words = name.split(/\s+/);
    // "… Trường Đại học Tôn Đức Thắng Trần Trọng Đạo": a Vietnamese full name inside is no foreigner's ("Đức" is a country too)
    if (VIETNAMESE_SURNAMES.includes(words[0]!) || places.includes(name) || words.some((_, k) => k > 0 && nameStartsAt(words, k))) continue;
    const nameStart = m.index + m[0].length - name.length;
    const titles = titlesBefore(paragraph.slice(Math.max(0, ...ends, ...named.filter((end) => end <= nameStart)), nameStart));
    if (titles.length === 0) continue;
    found.push({ name, title: titles.join(', '), former: FORMER.test(titles[0]!), foreign: true });
    ends.push(m.index + m[0].length);
  }
  return ends;
}

/** Words of a memorial or of paying respects, right before a title: "Lăng", "Đền thờ", "Tượng đài", "viếng", "dâng hương". */
const MEMORIAL_BEFORE =
  /(?<![\p{L}])(?:lăng|đền thờ|tượng đài|bảo tàng|nhà tưởng niệm|nhà lưu niệm|khu di tích|viếng|dâng hương|dâng hoa|tưởng niệm)\s+$/iu;

function findOfficialsVietnamese(paragraphs: readonly string[], places: PlaceNames): OfficialMention[] {
  const found: OfficialMention[] = [];
  for (const paragraph of paragraphs) {
    // a title before a Vietnamese name starts after any person named earlier in the sentence
    const others: OfficialMention[] = [];
    const named = otherNamed(paragraph, places, others);
    const foreignEnds = [...foreignAfterTitles(paragraph, places, found, named), ...named];
    found.push(...others);
    let previousEnd = 0;
    for (const match of maskPlaces(paragraph, places).matchAll(NAME_CANDIDATE)) {
      const honorific = /^(?:Ông|Bà)\s+(?=\p{Lu})/u.exec(match[0]);
      let start = match.index + (honorific ? honorific[0].length : 0);
      let words = paragraph.slice(start, match.index + match[0].length).split(/\s+/);
      // "Hiệu trưởng Trường Đại học Tôn Đức Thắng Trần Trọng Đạo": after a school named after someone, the person is the last name
      if (NAMED_AFTER.test(paragraph.slice(0, start).trim().split(/\s+/).at(-1) ?? '')) {
        const last = words.findIndex((word, k) => k >= 2 && VIETNAMESE_SURNAMES.includes(word) && words.length - k >= 2);
        if (last < 0) continue;
        start += words.slice(0, last).join(' ').length + 1;
        words = words.slice(last);
      }
      const name = words.slice(0, 4).join(' ');
      if (
        !isPersonName(name, places) ||
        (isCityName(name.split(' ')) && CITY_LIKE_A_NAME.test(paragraph.slice(Math.max(0, start - 12), start)))
      )
        continue;
      const end = start + name.length;
      const leftStart = Math.max(previousEnd, ...foreignEnds.filter((end) => end <= start));
      const before = paragraph.slice(leftStart, start);
      const left = titlesBefore(before);
      const right = titlesAfter(paragraph.slice(end), places);
      previousEnd = end;
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
  }
  return found;
}
