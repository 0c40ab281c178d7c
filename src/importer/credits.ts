/** The lines that name who wrote an article or where it comes from: bylines, source credits, issue lines. */
import { EMPTY_COMMENTS_NOTICE, READING_TOOLS_LABEL } from './chrome-lines.ts';
import { isRelatedHeading } from './related-links.ts';
import { TIME_ZONE, WEEKDAY, isDateLine } from './date-lines.ts';
import { PHOTO_WORD, SENTENCE_END, type Line } from './page-lines.ts';
import { isVietnameseSurname } from './vietnamese-surnames.ts';
import { VIETNAMESE_HONORIFICS } from './title-heads.ts';
import { SHORT_HONORIFICS } from './office-words-en.ts';
import { capitalised } from '../lib/text/strings.ts';

/**
 * The words a source credit opens with, a longer one before the one it extends: "Theo NRV", "Nguồn tin: …", "According to
 * Newswire", and a copy's pointer to where the story was printed first: "Read the full story at NRV News", "Full article at
 * Devbank.org", "Originally published on …" ("Read more: <link>" points to another story).
 */
const SOURCE_LABELS = [
  'theo',
  'nguồn tin',
  'nguồn',
  'source',
  'quelle',
  'according to',
  String.raw`read the (?:full|original|whole) (?:story|article|post) (?:at|on|in)`,
  String.raw`full (?:story|article|text) (?:at|on|in)`,
  // one label per opening word, so that each is capitalised below
  String.raw`originally (?:published|appeared) (?:at|on|in|by)`,
  String.raw`first (?:published|appeared) (?:at|on|in|by)`,
];
/** A label, or a bilingual site's two labels joined by a slash: "Quelle/Source:". */
const SOURCE_LABEL = String.raw`(?:${SOURCE_LABELS.join('|')})(?:\s*\/\s*(?:${SOURCE_LABELS.join('|')}))?`;
/** The same labels capitalised, for patterns that mind case. */
const SOURCE_LABEL_CAPITALISED = SOURCE_LABELS.map(capitalised).join('|');
const SOURCE_CREDIT = new RegExp(String.raw`^(?:${SOURCE_LABEL})\s*:?\s+\S.{0,120}$`, 'iu');
const SOURCE_LABEL_OPENING = new RegExp(String.raw`^(?:${SOURCE_LABEL})\s*:?\s*|^[-–—]\s*`, 'iu');

/** A credit line at the end of an article: "Theo NRV", "Nguồn: …", "Nguồn tin: …". */
export function isSourceCredit(text: string): boolean {
  if (/^(?:translated by|dịch|biên dịch|người dịch|lược dịch)\s*:?\s+\S.{0,60}$/iu.test(text)) return true;
  // in brackets too: "(Theo MetroEconomy)"
  const bare = unbracketed(text);
  if (WIRE_CREDIT.test(text)) return true;
  return SOURCE_CREDIT.test(bare) && !SENTENCE_END.test(bare.replace(/\.$/, '')) && bare.split(' ').length <= 10;
}

const unbracketed = (text: string) => text.replace(/^\((.+)\)$/u, '$1');

/** A news agency's short name as wire copy gives it: "Newswire", "NNA", "Wirenet", "NPA", "Kestrel News" (a reporter's "(PV)" is none). */
export const AGENCY = String.raw`\p{Lu}[\p{L}+&]{2,15}(?: \p{Lu}[\p{L}]{1,10})?`;
/** An agency's name after a dash or in brackets, "– Newswire", "–NNA", "(Wirenet)": how a wire's copy is credited. */
const WIRE_CREDIT = new RegExp(String.raw`^(?:[-–—]\s*${AGENCY}|\(${AGENCY}\))$`, 'u');
/** An agency with the outlet it relays or that relays it, "NPA/NRVWORLD", "TTXQG/Metro+": a credit, though not always a copy's source. */
const AGENCY_PAIR = String.raw`${AGENCY}(?:\s*\/\s*${AGENCY})?`;
/** A news desk's credit closing a story, the editor's initials after it: "Textile2Trade News Desk (DS)"; it names the desk's outlet. */
export const DESK_CREDIT = /^(\p{Lu}[\p{L}\p{N}&.+ -]{1,40}?)\s+News\s+Desk(?:\s*\([\p{Lu}.]{1,6}\))?$/u;
/** A wire's staff credit: "(Reporting by …; Editing by …)", "(Additional reporting by …)". */
const WIRE_STAFF = String.raw`\((?:Additional reporting|Reporting|Writing) by [^()]{2,200}\)`;
/**
 * A credit glued to the last sentence: an agency's, "… according to the ministry. – Newswire", "…
 * ministry data showed. (Wirenet)", "… (Theo TTXQG)", "… 7.8 million doses. (NPA/NRVWORLD)", a source's longer name after its
 * label, "… (Theo ĐSQ Đan Mạch tại Việt Nam)" (not "(theo số liệu của …)", a sentence's own words), or a byline in
 * capitals, "… trong thời gian tới. V.GIANG |", or a wire's staff credit, "… fully vaccinated. (Reporting by … Editing by …)".
 */
