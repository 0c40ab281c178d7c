/** Where an official's title ends: the office words after its head, up to a name, a verb or a word no office takes. */
import { BODY_OPENINGS } from './office-fields.ts';
import { VIETNAMESE_MARKS, nameStartsAt, oncePerPlaceList, placePatterns, type PlaceNames } from './person-names.ts';
import { TITLE_HEAD, VIETNAMESE_HONORIFICS } from './title-heads.ts';
import { ACRONYM, TITLE_PHRASES, TITLE_WORDS } from './title-words.ts';

/** The places whose names hold a dash ("Bà Rịa - Vũng Tàu"). */
const dashedPlaces = oncePerPlaceList((places): string[] => places.filter((place) => / - /u.test(place)));

/** Whether the dash at words[i] is the one inside a place's name. */
function dashInPlace(words: readonly string[], i: number, places: PlaceNames): boolean {
  const around = `${words.slice(Math.max(0, i - 3), i).join(' ')} - ${words.slice(i + 1, i + 4).join(' ')}`;
  return dashedPlaces(places).some((place) => around.includes(place));
}

/** One of the words a body's name opens with. */
const BODY_OPENING = new RegExp(`^(?:${BODY_OPENINGS.join('|')})$`, 'u');
/** An office opening the words from there: after a dash it starts the next title, not the body's next field. */
const OFFICE_OPENING = new RegExp(`^${TITLE_HEAD}`, 'u');

/**
 * Whether the dash at words[i] joins two fields or two parties a body is named after: "Bộ Lao động - Thương binh và Xã
 * hội", "Ủy ban Tài chính - Ngân sách", "Trung tâm Xúc tiến Thương mại - Đầu tư", "Hội chợ Trung Quốc – ASEAN" (not "Sở
 * Ngoại vụ - Trưởng đoàn").
 */
function dashInBodyName(words: readonly string[], i: number, places: PlaceNames): boolean {
  const next = words[i + 1]?.replace(/[,.;:]+$/u, '') ?? '';
  const after = words.slice(i + 1, i + 5).join(' ');
  const field = /^\p{Lu}\p{Ll}/u.test(next) && TITLE_WORDS.has(next.toLowerCase());
  const party = ACRONYM.test(next) || placePatterns(places).opening.test(after);
  if ((!field && !party) || nameStartsAt(words, i + 1, places) || OFFICE_OPENING.test(after)) return false;
  // the body's opening word a few words before, with only its fields between (and their dashes: "Thương mại - Đầu tư - Du lịch")
  for (let k = i - 1; k >= Math.max(0, i - 10); k--) {
    if (BODY_OPENING.test(words[k]!) || BODY_OPENING.test(`${words[k]} ${words[k + 1] ?? ''}`)) return k < i - 1;
    if (!/^\p{Lu}\p{Ll}*$/u.test(words[k]!) && !ACRONYM.test(words[k]!) && !TITLE_WORDS.has(words[k]!) && !/^[-–]$/u.test(words[k]!))
      return false;
  }
  return false;
}

/** A unit's word before a place's name: "vùng", "bang", "tỉnh", "thành phố". */
const PLACE_UNIT_BEFORE = /^(?:vùng|bang|tỉnh|phố|khu vực|xứ)$/u;
/** A word of a foreign place's name: a capital, no Vietnamese mark, parts joined by a slash ("Occitanie/Pyrenees"). */
const FOREIGN_PLACE_WORD = /^\p{Lu}[\p{L}'’]*(?:\/\p{Lu}[\p{L}'’]*)*$/u;

/**
 * Whether the dash at words[i] joins the parts of a foreign region's name written with spaces, after its unit's word: "vùng
 * Occitanie/Pyrenees - Mediterranee, …", "bang Baden - Wurttemberg" (one word after the dash, then the title goes on or
 * ends: not "bang Victoria - Daniel Andrews", a name, nor "tỉnh Lào Cai - Giám đốc …").
 */
