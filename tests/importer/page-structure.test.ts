/**
 * The page's structure on real pages of the held-out development half: which line is the
 * headline, and that what repeats or surrounds it is neither title nor text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isChromeLine, isLabelRow } from '../../src/importer/chrome.ts';
import { isProse } from '../../src/importer/page-lines.ts';
import { bylineName } from '../../src/importer/credits.ts';
import { findAuthor } from '../../src/importer/bylines.ts';
import { DATE_LINE, P1, P2, P3, REPO_ROOT, TITLE, extractOk, page } from './helpers.ts';

const DEV = join(REPO_ROOT, 'tests', 'fixtures', 'held-out', 'dev');

/** A development page's raw text and the title and body its expectation gives. */
function devPage(name: string): { input: Uint8Array; title: string | null; body: string[] } {
  const expected = JSON.parse(readFileSync(join(DEV, name, 'expected.json'), 'utf8')) as { title: string | null; body: string[] };
  return { input: readFileSync(join(DEV, name, 'input.txt')), title: expected.title, body: expected.body };
}

/** The importer gives the page the title and the paragraphs its expectation gives; the article, for more checks. */
function expectTitleAndBody(name: string) {
  const { input, title, body } = devPage(name);
  const article = extractOk(input);
  expect(article.title).toBe(title);
  expect(article.paragraphs).toEqual(body);
  return article;
}

