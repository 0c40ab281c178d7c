/** The words that open an official's title, and the honorifics written before a title or name. */
import { SHORT_HONORIFICS } from './office-words-en.ts';
import { prefixTree } from '../lib/text/prefix-tree.ts';

/** Royals' titles, after which a given name alone names the person: "Thái tử kế vị Đan Mạch Frederik", "Hoàng tử Anh William". */
const ROYAL_TITLES = ['Nữ hoàng', 'Hoàng tử', 'Thái tử', 'Quốc vương'];

/**
 * Offices that open a title, in no particular order: the matchers try the longer forms first, so
 * "Phó Thủ tướng" wins over "Thủ tướng". A title is one of these followed by words that name the
 * office (see TITLE_WORDS).
 */
const OFFICES = [
  'Phó Chủ tịch Thường trực',
  'Thứ trưởng Thường trực',
  'Phó Trưởng Ban Thường trực',
  'Phó Thủ tướng Thường trực',
  'Tổng Bí thư',
  'Chủ tịch nước',
  'Chủ tịch',
  'Thủ tướng',
  'Bộ trưởng',
  'Thứ trưởng',
  'Đại sứ đặc mệnh toàn quyền',
  'Đại sứ',
  'Tổng Lãnh sự',
  'Lãnh sự',
  'Đại biện',
  'Trưởng Ban',
  'Trưởng Phái đoàn',
  'Trưởng Cơ quan đại diện',
  'Trưởng đoàn',
  'Ủy viên',
  'Uỷ viên',
  'Bí thư',
  'Tổng Giám đốc',
  'Giám đốc',
  'Chủ nhiệm',
  'Vụ trưởng',
  'Cục trưởng',
  'Tổng Thư ký',
  'Thống đốc',
  'Trợ lý',
  'Người phát ngôn',
  'Tổng thống',
  'Thị trưởng',
  'Tham tán Công sứ',
  'Tham tán',
  'Công sứ',
  'Chánh Văn phòng',
  'Viện trưởng',
  'Trưởng Đại diện',
  'Trưởng Cơ quan',
  'Trưởng Văn phòng',
  // the head of an embassy's trade office: "Tham tán Thương mại, Trưởng Thương vụ Việt Nam tại Pháp"
  'Trưởng Thương vụ',
  'Trưởng SOM',
  'Trưởng SEOM',
  'Quan chức cao cấp',
  'Ngoại trưởng',
  'Thủ hiến',
  'Thống đốc bang',
  'Đặc phái viên',
  'Tổng Kiểm toán Nhà nước',
  'Chánh án',
  'Chánh thanh tra',
  'Tỉnh trưởng',
  'Quận trưởng',
  'Huyện trưởng',
  'Đại diện toàn quyền',
  'Tổng cục trưởng',
  'Tổng Biên tập',
  'Hiệu trưởng',
  'Trưởng phòng',
  'Tùy viên',
  'Thượng nghị sĩ',
  'Hạ nghị sĩ',
  'Nghị sĩ',
  'Đại biểu Quốc hội',
  'Giám đốc điều hành',
  'Điều phối viên',
  ...ROYAL_TITLES,
  'Tổng thư ký',
  // offices of other states and of the armed forces
  'Tổng trưởng',
  'Quốc vụ khanh',
  'Cao ủy',
  'Chỉ huy trưởng',
  'Chính ủy',
  'Phát ngôn viên',
  // party offices named by their committee: "Tỉnh ủy viên", "Thường trực Ban Bí thư"
  'Thường trực Ban Bí thư',
  'Tỉnh ủy viên',
  'Thành ủy viên',
  'Huyện ủy viên',
  // a standing committee's member written short: "Thường vụ Tỉnh ủy - Phó Chủ tịch …"
  'Thường vụ Tỉnh ủy',
  'Thường vụ Thành ủy',
  'Thường vụ Huyện ủy',
  'Cố vấn',
  'CEO',
  // a faculty's head and a ministry's or an embassy's specialist: "Phó Trưởng khoa Khoa Lý luận", "Chuyên viên Dự án …"
  'Trưởng khoa',
  'Chuyên viên',
  // heads of associations, of commands and of sub-departments; a secretary; the other spelling of "Tùy viên"
  'Hội trưởng',
  'Tư lệnh',
  'Tham mưu trưởng',
  'Chi cục trưởng',
  'Thư ký',
  'Tuỳ viên',
];