function dashInForeignPlace(words: readonly string[], i: number): boolean {
  const next = words[i + 1] ?? '';
  const bare = next.replace(/[,.;:]+$/u, '');
  if (!FOREIGN_PLACE_WORD.test(bare) || VIETNAMESE_MARKS.test(bare) || OFFICE_OPENING.test(bare)) return false;
  if (bare === next && /^\p{Lu}/u.test(words[i + 2] ?? '')) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (!FOREIGN_PLACE_WORD.test(words[k]!) || VIETNAMESE_MARKS.test(words[k]!)) return k < i - 1 && PLACE_UNIT_BEFORE.test(words[k]!);
  }
  return false;
}

/** Whether the dash at words[i] is inside a name (a place's or a body's), not between two titles. */
export const dashInName = (words: readonly string[], i: number, places: PlaceNames) =>
  dashInPlace(words, i, places) || dashInBodyName(words, i, places) || dashInForeignPlace(words, i);

/** A word with a Vietnamese syllable glued on by a lost space ("BaBí"), unlike a name written so ("PetroVietnam"). */
const gluedSyllable = (word: string) => VIETNAMESE_MARKS.test(/\p{Ll}(\p{Lu}\S*)/u.exec(word)?.[1] ?? '');

/**
 * What officials do, in words an office's name also uses ("phát triển", "thông tin"), or the occasion they do it on
 * ("nhân chuyến thăm", where "nhân" also opens "nhân dân"): the title ends before them.
 */
export const VERB_PHRASE =
  /^(?:nhân (?:dịp|chuyến|kỷ niệm|ngày|lễ)|đồng ý|đồng thời|đồng hành|đồng tình|phát biểu|phát động|phát huy|chủ trì|đồng chủ trì|hội đàm|làm việc|trao đổi|cho biết|nhấn mạnh|khẳng định|đánh giá|tham dự|tham gia|đề nghị|kiến nghị|giới thiệu|bảo đảm|đảm bảo|tuyên bố|tập trung|thông báo|chúc mừng|chứng kiến|kết luận|ký kết|bình luận)(?![\p{L}])/u;
/**
 * Verbs made of office words ("Đại sứ Nhật Bản quan tâm đến …", "Phó Thủ tướng chỉ đạo các bộ"), each with the words
 * that make it part of an office's name instead ("Ban chỉ đạo", "Ủy ban Kiểm tra", "ngoại giao", "Trung tâm thông tin", "Cổng thông tin", "Vụ hợp tác").
 */
const OFFICE_VERBS: Record<string, RegExp> = {
  'quan tâm': /^$/u,
  'thông tin': /^(?:tâm|Cục|cục|Sở|sở|Bộ|bộ|và|tác|Cổng|cổng)$/u,
  'chỉ đạo': /^(?:Ban|ban)$/u,
  'kiểm tra': /^(?:Ban|ban|Cục|cục|Vụ|vụ|Đoàn|đoàn|Tổ|tổ)$/u,
  giao: /^(?:ngoại|Ngoại|bàn)$/u,
  'hợp tác': /^(?:Ban|ban|Vụ|vụ|Sở|sở|Cục|cục|Hội|hội|và|Tổ|tổ|chức|xúc|tiến)$/u,
};
/** The office verbs with their length in words, listed once (they are looked for at every word of every title). */
const OFFICE_VERB_LIST = Object.entries(OFFICE_VERBS).map(([verb, office]) => ({ verb, length: verb.split(' ').length, office }));
/** Whether an office verb starts at words[i]; `head` is the title's head, which the first word follows. */
const officeVerb = (words: readonly string[], i: number, head: string) =>
  OFFICE_VERB_LIST.some(
    ({ verb, length, office }) =>
      words.slice(i, i + length).join(' ') === verb && !office.test(i > 0 ? words[i - 1]! : (head.split(/\s+/).at(-1) ?? '')),
  );
// (a delegation, "và đoàn công tác"; "các" unless an office's name of two words or more follows: "và các Khu công nghiệp
// Quảng Ngãi", but not the offices of several people: "và các Đại sứ, Tổng lãnh sự")
export const PEOPLE_AFTER_AND = new RegExp(
  String.raw`^(?:lãnh đạo|các(?!\s+\p{Lu}\p{L}*\s+\p{L})|các\s+${TITLE_HEAD}|đại diện|cán bộ|đông đảo|nhiều|${VIETNAMESE_HONORIFICS.join('|')}|đoàn|phu nhân)(?![\p{L}])`,
  'u',
);