describe('the headline, printed again or among other lines', () => {
  test.each([
    // a long headline printed again under the lead is not a summary printed above the headline
    'en-songoaivu-binhdinh-press-attaches-ms-deputy-director',
    // glued to itself as alt text and caption: "<headline><headline>"
    'vi-baophunuthudo-politburo-secretary-two-syllable-ambassador',
    // cut off where the copy ends: "300 đại biểu dự Hội nghị Ngoại"
    'vi-baohatinh-hoi-nghi-ngoai-vu-repeated-headline',
    // printed twice, under a section name that reads like a byline, above a photographer's credit
    'en-vneconomictimes-attendee-list-mr-name-title',
    // a title bar cut after its separator: "… Vương quốc Thái Lan |"
    'vi-ptpphuyen-surin-governor-dash-name',
  ])('%s: the title once, and none of the lines around it or its repeats in the text', (name) => {
    expectTitleAndBody(name);
  });

  test('a headline glued to the lead printed again under it is split off; a paragraph whose last sentence opens the next is text', () => {
    const headline = 'Ngoại giao kinh tế mở đường cho nông sản';
    const article = extractOk(page(`${headline} ${P1}`, '', `${P1} ${P2}`, '', P3));
    expect(article.title).toBe(headline);
    expect(article.paragraphs).toEqual([`${P1} ${P2}`, P3]);
    // a whole paragraph before the repeated sentence is no headline
    const paragraph = extractOk(page(TITLE, '', DATE_LINE, '', `${P2} ${P1}`, '', `${P1} ${P3}`));
    expect(paragraph.title).toBe(TITLE);
    expect(paragraph.paragraphs).toEqual([`${P2} ${P1}`, `${P1} ${P3}`]);
  });

  test('the copied story’s headline under a post’s, shorter and in the post’s words, is neither title nor text; a deck is text', () => {
    const post = 'The door to the Indochinese Federation is now wide open: Vietnam and Cambodia to grow cooperation';
    const copy = extractOk(page('Monday, June 08, 2009', '', post, '', 'Co-operation with Cambodia to grow', '', P1, '', P2, '', P3));
    expect(copy.title).toBe(post);
    expect(copy.paragraphs).toEqual([P1, P2, P3]);
    const deck = 'Border provinces pledge closer links in trade and security';
    const decked = extractOk(page('Monday, June 08, 2009', '', post, '', deck, '', P1, '', P2, '', P3));
    expect(decked.title).toBe(post);
    expect(decked.paragraphs).toEqual([deck, P1, P2, P3]);
  });

  test('a name of three capitalised words between the headline and the lead (the site’s) is not text; a caption there is', () => {
    expect(extractOk(page(TITLE, '', 'Sputnik Việt Nam', '', DATE_LINE, '', P1, '', P2, '', P3)).paragraphs).toEqual([P1, P2, P3]);
    const caption = 'Quang cảnh hội nghị';
    expect(extractOk(page(TITLE, '', DATE_LINE, '', caption, '', P1, '', P2, '', P3)).paragraphs).toEqual([caption, P1, P2, P3]);
  });

  test('a headline quoting the heading glued after it is split from the heading; a headline closing on a quotation is whole', () => {
    const headline = 'Hiệp định Thương mại tự do – Doanh nghiệp Hải Phòng cần biết “CHƯƠNG I. THÔNG TIN CHUNG VỀ HIỆP ĐỊNH CPTPP”';
    const heading = 'CHƯƠNG I. THÔNG TIN CHUNG VỀ HIỆP ĐỊNH CPTPP (tiếp)';
    const handbook = extractOk(page(`${headline} ${heading}`, '', P1, '', P2, '', P3));
    expect(handbook.title).toBe(headline);
    expect(handbook.paragraphs).toEqual([heading, P1, P2, P3]);
    expect(extractOk(page(headline, '', P1, '', P2, '', P3)).title).toBe(headline);
  });

  test('a link to the page in another language after the headline ("… [en]") is not the title’s; a place in brackets is', () => {
    expect(extractOk(page(`${TITLE} [en]`, '', DATE_LINE, '', P1, '', P2, '', P3)).title).toBe(TITLE);
    const place = 'Lãnh đạo tỉnh tiếp Đoàn doanh nghiệp tỉnh Gunma (Nhật Bản)';
    expect(extractOk(page(place, '', DATE_LINE, '', P1, '', P2, '', P3)).title).toBe(place);
  });

  test('a numbered heading of the text under the headline ("1. Bối cảnh …") is not the title; a headline opening on a figure is', () => {
    const heading = '1. Bối cảnh hợp tác giữa hai địa phương';
    const article = extractOk(page(TITLE, '', DATE_LINE, '', heading, '', P1, '', P2, '', P3));
    expect(article.title).toBe(TITLE);
    expect(article.paragraphs).toEqual([heading, P1, P2, P3]);
    const figure = '10 doanh nghiệp Việt Nam dự hội chợ nông sản tại Dubai';
    expect(extractOk(page(figure, '', DATE_LINE, '', P1, '', P2, '', P3)).title).toBe(figure);
    const initial = 'V. Putin tiếp Thủ tướng Việt Nam tại Điện Kremlin';
    expect(extractOk(page(initial, '', DATE_LINE, '', P1, '', P2, '', P3)).title).toBe(initial);
  });

  test('a headline in capitals above the date and the lead is the title; a masthead in capitals is not', () => {
    const upper = TITLE.toUpperCase();
    expect(extractOk(page(upper, '', DATE_LINE, '', P1, '', P2, '', P3)).title).toBe(upper);
    const underMasthead = extractOk(page('BÁO ĐIỆN TỬ ĐẢNG CỘNG SẢN VIỆT NAM', '', DATE_LINE, '', P1, '', P2, '', P3));
    expect(underMasthead.title).toBeNull();
    expect(underMasthead.paragraphs).toEqual([P1, P2, P3]);
  });

  test('a speech’s salutation closed by a comma over its text is text, never the headline', () => {
    const salutations = ['Thưa Ngài Chủ tịch,', 'Thưa Quý vị và các bạn,'];
    const speech = extractOk(page(TITLE, '', DATE_LINE, '', salutations[0]!, '', salutations[1]!, '', P1, '', P2, '', P3));
    expect(speech.title).toBe(TITLE);
    expect(speech.paragraphs).toEqual([...salutations, P1, P2, P3]);
    // a headline closing on no comma over the lead is still the headline
    expect(extractOk(page('Thưa chuyện với doanh nghiệp về thị trường Nhật Bản', '', DATE_LINE, '', P1, '', P2, '', P3)).title).toBe(
      'Thưa chuyện với doanh nghiệp về thị trường Nhật Bản',
    );
  });

  test('a theme’s labelled line wrapped over two lines goes whole; a quotation opened in the text stays', () => {
    const themed = page(
      TITLE,
      '',
      DATE_LINE,
      '',
      'Chủ đề : “Hướng tới quan hệ đối tác kinh tế mở:',
      '',
      'Một nền tảng mới cho tăng trưởng”',
      '',
      P1,
      '',
      P2,
      '',
      P3,
    );
    const article = extractOk(themed);
    expect(article.title).toBe(TITLE);
    expect(article.paragraphs).toEqual([P1, P2, P3]);
    const quoted = '“Chúng tôi sẵn sàng đồng hành cùng doanh nghiệp Việt Nam trên các thị trường mới”';
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', quoted, '', P2, '', P3)).paragraphs).toEqual([P1, quoted, P2, P3]);
  });

  test('a heading in capitals over the lead, written as the text’s later subheadings are, is no headline but the text’s', () => {
    const opening = 'CHUYỂN ĐỔI SỐ: CHỦ TRƯƠNG LỚN CỦA ĐẢNG VÀ CHÍNH PHỦ TRONG KỶ NGUYÊN MỚI';
    const later = 'NHỮNG KẾT QUẢ BAN ĐẦU CỦA BỘ NGOẠI GIAO TRONG CHUYỂN ĐỔI SỐ';
    const article = extractOk(page(opening, '', P1, '', P2, '', later, '', P3));
    expect(article.title).toBeNull();
    expect(article.paragraphs).toEqual([opening, P1, P2, later, P3]);
    // alone, it is the headline
    expect(extractOk(page(opening, '', P1, '', P2, '', P3)).title).toBe(opening);
  });

  test('a headline in capitals set over two lines is one; a masthead in capitals above a headline in capitals is not its part', () => {
    const lines = ['PHÁT BIỂU CỦA PHÓ THỦ TƯỚNG NGUYỄN THIỆN NHÂN', 'TẠI HỘI NGHỊ TƯƠNG LAI CHÂU Á LẦN THỨ 16'];
    const speech = extractOk(page(lines[0]!, '', lines[1]!, '', DATE_LINE, '', P1, '', P2, '', P3));
    expect(speech.title).toBe(lines.join(' '));
    expect(speech.paragraphs).toEqual([P1, P2, P3]);
    const upper = TITLE.toUpperCase();
    expect(extractOk(page('BÁO ĐIỆN TỬ ĐẢNG CỘNG SẢN VIỆT NAM', '', upper, '', DATE_LINE, '', P1, '', P2, '', P3)).title).toBe(upper);
  });

  test('the text’s list lines over the first paragraph (a lettered point, an intro closed by a colon, a dashed item) are no headline', () => {
    const list = [
      'a. Biện pháp khuyến khích đầu tư về kinh tế.',
      'Luật đầu tư quy định lĩnh vực được ưu đãi. Cụ thể:',
      '– Lĩnh vực đầu tư',
    ];
    const notes = extractOk(page('Các biện pháp khuyến khích đầu tư', '', list[0]!, '', list[1]!, '', list[2]!, '', P1, '', P2, '', P3));
    expect(notes.title).toBe('Các biện pháp khuyến khích đầu tư');
    expect(notes.paragraphs).toEqual([...list, P1, P2, P3]);
    // a headline opening on a figure or an initial is one
    const initial = 'V. Putin tiếp Thủ tướng Việt Nam tại Điện Kremlin';
    expect(extractOk(page(initial, '', P1, '', P2, '', P3)).title).toBe(initial);
  });

  test('a byline under the standfirst is the header’s though the headline is printed again between them', () => {
    const byline = 'Tác giả: ThS Nguyễn Minh An, Học viện Ngoại giao.';
    const essay = extractOk(page(TITLE, '', P1, '', TITLE, '', byline, '', P2, '', P3));
    expect(essay.author).toBe('ThS Nguyễn Minh An');
    expect(essay.paragraphs).toEqual([P1, P2, P3]);
    // another line between them is text: what stands under it is no header
    const heading = '1. Khái niệm ngoại giao kinh tế';
    expect(extractOk(page(TITLE, '', P1, '', heading, '', byline, '', P2, '', P3)).paragraphs).toContain(byline);
  });

  test('a research paper’s section headings ("Tóm tắt", "ĐẶT VẤN ĐỀ") are its text, not a section’s label nor a byline', () => {
    const paper = extractOk(page(TITLE, '', 'Tóm tắt', '', P1, '', 'ĐẶT VẤN ĐỀ', '', P2, '', P3));
    expect(paper.title).toBe(TITLE);
    expect(paper.paragraphs).toEqual(['Tóm tắt', P1, 'ĐẶT VẤN ĐỀ', P2, P3]);
    expect(paper.author).toBeNull();
    // a section's label between the headline and the lead is none
    expect(extractOk(page(TITLE, '', 'Sự kiện', '', P1, '', P2, '', P3)).paragraphs).toEqual([P1, P2, P3]);
  });

  test('a headline closed by a period in brackets ("… (1997 - 2016)") is no sentence; a paragraph closed by a credit is', () => {
    const headline = 'The direct investment of Japan in Vietnam through the case study of Binh Duong province (1997 - 2016)';
    expect(extractOk(page('Research Article - Social Sciences', '', headline, '', 'Open Access', '', P1, '', P2, '', P3)).title).toBe(
      headline,
    );
    expect(isProse(headline)).toBe(false);
    expect(isProse('Kim ngạch xuất khẩu cà phê sang thị trường châu Âu tăng mạnh trong những tháng đầu năm (TTXVN)')).toBe(true);
  });

  test('a long headline without a full stop over its byline and date, the lead under them, is the title, not a section row above', () => {
    const long =
      'Diễn đàn hợp tác địa phương Việt Nam – Nhật Bản lần thứ chín khai mạc tại Đà Nẵng…Mở ra giai đoạn mới cho các tỉnh ven biển miền Trung';
    const article = extractOk(page('Thời sự Kinh tế', '', long, '', 'Minh Anh 10:15 12-03-2023', P1, '', P2, '', P3));
    expect(article.title).toBe(long);
    expect(article.author).toBe('Minh Anh');
    expect(article.paragraphs).toEqual([P1, P2, P3]);
    // under a headline, such a line is its standfirst
    const headline = 'Đà Nẵng đón các doanh nghiệp Nhật Bản tìm hiểu cơ hội đầu tư';
    expect(extractOk(page(headline, '', long, '', 'Minh Anh 10:15 12-03-2023', P1, '', P2, '', P3)).title).toBe(headline);
    // a paragraph closing on a full stop over a byline is text, not a headline
    const sentence = `${long}.`;
    expect(extractOk(page('Thời sự Kinh tế', '', sentence, '', 'Minh Anh 10:15 12-03-2023', P1, '', P2, '', P3)).title).not.toBe(sentence);
  });

  test('a short sentence closed by a full stop opening the page, a longer paragraph under it, is the headline (flagged)', () => {
    const stopped = 'Việt Nam và Ai Cập ký bản ghi nhớ hợp tác thương mại nông sản và thủy sản.';
    const article = extractOk(page(stopped, '', P1, '', P2, '', P3));
    expect(article.title).toBe(stopped);
    expect(article.paragraphs).toEqual([P1, P2, P3]);
    expect(article.needsReview).toContain('title');
    // an English sentence opening on an article is a standfirst: headlines drop their articles
    const standfirst = 'The Deputy Prime Minister met the Egyptian Minister of Trade and Industry in Cairo.';
    expect(extractOk(page(standfirst, '', P1, '', P2, '', P3)).title).toBeNull();
    // and one opening on its day is a lead
    const dated = 'Ngày 5/3, Việt Nam và Ai Cập ký bản ghi nhớ hợp tác thương mại nông sản.';
    expect(extractOk(page(dated, '', P1, '', P2, '', P3)).title).toBeNull();
    // and one pointing back at things a lost headline named ("… của 2 thị trường này …") follows it: text, no headline
    const pointing = 'Tỷ trọng tính chung của 2 thị trường này chiếm khoảng 22% tổng lượng cà phê xuất khẩu.';
    const cut = extractOk(page(pointing, '', P1, '', P2, '', P3));
    expect(cut.title).toBeNull();
    expect(cut.paragraphs).toEqual([pointing, P1, P2, P3]);
    // so is a sentence under something else at the top of the page
    expect(extractOk(page('Cổng Thông tin Điện tử Sở Công Thương', '', stopped, '', P1, '', P2, '', P3)).title).not.toBe(stopped);
  });

  test('a sentence broken after a few words and carried over three lines of its block is one paragraph', () => {
    const rest =
      'Kỉ niệm 50 năm ngày thiết lập quan hệ ngoại giao Việt Nam - Ấn Độ. Diễn ra tại Nhà hát Thành phố, có nhiều doanh nghiệp tham dự lễ.';
    const article = extractOk(page('Vào sáng ngày', '6/1/2022 lúc 9h30 đã diễn ra lễ mít tinh', rest, P2, P3));
    expect(article.paragraphs).toEqual([`Vào sáng ngày 6/1/2022 lúc 9h30 đã diễn ra lễ mít tinh ${rest}`, P2, P3]);
    // a label over a link, or a short heading over a paragraph opening in capitals, is no sentence carried on
    expect(
      extractOk(page(TITLE, '', DATE_LINE, '', P1, '', P2, '', P3, '', 'Read more', 'https://example.org/news')).paragraphs,
    ).not.toContain('Read more https://example.org/news');
  });

  test('a hard-wrapped lead running on into a line in small letters is no headline; a headline over its lead is', () => {
    const wrapped = page(
      'A forum to promote investment from Japan into the central',
      'province of Quang Nam was held in Hanoi on May 12, the organisers said.',
      '',
      'The event was jointly held by the provincial People’s Committee and the Japan External Trade Organization office in Hanoi.',
      '',
      'Chairman of the provincial People’s Committee Le Van Dung said the province was improving its roads and sea ports.',
    );
    expect(extractOk(wrapped).title).toBeNull();
    const headline = 'Quang Nam courts Japanese investors at a forum in Hanoi';
    expect(extractOk(page(headline, '', P1, '', P2, '', P3)).title).toBe(headline);
  });

  test("a table's cell under the headline holds the hero photo's caption: text without the cell's pipe, not the title", () => {
    const headline = 'Coffee growers and exporters should work together';
    const caption = 'A farmer picks coffee in Krong Nang district, Dak Lak province';
    const article = extractOk(page(headline, `${caption} |`, P1, P2, P3));
    expect(article.title).toBe(headline);
    expect(article.paragraphs).toEqual([caption, P1, P2, P3]);
    // a headline set in the table's cell itself, nothing above it, stays the title
    expect(extractOk(page(`${headline} |`, P1, P2, P3)).title).toBe(headline);
  });

  test('a speaker set over the headline as a kicker closed by a colon is part of the title; a section label so closed is not', () => {
    const headline = 'Đẩy mạnh hợp tác kinh tế với các đối tác châu Phi';
    const kicker = extractOk(page('Bộ trưởng Nguyễn Văn Hùng:', '', headline, '', DATE_LINE, '', P1, '', P2, '', P3));
    expect(kicker.title).toBe(`Bộ trưởng Nguyễn Văn Hùng: ${headline}`);
    expect(kicker.paragraphs).toEqual([P1, P2, P3]);
    expect(extractOk(page('Tin liên quan:', '', headline, '', DATE_LINE, '', P1, '', P2, '', P3)).title).toBe(headline);
  });

  test('a headline in capitals under the date line and over the lead is the title, not a sidebar item above the date', () => {
    const upper = TITLE.toUpperCase();
    const sidebar = 'Khu công nghiệp Yên Phong 2 - Yen Phong 2 IP';
    expect(extractOk(page(sidebar, DATE_LINE, upper, P1, '', P2, '', P3)).title).toBe(upper);
    // with a line between the date and the headline, the nearer headline in small letters is still the title
    const kicker = 'Hai bộ phối hợp thúc đẩy xuất khẩu nông sản';
    expect(extractOk(page(sidebar, DATE_LINE, kicker, upper, P1, '', P2, '', P3)).title).toBe(kicker);
  });

  test('a copy opening on a subheading in capitals, others like it heading later paragraphs, has no title', () => {
    const [first, second] = ['HỢP TÁC KINH TẾ LÀ TRỌNG TÂM CỦA QUAN HỆ HAI NƯỚC', 'NHỮNG KẾT QUẢ BAN ĐẦU CỦA CÔNG TÁC NGOẠI GIAO KINH TẾ'];
    expect(extractOk(page(first, P1, P2, second, P3)).title).toBeNull();
    // alone, it is the headline
    expect(extractOk(page(first, P1, P2, P3)).title).toBe(first);
  });

  test.each([
    ['SỞ NGOẠI VỤ TỈNH ĐỒNG NAI LÀM VIỆC VỚI TỔNG LÃNH SỰ QUÁN HÀN QUỐC'],
    ['HỘI HỮU NGHỊ VIỆT NAM - LÀO TỈNH NGHỆ AN TỔ CHỨC GẶP MẶT ĐẦU XUÂN'],
    ['BỘ CÔNG THƯƠNG VÀ JETRO KÝ KẾT BIÊN BẢN GHI NHỚ HỢP TÁC'],
  ])('an organisation doing something, in capitals, is a headline, not a masthead: %s', (upper) => {
    expect(extractOk(page(upper, '', DATE_LINE, '', P1, '', P2, '', P3)).title).toBe(upper);
    const masthead = extractOk(page('LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ VIỆT NAM', '', DATE_LINE, '', P1, '', P2, '', P3));
    expect(masthead.title).toBeNull();
  });

  test('a headline printed again over its byline ("Tác giả: NAME") is the title, not the section label between its copies', () => {
    const article = extractOk(page(TITLE, 'Thời sự - Chính trị', '', TITLE, '', 'MINH ANH', 'Tác giả: MINH ANH', P1, '', P2, '', P3));
    expect(article.title).toBe(TITLE);
  });

  test.each([
    ['Friday, March 3, 2017', 'A new chapter for the Mekong: Vietnam and Laos to expand border trade', 'Border trade with Laos to expand'],
    ['12/05/2021', 'Xuất khẩu rau quả sang Nhật Bản tăng mạnh', 'Nhiều doanh nghiệp tận dụng ưu đãi thuế quan từ hiệp định'],
  ])(
    'two headlines under the date line "%s": the upper is the page’s, the lower a copied story’s headline or a deck',
    (date, upper, lower) => {
      const article = extractOk(page(date, '', upper, '', lower, '', P1, '', P2, '', P3));
      expect(article.title).toBe(upper);
      // a section's label over the headline is none
      expect(extractOk(page(date, '', 'Kinh tế - Xã hội', '', upper, '', P1, '', P2, '', P3)).title).toBe(upper);
    },
  );

  test('a strip of other stories’ headlines joined by bullets above the page is not its lead: the headline under it is the title', () => {
    const strip =
      'Ministers meet on rice exports to Africa • Port city opens new container terminal • Central bank keeps policy rate unchanged • Textile exports rise in first quarter';
    const article = extractOk(page(strip, '', TITLE, '', DATE_LINE, '', P1, '', P2, '', P3));
    expect(article.title).toBe(TITLE);
    expect(article.date).toBe('2023-03-15');
  });

  test('a headline long enough to pass for prose, right over a lead opening on its day, is the title, not the slogan above it', () => {
    const slogan = 'Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025';
    const headline =
      'Đoàn đại biểu tỉnh hội đàm với Đoàn đại biểu tỉnh Hủa Phăn, nước Cộng hòa Dân chủ Nhân dân Lào về hợp tác phát triển kinh tế, thương mại và du lịch qua biên giới';
    const article = extractOk(page(slogan, '', headline, '', P1, '', P2, '', P3));
    expect(article.title).toBe(headline);
    expect(article.paragraphs).toEqual([P1, P2, P3]);
  });

  test('a short headline printed twice around its standfirst is the title, not the standfirst', () => {
    const headline = 'Japan-Vietnam sign MoU';
    const standfirst = 'Japan has signed a memorandum on farm trade with Vietnam to double two-way shipments of fruit within five years';
    const article = extractOk(page(headline, '', standfirst, '', headline, '', P1, '', P2, '', P3));
    expect(article.title).toBe(headline);
    // a menu item printed again as the breadcrumb, over the headline, is not it
    const section = 'Tin tức sự kiện';
    expect(extractOk(page(section, 'Giới thiệu', '', section, '', TITLE, '', DATE_LINE, '', P1, '', P2)).title).toBe(TITLE);
  });

  test('a sentence wrapped over the first lines of a page without a headline gives no line of it as the title', () => {
    // (the next paragraph set off by a blank line: without one, it carries the sentence on)
    const article = extractOk(page('Vào chiều ngày', '15/3/2023 lúc 14h00 đã diễn ra buổi gặp mặt doanh nghiệp', '', P2, '', P3));
    expect(article.title).toBeNull();
    expect(article.needsReview).toContain('title');
    // a headline under a section label opens on a capital or a number of its own
    expect(extractOk(page('Kinh tế', TITLE, '', DATE_LINE, '', P1, '', P2)).title).toBe(TITLE);
  });

  test('a bulletin: its title over the date line, not the first item’s heading under a section label in capitals', () => {
    const bulletin = 'Bản tin xúc tiến thương mại số 12/2023';
    const item = 'Xuất khẩu rau quả sang thị trường Hàn Quốc tăng mạnh';
    const article = extractOk(page(bulletin, '', DATE_LINE, '', 'TIN NỔI BẬT', '', item, '', P1, '', P2, '', P3));
    expect(article.title).toBe(bulletin);
    expect(article.author).toBeNull();
    expect(article.paragraphs).toEqual([item, P1, P2, P3]);
  });

  test('a caption closing on its credit in brackets, opening a page without a headline, is not taken for the headline', () => {
    const caption =
      'Minister of Industry and Trade speaks at a meeting with a delegation of European businesses held in Hanoi on March 14, 2023. (Ministry of Industry and Trade)';
    const article = extractOk(page(caption, '', P1, '', P2, '', P3));
    expect(article.title).toBeNull();
    expect(article.needsReview).toContain('title');
  });

  test('a paragraph that only begins like the headline, or ends a sentence, stays', () => {
    const { input, title } = devPage('vi-baohatinh-hoi-nghi-ngoai-vu-repeated-headline');
    const cut = new TextDecoder().decode(input).replace(/300 đại biểu dự Hội nghị Ngoại\s*$/u, '300 đại biểu dự Hội nghị Ngoại vụ.');
    const article = extractOk(cut);
    expect(article.title).toBe(title);
    expect(article.paragraphs.at(-1)).toBe('300 đại biểu dự Hội nghị Ngoại vụ.');
  });
});