const GLUED_CREDIT = new RegExp(
  String.raw`(?<=[.!?"”’])(?:\s*([-–—]\s*${AGENCY}|\((?:(?:${SOURCE_LABEL_CAPITALISED}):?\s+)?${AGENCY_PAIR}\)|\((?:${SOURCE_LABEL_CAPITALISED}):?\s+\p{Lu}[^()]{1,50}\)|${WIRE_STAFF})|\s+((?:\p{Lu}\.\s?)*\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,3}))(?:\s*\|)?$`,
  'u',
);

/**
 * What a byline may open with: "By", "Written by", "Author(s):" (after its German twin on a bilingual site, "Autor(en)/"),
 * "Bài, ảnh:", "Tin. ảnh:", "Tin và ảnh:", "Tin:", "PV" ("Tin" alone takes its colon: "TIN TIẾNG ANH" is a section's label).
 */
const BYLINE_LABEL =
  /^(?:by|written by|posted by|reported by|story(?=\s*:)|(?:bài|tin)(?:\s*[,.]?\s*ảnh|\s+và\s+ảnh|(?=\s*:))|tác giả|pv|nhóm pv|(?:autor(?:\(en\)|en)?\s*\/\s*)?author(?:\(s\)|s)?(?=\s*:))\s*:?\s+/iu;
/** A byline's reading time after the name: "Lan Anh • 4 min read". */
export const READING_TIME = String.raw`\s*[•·|]\s*\d{1,2}\s*min(?:ute)?s?\s+read`;
/**
 * What may follow the name on a byline's line: the posting date ("… on September 12, 2022"), the
 * photographer ("… | Photo: Thu Ha"), the site ("Thu Hà - baotinh.vn"), or the separator alone, the field after it lost
 * ("Lê Văn Công |"), or the reading time ("Lan Anh • 4 min read").
 */
const AFTER_BYLINE = new RegExp(
  String.raw`${READING_TIME}$|\s+on\s+\S.{0,40}\d{4}.{0,20}$|\s*[|,;]\s*(?:${PHOTO_WORD})\s*:.{1,40}$|\s+[-–]\s+(?:[a-z0-9-]+\.)+[a-z]{2,}$|\s+\|$`,
  'iu',
);
/**
 * The writer's unit after the name, after a comma or a dash (glued to the name at times): "Nguyễn Thắng- Đài TT huyện Xuyên
 * Mộc.", "ThS Lê Thị Hoa, Vụ Hợp tác quốc tế, Học viện …", "Lan Anh - Trung tâm Văn hóa". The unit's word opens a name in
 * capitals ("Vụ Hợp tác", not an office, "Vụ trưởng").
 */
const WRITER_UNIT = new RegExp(
  String.raw`(?:\s*,|\s+[-–]|(?<=\p{L})[-–])\s*(?:Vụ|Viện|Học viện|Trường|Đại học|Khoa|Sở|Phòng|Trung tâm|Đài|Báo|Tạp chí|Cục|University|Institute|Department|Faculty|School|Centre|Center|Academy)\s+\p{Lu}.{0,90}$`,
  'u',
);
/** A site's own account posting a copy, "By admin": no one's name. */
const SITE_ACCOUNT = String.raw`(?:admin|administrator|webmaster|quản trị viên)`;
/** A poster's handle signing a blog's copy, one word in small letters after "By": "By vivian", "Posted by thuha_88" (not the site's own account). */
const POSTER_HANDLE = new RegExp(
  String.raw`^(?:[Bb]y|[Pp]osted by|[Ww]ritten by)\s*:?\s+(?!${SITE_ACCOUNT}$)(\p{Ll}[\p{Ll}\d._-]{2,29})$`,
  'u',
);
/**
 * A journal's labels around a paper's title: its type, "Research Article - Social Sciences", "Review Article", its access, "Open
 * Access", and its files' links, "HTML", "PDF", "Full Text", "Cite item": no writer's name.
 */
const JOURNAL_PAGE_LABEL =
  /^(?:(?:research|review|original|short|brief|case)\s+(?:article|paper|communication|report|study)(?![\p{L}])|open access$|full text$|cite (?:this )?(?:item|article)$|(?:HTML|PDF|XML|EPUB|DOCX?)$)/iu;
