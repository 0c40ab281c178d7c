/** Reading an official's title next to a name: where a title starts and ends, before the name or after it. */
import { foreignNameIn, nameStartsAt, type PlaceNames } from './person-names.ts';
import { SHORT_HONORIFICS } from './office-words-en.ts';
import { ORGANISATION, officeContinuation, officePlace, placeOpening } from './office-continuations.ts';
import { DEGREE, DEGREES, FORMER_ROLES, HONORIFICS, LATER_TITLE_HEADS, ROLES_BEFORE, TITLE_HEAD, eitherCase } from './title-heads.ts';
import { EVENT, PEOPLE_AFTER_AND, dashInName, titleLength } from './title-length.ts';
import { ACRONYM, TITLE_WORDS } from './title-words.ts';
import { allMatches } from '../lib/text/strings.ts';

const HEAD = String.raw`(?:(?:${eitherCase('nguyên')}|${eitherCase('cựu')})\s+)?${TITLE_HEAD}`;
/** A former office: "nguyên Bộ trưởng …", "Cựu Trợ lý Ngoại trưởng …". */
export const FORMER = /^(?:nguyên|cựu)\s/iu;
export const HEAD_AT = new RegExp(String.raw`(?<![\p{L}])${HEAD}`, 'gu');
export const HEAD_START = new RegExp(`^${HEAD}`, 'u');
const LATER_HEAD_START = new RegExp(String.raw`^(?:${LATER_TITLE_HEADS.map(eitherCase).join('|')})(?!\p{Ll})`, 'u');
/**
 * A role written with a capital before an office, in a list of titles before a name: "Đại diện Ban Công tác Cộng đồng,
 * Phụ trách lãnh sự, Bí thư thứ hai X" (not "đại diện các sở, …", people named apart).
 */
// (its first letter a capital only)
const ROLE_BEFORE_START = new RegExp(
  String.raw`^(?:${[...LATER_TITLE_HEADS, ...FORMER_ROLES, ...ROLES_BEFORE].map((role) => eitherCase(role).replace(/^\[\p{Ll}/u, '[')).join('|')})(?!\p{Ll})`,
  'u',
);
const FORMER_ROLE_START = new RegExp(
  String.raw`^(?:${eitherCase('nguyên')}|${eitherCase('cựu')})\s+(?:${FORMER_ROLES.map(eitherCase).join('|')})(?!\p{Ll})`,
  'u',
);
/**
 * A role in lower case over a body named with capitals is an office: "bà X, đại diện Công ty Y, cho biết" (written with a
 * capital, it may open the next person's titles: "Tham tán X, Đại diện Ban …, Bí thư thứ hai Y").
 */
const ROLE_OF_BODY_START = new RegExp(String.raw`^(?:${FORMER_ROLES.map((role) => role.toLowerCase()).join('|')})(?=\s+\p{Lu}\p{Ll})`, 'u');
// "anh"/"chị" are honorifics only in lower case: "Vương quốc Anh" is a country
const honorificPattern = (h: string) => (/^(?:anh|chị)$/u.test(h) ? h : `[${h[0]!.toUpperCase()}${h[0]}]${h.slice(1).replace('.', '\\.')}`);
// (a degree too, after it or alone: "bà TS. …", "…, PGS, TS …")
const HONORIFIC_TAIL = new RegExp(String.raw`(?:(?:^|\s)(?:${HONORIFICS.map(honorificPattern).join('|')}|${DEGREE}),?)+\s*$`, 'u');

/** The title that starts `segment` at a head, or undefined. `whole` demands it fill the segment; `later`, a title after another, may open with a role. */
function titleAtStart(segment: string, whole: boolean, later = false, places: PlaceNames = []): string | undefined {
  const office = HEAD_START.exec(segment);
  const head =
    office ?? (later ? LATER_HEAD_START.exec(segment) : null) ?? FORMER_ROLE_START.exec(segment) ?? ROLE_OF_BODY_START.exec(segment);
  if (!head) return undefined;
  // ("…, đại diện lãnh đạo các sở": a role over a group of people is theirs, no office of the person named)
  if (!office && PEOPLE_AFTER_AND.test(segment.slice(head[0].length).trimStart())) return undefined;
  const words = [...segment.slice(head[0].length).matchAll(/\S+/gu)];
  const length = titleLength(
    words.map((word) => word[0]),
    head[0],
    places,
  );
  if (whole && length !== words.length) return undefined;
  // "…, đại diện cho doanh nghiệp": a role names no office unless one follows it
  if (length === 0 && !office) return undefined;
  const last = words[length - 1];
  // "… tại TP.HCMđến chào": an acronym glued by a lost space to a word that is no office's ends the title
  const glued = /(?<=\p{Lu}{2})\p{Ll}+$/u.exec(last?.[0] ?? '')?.[0] ?? '';
  const cut = TITLE_WORDS.has(glued) ? 0 : glued.length;
  // the title as written, up to its last word, without the comma setting it off from a name after it
  return segment
    .slice(0, head[0].length + (last ? last.index + last[0].length - cut : 0))
    .replace(/\s+/gu, ' ')
    .replace(/,$/u, '');
}