test('a long widget line opening in another script is not the lead under which the headline is sought; a name in that script inside a paragraph is text', () => {
  const widget =
    'ฟังวิทยุออนไลน์ได้ทุกวัน Listen to our radio programmes online every day and follow the latest regional news on our channel. ติดตามเรา';
  const named = `${P2.slice(0, -1)} (越南外交部).`;
  const article = extractOk(page('Tin vắn khu vực', '', widget, '', TITLE, '', DATE_LINE, '', P1, '', named, '', P3));
  expect(article.title).toBe(TITLE);
  expect(article.date).toBe('2023-03-15');
  expect(article.paragraphs).toEqual([P1, named, P3]);
});

describe('a page opening on a photo caption, without its headline', () => {
  test.each([
    // a scene's caption: "Scene at the press conference"
    'en-qdnd-no-headline-vcci-chairman-co-chairman',
    // an illustration's label: "Ảnh minh họa."
    'vi-vtv-short-figures-invitation-chrome',
    // a caption naming people, above a paragraph that refers back ("Trong bối cảnh đó, …")
    'vi-vinanet-caption-first-nguon-portal',
  ])('%s: no title, the caption kept as the first paragraph', (name) => {
    expect(devPage(name).title).toBeNull();
    expect(expectTitleAndBody(name).needsReview).toContain('title');
  });

  test('a sentence closed in a table cell, "… hội nghị. |", is a caption; a title bar cut after its separator is the headline', () => {
    const caption = 'Các đại biểu chụp ảnh lưu niệm tại hội nghị. |';
    const captioned = extractOk(page(caption, P1, '', P2, '', P3));
    expect(captioned.title).toBeNull();
    expect(captioned.paragraphs[0]).toMatch(/^Các đại biểu chụp ảnh lưu niệm tại hội nghị\./u);
    expect(extractOk(page(`${TITLE} |`, P1, '', P2, '', P3)).title).toBe(TITLE);
    const question = 'Vì sao nông sản Việt khó vào thị trường châu Âu?';
    expect(extractOk(page(`${question} |`, P1, '', P2, '', P3)).title).toBe(question);
  });

  test('an English headline with its verb in "-ing", as headlines write it, is the headline', () => {
    const en = [
      'At the forum, representatives of the two countries briefly informed each other about their economies and the potential for trade.',
      'The organisers emphasized that the two sides will promote cooperation in trade, investment, tourism, education and culture in the coming years.',
      'Specifically, the two sides will exchange experiences in digital trade and invest in logistics along the main trade routes.',
    ];
    for (const headline of [
      'Vietnam hosting regional forum on digital trade',
      'Ho Chi Minh City attracting more foreign direct investment',
    ])
      expect(extractOk(page(headline, '', en[0]!, '', en[1]!, '', en[2]!)).title).toBe(headline);
  });

  test('the same line above a lead that opens the story is the headline', () => {
    const { body } = devPage('vi-vinanet-caption-first-nguon-portal');
    const [caption, paragraph] = body as [string, string];
    const article = extractOk([caption, paragraph.replace(/^Trong bối cảnh đó, /u, ''), paragraph].join('\n'));
    expect(article.title).toBe(caption);
  });
});

