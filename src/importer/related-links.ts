/** Blocks of links to other articles: the headings that open them, whole, cut off or run on, and headlines run together. */

/** A comment form's heading, in English ending the text as the links do. */
const COMMENT_FORM_HEADINGS = ['leave a reply', 'leave a comment', 'post a comment'];
/** A comment form's buttons, "Gửi bình luận", "Viết bình luận của bạn": chrome (chrome.ts), and the mark of an article's own page. */
export const COMMENT_BUTTONS = ['gửi bình luận', 'viết bình luận', 'để lại bình luận'].flatMap((button) => [button, `${button} của bạn`]);

/** A pager's labels, linking to the neighbouring stories. */
const PAGER_HEADINGS = ['bài trước', 'bài sau', 'tin trước', 'tin sau', 'previous article', 'next article', 'previous post', 'next post'];

/** Headings that open a block of links to other articles; the article ends before them. */
const RELATED_HEADINGS = [
  'tin liên quan',
  'tin cùng chuyên mục',
  'tin khác',
  'tin mới',
  'tin mới nhất',
  'tin mới hơn',
  'tin cũ hơn',
  'tin đã đưa',
  'tin nổi bật',
  'tin đọc nhiều',
  'đọc nhiều',
  'đọc nhiều nhất',
  'xem nhiều',
  'xem nhiều nhất',
  'bài viết cùng chủ đề',
  'bài viết liên quan',
  'bài liên quan',
  'cùng chuyên mục',
  'cùng chủ đề',
  'đọc thêm',
  'xem thêm',
  'có thể bạn quan tâm',
  'bạn có thể quan tâm',
  'tin tức liên quan',
  'các tin khác',
  'tin bài liên quan',
  'chuyên mục',
  'bài viết cùng chuyên mục',
  'đọc tiếp',
  'xem tiếp',
  'tin tiếp theo',
  'bài tiếp theo',
  'related news',
  'related articles',
  'related',
  'read more',
  'more news',
  'more stories',
  'other news',
  'latest news',
  'most read',
  'you may also like',
  'see also',
  'tin khac',
  'tin lien quan',
  'doc them',
  'các tin liên quan',
  'các bài liên quan',
  'các tin đã đưa',
  'các bài khác',
  'tin tức khác',
  'tin bài khác',
  'bài viết khác',
  'các bài viết khác',
  'tin khác cùng chuyên mục',
  'tin liên quan khác',
  'tin tức cùng chuyên mục',
  'bài cùng chuyên mục',
  'tin tức mới nhất',
  'tin tức nổi bật',
  'tin xem nhiều',
  'bài đọc nhiều',
  'tin tiêu điểm',
  'dòng sự kiện',
  'ý kiến bạn đọc',
  'gửi ý kiến của bạn',
  'từ khóa',
  'từ khoá',
  'tags',
  'tag',
  'keywords',
  'related stories',
  'related posts',
  'related topics',
  'recommended',
  'most viewed',
  'top stories',
  'other articles',
  'other stories',
  'also read',
  'read also',
  'read next',
  ...COMMENT_FORM_HEADINGS,
  'những tin mới hơn',
  'những tin cũ hơn',
  'những tin khác',
  'tin cùng loại',
  'tin tức cùng loại',
  'tin cùng danh mục',
  'bài viết mới',
  'bài viết mới nhất',
  'tin bài cùng chuyên mục',
  'các tin bài khác',
  // links to the neighbouring stories and boxes of popular ones, ending the text wherever they stand
  ...PAGER_HEADINGS,
  'post navigation',
  'đọc nhiều trong tuần',
  'tin nổi bật trong ngày',
  'most popular',
  'popular posts',
  'trending',
  'latest',
  'you might also like',
  'recommended for you',
  'more from this section',
  'thẻ',
  'chủ đề',
  // a portal's lists of its newer and older items under the text
  'các bài mới đăng',
  'các bài đã đăng',
  'các tin mới đăng',
  'các tin đã đăng',
  'bài mới đăng',
  'bài đã đăng',
  'tin mới đăng',
  'tin đã đăng',
];
/** Asked of nearly every line, hence a set. */
const RELATED_HEADING_SET: ReadonlySet<string> = new Set(RELATED_HEADINGS);