/** A body's word before a head makes the head part of the body's name: "Văn phòng Lãnh sự Nhật Bản", "Hội đồng Bộ trưởng". */
const BODY_BEFORE_HEAD = /(?:^|\s)(?:[Vv]ăn phòng|[Hh]ội đồng|[Cc]ơ quan|[Bb]an)\s+$/u;

/** The title ending right before a name: the earliest head whose remainder is all title words. */
function titleEndingSegment(segment: string): { title: string; prefix: string } | undefined {
  for (const head of allMatches(segment, HEAD_AT)) {
    if (BODY_BEFORE_HEAD.test(segment.slice(0, head.index))) continue;
    const title = titleAtStart(segment.slice(head.index), true);
    if (title) return { title, prefix: segment.slice(0, head.index).trim() };
  }
  return undefined;
}

function organisationSegment(segment: string, nextToName: boolean): { title: string; prefix: string } | undefined {
  if (!nextToName || !ORGANISATION.test(segment)) return undefined;
  const words = segment.split(/\s+/);
  return titleLength(words) === words.length ? { title: segment, prefix: '' } : undefined;
}

/**
 * A sentence's or clause's end; not the dot of "TP. Hồ Chí Minh", "PGS. TS.", "PGS.TS." or "Mr.", nor an initial's before
 * a capitalised word ("Chủ tịch và CEO của B. Grimms, bà X").
 */
const CLAUSE_END = new RegExp(
  String.raw`(?<!(?:^|[\s.])(?:TP|Tp|TX|${DEGREES}|${SHORT_HONORIFICS.join('|')}))(?:(?<!(?:^|\s)\p{Lu})\.|[;:!?])(?=\s|$)|(?<=(?:^|\s)\p{Lu})\.(?=\s(?!\p{Lu})|$)`,
  'u',
);
const CLAUSE_AFTER = new RegExp(String.raw`${CLAUSE_END.source}|[“”"]`, 'u');
/** Where the clause before a name starts: a sentence's end, a quotation, a bracket not closing right before the name. */
const CLAUSE_BEFORE = new RegExp(String.raw`${CLAUSE_END.source}|[“”"\[\]]|\((?![^()]{1,40}\)\s*$)|\)(?!\s*$)`, 'u');
/** Titles are listed with commas or dashes; "Hội Hữu nghị Việt - Nga" and "Nhật - Việt" are one name. */
const TITLE_SEPARATOR = /,\s*|(?<!(?:^|\s)Việt(?: Nam)?)\s+[-–]\s+(?!Việt\s)/u;
const TITLE_SEPARATOR_KEPT = new RegExp(`(${TITLE_SEPARATOR.source})`, 'u');
// "Tiếp Phó Chủ tịch Tập đoàn …, Thủ tướng X nhấn mạnh": the object of a meeting is the guest, not the one named next
const OTHER_PERSON_BEFORE = /(?:^|\s)(?:của|thay mặt|ủy quyền|uỷ quyền|tiếp|đón|tiễn|gặp|gặp gỡ|hội kiến|chúc mừng|cảm ơn)$/iu;

/** Words of a newly taken office after a title: "… mới nhậm chức", "… vừa được bổ nhiệm". */
const NEWLY_APPOINTED = /\s(?:mới|vừa)\s(?:nhậm chức|được bổ nhiệm)\s*$/u;

// (words naming a meeting, not a body: "Tại Hội nghị Tham tán …", "…, Hội nghị AEM 42 là dịp …")
const EVENT_BEFORE = new RegExp(String.raw`(?:^|\s)${EVENT}$`, 'iu');
/** "tại Phủ Chủ tịch", "Phủ Thủ tướng": a head after "Phủ" (not "Chính phủ") names the palace or office building. */
const BUILDING_BEFORE = /(?:^|\s)(?<![Cc]hính\s)Phủ$/u;