describe('a heading in capitals between the headline and the lead', () => {
  test('numbered as the text’s section, it is the text’s; a masthead in capitals there is not', () => {
    const heading = 'II. HỢP TÁC KINH TẾ VỚI CÁC ĐỐI TÁC CHÂU PHI';
    expect(extractOk(page(TITLE, DATE_LINE, heading, P1, '', P2, '', P3)).paragraphs).toEqual([heading, P1, P2, P3]);
    expect(extractOk(page(TITLE, DATE_LINE, 'BÁO ĐIỆN TỬ TỈNH NAM HÀ', P1, '', P2, '', P3)).paragraphs).toEqual([P1, P2, P3]);
  });
});

describe('a caption in the text', () => {
  test('a caption wrapped over two lines is one paragraph, its credit with it', () => {
    expect(expectTitleAndBody('en-phuyennews-updated-line-glued-prime-minister').paragraphs).toContain(
      'Prime Minister Nguyen Xuan Phuc addresses at the Commerical Counsellors Conference in Hanoi – Photo: VNA',
    );
  });

  test.each(['Ảnh: quang cảnh buổi làm việc', 'Photo: delegates at the signing ceremony'])(
    'a capitalised photo label over words in small letters, "%s", is a caption: kept in the text, under the lead or the headline',
    (caption) => {
      expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', caption, '', P2, '', P3)).paragraphs).toEqual([P1, caption, P2, P3]);
      expect(extractOk(page(TITLE, '', DATE_LINE, '', caption, '', P1, '', P2, '', P3)).paragraphs).toEqual([caption, P1, P2, P3]);
    },
  );

  test.each(['Ảnh: Nguyễn Văn A', 'Photo: Quang Phuc'])('a capitalised photo label over a name, "%s", is a credit: not text', (credit) => {
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', credit, '', P2, '', P3)).paragraphs).toEqual([P1, P2, P3]);
    expect(extractOk(page(TITLE, '', DATE_LINE, '', credit, '', P1, '', P2, '', P3)).paragraphs).toEqual([P1, P2, P3]);
  });
});

