/**
 * Recognising page chrome: lines that belong to the website around an article, never to it.
 * Each rule is a pattern over one whole line, so a real sentence that merely contains a word
 * like "Chia sẻ" is never taken for a share button.
 */

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
  'leave a reply',
  'leave a comment',
];

/** Words of share bars, tool bars and comment widgets; a line made only of them is chrome. */
const ACTION_WORDS = [
  'chia sẻ',
  'in bài viết',
  'in bài',
  'in',
  'gửi email',
  'gửi bài',
  'email',
  'bình luận',
  'gửi bình luận',
  'thích',
  'lưu',
  'sao chép liên kết',
  'sao chép link',
  'copy link',
  'share',
  'print',
  'tweet',
  'facebook',
  'twitter',
  'zalo',
  'linkedin',
  'google news',
  'youtube',
  'tiktok',
  'telegram',
  'lên đầu trang',
  'về đầu trang',
  'quan tâm nhất',
  'mới nhất',
  'tặng sao',
  'báo lỗi',
  'góp ý',
  'gửi phản hồi',
  'phản hồi',
  'theo dõi',
  'follow',
  'save',
  'comment',
  'comments',
  'like',
  'x',
  'messenger',
  'whatsapp',
  'instagram',
  'pdf',
  'print friendly',
];
const ACTION_LINE = new RegExp(
  String.raw`^(?:(?:${[...ACTION_WORDS].sort((a, b) => b.length - a.length).join('|')})(?:\s*\(\d+\))?\s*[|·•,/&]?\s*)+$`,
  'iu',
);

/** Lines that are widgets, buttons or notices of the page. */
const CHROME_LINES: RegExp[] = [
  ACTION_LINE,
  /^(?:xem thêm|đọc thêm|xem tiếp|tin liên quan|read more|see also|related)\s*[:>»›]\s*.{3,200}$/iu, // inline link to another article
  /^(?:©|copyright|bản quyền)/iu,
  /^(?:cơ quan chủ quản|giấy phép|tổng biên tập|phó tổng biên tập|chịu trách nhiệm|địa chỉ|điện thoại|đường dây nóng|hotline|fax|e-?mail|liên hệ quảng cáo|toà soạn|tòa soạn)\s*:.{0,200}$/iu,
  /^(?:bình luận|comments?)\s*\(\d+\)$/iu,
  /^[\p{P}\p{S}\s]*$/u, // punctuation or symbols only: ".", "|", "•", "./."
  /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)?$/, // audio player "0:00 / 0:00"
  /^(?:nghe|nghe đọc|nghe bài viết|nghe bài|đang tải\.*|loading\.*|listen|listen to (?:this )?article)$/iu,
  /^theo dõi .{2,60} trên(?: .{0,40})?$/iu, // "Theo dõi Baoquocte.vn trên" (Google News widget)
  /^(?:follow|theo dõi) (?:us|chúng tôi) (?:on|trên) .{0,40}$/iu,
  /^(?:chia sẻ|chia sẻ bài viết|chia sẻ bài|share|share this|share this article|share this post|sao chép liên kết|copy link|copy đường dẫn|in bài|in bài viết|print|gửi bài|email|bình luận|comment|comments|lưu|save|bookmark)$/iu,
  /^(?:facebook|twitter|x|zalo|linkedin|telegram|whatsapp|messenger|youtube|tiktok|instagram)(?:\s*[|·•,]\s*(?:facebook|twitter|x|zalo|linkedin|telegram|whatsapp|messenger|youtube|tiktok|instagram|email|copy link))*$/iu,
  /^(?:tiếng việt|english|vietnamese|中文|français|español|русский)(?:\s*[|/·•]\s*(?:tiếng việt|english|vietnamese|中文|français|español|русский))+$/iu,
  /\bcookies?\b.{0,120}\b(?:website|site|trang|policy|chính sách|sử dụng|uses?|accept|đồng ý)\b|\b(?:website|site|trang web|chúng tôi)\b.{0,120}\bcookies?\b/iu,
  /^(?:đồng ý|accept|accept all|tôi đồng ý|ok|got it|từ chối|decline|close|đóng|fermer|quảng cáo|advertisement|sponsored|load more|xem thêm tin|tải thêm|editor'?s? choice)$/iu,
  /^(?:translate|dịch)(?:\s*[/|]\s*(?:translate|dịch))+$/iu, // a translation widget "Translate / Dịch"
  /^\(?\d+ votes?, average [\d.]+ out of \d+\)?$/iu, // a rating widget
  /^https?:\/\/\S+$/iu, // a bare address
  /\{\{\s*\w+\s*\}\}/u, // an unrendered template token
  /^[a-z]+(?:_[a-z]+)+=\S*$/u, // a template variable printed as text: "news_is_not_ads="
  /^(?:trang chủ|home|homepage)$/iu,
  /^share (?:on|via|to) \S.{0,30}$/iu,
  /^.{0,120}(?<![\p{L}])(?:all rights reserved|giữ bản quyền)(?![\p{L}]).{0,80}$/iu, // a footer without "©"
  /^.{0,60}(?<![\p{L}])ghi rõ nguồn(?![\p{L}]).{0,120}$/iu, // "Ghi rõ nguồn … khi phát hành lại thông tin từ website này"
  /^(?:giấy phép|license)\s+(?:số|xuất bản|hoạt động|no\.?)(?![\p{L}]).{0,150}$/iu,
  /^(?:video|xem video|clip)\s*:?$/iu,
  /^(?:.{0,40}(?<![\p{L}])(?:subscribe|newsletter|đăng ký nhận tin|nhận bản tin)(?![\p{L}]).{0,60})$/iu,
  /^follow .{2,40} on .{2,40}$/iu,
  /^(?:ý kiến|bình luận|comments?)\s*\(\d+\)$|đăng nhập để bình luận|^xem bản đầy đủ$|^\d(?:[.,]\d+)?x$/iu,
  /^(?:lượt truy cập|số lượt truy cập|lượt xem|đang truy cập|đang online|visitors?)\s*:.{0,40}$/iu,
  /^(?:download|tải)(?![\p{L}]).{0,40}(?<![\p{L}])(?:app|ứng dụng)(?![\p{L}]).{0,60}$/iu,
  /^mời (?:quý )?(?:độc giả|bạn đọc)(?![\p{L}]).{0,160}$/iu,
  /^[›»•▸►]\s*.{3,200}$/u, // a list item linking elsewhere
  /^(?:phiên bản di động|phiên bản máy tính|xem phiên bản (?:di động|máy tính|đầy đủ)|mobile version|desktop version|về đầu trang|lên đầu trang|back to top|trở về đầu trang|quay lại)$/iu,
  /^(?:cỡ chữ|font size|tương phản|contrast|chế độ đọc|reading mode)(?![\p{L}]).{0,30}$/iu,
  /^(?:a\s*[-+]?\s*){2,4}$/iu, // font-size buttons "A- A A+"
  /^(?:từ khóa|từ khoá|tags?|chủ đề|keywords?)\s*:.{0,200}$/iu,
  /^(?:tải ứng dụng|tải app|download (?:the )?app|hotline|đường dây nóng)(?![\p{L}]).{0,80}$/iu,
  /^(?:trang chủ|home)(?:\s*[>»/|›]\s*[^.]{1,40}){1,4}$/iu, // breadcrumbs
  /^(?:\p{Extended_Pictographic}|\s)+\d*$/u, // emoji reaction rows
  /^(?:\s*\p{Extended_Pictographic}\uFE0F?\s*[\p{L} ]{0,16}){2,}$/u, // emoji reactions with labels
  /^(?:thích|like|yêu thích|\d+\s*(?:lượt xem|views?|bình luận|comments?))$/iu,
];