/** Titles written before a name, joined: "Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao". */
export function titlesBefore(text: string): string[] {
  const clause = text.split(CLAUSE_BEFORE).pop() ?? '';
  const bare = clause.replace(HONORIFIC_TAIL, '');
  // "Phó Chủ tịch UBND tỉnh, ông Nguyễn Văn Hùng": a title set off by a comma before "ông"/"bà" is theirs;
  // split with the separators kept, so titles are joined again as written ("Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh")
  // "Phó Chủ tịch UBND tỉnh - Phạm Tấn Hòa", "… tại Việt Nam mới nhậm chức - Bà X": a dash, and a word of a newly taken
  // office, may stand between a title and the name
  const pieces = (bare === clause ? bare : bare.replace(/,\s*$/u, ''))
    .replace(/\s[-–]\s*$/u, '')
    .replace(NEWLY_APPOINTED, '')
    .split(TITLE_SEPARATOR_KEPT);
  const segments = pieces.filter((_, k) => k % 2 === 0);
  let written = '';
  for (let i = segments.length - 1; i >= 0; i--) {
    const separator = pieces[2 * i + 1] ?? '';
    const segment = segments[i].trim().replace(HONORIFIC_TAIL, '').trim();
    let found =
      (written ? roleSegment(segment) : undefined) ??
      titleEndingSegment(segment) ??
      organisationSegment(segment, i === segments.length - 1);
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
    // "Tại Hội nghị Tham tán Thương mại khu vực châu Âu, …": a title after a meeting's word names the meeting, after
    // "Phủ" a building ("tại Phủ Chủ tịch, Chủ tịch nước X")
    if (EVENT_BEFORE.test(found.prefix) || BUILDING_BEFORE.test(found.prefix)) break;
    written = written ? `${found.title}${separator.includes(',') ? ', ' : ` ${separator.trim()} `}${written}` : found.title;
    if (found.prefix && !HONORIFIC_TAIL.test(` ${found.prefix}`)) break;
  }
  // "…, Học viện Chính trị Quốc gia Hồ Chí Minh": a body alone, with no office held in it, is no title
  return written && (HEAD_START.test(written) || ROLE_BEFORE_START.test(written)) ? [written] : [];
}

/** A role and the office words after it, filling `segment`. */
function roleSegment(segment: string): { title: string; prefix: string } | undefined {
  const role = ROLE_BEFORE_START.exec(segment)?.[0];
  const words = role ? segment.slice(role.length).trim().split(/\s+/u) : [];
  // ("Đại diện các địa phương, Phó Chủ tịch …": representatives of a group are other people)
  if (!role || !words[0] || PEOPLE_AFTER_AND.test(words.join(' '))) return undefined;
  return titleLength(words) === words.length ? { title: segment, prefix: '' } : undefined;
}

/**
 * What may stand in brackets between a name and its title: the name in another spelling ("ông Ngụy Hoa Tường (Wei Huaxiang)
 * - Tổng Lãnh sự …"), the state or province the person is from ("thượng nghị sĩ X (bang Oregon), Chủ tịch …", "(Utah) là …"),
 * where a caption's person stands ("ông X (bên trái), Thị trưởng …", "(thứ hai từ phải sang)").
 */