describe('links to other articles inside the text', () => {
  test('related headlines glued to a lowercase address slug are dropped, the text around them kept', () => {
    const article = expectTitleAndBody('en-haiquanonline-vcn-marker-minister-chairman-name-first');
    expect(article.paragraphs.join('\n')).not.toContain('bo cong thuong giai trinh');
  });

  test('a lone line opening in lowercase, with no neighbour opening alike, is kept', () => {
    const { input } = devPage('en-haiquanonline-vcn-marker-minister-chairman-name-first');
    const lone =
      'bo cong thuong giai trinh 8 van de nong The MIT and the MARD collaborate to promote the consumption of agriculture product';
    const lines = new TextDecoder().decode(input).split('\n');
    const text = lines.filter((line) => !line.startsWith('bo cong thuong') || line === lone).join('\n');
    expect(extractOk(text).paragraphs).toContain(lone);
  });
});

describe('chrome of provincial papers, portals and organisation sites', () => {
  test.each([
    // related headlines run together on one line after the lead
    'vi-laodongthudo-ldtd-marker-inline-related-titles',
    // a font-size row between the headline and its date, image file names between paragraphs
    'vi-songoaivu-binhduong-font-size-row-image-file-names',
    // bare image names "lo", "lo1", "lo2" between paragraphs
    'vi-cualo-town-portal-image-file-names-credit-line',
    // the first word of a caption alone above it
    'vi-baohungyen-caption-with-stray-first-word',
    // three related headlines after the only paragraph
    'vi-mattran-marker-related-headlines-after-body',
    // a related headline above a caption credited to a domain
    'vi-ieem-weather-widget-inline-related-title',
  ])('%s: the title, and the text without the page’s chrome', (name) => {
    expectTitleAndBody(name);
  });

  test('a headline, its date and time and the lead run together on one line are told apart', () => {
    const article = expectTitleAndBody('vi-haiduongtv-headline-glued-to-date-and-lead-counsellor');
    expect(article.date).toBe('2023-10-04');
    const glued = extractOk(page(`${TITLE}15/03/2023 - 08:30 ${P1}`, '', P2, '', P3));
    expect([glued.title, glued.date, glued.paragraphs]).toEqual([TITLE, '2023-03-15', [P1, P2, P3]]);
  });

  test('a byline above a related heading the copy cut off is the author, neither is text', () => {
    expect(expectTitleAndBody('vi-baogialai-mobile-menu-follow-line-caption-twice').author).toBe('ĐINH YẾN');
  });
});

