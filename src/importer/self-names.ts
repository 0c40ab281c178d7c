/**
 * What a page says of its own outlet, outside the article: a copyright line, the masthead, a
 * widget or notice naming the site ("Theo dõi Baotinh.vn trên", "Mời quý độc giả theo dõi … của
 * Đài Truyền hình Quốc gia trên TV Online!"), a print button with the site's name glued to it, and
 * the domains its chrome shows. Names go to a proposal only when they read as an outlet's name;
 * every masthead line may still match an outlet the registry knows.
 */
import { isDateLine } from './date-lines.ts';
import { MENU_SEPARATOR, PHOTO_CREDIT } from './page-lines.ts';
import { SOCIAL_DOMAIN, SOCIAL_NETWORKS } from './social-networks.ts';
import type { PageParts } from './structure.ts';

export interface SelfNames {
  /** Readable names the page gives itself, strongest first. */
  names: string[];
  /** The domain a copyright line gives: the page's own. */
  copyrightDomain?: string;
  /** Domains the page's chrome shows (a partner's or an advertiser's, as likely as its own). */
  domains: string[];
  /** Masthead lines that may name a known outlet ("BÁO TIN NHANH - THÔNG TẤN XÃ QUỐC GIA"). */
  hints: string[];
}

const DOMAIN = /\b(?:[a-z0-9-]+\.)+(?:vn|net|com|org)\b/giu;
/** A site under another top-level domain, written in small letters: "cauthegioi.hu", "Langviet.us" (not initials, "S.Mi"). */
const OTHER_DOMAIN = /\b(?:[A-Za-z0-9-]{2,}\.)+(?:info|gov|edu|[a-z]{2})\b/gu;
/** An e-mail address: its domain is a mailbox's host (a writer's university, a newsroom's inbox), not a site the page shows. */
const EMAIL = /[^\s@()<>]+@[^\s@()<>]+/gu;
const domainsIn = (text: string): string[] => {
  const bare = text.includes('@') ? text.replace(EMAIL, ' ') : text;
  return [...(bare.match(DOMAIN) ?? []), ...(bare.match(OTHER_DOMAIN) ?? [])];
};
/** The words a Vietnamese outlet's name opens on: "Báo …", "Cổng thông tin …". */
export const OUTLET_KINDS = ['báo', 'tạp chí', 'đài', 'cổng thông tin', 'trang thông tin', 'thông tấn xã'] as const;
/** A line that reads as an outlet's name: "Báo Công nghiệp và Phát triển", "Metro News Network". */
const OUTLET_NAME = new RegExp(
  String.raw`^(?:${OUTLET_KINDS.join('|')})\s+\S.{1,50}$|^\S.{1,40}\s(?:news|times|network|review|post|daily|magazine|online|channel|television|tv|radio|agency|press|herald|tribune|journal|gazette|observer|weekly|chronicle)$|^(?:the\s+)?(?:ministry|embassy|consulate(?:[- ]general)?|department)\s+of\s+\S.{1,50}$`,
  'iu',
);
/** A journal's name, capitalised, with no sentence's stop: "CTUHN Journal of Social Sciences and Humanities". */
const JOURNAL_NAME = /^\p{Lu}[^\s.!?]{0,20}(?:\s[^\s.!?]+){0,4}\sJournal of\s\p{Lu}[^.!?]{1,60}$/u;
/**
 * A section's label shaped like such a name, a topic in small letters before "news": "Garment industry news", "Company news"
 * (a name capitalises its words: "Metro Investment Review", "The Delta Times").
 */
const SECTION_NEWS = /^\p{Lu}\p{Ll}*(?:\s\p{Ll}+)*\snews$/u;
const isOutletName = (line: string): boolean => (OUTLET_NAME.test(line) && !SECTION_NEWS.test(line)) || JOURNAL_NAME.test(line);

/**
 * A publisher introducing what it prints by its name, every word capitalised: "KTDN xin trân trọng giới thiệu toàn văn bài
 * phát biểu …" ("Ban biên tập xin …", "Tòa soạn xin …" name no outlet).
 */
const INTRODUCES = /(?:^|[.!?]\s+)(\p{Lu}[^\s.!?,]{1,20}(?:\s\p{Lu}[^\s.!?,]{0,15}){0,3})\s+xin\s+(?:trân trọng\s+)?giới thiệu(?![\p{L}])/u;
const WIDGET = /^theo dõi (.{2,60}?) trên(?: .{0,40})?$/iu;
/**
 * The same widget with its "Theo dõi" lost to an icon, outside the text: "Thị trường & Đời sống trên" on a line of its own, a
 * capital opening it and no mark inside (a sentence of the text, "Như đã nêu ở trên.", closes on its stop).
 */
export const BARE_WIDGET = /^(\p{Lu}[^.!?,:;()]{1,50}?) trên$/u;
/** The same widget in English, "Follow CTR on Google News", "Follow X on Facebook | YouTube" ("Follow us on …" names no one). */
const WIDGET_EN = new RegExp(String.raw`^follow (?!us\b)(\S.{1,40}?) on (?:${SOCIAL_NETWORKS.join('|')})\b`, 'iu');
const NOTICE = /^\W*mời (?:quý )?(?:độc giả|bạn đọc) theo dõi .{0,80}? của ((?:báo|đài|tạp chí) .{2,60}?) trên\b/iu;
/**
 * A browser's title bar over the page, the headline then a bar and the outlet, perhaps the day after it: "RSS Feed for Giá trị …
 * sử dụng | Tạp chí Kinh tế Xanh Thứ năm 02/01/2025 14:11" (a menu's "Trang chủ | Báo chí" has no headline before the bar).
 * A bar is one short line: the length bound keeps a paragraph of a megabyte from costing the square of its words.
 */
