/** The patterns of page chrome, each over a whole line: a sentence that merely holds "Chia sẻ" is no share button. */
import { COMMENT_BUTTONS } from './related-links.ts';
import { SOCIAL_NETWORKS } from './social-networks.ts';

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
  'thích',
  'lưu',
  'sao chép liên kết',
  'sao chép link',
  'copy link',
  'share',
  'print',
  'tweet',
  ...SOCIAL_NETWORKS,
  ...COMMENT_BUTTONS,
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
  'bản in',
  'in trang',
  'in tin',
  'gửi tin',
  'gửi cho bạn bè',
  'lưu tin',
  'lưu bài',
  'lưu bài viết',
  'tải về',
  'download',
  'downloads',
  'quay lại',
  'trở về',
  'đầu trang',
  'phóng to',
  'thu nhỏ',
  'chia sẻ bài viết',
  'chia sẻ bài',
  'gửi bài viết',
  'gửi bài viết qua email',
  'gửi qua email',
  'xem ảnh',
  'xem thêm ảnh',
  'xem bản in',
  'print this article',
  'print article',
  'email this article',
  'send to a friend',
  'pdf',
  'print friendly',
  // the same buttons named with "this", and a comment or account form's buttons
  'share this',
  'like this',
  'email this',
  'tweet this',
  'print this page',
  'in bài này',
  'gửi bài này',
  'nhận xét',
  'gửi',
  'hủy',
  'huỷ',
  'đăng nhập',
  'đăng ký',
  'log in',
  'sign in',
  'register',
  'back',
  'trở lại',
  'về trang chủ',
  'bình chọn',
];
const ACTION_LINE = new RegExp(
  String.raw`^(?:(?:${[...ACTION_WORDS].sort((a, b) => b.length - a.length).join('|')})(?:\s*\(\d+\))?\s*[|·•,/:&]?\s*)+$`,
  'iu',
);

/** The tags on the label's line (a bare "Tags:" heads a list of them); a paper's keywords are written so too. */
export const TAGS_LINE = /^(?:từ khóa|từ khoá|tags?|chủ đề|keywords?)\s*:\s*\S.{0,200}$/iu;

/**
 * An empty comment box's notice: "Chưa có bình luận", "Bài viết chưa có bình luận nào", "No comments yet". (Its invitation to
 * comment first, "Hãy là người đầu tiên bình luận", "Be the first to comment", is the comment box's prompt, below.)
 */
export const EMPTY_COMMENTS_NOTICE = String.raw`(?:(?:bài viết )?(?:chưa|không) có bình luận|no comments?(?: yet)?|there are no comments)`;

/** A test of a whole line: a pattern, or a pattern tried only where its mark stands (`holding`). */
type LineTest = { test(line: string): boolean };

/**
 * `pattern`, tried only on a line holding `mark`, a text or a pattern every line it matches holds: most lines hold no such
 * mark, and finding that out is many times faster than the pattern's failing on them.
 */
const holding = (mark: string | RegExp, pattern: RegExp): LineTest => ({
  test: (line) => (typeof mark === 'string' ? line.includes(mark) : mark.test(line)) && pattern.test(line),
});

/**
 * The reading tools' labels, "Cỡ chữ", "Xem với cỡ chữ", "Chọn cỡ chữ", "Font Resizer" (their buttons glued on at times: "Xem
 * với cỡ chữAA").
 */
export const READING_TOOLS_LABEL =
  /^(?:(?:xem với |chọn |thay đổi )?cỡ chữ|(?:adjust |change )?(?:font size|text size)|font resizer|text resizer|tương phản|contrast|chế độ đọc|reading mode)(?:\s?A[-+]?)*(?![\p{L}]).{0,30}$/iu;