describe('widget labels run together', () => {
  test('"Quảng cáo Đọc tiếp" above a press review is no headline: the page has none', () => {
    expect(devPage('vi-rfi-press-review-source-dash-items').title).toBeNull();
    expect(expectTitleAndBody('vi-rfi-press-review-source-dash-items').needsReview).toContain('title');
  });

  test('a bulleted date row over the headline is the page’s date, not a link; the section’s bulleted row beside it is chrome', () => {
    expect(isChromeLine('• Thứ hai, 21-06-2021 |')).toBe(false);
    expect(isChromeLine('• Tin tức kinh tế |')).toBe(true);
    const article = extractOk(page('• Thứ hai, 21-06-2021 |', '• Tin tức kinh tế |', '', TITLE, '', P2, '', P3));
    expect(article).toMatchObject({ date: '2021-06-21', dateKind: 'published' });
  });

  test('a row of labels is told from a line that only starts with one', () => {
    expect(isLabelRow('Quảng cáo Đọc tiếp')).toBe(true);
    expect(isLabelRow('Chia sẻ Tin liên quan')).toBe(true);
    expect(isLabelRow('Đọc tiếp')).toBe(false); // one label: a heading, handled as such
    expect(isLabelRow('Quảng cáo sản phẩm Việt tại Nhật Bản')).toBe(false);
    expect(isLabelRow('Tin mới về hiệp định EVFTA')).toBe(false);
  });
});

describe('the headline printed after the text', () => {
  const name = 'en-tapchicongthuong-title-after-body-tcct';

  test('under the last paragraph, over the outlet’s short name: the title, the name the outlet’s, the next story dropped', () => {
    const article = expectTitleAndBody(name);
    expect(article.outlet?.name).toBe('TCCT');
    expect(article.author).toBeNull();
  });

  test('without the short name under it, a line after the text is not taken for the headline', () => {
    const text = new TextDecoder().decode(devPage(name).input).replace(/^TCCT$/mu, '');
    expect(extractOk(text).title).toBeNull();
  });
});