/**
 * Offices written as their initials, in capitals only and never inside a longer run of letters: "PCT UBND huyện …" (Phó Chủ
 * tịch), "PBT" (Phó Bí thư), "UVBTV Tỉnh ủy" (Ủy viên Ban Thường vụ), "UVTW" (Ủy viên Trung ương), "TUV" (Tỉnh ủy viên),
 * "TVTU" (Thường vụ Tỉnh ủy).
 */
const OFFICE_INITIALS = ['PCT', 'PBT', 'UVBTV', 'UVTW', 'TUV', 'TVTU'];

/** Military ranks, written as a title before the name: "Trung tướng, GS.TS …", "Đại tá …". */
const MILITARY_RANKS = ['Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá'];

/** Words that open a title: an office, its deputy's ("Phó Chỉ huy trưởng", "Phó Chính ủy": any office may have one), a rank. */
export const TITLE_HEADS = [
  ...OFFICES,
  ...OFFICES.filter((office) => !office.startsWith('Phó ')).map((office) => `Phó ${office}`),
  ...MILITARY_RANKS,
];

/** Letters pages write in more than one way: "Đ" with the letter eth ("Ðại sứ"), "sĩ" as "sỹ" ("Hạ Nghị sỹ"). */
const LETTER_VARIANTS: Readonly<Record<string, string>> = { đ: '[đĐÐ]', Đ: '[đĐÐ]', ĩ: '[ĩỹ]' };
/** `text` matched in either case and in its letters' variants, in a pattern that is otherwise case-sensitive. */
export const eitherCase = (text: string) =>
  text.replace(
    /\p{L}/gu,
    (c) => LETTER_VARIANTS[c] ?? (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`),
  );
/**
 * A title's head, as a pattern: pages write a title's later words in either case ("Tổng lãnh sự", "Phó chủ tịch"), and
 * may glue the next word to it by a lost space ("Tổng Lãnh sựTrung Quốc"): a capital may follow a head, a small letter not.
 * (Initials only as written.)
 */
export const TITLE_HEAD = String.raw`(?:${prefixTree([...TITLE_HEADS].sort((a, b) => b.length - a.length).map(eitherCase))}|(?:${OFFICE_INITIALS.join('|')})(?![\p{L}]))(?!\p{Ll})`;

/** A title that opens with a royal's: a given name alone may follow it. */
export const ROYAL_HEAD = new RegExp(String.raw`^(?:${ROYAL_TITLES.join('|')})(?![\p{L}])`, 'u');

/** Roles that are a title only after an office in the same list: "…, CEO Pharmacity, chuyên gia thương hiệu, thành viên Ban điều hành …". */
export const LATER_TITLE_HEADS = ['Chuyên gia', 'Thành viên', 'Đại diện'];

/** Roles that are a title only as a former office ("bà X nguyên đại diện Xúc tiến Đầu tư …"), not "đại diện lãnh đạo các sở". */
export const FORMER_ROLES = ['Đại diện'];

/** Roles that are a title only before an office in the same list: "Phụ trách lãnh sự, Bí thư thứ hai …". */
export const ROLES_BEFORE = ['Phụ trách'];

/** Academic degrees before a name ("TS.", "PGS.TS", "GS.TSKH", "ThS", "BS."): like honorifics, part of neither the name nor the title. */
export const DEGREES = String.raw`(?:P?GS|TSKH|TS|ThS|BS|KS)`;
export const DEGREE = String.raw`${DEGREES}(?:\.${DEGREES})*\.?`;

/** The Vietnamese honorifics before a name, in either case at a sentence's start ("Ông", "Đồng chí"). */
export const VIETNAMESE_HONORIFICS = ['đồng chí', 'ông', 'bà', 'ngài'];
/** One of them, its first letter in either case ("[Ôô]ng"). */
export const VIETNAMESE_HONORIFIC = `(?:${VIETNAMESE_HONORIFICS.map((h) => `[${h[0]!.toUpperCase()}${h[0]}]${h.slice(1)}`).join('|')})`;

/** Words before a title that are not part of it but do not end the title chain either. */
export const HONORIFICS = [
  ...VIETNAMESE_HONORIFICS,
  'anh',
  'chị',
  ...SHORT_HONORIFICS.flatMap((h) => [h.toLowerCase(), `${h.toLowerCase()}.`]),
];