const TITLE_BAR = new RegExp(
  String.raw`^(?=.{0,300}$)(?:\S+\s){5,}.*?\s\|\s((?:Báo|Tạp chí|Đài|Cổng thông tin|Trang thông tin)\s\p{Lu}[^|\d]{1,50}?)(?:\s+(?:\S+\s+){0,2}\d.*)?$`,
  'u',
);
const PRINT_BUTTON = /^(\S.{1,30}?)\s*(?:print this article|in bài viết|in bài này)\b/iu;

/** Ten words or more with no label, "©" or address ("Website:", "Email: …@…", "… | …"): a headline or a sentence. */
const isRunningText = (line: string): boolean => !/[:©@|]/u.test(line) && line.split(/\s+/).length >= 10;

/** "© 2022 The Delta Times. All rights reserved." → "The Delta Times"; a domain in it is a domain. */
function copyrightHolder(text: string): { name?: string; domain?: string } {
  if (!/©|copyright|bản quyền/iu.test(text) || text.length > 160) return {};
  const words = text.split(/\s+/);
  const domain = domainsIn(text).find((d) => words.includes(d));
  if (domain) return { domain: domain.toLowerCase() };
  const m = /(?:©|copyright|bản quyền(?: thuộc về)?)\s*(?:©|copyright|bởi|by|thuộc về)?\s*(?:\d{4}(?:\s*-\s*\d{4})?\s*)?(.+)$/iu.exec(text);
  const holder =
    m?.[1]
      .split(/\s+[-–]\s+|[.,;]\s|\s*\|\s*/u)[0]
      .replace(/^(?:©|copyright|by)\s*/iu, '')
      .trim() ?? '';
  return holder.length >= 2 ? { name: holder } : {};
}

/** What a page split into its parts says of itself, read from all its lines (chrome included). */
export function pageSelfNames(text: string, parts: Pick<PageParts, 'beforeTitle' | 'paragraphs' | 'creditLines'>): SelfNames {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  // a Set: a page of 10 MB has tens of thousands of lines
  return selfNames(lines, parts.beforeTitle, new Set([...parts.paragraphs, ...parts.creditLines]));
}

/** The names and domains in the page's lines; `articleText` holds the article's own lines, never chrome. */
function selfNames(lines: readonly string[], beforeTitle: readonly string[], articleText: ReadonlySet<string>): SelfNames {
  const copyright = lines.map(copyrightHolder);
  const masthead = beforeTitle
    .slice(0, 3)
    .filter((t) => t.length <= 60 && !isDateLine(t) && !MENU_SEPARATOR.test(t))
    .flatMap((t) => [t, ...(t.includes(' - ') ? t.split(/\s+[-–]\s+/u) : [])]); // "BÁO TIN NHANH - THÔNG TẤN XÃ QUỐC GIA" names both
  const named = lines.map(
    (line) =>
      WIDGET.exec(line)?.[1] ??
      (articleText.has(line) ? undefined : BARE_WIDGET.exec(line)?.[1]) ??
      WIDGET_EN.exec(line)?.[1] ??
      NOTICE.exec(line)?.[1] ??
      PRINT_BUTTON.exec(line)?.[1] ??
      INTRODUCES.exec(line)?.[1],
  );
  // a masthead followed by its initials ("Viet Reader." / "VR.") is the outlet's name
  const withInitials = masthead.filter((t, i) => {
    const initials = t.match(/(?<![\p{L}])\p{Lu}/gu)?.join('') ?? '';
    return initials.length >= 2 && masthead[i + 1]?.replace(/\.$/u, '') === initials;
  });
  // the title bar heads the page, over the headline or read as it
  const titleBars = lines.slice(0, 3).map((t) => TITLE_BAR.exec(t)?.[1]);
  const mastheadNames = [...masthead.filter(isOutletName), ...withInitials].map((t) => t.replace(/\.$/u, ''));
  mastheadNames.push(...titleBars.filter((name): name is string => Boolean(name)));
  const names = [...copyright.map((c) => c.name), ...mastheadNames, ...named].filter((name): name is string => Boolean(name));
  // a photo's credit names where the photo comes from ("(Ảnh: Baotinh.vn)"), even on a caption's line joined to the text; a
  // headline or sentence of other stories, "HealthRx.gov Highlights GLP-1 Drug Discounts …", names what it talks about
  const domains = lines
    .filter((line) => !articleText.has(line) && !PHOTO_CREDIT.test(line) && !isRunningText(line))
    .flatMap(domainsIn)
    .map((d) => d.toLowerCase())
    // (an address on a social network, "www.facebook.com/…", is the page's account there, not its site)
    .filter((d) => !SOCIAL_DOMAIN.test(d));
  // a masthead is written as a name (a brand, "Bình Minh", capitals), a domain or an outlet's
  // name; a common phrase in a menu above the headline ("Chính phủ") is a section, not an outlet
  const asName = (t: string) => !/\p{Ll}/u.test(t) || t.split(/\s+/).every((word) => /^[\p{Lu}\d]/u.test(word));
  const hints = masthead.filter((t) => asName(t) || isOutletName(t) || /\.(?:vn|net|com|org)\b/iu.test(t));
  return { names, copyrightDomain: copyright.find((c) => c.domain)?.domain, domains, hints };
}