const SECTION_WORD_LABEL = /^(?:tin|bài)\s(?![,.]?\s*(?:và\s+)?ảnh)[^:]*$/iu;
/**
 * The country closing a name in Vietnamese, as a foreign outlet's Vietnamese edition is named ("Wirenet Việt Nam"); an English
 * headline in capitals, "Minister Visits Vietnam", is left to the headline's rules.
 */
const EDITION_FOR_COUNTRY = /\sViệt Nam$/u;
/** A day's name, or a time zone's left alone on a line under the time ("08:12" / "IST"), is a date line's word, not a signature. */
const WHOLE_WEEKDAY = new RegExp(`^(?:${WEEKDAY})$|^${TIME_ZONE}$`, 'iu');
/** A word opening a heading over other stories, "Related …", "Relevant Viet" (a heading the copy cut off): no name opens so. */
const LISTING_WORD = /^(?:Related|Relevant|Latest|Recommended|Popular|Trending|Featured)$/u;
/**
 * An honorific before a capital: "Ông Nguyễn …", "Mr. Tran …". Not "Dr.", a degree a writer signs with ("By Dr. John Smith"),
 * as "TS." is.
 */
const HONORIFIC_OPENING = new RegExp(
  String.raw`^(?:${[
    ...VIETNAMESE_HONORIFICS.map(capitalised),
    ...SHORT_HONORIFICS.filter((honorific) => honorific !== 'Dr').map((honorific) => String.raw`${honorific}\.?`),
  ].join('|')})\s+\p{Lu}`,
  'u',
);
const OFFICE_WORDS = /^(?:Vice|Deputy|Minister|President|Chairman|Chairwoman|Ambassador|Director|Secretary|Governor|Mayor)$/u;

/**
 * The name a byline gives: a short name, possibly in capitals or with initials ("T. ĐẠT", "Trâm
 * Bầu", "By Minh Anh"), without what follows it ("Minh Anh (tổng hợp)", "Ngọc Hà/NNA"); undefined
 * when the line is not a byline.
 */