/** Whether the words in the bracket opening at words[i] all name an office: "(Bộ Ngoại giao)", "(VCCI)", not "(bên trái)". */
function bracketOfOffice(words: readonly string[], i: number): boolean {
  for (let k = i; k < words.length; k++) {
    const bare = words[k]!.replace(/^\(|\)?[,.;:]*$/gu, '');
    if (!/^\p{Lu}/u.test(bare) && !TITLE_WORDS.has(bare.toLowerCase())) return false;
    if (/\)[,.;:]*$/u.test(words[k]!)) return true;
  }
  return true;
}

/**
 * Where the bracket opening at words[i] right after an acronym closes, when it says what the acronym is ("GHC (tổ chức chứng
 * nhận Halal tại Việt Nam)"): a few words, not where a caption's person stands ("VCCI (bên trái)"); or -1.
 */
function acronymExplained(words: readonly string[], i: number): number {
  if (!ACRONYM.test(words[i - 1] ?? '')) return -1;
  for (let k = i; k < words.length && k < i + 10; k++) {
    if (k > i && words[k]!.includes('(')) return -1;
    if (/(?:^|\()(?:trái|phải|giữa|thứ)$/u.test(words[k]!.replace(/\)?[,.;:]*$/u, ''))) return -1;
    if (/\)[,.;:]*$/u.test(words[k]!)) return k;
  }
  return -1;
}

/** Words naming a meeting, not a body: "Hội nghị", "Tọa đàm", "buổi làm việc", "lễ ký kết". */
export const EVENT = '(?:hội nghị|hội thảo|tọa đàm|toạ đàm|diễn đàn|phiên họp|cuộc họp|buổi|lễ)';
/** A meeting's word opening the words at hand: "(tại) Tọa đàm …", "(Tại) Hội nghị …". */
export const EVENT_FIRST = new RegExp(String.raw`^${EVENT}(?![\p{L}])`, 'iu');

/** A year, as an office held for one names it: "(Chủ tịch ASEAN năm) 2019". */
const TERM_YEAR = /^(?:19|20)\d{2}[,.;:]?$/u;

/** A capitalised word, an acronym or a lowercase word offices are named with. */
const officeWord = (word: string) => /^\p{Lu}/u.test(word) || TITLE_WORDS.has(word.toLowerCase()) || /^[\p{Lu}.&-]{2,}$/u.test(word);