describe('copies printed again in the text', () => {
  test('a three-word headline over its date line is the title, not the standfirst under it; a shorter copy of the standfirst over a photo goes', () => {
    const article = expectTitleAndBody('en-vietnamposts-created-date-digest-summary-twice');
    expect(article.date).toBe('2018-11-15');
  });

  test('a three-word section label over the date line is not the title when a headline stands above it', () => {
    const text = ['Ngoại giao kinh tế đồng hành cùng doanh nghiệp', '', 'Tin quốc tế', '', '15/03/2023 - 08:30', '', P2].join('\n');
    expect(extractOk(text).title).toBe('Ngoại giao kinh tế đồng hành cùng doanh nghiệp');
  });

  test('alt text that is a shorter copy of the caption under it goes, the caption stays', () => {
    expectTitleAndBody('vi-vnwindow-interview-alt-then-longer-caption');
  });

  test('a caption naming the lead’s subject is kept though the lead opens with the same words', () => {
    expectTitleAndBody('en-vietnammarkets-title-date-source-one-line');
  });
});

describe('an excerpt run together on one line', () => {
  test('a caption glued before the "HÀ NỘI —" dateline is a paragraph of its own; "… Read full this story" is no text', () => {
    expectTitleAndBody('en-vietmaz-date-prefix-caption-glued-read-full');
  });

  test('an upper-case name and a dash inside a sentence that follows no photo credit do not split it', () => {
    const lead =
      'Speaking at the forum, the minister said that the partnership between VCCI — Việt Nam’s business chamber — and its foreign partners had grown.';
    expect(
      extractOk(['Business chamber deepens ties with foreign partners', '', '15/03/2023 - 08:30', '', lead, '', P2].join('\n')).paragraphs,
    ).toEqual([lead, P2]);
  });
});

describe('the page’s keywords one a line', () => {
  test('a run of three or more lines of a word to three in small letters is dropped; two such lines stay', () => {
    const keywords = ['việt nam', 'donald trump', 'hoa kỳ', 'kinh tế'];
    const article = extractOk(page(TITLE, '', DATE_LINE, '', ...keywords, '', P1, '', P2, '', P3));
    expect(article.title).toBe(TITLE);
    expect(article.paragraphs).toEqual([P1, P2, P3]);
    // items of the text's own list close on a mark
    const items = ['gạo;', 'cà phê;', 'hạt điều.'];
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', ...items, '', P2)).paragraphs.join(' ')).toContain('cà phê;');
  });
});

describe('a hero caption over its credit line', () => {
  test('a caption with its credit on the next line, under the headline, is the text’s caption; a headline over a photo byline stays', () => {
    const caption = 'Side-by-side flags from Australia and Vietnam with blue sky as background';
    const article = extractOk(page(TITLE, '', DATE_LINE, '', caption, 'Image: Shutterstock', '', P1, '', P2, '', P3));
    expect(article.title).toBe(TITLE);
    expect(article.paragraphs).toEqual([`${caption} Image: Shutterstock`, P1, P2, P3]);
    const alone = extractOk(page(DATE_LINE, '', TITLE, 'Ảnh: Quang Phúc', '', P1, '', P2, '', P3));
    expect(alone.title).toBe(TITLE);
  });
});

describe('a headline closed by a full stop, printed twice over the lead', () => {
  test('one short sentence without a comma printed twice is the headline; a lead sentence printed twice is no headline', () => {
    const headline = 'Prime Minister Attended the Bac Lieu Investment Promotion Conference.';
    const article = extractOk(page(headline, '', headline, '', P1, '', P2, '', P3));
    expect(article.title).toBe(headline);
    expect(article.paragraphs).toEqual([P1, P2, P3]);
    const lead = 'Shanghai Mayor Gong Zheng met with Tran Hong Ha, vice prime minister of Vietnam, and his delegation on Saturday.';
    expect(extractOk(page(lead, '', lead, '', P1, '', P2, '', P3)).title).not.toBe(lead);
  });
});

describe('dashed items opening on a figure over the lead', () => {
  test('"- 500 tình nguyện viên …" is a list’s item, not the headline; a headline opening on a figure stays one', () => {
    const items = ['- Colombia: Khuyến khích phát triển năng lượng xanh', '- 500 tình nguyện viên tuyên truyền, kêu gọi tiết kiệm điện'];
    expect(extractOk(page(...items, '', P1, '', P2, '', P3)).title).toBeNull();
    const headline = '500 tình nguyện viên tuyên truyền, kêu gọi tiết kiệm điện';
    expect(extractOk(page(headline, '', DATE_LINE, '', P1, '', P2, '', P3)).title).toBe(headline);
  });
});

describe('a paper’s header: authors, their affiliation and a contact line', () => {
  test('the contact line with an email address and the affiliation are header, the headline stays above; a headline naming a site stays', () => {
    const headline = 'Tình hình xuất khẩu gạo sang ASEAN của Việt Nam và một số khuyến nghị';
    const header = [
      'ThS. Huỳnh Diệu Ngân, Nguyễn Huỳnh Lộc Như',
      'Khoa Marketing – Kinh doanh quốc tế, Trường Đại học Công nghệ TP. Hồ Chí Minh',
      'Tác giả liên hệ: Huỳnh Diệu Ngân; Email: hd.ngan@example.edu.vn',
    ];
    const article = extractOk(page(headline, ...header, 'Tóm tắt', P1, '', P2, '', P3));
    expect(article.title).toBe(headline);
    expect(article.paragraphs).toEqual(['Tóm tắt', P1, P2, P3]);
    const site = 'Cổng thông tin example.gov.vn ra mắt phiên bản mới cho doanh nghiệp';
    expect(extractOk(page(site, '', DATE_LINE, '', P1, '', P2, '', P3)).title).toBe(site);
  });
});

describe('a standfirst opening on a kicker’s label', () => {
  test('"ANALYSIS: … shelf." opening the page is the standfirst; the same words without the full stop are the headline', () => {
    const standfirst = 'ANALYSIS: Corona drinkers rejoice, cheaper limes may soon be on the supermarket shelf.';
    const lead =
      'Prime Minister Jacinda Ardern spent another day in Hanoi on Tuesday and, with the pomp and pageantry out of the way, turned to the business of trade with the Vietnamese side.';
    const article = extractOk(page(standfirst, '', lead, '', P2, '', P3));
    expect(article.title).toBeNull();
    expect(article.paragraphs[0]).toBe(standfirst);
    const headline = 'ANALYSIS: Corona drinkers rejoice';
    expect(extractOk(page(headline, '', DATE_LINE, '', lead, '', P2, '', P3)).title).toBe(headline);
  });
});