export function bylineName(text: string): string | undefined {
  // a wire's credit names its reporter first: "(Reporting by Nguyen Van Minh; Editing by …)"
  const wire = /^\((?:additional )?(?:reporting|writing) by\s+([^;()]+?)\s*(?:;[^()]*)?\)$/iu.exec(text);
  const handle = POSTER_HANDLE.exec(text)?.[1];
  if (handle) return handle;
  if (JOURNAL_PAGE_LABEL.test(text)) return undefined;
  // "Tin", "Bài" (news, piece) opening a line with no colon after it: a section's label, "TIN TIẾNG ANH", "Bài viết liên quan"
  if (SECTION_WORD_LABEL.test(text)) return undefined;
  // several writers joined by commas, a paper's authors: "ThS. Lê Thị Hoa, Nguyễn Trần Minh Tâm, Trần Thị Thu Hà", kept as written
  const writers = text.includes(', ') ? text.split(', ') : [];
  if (writers.length > 1 && writers.length <= 6 && writers.every(isFullName)) return text;
  // a paper's authors after their label, initials after the family name, "Authors: Nguyen T.H., Le L."
  const listed = /^authors?\s*:\s*(.+)$/iu.exec(text)?.[1]?.split(', ') ?? [];
  if (listed.length > 1 && listed.length <= 6 && listed.every((part) => bylineName(part) === part)) return listed.join(', ');
  const name = (wire?.[1] ?? text)
    .replace(BYLINE_LABEL, '')
    .replace(AFTER_BYLINE, '')
    .replace(WRITER_UNIT, '')
    .replace(/\s*\([^()]{2,30}\)$|\s*\/\s*[\p{L}.+]{2,20}$/u, '')
    .trim();
  if (name.length < 3 || name.length > 48 || /\d/.test(name)) return undefined;
  const words = name.split(/\s+/);
  if (words.length > 6 || WHOLE_WEEKDAY.test(name)) return undefined;
  // an honorific before a name, "Ông Nguyễn Văn An", "Mr. Tran Van Binh": a person the text speaks of (a copy cut after the
  // name), as a byline never styles its writer
  if (HONORIFIC_OPENING.test(name)) return undefined;
  // a single word signs only in capitals, initials or as an outlet's short name ("PV", "T.ĐẠT", "Metro+"): "Acc" is a
  // word cut off (a poster's handle in small letters is read above)
  if (words.length === 1 && /\p{Ll}/u.test(name) && !/[.+]/u.test(name)) return undefined;
  // a name holds no office: "Receiving Vice Cha…" is a sentence cut off; a heading in capitals ("Related Articles") or a
  // reading tool's label ("Font Resizer") is no name
  if (
    words.some((word) => OFFICE_WORDS.test(word)) ||
    isRelatedHeading(name) ||
    LISTING_WORD.test(words[0]!) ||
    READING_TOOLS_LABEL.test(name)
  )
    return undefined;
  // a brand's edition for the country, "Wirenet Việt Nam", "Magnate Việt Nam": an outlet, unless a Vietnamese surname opens it
  if (words.length > 1 && EDITION_FOR_COUNTRY.test(name) && !isVietnameseSurname(words[0])) return undefined;
  return words.every((word) => /^(?:\p{Lu}[\p{L}'’.-]*\+?|\p{Lu}\.|[-–&,]|và|and)$/u.test(word)) ? name : undefined;
}

/** A person's full name on a byline, three words or more besides a degree, "ThS. Lê Thị Hoa" (a place, "Hà Nội", has two). */
const isFullName = (part: string): boolean =>
  !part.includes(',') && bylineName(part) === part && part.split(' ').filter((word) => !word.endsWith('.')).length >= 3;

export const isBylineLike = (text: string): boolean => bylineName(text) !== undefined;

/**
 * A line of the desk's closing an article, naming no author and no source: the editor's ("Biên tập viên: Hạ Vi", "Editor:
 * …", "Edited by …"), a copy's note that it was collected or compiled ("Sưu tầm", "(Tổng hợp)"), the site's own account
 * ("By admin", "Đăng bởi: admin").
 */
const STAFF_CREDIT = new RegExp(
  String.raw`^(?:(?:biên tập viên|biên tập|btv|hiệu đính|editor)\s*:|edited by\s)\s*\S[^.!?]{0,40}$|^\(?(?:sưu tầm|tổng hợp|st)\)?\.?$|^(?:by|posted by|đăng bởi)\s*:?\s+${SITE_ACCOUNT}$`,
  'iu',
);

export const isCreditLike = (text: string) =>
  isSourceCredit(text) ||
  STAFF_CREDIT.test(text) ||
  DESK_CREDIT.test(text) ||
  isBylineLike(text) ||
  isDateLine(text) ||
  isIssueLine(text) ||
  /^\([^()]{2,30}\)$/u.test(text);

/** A few words closing on a colon, nothing after them. */
const DANGLING_LABEL = /^[^.!?:]{2,50}:$/u;

/** An empty comment box's notice opening a line it may go on: "Bài viết chưa có bình luận nào. Bạn nên dùng tiếng Việt có dấu …". */
const NO_COMMENTS = new RegExp(String.raw`^${EMPTY_COMMENTS_NOTICE}(?![\p{L}])`, 'iu');

/** Takes the credits and bylines off the end of the article, in page order. */
export function takeCredits(kept: Line[]): string[] {
  const creditLines: string[] = [];
  // a label under the credits whose link the copy lost, "Please visit:", is neither text nor credit (one under the text,
  // "Các nội dung chính gồm:", is the text cut off)
  // and so is a comment box's notice that it is empty, "Bài viết chưa có bình luận nào.", "No comments yet"
  if (kept.length > 1 && (DANGLING_LABEL.test(kept.at(-1)!.text) || NO_COMMENTS.test(kept.at(-1)!.text)) && isCreditLike(kept.at(-2)!.text))
    kept.pop();
  while (kept.length > 0) {
    const last = kept[kept.length - 1].text;
    if (!isCreditLike(last)) break;
    creditLines.unshift(last);
    kept.pop();
  }
  const last = kept.at(-1);
  const glued = last && GLUED_CREDIT.exec(last.text);
  if (last && glued) {
    kept[kept.length - 1] = { ...last, text: last.text.slice(0, glued.index).trim() };
    creditLines.unshift((glued[1] ?? glued[2])!);
  }
  return creditLines;
}

/** The outlet a source credit names: "Source: NRV" → "NRV", "Source: NRV, 12.03.2023" → "NRV". */
export function creditName(credit: string): string {
  const name = unbracketed(credit).replace(SOURCE_LABEL_OPENING, '').replace(/\.$/, '').trim();
  // the source's own date after a comma, "Source: The Courier, 03.09.2019", is no part of its name
  const comma = name.lastIndexOf(', ');
  return comma > 0 && isDateLine(name.slice(comma + 2)) ? name.slice(0, comma) : name;
}

/** A print issue line closing a journal article: "Tạp chí Khoa học số 1016 (tháng 6-2023)". */
export function isIssueLine(text: string): boolean {
  return text.length <= 90 && /(?:số|no\.?|issue)\s*\d+.{0,20}\(?(?:tháng|month)?\s*\d{1,2}\s*[-/]\s*\d{4}\)?$/iu.test(text);
}