export const ASIDE =
  /^\s*\((?:(?:(?:bang|tỉnh|thành phố)\s+)?(?:\p{Lu}[\p{L}'’-]*\s?){1,4}|(?:[\p{L}\d]+\s){0,4}(?:trái|phải|giữa)(?:\s+sang)?)\)(?=\s*(?:,|[-–]|(?:hiện\s+)?là\s))/u;

/** The verb "to be" between a name and its title: "… là Phó Chủ tịch", ", hiện là Chủ tịch …". */
export const COPULA = /^\s*,?\s*(?:hiện (?:đang |nay )?)?là\s+/u;

/**
 * What is said of a person between the name and ", hiện là …": a past role ("…, từng là …, hiện là Chủ tịch …") or a short
 * description ("…, Việt kiều ở Bỉ, hiện là Tổng giám đốc …"), no title of record.
 */
// (a description holds no head: "…, Giám đốc Sở X, hiện là …" is a title)
const PAST_ROLE = new RegExp(
  String.raw`^\s*,\s*(?:(?:đã\s+)?từng\s+(?:là|giữ)\s[^,;.]*|(?!\s*${HEAD})[^,;.()]{1,40})(?=,\s*hiện\s+(?:đang\s+|nay\s+)?là\s)`,
  'u',
);

/**
 * Titles written after a name, as one title with the commas or dashes written between them:
 * ", Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao đã ...", " - Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh có ...".
 */
export function titlesAfter(text: string, places: PlaceNames): string[] {
  // ("ông X, từng là …, hiện là Chủ tịch …": a past role before the present one is no title of record)
  text = text.replace(ASIDE, '').replace(PAST_ROLE, '');
  // ("ông X Giám đốc Sở …", "bà X nguyên đại diện …": a title may follow the name without a comma)
  // ("thượng nghị sĩ X là phó chủ tịch …", "ông X, hiện là Chủ tịch …": or after the verb "to be")
  const copula = COPULA.exec(text)?.[0] ?? '';
  const unmarked = HEAD_START.test(text.slice(copula.length).trimStart()) || FORMER_ROLE_START.test(text.slice(copula.length).trimStart());
  const opening = (unmarked && copula ? [copula] : null) ?? /^\s*(?:,|[-–]|\()\s*/u.exec(text) ?? (unmarked ? /^\s+/u.exec(text) : null);
  if (!opening) return [];
  // "Ông X (Phó Chủ tịch UBND tỉnh) cho biết": a title in brackets ends at the closing one
  const clause = text.slice(opening[0].length).split(opening[0].includes('(') ? /\)|$/u : CLAUSE_AFTER)[0] ?? '';
  const pieces = splitKeepingNames(clause, places);
  let written = '';
  let acronyms = '';
  for (let k = 0; k < pieces.length; k += 2) {
    const segment = pieces[k]!.trim();
    const separator = k > 0 ? (pieces[k - 1]!.includes(',') ? ', ' : ` ${pieces[k - 1]!.trim()} `) : '';
    // "Chủ tịch, kiêm cố vấn đặc biệt …": a second office held at once
    const concurrent = /^kiêm\s+/u.exec(segment)?.[0] ?? '';
    // (a dash after the name marks what follows as the name's: "ông X - Đại diện Quỹ … tại Việt Nam" opens with a role)
    const office = titleAtStart(segment.slice(concurrent.length), false, written !== '' || (k === 0 && /[-–]/u.test(opening[0])), places);
    const title = office && `${concurrent}${office}`;
    // an office whose name holds commas ("Bộ Kinh tế, Thương mại, Công nghiệp Nhật Bản"), where it is held ("…, tại TP HCM"),
    // or after a dash the country of the body it names ("… tập đoàn Mitani Sangyo – Nhật Bản đã …") or the body the office
    // belongs to ("Phó Giám đốc Học viện Ngoại giao - Bộ Ngoại giao đã …")
    const more =
      written && !title
        ? separator === ', '
          ? (officeContinuation(segment, places) ?? officePlace(segment, written, places))
          : (placeOpening(segment, places) ?? (ORGANISATION.test(segment) ? officeContinuation(segment, places) : undefined))
        : undefined;
    if (more) written += `${separator}${more}`;
    if (more && more.length < segment.length) break;
    if (more) continue;
    // an office written as an acronym between titles: "Tống Quang Thìn, TVTU, Phó Chủ tịch UBND tỉnh"
    if (!title && ACRONYM.test(segment)) {
      acronyms += `${written || acronyms ? separator : ''}${segment}`;
      continue;
    }
    if (!title) break;
    // "ông X - Giám đốc …, đại diện Hội đồng A, đại diện các cơ quan B": a role said again at the next items lists the
    // groups attending, no office of the person named
    const role = written && !HEAD_START.test(segment) ? LATER_HEAD_START.exec(segment)?.[0] : undefined;
    if (role && pieces.some((piece, j) => j > k && j % 2 === 0 && piece.trimStart().startsWith(`${role} `))) break;
    // "…, Bộ trưởng Bộ Nông nghiệp … Lê Minh Hoan", "…, Bộ trưởng … Hungary Szijjártó Péter": that title is the next person's
    if (nameStartsAt(segment.slice(title.length).trim().split(/\s+/), 0) || foreignNameIn(title, places)) break;
    written += `${acronyms}${written || acronyms ? separator : ''}${title}`;
    acronyms = '';
    if (title.length < segment.length) break;
  }
  return written ? [written] : [];
}

/**
 * A clause split at its titles' separators, a dash inside a name kept whole: a place's ("Hội DNT Bà Rịa - Vũng Tàu"),
 * a body's ("Sở Văn hóa - Thể thao và Du lịch").
 */
function splitKeepingNames(clause: string, places: PlaceNames): string[] {
  const pieces = clause.split(TITLE_SEPARATOR_KEPT);
  for (let k = 1; k + 1 < pieces.length; k += 2) {
    if (!/[-–]/u.test(pieces[k]!)) continue;
    const before = pieces[k - 1]!.trim().split(/\s+/u);
    const words = [...before, '-', ...pieces[k + 1]!.trim().split(/\s+/u)];
    if (!dashInName(words, before.length, places)) continue;
    pieces.splice(k - 1, 3, `${pieces[k - 1]}${pieces[k]}${pieces[k + 1]}`);
    k -= 2;
  }
  return pieces;
}