/** Lines that are widgets, buttons or notices of the page. */
export const CHROME_LINES: LineTest[] = [
  ACTION_LINE,
  // inline link to another article: "Xem thêm: …", "Related article: …"
  /^(?:xem thêm|đọc thêm|xem tiếp|tin liên quan|read more|see also|related(?: articles?| news| stories| posts?)?)\s*[:>»›]\s*.{3,200}$/iu,
  /^(?:©|copyright|bản quyền)/iu,
  // a footer's labelled line, the label possibly qualified: "Chịu trách nhiệm nội dung: …", "Địa chỉ tòa soạn: …"
  /^(?:cơ quan chủ quản|cơ quan quản lý|đơn vị quản lý|giấy phép|tổng biên tập|phó tổng biên tập|(?:phó )?trưởng ban biên tập|ban biên tập|chịu trách nhiệm|địa chỉ|trụ sở|điện thoại|đt|tel|fax|đường dây nóng|hotline|e-?mail|website|liên hệ quảng cáo|toà soạn|tòa soạn|address|phone|editor-in-chief|deputy editor-in-chief|publisher|head office)(?:\s[^:]{0,30})?\s*:.{0,200}$/iu,
  /^(?:bình luận|comments?)\s*\(\d+\)$/iu,
  /^[\p{P}\p{S}\s]*$/u, // punctuation or symbols only: ".", "|", "•", "./."
  /^(?:(?:nghe(?: bài viết| bài| đọc)?|listen(?: to (?:this )?article)?)\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)?$/iu, // audio player "0:00 / 0:00", "Nghe bài viết 00:00 / 03:25"
  /^(?:tốc độ(?: đọc)?|giọng đọc|playback speed|reading speed|voice)\s*:.{0,30}$/iu, // the reading voice's settings
  // a statistics widget with nothing to show yet: "Download data is not yet available."
  /^(?:download|usage|view|citation)s?(?: data| statistics)? (?:is|are) not (?:yet )?available\.?$/iu,
  // a page's description as its metadata gives it, cut off, then the date and the site's name: "… mong muốn hàng... 10.02.2025, Wirenet Việt Nam"
  // (matched from the ellipsis, looking back for the 40 to 400 characters before it, not forward from the line's start)
  /(?<=^.{40,400})(?:\.{3}|…)\s*\d{1,2}[./]\d{1,2}[./]\d{4},\s*[^,.]{2,40}$/u,
  /^(?:video|clip)\s+(?:đang được xử lý|đang tải|không hợp lệ|không khả dụng|không tồn tại)\W*$/iu, // a player's notice
  // the site asking for patience while it is built or mended: "We are creating some awesome events for you. Kindly bear with us."
  holding(
    /bear with us|patience|inconvenience|bất tiện/iu,
    /^(?=.{0,160}$).*(?<![\p{L}])(?:(?:please|kindly) bear with us|thank you for your patience|we apologi[sz]e for (?:any|the) inconvenience|xin lỗi (?:quý (?:vị|độc giả)|bạn đọc)?\s*vì sự bất tiện)(?![\p{L}])/iu,
  ),
  /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/\S*$/iu, // an address without its scheme: an embed's residue, "pic.twitter.com/…"
  /^\d{1,2}\s*\/\s*\d{1,2}$/, // a gallery's counter "1/5"
  // a time given relative to now, "Cập nhật: 2 giờ trước", "Last updated: 2 hours ago": a widget's, never a headline
  /^(?:(?:last )?updated|cập nhật|published|posted|đăng)?\s*:?\s*\d+\s*(?:giây|phút|giờ|ngày|tuần|tháng|năm|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s*(?:trước|ago)$/iu,
  /^(?:nghe|nghe đọc|nghe bài viết|nghe bài|đang tải\.*|loading\.*|listen|listen to (?:this )?article)$/iu,
  /^theo dõi .{2,60} trên(?: .{0,40})?$/iu, // "Theo dõi Baotinh.vn trên" (Google News widget)
  // (the appeal may go on to another network: "Follow us on Facebook and join our Telegram channel for the latest updates.")
  /^(?:follow|theo dõi) (?:us|chúng tôi) (?:on|trên) .{0,100}$/iu,
  /^(?:chia sẻ|chia sẻ bài viết|chia sẻ bài|share|share this|share this article|share this post|sao chép liên kết|copy link|copy đường dẫn|in bài|in bài viết|print|gửi bài|email|bình luận|comment|comments|lưu|save|bookmark)$/iu,
  /^(?:facebook|twitter|x|zalo|linkedin|telegram|whatsapp|messenger|youtube|tiktok|instagram)(?:\s*[|·•,]\s*(?:facebook|twitter|x|zalo|linkedin|telegram|whatsapp|messenger|youtube|tiktok|instagram|email|copy link))*$/iu,
  /^(?:tiếng việt|english|vietnamese|中文|français|español|русский)(?:\s*[|/·•]\s*(?:tiếng việt|english|vietnamese|中文|français|español|русский))+$/iu,
  holding(
    /cookie/iu,
    /\bcookies?\b.{0,120}\b(?:website|site|trang|policy|chính sách|sử dụng|uses?|accept|đồng ý)\b|\b(?:website|site|trang web|chúng tôi)\b.{0,120}\bcookies?\b/iu,
  ),
  /^(?:đồng ý|accept|accept all|tôi đồng ý|ok|got it|từ chối|decline|close|đóng|fermer|quảng cáo|advertisement|sponsored|scroll to continue(?: with content)?|load more|xem thêm tin|tải thêm|editor'?s? choice)$/iu,
  /^(?:translate|dịch)(?:\s*[/|]\s*(?:translate|dịch))+$/iu, // a translation widget "Translate / Dịch"
  /^\(?\d+ votes?, average [\d.]+ out of \d+\)?$/iu, // a rating widget
  /^https?:\/\/\S+$/iu, // a bare address
  /\{\{\s*\w+\s*\}\}/u, // an unrendered template token
  /^[a-z]+(?:_[a-z]+)+(?:=\S*)?$/u, // a template variable or a plugin's labels run together: "news_is_not_ads=", "image_pdfimage_print"
  /^\[\/?[a-z][a-z0-9_-]*(?:\s[^\]]{0,80})?\]$/u, // a publishing system's shortcode left unrendered: "[ad_1]", "[/caption]"
  /^(?:\S\s?[1-5]\s+){4}\S\s?[1-5]$/u, // a star rating's buttons, each a glyph and its score: "Z 5 Z 4 Z 3 Z 2 Z 1"
  // a link past the page's menus for keyboards and screen readers: "Skip to main content", "Skip Ribbon Commands", "Nhảy đến nội dung"
  // (several run together on one line: "Skip to main content Skip to main navigation menu Skip to site footer")
  /^(?:(?:skip|jump)\s+(?:to\s+)?(?:the\s+)?(?:main\s+|primary\s+|site\s+)?(?:content|navigation(?: menu)?|menu|ribbon commands|links?|search|footer)\s*)+$|^(?:nhảy|chuyển|đi|bỏ qua)(?: (?:đến|tới))? (?:nội dung|phần nội dung)(?: chính)?$/iu,
  /^(?:trang chủ|home|homepage)$/iu,
  /^(?:rss|atom) feeds? for\s[^|]{3,300}\s\|\s/iu, // a feed's link named after the page: "RSS Feed for <headline> | <site> <date>"
  /^share (?:on|via|to) \S.{0,30}$/iu,
  holding(/all rights reserved|giữ bản quyền/iu, /^.{0,120}(?<![\p{L}])(?:all rights reserved|giữ bản quyền)(?![\p{L}]).{0,80}$/iu), // a footer without "©"
  holding(/ghi rõ nguồn/iu, /^.{0,60}(?<![\p{L}])ghi rõ nguồn(?![\p{L}]).{0,120}$/iu), // "Ghi rõ nguồn … khi phát hành lại thông tin từ website này"
  /^(?:giấy phép|licen[cs]e)\s+(?:số|xuất bản|hoạt động|no\.?)(?![\p{L}]).{0,150}$/iu,
  /^(?:video|xem video|clip)\s*:?$/iu,
  holding(
    /subscribe|newsletter|nhận (?:bản )?tin/iu,
    /^(?:.{0,40}(?<![\p{L}])(?:subscribe|newsletter|đăng ký nhận tin|nhận bản tin)(?![\p{L}]).{0,60})$/iu,
  ),
  /^(?:keep|stay) (?:informed|updated|up to date|in touch)(?:\.{3}|…|!|:)?$/iu, // a newsletter's call without the word
  // an appeal to the reader about the page itself: "Like this article? Take a second to support us …"
  /^(?:did you )?(?:like|liked|enjoy|enjoyed|love) (?:this|the|our) (?:article|story|post|piece)\?.{0,100}$/iu,
  /^(?:comments |site |website )?powered by(?:\s+[^\s.!?]+){1,6}$/iu, // "comments powered by Disqus", a footer's "Powered by …"
  /^follow .{2,40} on .{2,40}$/iu,
  /^(?:ý kiến|bình luận|comments?)\s*\(\d+\)$|đăng nhập để bình luận|^xem bản đầy đủ$|^\d(?:[.,]\d+)?x$/iu,
  /^(?:lượt truy cập|số lượt truy cập|lượt xem|đang truy cập|đang online|visitors?)\s*:.{0,40}$/iu,
  // a visit counter's rows: "Số người đang online: 25", "Hôm nay: 108", "Tổng truy cập 27189375", "Heute 108", "Insgesamt 39186740"
  /^(?:(?:số )?người )?(?:đang online|đang truy cập|trực tuyến|online|hôm nay|hôm qua|tuần này|tháng này|tổng(?: số)?(?: lượt)? truy cập|today|yesterday|this week|this month|total visits|heute|gestern|insgesamt)\s*:?\s*[\d.,]+$/iu,
  // a counter without its colon: "Lượt xem 1.234", "Read 175", "Viewed 1,204 times"
  /^(?:số )?(?:lượt (?:xem|đọc|truy cập)|đã xem|đã đọc|views?|hits?|reads?|viewed)\s*:?\s*[\d.,]+(?:\s*(?:times|lần|lượt))?$/iu,
  // a rating widget: "Click để đánh giá bài viết", "Tổng số điểm của bài viết là: 10 trong 2 đánh giá"
  // (or its state before any vote: "Chưa có đánh giá về bài viết", "No ratings yet")
  /^(?:chưa có (?:lượt )?đánh giá(?: (?:về|cho) (?:bài viết|nội dung)(?: này)?)?|no (?:ratings?|votes?) yet|click để đánh giá bài viết|đánh giá bài viết|bạn đánh giá (?:bài viết|nội dung) này.{0,30}|tổng số điểm của bài viết là.{0,60}|xếp hạng\s*:.{0,40}|rate this (?:article|post|story).{0,20})$/iu,
  // a comment box: its notice and its form's labels
  /^\W{0,3}(?:xin )?vui lòng .{0,60}(?:bình luận|ý kiến|đăng nhập|tiếng việt có dấu).{0,80}$/iu,
  holding(
    /(?:ý kiến|bình luận) của/iu,
    /^.{0,80}(?:biên tập|kiểm duyệt) (?:ý kiến|bình luận) của (?:bạn đọc|độc giả|quý độc giả).{0,160}$/iu,
  ),
  // a form's field labels, a required one marked "*" or "(*)": "Họ tên:(*)", "Số điện thoại:", "Nội dung:(*)"
  /^(?:họ (?:và )?tên|địa chỉ email|email của bạn|tên của bạn|số điện thoại|điện thoại|tiêu đề|nội dung|mã (?:xác nhận|bảo mật|an toàn)|nhập mã(?: xác nhận)?|gửi ý kiến|ý kiến của bạn|viết bình luận|name|email|website|comment|your name|your email|post comment|submit comment|cancel reply)\s*(?:\(\*\)|\*)?\s*:?\s*(?:\(\*\)|\*)?$/iu,
  // a captcha's label with its image's text or link: "Mã xác nhận: Lấy lại mã bảo mật"
  /^(?:mã (?:xác nhận|bảo mật|an toàn)|captcha|security code|verification code)\s*(?:\(\*\))?\s*:.{0,60}$/iu,
  // a comment box's prompt and its rules: "Hãy là người đầu tiên gửi bình luận.", "Tối thiểu 10 chữ Tiếng việt có dấu …"
  /^(?:hãy là người đầu tiên|be the first(?: one)? to)\s.{0,30}(?:bình luận|ý kiến|nhận xét|comment|review).{0,10}$/iu,
  /^(?=.{0,120}$)(?:tối thiểu|ít nhất|minimum|at least)\s+\d+\s+(?:chữ|ký tự|từ|characters|words)(?![\p{L}])/iu,
  /^your email address will not be published(?![\p{L}]).{0,80}$|^required fields are marked|^save my name, email,? and website in this browser/iu,
  /^(?:download|tải)(?![\p{L}]).{0,40}(?<![\p{L}])(?:app|ứng dụng)(?![\p{L}]).{0,60}$/iu,
  /^mời (?:quý )?(?:độc giả|bạn đọc)(?![\p{L}]).{0,160}$/iu,
  /^[›»•▸►]\s*.{3,200}$/u, // a list item linking elsewhere
  // a pager to the neighbouring items, "‹ previous | next ›", "« Bài trước | Bài sau »"
  /^[‹«<]?\s*(?:previous|prev|précédent|(?:bài|tin) trước)(?: (?:post|article|story))?\s*\|\s*(?:next|suivant|(?:bài|tin) sau)(?: (?:post|article|story))?\s*[›»>]?$/iu,
  /^(?:phiên bản di động|phiên bản máy tính|xem phiên bản (?:di động|máy tính|đầy đủ)|mobile version|desktop version|về đầu trang|lên đầu trang|back to top|(?:scroll|go) (?:back )?to top|trở về đầu trang|quay lại|zum seitenanfang|nach oben|haut de page|retour en haut)$/iu,
  READING_TOOLS_LABEL,
  // where the page is in the site's tree, "You are here: Home"
  /^(?:you are here|bạn đang ở|vị trí của bạn)\s*:.{0,100}$/iu,
  // a ticker of other stories' headlines joined by bullets, "China Focus: … • News Analysis: …"
  holding('•', /^(?=.*[^.!?…"”]$)[\p{Lu}\d][^•]{10,200}(?:\s•\s+[\p{Lu}\d][^•]{10,200})+$/u),
  /^(?:a\s*[-+]?\s*){2,4}$/iu, // font-size buttons "A- A A+"
  holding('+', /^(?=.{0,80}$)(?=.*(?<![\p{L}])A\s?-(?![\p{L}\d]))(?=.*(?<![\p{L}])A\s?\+)/u), // the same buttons among labels: "Cỡ chữ: Giảm (A-) Mặc định (A) Tăng (A+)"
  holding(/\.(?:jpe?g|png|gif|webp|bmp)$/iu, /^\S.{0,60}\.(?:jpe?g|png|gif|webp|bmp)$/iu), // an image's file name printed for the image: "TLSHQ 1.jpg"
  TAGS_LINE,
  // a box of popular items' label, wherever the box stands: "Video đang HOT", "Tin hot", "Đang hot"
  /^(?:(?:video|clip|tin|bài viết|bài|ảnh)\s+)?(?:đang\s+)?hot$/iu,
  // a page's keywords without their label, capitalised phrases each closed by a comma: "Trade remedies, Seafood exports, Vietnam,"
  holding(/,$/u, /^(?:\p{Lu}[^,.;:!?]{0,80}, ){2,}\p{Lu}[^,.;:!?]{0,80},$/u),
  // or joined by semicolons, four or more, two of them in small letters as tags are kept: "turkey; vietnam; ambassador; trade
  // volume" (a list of bodies in the text, "Bộ Công Thương; Bộ Tài chính; …", names each with a capital)
  holding(';', /^(?=.{0,300}$)(?=(?:.*?(?:^|;\s)\p{Ll}[\p{Ll}\d -]{0,40}(?:;|$)){2})[^;.!?:]{1,40}(?:;\s[^;.!?:]{1,40}){3,}$/u),
  /^(?:tải ứng dụng|tải app|download (?:the )?app|hotline|đường dây nóng)(?![\p{L}]).{0,80}$/iu,
  // breadcrumbs, the last item at times the page's headline: "Home / KHOA HỌC / Tạp chí khoa học / Phân tích lợi thế …"
  /^(?:trang chủ|home)(?:\s*[>»/|›]\s*[^.>»/|›]{1,40}){0,3}\s*[>»/|›]\s*[^.>»/|›]{1,200}$/iu,
  /^(?:\p{Extended_Pictographic}|\s)+\d*$/u, // emoji reaction rows
  /^(?:\s*\p{Extended_Pictographic}\uFE0F?\s*[\p{L} ]{0,16}){2,}$/u, // emoji reactions with labels
  /^(?:thích|like|yêu thích|\d[\d.,]*\s*(?:lượt xem|views?|bình luận|comments?))$/iu, // "1.234 lượt xem"
  /^\d+$/u, // a count standing alone (views, comments)
  new RegExp(String.raw`^${EMPTY_COMMENTS_NOTICE}[.:]?$`, 'iu'),
  /^(?:photo|image|picture) of .{3,150}$/iu, // an image's alt text: "Photo of two people shaking hands."
  // an advertisement's or a banner's image named by its alt text: "image advertisement", "image banner", "ảnh quảng cáo"
  /^(?:image|img|ảnh|hình ảnh)\s(?:advertisement|advert|ads?|banner|quảng cáo)$/iu,
  // a template's markers and fields left in the copy: "---SHARE---", a field whose value is an identifier, "Author: verified_user"
  /^(?:["']?-{2,}\p{Lu}[\p{Lu} ]{1,20}-{2,}["']?\s*)+$/u,
  holding('_', /^[\p{L} ]{2,20}:\s*[a-z]+(?:_[a-z]+)+$/u),
  /^(?:[\p{L}+.]+\s)?(?:followers|subscribers|người theo dõi)$/iu, // a follower widget's title: "Google+ Followers"
  // editors' initials joined by slashes closing a wire story: "pgh/llp/wmr/mpm"
  /^[a-z]{2,5}(?:\/[a-z]{2,5}){2,}$/u,
  // a line that only points to a link: "Xem bản tin tại đây.", "Chi tiết xem tại đây", "Click here to download the full report"
  /^(?:mời (?:bạn )?|(?:thông tin |nội dung )?chi tiết,?\s+(?:xin )?)?(?:xem|đọc|tải|bấm|nhấn|click)(?![\p{L}])[^.]{0,50}(?<![\p{L}])tại đây\W{0,3}$|^(?:please )?(?:click|tap) here(?![\p{L}]).{0,60}$|^(?:read|see|view|download|watch)(?![\p{L}])[^.]{0,50}(?<![\p{L}])here[.:!]?$/iu,
];