function bareHeading(line: string): string {
  return line
    .toLowerCase()
    .replace(/[:：»>›.\s]+$/u, '')
    .replace(/^[«<‹\s]+/u, '')
    .trim();
}

/** True for a heading such as "Tin liên quan" or "ĐỌC THÊM:" that opens a list of other articles. */
export function isRelatedHeading(line: string): boolean {
  return RELATED_HEADINGS.includes(bareHeading(line));
}

/** A navigation bar: three or more short items joined by "|", "›" or "»". */
function isNavigationBar(line: string): boolean {
  const items = line.split(/\s+[|›»]\s+/u);
  const words = items.reduce((sum, item) => sum + item.split(/\s+/).length, 0);
  return items.length >= 3 && words / items.length <= 4.5;
}

/** True for a line that is page chrome wherever it stands. */
export function isChromeLine(line: string): boolean {
  // a bullet does not make a notice part of the article: "* Mời quý độc giả theo dõi …"
  const bare = line.replace(/^\*\s+/u, '');
  return isNavigationBar(line) || CHROME_LINES.some((pattern) => pattern.test(line) || pattern.test(bare));
}

/**
 * Widget labels run together on one line, "Quảng cáo Đọc tiếp": every part is a label of its own
 * (chrome or a related-news heading). Such a line is never a headline.
 */
export function isLabelRow(line: string): boolean {
  const words = line.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  const label = (from: number, to: number) => {
    const text = words.slice(from, to).join(' ');
    return isChromeLine(text) || isRelatedHeading(text);
  };
  // whether the words from `from` on split into labels, the first ending before `limit`
  const splits = (from: number, limit = words.length): boolean => {
    if (from === words.length) return true;
    for (let to = from + 1; to <= limit; to++) if (label(from, to) && splits(to)) return true;
    return false;
  };
  return splits(0, words.length - 1);
}
