/**
 * Pages holding a document rather than news: a document-sharing page's file, an agreement's or a contract's clauses, an
 * administrative document under its letterhead, a legal text's articles, a thesis's or a paper's pages. Told by what such
 * texts are made of (a file's row, numbered clauses and articles, a letterhead, front matter, section headings), never by the
 * outlet; one of the refusals of non-article.ts.
 */

/**
 * A document-sharing page's row giving the file's type and length, "pdf 9 trang Gia Huy 18/05/2022", "docx 24 pages · 1,204
 * views": what follows is the file's extracted text, not an article.
 */
const DOCUMENT_ROW = /^(?:pdf|docx?|pptx?|xlsx?)\s+\d+\s+(?:trang|pages?)(?![\p{L}])/imu;
/**
 * A document-sharing page's call to download the file to read it whole, on a line of its own: "Tài liệu hạn chế xem trước,
 * để xem đầy đủ mời bạn chọn Tải xuống", "Vui lòng tải xuống để xem tài liệu đầy đủ", "Download the file to read it".
 */
const DOWNLOAD_NOTICE =
  /^.{0,80}?(?:(?:tải xuống|tải về|download)\s+để\s+(?:xem|đọc)|để xem (?:toàn văn|đầy đủ).{0,40}?(?:tải xuống|tải về|download)|download (?:it |the (?:file|document) )?to (?:read|view|see))[^.\n]{0,60}$/imu;
/** A clause numbered by article and section ("1.01.", "2.04 The Service Charge …"): an agreement's or a contract's text. */
const CLAUSE_NUMBER = /^\d{1,2}\.\d{2}\.?\s?\p{Lu}/u;
/**
 * A legal text's article heading, its number, a full stop and its name: "Điều 1. Phạm vi điều chỉnh", run together in a table of
 * contents at times ("…điều chỉnh1.2 Điều 2. Đối tượng áp dụng"); news citing a decree writes "Điều 5 của Nghị định", "tại Điều 3".
 */
const ARTICLE_HEADING = /(?<![\p{L}])Điều \d{1,3}\.\s?\p{Lu}/gu;
/**
 * An administrative document's letterhead: the state's name over the issuing body's and the document's number and code on a line
 * of its own, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" … "Số: 169/KH-UBND" (table cells' pipes around them at times); an article
 * names the state in its text, and a document's number inside a sentence.
 */
const STATE_HEADING = /^(?:\|\s*)?(?:.{0,40}\|\s*)?CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM(?:\s*\||$)/mu;
const DOCUMENT_NUMBER = /^(?:\|\s*)?Số\s*:\s*\d+\/[\p{L}\d/.-]*\p{Lu}[\p{L}\d/.-]*(?:\s*\||\s*$)/mu;
/**
 * A thesis's front matter, each a line of its own in capitals: "LUẬN VĂN THẠC SĨ KINH TẾ", "LỜI CAM ĐOAN", "NGƯỜI HƯỚNG DẪN KHOA
 * HỌC:"; two of them make a thesis's pages (a news item names a thesis inside its sentences).
 */
const THESIS_FRONT_MATTER =
  /^(?:LUẬN VĂN (?:THẠC SĨ|TỐT NGHIỆP|CAO HỌC)|LUẬN ÁN TIẾN SĨ|KHÓA LUẬN TỐT NGHIỆP|KHOÁ LUẬN TỐT NGHIỆP|ĐỒ ÁN TỐT NGHIỆP|TIỂU LUẬN|LỜI CAM ĐOAN|LỜI CẢM ƠN|NGƯỜI HƯỚNG DẪN(?: KHOA HỌC)?|GIẢNG VIÊN HƯỚNG DẪN)(?:[\s:]+[\p{Lu}\s.]*)?$/u;
/** A thesis's topic as a page's headline, "Đề tài Xuất khẩu cà phê …", "Luận văn: …". */
const THESIS_TITLE = /^(?:Đề tài|Luận văn|Luận án|Khóa luận|Khoá luận|Tiểu luận|Đồ án)(?:\s*:\s*|\s+)\p{Lu}/u;
/** A chapter heading inside a line, "Chương I. Khái quát …", "Chương 2: …": with a second one, a thesis's or a book's outline. */
const CHAPTER_HEADING = /(?<![\p{L}])Chương (?:[IVX]{1,4}|\d{1,2})\s*[.:]\s*\p{Lu}/gu;
/**
 * A study's section heading on a line of its own, Markdown's "#" before it at times: "## Tổng quan nghiên cứu", "Cơ sở lý thuyết
 * và phương pháp nghiên cứu", "### Khung lý thuyết áp dụng", "Literature review". A page opening on one, with no headline over
 * it, is a thesis's or a paper's summary (a journal's paper opens on its title and authors).
 */
const STUDY_SECTION =
  /^(?:#{1,4}\s*)?(?:tổng quan (?:nghiên cứu|tài liệu|tình hình nghiên cứu)|cơ sở lý (?:thuyết|luận)|phương pháp nghiên cứu|khung lý thuyết|literature review|theoretical framework|research methodology)(?![\p{L}])/iu;

/** Why a page holds a document rather than an article, or undefined when it does not. */
export function documentReason(title: string | null, text: string, lines: readonly string[]): string | undefined {
  if (DOCUMENT_ROW.test(text) || DOWNLOAD_NOTICE.test(text))
    return 'the page offers a document to download and its extracted text (a document-sharing page), not an article';
  // news never numbers its paragraphs by article and section
  if (lines.filter((line) => CLAUSE_NUMBER.test(line)).length >= 4)
    return 'the page holds the numbered clauses of an agreement or a contract (a document), not an article';
  if (STATE_HEADING.test(text) && DOCUMENT_NUMBER.test(text))
    return 'the page holds an administrative document under its letterhead (a plan, programme or decision), not an article';
  if (lines.filter((line) => THESIS_FRONT_MATTER.test(line)).length >= 2)
    return 'the page holds a thesis’s front matter (its kind, declaration, supervisor) and text, not an article';
  if (title !== null && THESIS_TITLE.test(title) && (text.match(CHAPTER_HEADING)?.length ?? 0) >= 2)
    return 'the page holds a thesis’s topic and introduction listing its chapters, not an article';
  // nor by a legal text's articles, "Điều 1. …", "Điều 2. …", whole or as a table of contents
  if ((text.match(ARTICLE_HEADING)?.length ?? 0) >= 4)
    return 'the page holds the articles of a legal text or their table of contents (a document), not an article';
  if (STUDY_SECTION.test(lines[0] ?? '') && lines.filter((line) => STUDY_SECTION.test(line)).length >= 2)
    return 'the page opens on a study’s sections (research overview, theory, method) with no headline: a thesis’s or paper’s summary, not an article';
  return undefined;
}