describe('bylines: widget labels and reading times', () => {
  test('a page widget’s label, "Font Resizer", is no byline; a name is', () => {
    expect(bylineName('Font Resizer')).toBeUndefined();
    expect(bylineName('Scroll to top')).toBeUndefined();
    expect(bylineName('Nicole Lim')).toBe('Nicole Lim');
  });
});

test('a byline signed with its reading time under a headline printed again, "Nicole Lim • 4 min read", names the writer', () => {
  expect(bylineName('Nicole Lim • 4 min read')).toBe('Nicole Lim');
  expect(findAuthor([], [], [], [], '', ['Nicole Lim • 4 min read', 'Singapore and Vietnam signed 12 MOUs.'])).toBe('Nicole Lim');
  // a paragraph of text that mentions reading is no byline
  expect(findAuthor([], [], [], [], '', ['Most readers spend 4 min reading the news.'])).toBeNull();
});

test('a line under the headline repeating the lead’s marker, "Saigon Investment" over "(Saigon Investment) -", is the paper, not a byline', () => {
  const lead = '(Saigon Investment) - The Prime Ministers of Vietnam and Singapore launched the first project.';
  expect(findAuthor(['Saigon Investment'], [], [], [], lead)).toBeNull();
  expect(findAuthor(['Minh Anh'], [], [], [], lead)).toBe('Minh Anh');
});

test('a paper’s authors over its title with footnote marks glued on, "Trần Thị Duyên1", are the writers; a line ending in a year is not', () => {
  expect(findAuthor([], [], [], ['Trần Thị Duyên1'])).toBe('Trần Thị Duyên');
  expect(findAuthor([], [], [], ['- Authors: Nguyen T.C.1, Dinh L.1'])).toBe('Nguyen T.C., Dinh L.');
  expect(findAuthor([], [], [], ['Hội nghị Xúc tiến đầu tư 2024'])).toBeNull();
  expect(bylineName('Full Text')).toBeUndefined();
});

describe('a headline printed twice over its byline, the author’s role and the first numbered heading', () => {
  test('the headline is the title; the role under the byline and the numbered heading are no other headline', () => {
    const headline = 'Đặc trưng và dư địa tăng trưởng kinh tế của Sơn La';
    const heading = '1. Các giai đoạn phát triển kinh tế của Sơn La';
    const article = extractOk(
      page(headline, 'Lượt xem: 1082', '', headline, '', 'Phan Đức Ngữ', '', 'Chuyên viên cao cấp', heading, P1, '', P2, '', P3),
    );
    expect(article.title).toBe(headline);
    expect(article.paragraphs).toEqual([heading, P1, P2, P3]);
    // another headline standing between the copies and the lead (not under a byline) is still the nearer one
    const other = 'Sơn La thu hút đầu tư vào nông nghiệp công nghệ cao';
    expect(extractOk(page(headline, '', headline, '', other, '', DATE_LINE, '', P1, '', P2)).title).toBe(other);
  });
});

describe('a copy opening on an interview’s question', () => {
  test('a question opening on a dash is the text’s first line, not the headline; the same question without the dash is', () => {
    const question = 'Trở lại Việt Nam sau 10 năm và đảm nhiệm cương vị mới, đâu sẽ là trọng tâm của ông trong nhiệm kỳ của mình?';
    const answer = 'Việt Nam đã khác rất nhiều so với thời điểm tôi đảm trách cương vị Phó Trưởng đại diện giai đoạn 2012-2014.';
    const article = extractOk(page(`– ${question}`, answer, P2, P3));
    expect(article.title).toBeNull();
    expect(article.paragraphs).toEqual([`– ${question}`, answer, P2, P3]);
    expect(extractOk(page(question, answer, P2, P3)).title).toBe(question);
  });
});

describe('a section’s name under the menu row holding it', () => {
  test('the label is no byline: the short headline under it is the title; a byline’s affiliation under it is still no headline', () => {
    const menu = 'Wealth Asia Connect Middle East Treasury & Capital Markets Europe ESG Forum TechTalk';
    const headline = 'Vietnam logistics hot with foreign investors';
    const standfirst = 'US$1.1 billion fund, other firms attracted to emerging global manufacturing hub';
    const lead =
      'Vietnam’s geographical location, skilled and relatively inexpensive workforce and rising middle class have made it a logistics hub for investors.';
    const article = extractOk(page(menu, 'Asia Connect', headline, standfirst, 'Nguyen Tuong Thuy 24 Jan 2022', '', lead, '', P2));
    expect(article.title).toBe(headline);
    // a name under a headline that does not hold it is a byline, and the short line under it the author's affiliation
    expect(extractOk(page(headline, 'Nguyen Van An', 'Foreign Trade University', '', lead, '', P2)).title).toBe(headline);
  });
});

describe('a headline over the same words in another order', () => {
  test('the upper is the headline and the reworded alt line under it is dropped; a deck in words of its own is kept', () => {
    const headline = 'The first batch of sweet potatoes officially exported to the Chinese market';
    const alt = 'The first batch of officially exported sweet potatoes to the Chinese market';
    const lead =
      'On April 19, the first batch of sweet potatoes for official export with more than 84 tons was granted a code in Binh Tan district.';
    const article = extractOk(page('Tin tức', headline, alt, lead, P2, P3));
    expect(article.title).toBe(headline);
    expect(article.paragraphs).toEqual([lead, P2, P3]);
    const deck = 'Farmers in the Mekong Delta expect higher prices after the protocol';
    expect(extractOk(page('Tin tức', headline, deck, lead, P2, P3)).title).toBe(deck);
  });
});

describe('a section’s label in small letters between the headline and the lead', () => {
  test('"news" between the headline’s copies is no text; a standfirst there, more than two words, is the text’s', () => {
    const article = extractOk(page(TITLE, 'news', TITLE, DATE_LINE, '', P1, '', P2, '', P3));
    expect(article.title).toBe(TITLE);
    expect(article.paragraphs).toEqual([P1, P2, P3]);
    const standfirst = 'Xuất khẩu nông sản sang thị trường mới tăng mạnh trong quý đầu năm.';
    expect(extractOk(page(TITLE, '', DATE_LINE, '', standfirst, '', P1, '', P2)).paragraphs).toEqual([standfirst, P1, P2]);
  });
});