function bareHeading(line: string): string {
  return line
    .toLowerCase()
    .replace(/[:：»>›.\s]+$/u, '')
    .replace(/^[«<‹\s]+/u, '')
    .trim();
}

/**
 * A comment form's heading or button, "Post a Comment", "Gửi bình luận": it stands under an article's own page, never
 * under a listing of teasers.
 */
export const isCommentForm = (line: string): boolean =>
  COMMENT_FORM_HEADINGS.includes(bareHeading(line)) || COMMENT_BUTTONS.includes(line.trim().toLowerCase());

/** A blog's comment as it opens, "Anonymous said...", "John Smith said…": the comments under the article begin. */
const COMMENT_HEADER = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3} (?:said|says|wrote)(?:\.{3}|…)$/u;

/** A link to a section's other or newest stories, "More Society News", "More World Stories", "Latest Business Stories". */
const MORE_OF_SECTION = /^(?:more|latest)(?: [\p{L}&-]+){1,3} (?:news|stories|articles)$/iu;

/** True for a heading such as "Tin liên quan" or "ĐỌC THÊM:" that opens a list of other articles, or the comments. */
export function isRelatedHeading(line: string): boolean {
  const bare = bareHeading(line);
  return RELATED_HEADING_SET.has(bare) || MORE_OF_SECTION.test(bare) || COMMENT_HEADER.test(line);
}

/**
 * Headlines of links run together on one line, "… huyện Sóc Sơn Sắp có cơ sở pháp lý … Kết luận
 * của …": thirty words without a single punctuation mark are no sentence of the text, unless the
 * copy cut the text off before its first comma (the caller keeps a page's last line). A spaced slash
 * parts a line as a mark does: a headline given in two languages, "Vietnam Has Been … / Việt Nam là …".
 */
export function isRunTogetherHeadlines(line: string): boolean {
  return !/[.,;:!?…]|\s\/\s/u.test(line) && line.split(/\s+/).length >= 30;
}

const MULTI_WORD_HEADING = new RegExp(
  String.raw`^(?:${RELATED_HEADINGS.filter((h) => h.includes(' '))
    .sort((a, b) => b.length - a.length)
    .join('|')}) `,
  'iu',
);

/** A pager's label with the neighbouring story's headline glued on without its space: "Previous articleCritical minerals …". */
const PAGER_GLUED = new RegExp(String.raw`^(?:${PAGER_HEADINGS.join('|')})`, 'iu');

/**
 * A related-news heading with its links run on after it, "Tin liên quan Thủ tướng tiếp …": a heading then a capital; or a
 * pager's label glued to the next story's headline, a capital opening a word in small letters right after it ("Previous
 * articleCritical …"), as no word is written. (A read-on link glued to a teaser, "Đọc thêmQuảng …", marks a listing: left to it.)
 */
export function isHeadingWithLinks(line: string): boolean {
  const heading = MULTI_WORD_HEADING.exec(line);
  if (heading !== null) return /^\p{Lu}/u.test(line.slice(heading[0].length));
  const glued = PAGER_GLUED.exec(line);
  return glued !== null && /\p{Ll}$/u.test(glued[0]) && /^\p{Lu}\p{Ll}/u.test(line.slice(glued[0].length));
}

/**
 * A related-news heading the copy cut off, "Có thể bạn" for "Có thể bạn quan tâm", "LATES" for
 * "Latest": two words or more that only begin a heading, or four letters or more of a one-word
 * heading cut inside the word. Said of a page's last line, where a copy ends.
 */
export function isCutRelatedHeading(line: string): boolean {
  const bare = bareHeading(line);
  if (/^\p{L}{4,}$/u.test(bare))
    return RELATED_HEADINGS.some((heading) => heading !== bare && /^\p{L}+$/u.test(heading) && heading.startsWith(bare));
  // (or cut inside its last word, three letters of it left: "Next arti")
  return (
    bare.split(' ').length >= 2 &&
    RELATED_HEADINGS.some(
      (heading) => heading.startsWith(`${bare} `) || (heading !== bare && /\p{L}{3}$/u.test(bare) && heading.startsWith(bare)),
    )
  );
}