/** How many of `words`, those after a title's `head`, are the title's: office words or capitalised words, up to a name or a verb. */
export function titleLength(words: string[], head = '', places: PlaceNames = []): number {
  let end = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (nameStartsAt(words, i, places) || VERB_PHRASE.test(words.slice(i, i + 3).join(' ')) || officeVerb(words, i, head)) break;
    // "Chủ tịch Quỹ … TP. HCM; GS X": a semicolon closes a list's item, and the title of a name after it is not there
    if (word.endsWith(';')) break;
    // "Bí thư Tỉnh ủy với Tổng Lãnh sự …": "với" before a head joins another person, not the partners of a department
    if (word === 'với' && OFFICE_OPENING.test(words.slice(i + 1, i + 5).join(' '))) break;
    // "Chủ tịch UBND tỉnh Bến Tre tại Tọa đàm …": "tại" before a meeting says where the person speaks, not where the office is
    if ((word === 'tại' || word === 'ở') && EVENT_FIRST.test(`${words[i + 1] ?? ''} ${words[i + 2] ?? ''}`)) break;
    // "… Nhật Bản (ngoài cùng bên trái)": words in brackets not all of an office say where the person stands, after the title
    if (word.startsWith('(') && !bracketOfOffice(words, i)) {
      // "… của GHC (tổ chức chứng nhận Halal tại Việt Nam)": words in brackets saying what an acronym before them is are the office's
      const close = acronymExplained(words, i);
      if (close < 0) break;
      end = close + 1;
      i = close;
      continue;
    }
    const bare = word.replace(/[,.;:]+$/, '').replace(/^\(|\)$/g, '');
    // "… Hùng BaBí thư": a Vietnamese syllable glued on by a lost space starts another phrase
    if (gluedSyllable(bare)) break;
    // "Ủy viên dự khuyết …", "Khu tự trị …": a lowercase pair inside an office's name
    if (TITLE_PHRASES.has(`${word} ${words[i + 1] ?? ''}`.toLowerCase().replace(/[,.;:]+$/, ''))) {
      end = ++i + 1;
      continue;
    }
    // "Hội Hữu nghị Việt - Nga", "… Nhật - Việt": a dash between two names of countries joins them
    // (so does the dash of a place's or a body's name: "Hội Doanh nhân trẻ Bà Rịa - Vũng Tàu", "Sở Văn hóa - Thể thao và Du lịch")
    const joiner =
      /^[-–]$/u.test(bare) &&
      (((/^Việt$|^Nam$/u.test(words[i - 1] ?? '') || words[i + 1] === 'Việt') && /^\p{Lu}/u.test(words[i + 1] ?? '')) ||
        dashInName(words, i, places));
    // "Quân khu 2", "Quận 1", "Sư đoàn 312": a number after the word of a unit it numbers
    // "Công ty Xuất nhập khẩu 2/9 Đắk Lắk", "Tổng công ty May 10 Hà Nội": a number (a date, as bodies are named after) between
    // the office's words and a capitalised word that opens no name is the body's name's
    const numbered =
      (/^\d{1,3}$/u.test(bare) && /^(?:[Qq]uận|[Pp]hường|[Kk]hu|[Đđ]oàn|[Ss]ố)$/u.test(words[i - 1] ?? '')) ||
      (word === bare &&
        /^\d{1,2}(?:\/\d{1,2})?$/u.test(bare) &&
        end === i &&
        i > 0 &&
        /^\p{Lu}\p{Ll}/u.test(words[i + 1] ?? '') &&
        !nameStartsAt(words, i + 1, places) &&
        !OFFICE_OPENING.test(words.slice(i + 1, i + 5).join(' ')));
    // "Chủ tịch ASEAN năm 2019, …": the year an office is held for, closing the title
    if (/^năm$/u.test(word) && TERM_YEAR.test(words[i + 1] ?? '') && (i + 2 === words.length || /[,.;:]$/u.test(words[i + 1]!))) {
      end = i + 2;
      break;
    }
    // "Công ty 3T Việt Nam", "Trung tâm 5G Metrotel": a name opening with digits is a name too
    const digitsName = /^\d+\p{Lu}[\p{L}\d]*$/u.test(bare);
    // "Vụ Tổng hợp kinh tế/Bộ Ngoại giao": a slash between a unit and the body it belongs to, each side an office's word
    const slashed = /^[^/]+\/[^/]+$/u.test(bare) && bare.split('/').every(officeWord);
    // "tỉnh Jeollabuk –do", "Gyeonggi -do": a foreign place's suffix, a few letters Vietnamese marks nothing on, joined by a
    // dash written after a stray space, is still the place's
    const suffix = /^[-–][a-z]{1,4}$/u.test(bare) && /^\p{Lu}\p{Ll}/u.test(words[i - 1] ?? '');
    if (officeWord(bare) || joiner || numbered || digitsName || slashed || suffix) end = i + 1;
    else break;
  }
  // "… Phó Chủ tịch UBND tỉnh và lãnh đạo Sở Ngoại vụ": "và" before a group of people joins another party
  const joined = words.findIndex((word, i) => i < end && word === 'và' && PEOPLE_AFTER_AND.test(words.slice(i + 1, i + 4).join(' ')));
  if (joined >= 0) end = joined;
  // "Chủ tịch Công ty Jago và Trung tướng, GS.TS X": a head after "và" that the title would end inside opens the next person's title
  const cutHead = words.findIndex((word, i) => {
    if (i >= end || word !== 'và') return false;
    const head = OFFICE_OPENING.exec(words.slice(i + 1).join(' '))?.[0];
    return head !== undefined && head.split(/\s+/u).length > end - i - 1;
  });
  if (cutHead >= 0) end = cutHead;
  // a title does not end on a joining word ("... của", "... tại")
  while (end > 0 && ['tại', 'ở', 'của', 'và', 'về', 'kiêm', 'trong', 'thuộc', 'với'].includes(words[end - 1].toLowerCase())) end--;
  return end;
}
