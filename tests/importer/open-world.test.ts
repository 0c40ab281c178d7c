/** Pages from outlets the registry does not know: what the record says, and what it flags for a person. */
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/importer/extract.ts';
import { learnChrome } from '../../src/importer/learned-chrome.ts';
import { P1, P2, P3, TITLE, DATE_LINE, encode, extractOk, page, registries, TODAY } from './helpers.ts';

const LEAD =
  'Chiều 7/2, tại trụ sở UBND tỉnh, lãnh đạo tỉnh đã tiếp đoàn công tác của Tổng Lãnh sự quán đến chào xã giao nhân dịp năm mới và trao đổi về hợp tác kinh tế, thương mại.';

/** A dated page whose lead is followed by `sentence`, then one more paragraph. */
const leadThen = (sentence: string) => page(TITLE, '', DATE_LINE, '', LEAD, '', sentence, '', P2);

describe('the outlet, from the page itself', () => {
  test('a lead marker the registry does not know is proposed under that name, with no site and a flag', () => {
    const article = extractOk(page(TITLE, '', DATE_LINE, '', `(QNO) - ${LEAD}`, '', P2, '', P3));
    expect(article.outlet).toMatchObject({ name: 'QNO', site: null, known: false });
    expect(article.needsReview).toContain('outlet');
  });

  test('initials and a colon opening a Vietnamese lead, "DNTH: …", are the paper\'s marker; the reporter\'s "PV:" and an English "PESHAWAR: …" are not', () => {
    const lead = (opening: string) => extractOk(page(TITLE, '', DATE_LINE, '', `${opening} ${LEAD}`, '', P2, '', P3)).outlet;
    expect(lead('DNTH:')).toMatchObject({ name: 'DNTH', known: false });
    expect(lead('PV:')).toBeNull();
    const english =
      'PESHAWAR: The provincial caretaker minister for industries and commerce called on the deputy trade representative on Monday.';
    const p2 = 'He said that trade between the province and its partners had grown fast over the past year and would keep growing.';
    const p3 = 'The two sides agreed to hold a business forum in the provincial capital later this year, with firms from both countries.';
    const article = extractOk(
      page('Minister meets the trade envoy of the United States', '', 'March 4, 2024', '', english, '', p2, '', p3),
    );
    expect(article.outlet).toBeNull();
  });

  test('one word in capitals before a hyphen opening an English lead is a place when it reads as a word, "SINGAPORE - "; initials, "HGDT - ", are a marker', () => {
    const opening = (marker: string) =>
      extractOk(
        page('Vietnam, Japan agree to deepen energy cooperation', '', 'March 4, 2024', '', `${marker} - ${EN_LEAD}`, '', EN_P2, '', EN_P3),
      ).outlet;
    expect(opening('SINGAPORE')).toBeNull();
    expect(opening('HGDT')).toMatchObject({ name: 'HGDT', known: false });
  });

  test('a place so written before an en dash is a dateline too, "ASTANA – "; a word the registry knows as a marker, "VOVWORLD – ", is the outlet', () => {
    const opening = (marker: string) =>
      extractOk(
        page('Vietnam, Japan agree to deepen energy cooperation', '', 'March 4, 2024', '', `${marker} – ${EN_LEAD}`, '', EN_P2, '', EN_P3),
      ).outlet;
    expect(opening('ASTANA')).toBeNull();
    expect(opening('VOVWORLD')).toMatchObject({ known: true });
  });

  test('a place closed by a full stop, then a name in capitals and a dash, "ASTANA. KAZINFORM – ", is the agency’s own dateline: the name is the outlet', () => {
    const opening = (marker: string) =>
      extractOk(
        page('Vietnam, Japan agree to deepen energy cooperation', '', 'March 4, 2024', '', `${marker} ${EN_LEAD}`, '', EN_P2, '', EN_P3),
      ).outlet;
    expect(opening('ASTANA. KAZINFORM –')).toMatchObject({ name: 'KAZINFORM', known: false });
    expect(opening('ASTANA –')).toBeNull();
  });

  test('a title bar over the page, "<headline> | Tạp chí X <day>", names the outlet; a menu "Trang chủ | Báo chí" does not', () => {
    const bar = `${TITLE} | Tạp chí Năng lượng Việt Nam Thứ năm 02/01/2025 14:11`;
    expect(extractOk(page(bar, '', TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3)).outlet).toMatchObject({
      name: 'Tạp chí Năng lượng Việt Nam',
      known: false,
    });
    expect(extractOk(page('Trang chủ | Báo chí', '', TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3)).outlet).toBeNull();
  });

  test('a follow widget under the date line whose "Theo dõi" was lost, "X trên", names the outlet; a sentence closing on "trên." does not', () => {
    const widget = extractOk(page(TITLE, '', DATE_LINE, 'Công dân & Khuyến học trên', '', LEAD, '', P2, '', P3));
    expect(widget.outlet).toMatchObject({ name: 'Công dân & Khuyến học', known: false });
    const sentence = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', 'Như đã nêu ở trên.'));
    expect(sentence.outlet).toBeNull();
  });

  test.each([
    [['© Vietkieu.de'], 'vietkieu.de'],
    [['Tuần báo Cộng đồng Online', '', 'http://congdongviet.cz'], 'congdongviet.cz'],
  ])('a site under a country’s domain, in a copyright line or the masthead, is the outlet’s: %j', (chrome, site) => {
    const article = extractOk(page(...chrome, '', TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3));
    expect(article.outlet).toMatchObject({ site, known: false });
  });

  test('a domain in another story’s headline after the text is no site of the page’s; one in a footer’s contact line is', () => {
    const after = (...chrome: string[]) =>
      extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', 'Related Articles', ...chrome)).outlet;
    expect(after('Mekongtrade.com Opens a New Office in Da Nang to Serve Exporters From Central Provinces')).toBeNull();
    expect(after('Liên hệ quảng cáo: 0901 234 567 - Website: mekongtrade.com')).toMatchObject({ site: 'mekongtrade.com' });
  });

  test('an e-mail address names a mailbox, not the site: its domain gives no outlet; a website beside it does', () => {
    const header = (line: string) => extractOk(page(line, '', TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3)).outlet;
    expect(header('Hotline: 0901 234 567 - toasoan@mekongtrade.com')).toBeNull();
    expect(header('Email: lan.nguyen@example-uni.edu.vn')).toBeNull();
    expect(header('Hotline: 0901 234 567 - mekongtrade.com')).toMatchObject({ site: 'mekongtrade.com' });
  });

  test("a social network's address names the page's account there, not its site; the site's own address does", () => {
    const header = (line: string) => extractOk(page(line, '', TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3)).outlet;
    expect(header('Follow us: https://www.facebook.com/mekongtrade.news')).toBeNull();
    expect(header('https://zalo.me/mekongtrade')).toBeNull();
    expect(header('https://mekongtrade.com/tin-tuc')).toMatchObject({ site: 'mekongtrade.com' });
  });

  test('a journal\'s name in the masthead ("… Journal of …") names the outlet; a sentence about a journal does not', () => {
    const masthead = (line: string) => extractOk(page(line, '', TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3)).outlet;
    expect(masthead('VNUHCM Journal of Social Sciences and Humanities')).toMatchObject({
      name: 'VNUHCM Journal of Social Sciences and Humanities',
      site: null,
    });
    expect(masthead('Read the latest issue of our journal of trade studies.')).toBeNull();
  });

  test('initials written as a credit ("S.Mi") are no domain', () => {
    expect(extractOk(page('S.Mi', '', TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3)).outlet).toBeNull();
  });

  test("a masthead names the outlet; a photo credit's domain does not give it a site", () => {
    const article = extractOk(
      page(
        'Báo Dân tộc và Phát triển',
        '',
        TITLE,
        '',
        DATE_LINE,
        '',
        LEAD,
        '',
        'Quang cảnh buổi tiếp. (Ảnh: baoquocte.vn)',
        '',
        P2,
        '',
        P3,
      ),
    );
    expect(article.outlet).toMatchObject({ name: 'Báo Dân tộc và Phát triển', site: null, known: false });
  });

  test('a menu’s common phrase above the headline names a section, not the outlet it also names; a masthead written as a name does', () => {
    const underMenu = (...menu: string[]) => extractOk(page(...menu, '', TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3));
    expect(underMenu('Liên kết website', 'Chính phủ', 'Các bộ, ngành ở TW').outlet).toBeNull();
    expect(underMenu('Hà Nội Mới', 'Thời sự', 'Kinh tế').outlet).toMatchObject({ site: 'hanoimoi.vn', known: true });
  });

  test("a page address names the site, not the outlet: the domain is the proposal's name", () => {
    const result = extractArticle(encode(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3)), registries, {
      today: TODAY,
      sourceUrl: 'https://www.baohatinh.vn/print/118511.htm',
    });
    expect(result.ok && result.outlet).toMatchObject({ name: 'baohatinh.vn', site: 'baohatinh.vn', known: false });
  });

  test('"Source: X" at the end names the original outlet; the publisher stays blank and flagged', () => {
    const article = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', 'Source : Vietnam Plus'));
    expect(article.originalOutlet).toMatchObject({ site: 'vietnamplus.vn', known: true }); // a Vietnamese page: the Vietnamese edition
    expect(article.outlet).toBeNull();
    expect(article.needsReview).toContain('outlet');
  });

  test('"Theo Hải Minh /VGP": the author, and the Vietnamese government paper as the original', () => {
    const article = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', 'Theo Hải Minh /VGP'));
    expect(article.author).toBe('Hải Minh');
    expect(article.originalOutlet).toMatchObject({ site: 'baochinhphu.vn', known: true });
  });

  test('a byline with its source in brackets, "Q.S (TheoVOV News)" (the label glued on): the author and the original', () => {
    const closing = (line: string) => extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', line));
    for (const line of ['Q.S (Theo VOV News)', 'Q.S (TheoVOV News)']) {
      expect(closing(line)).toMatchObject({ author: 'Q.S', originalOutlet: { site: 'vov.vn' } });
    }
    // what the writer did is no source: "(tổng hợp)", "(theo dõi)"
    expect(closing('Minh Anh (theo dõi)')).toMatchObject({ author: 'Minh Anh', originalOutlet: null });
  });

  test('a byline keeps only the name: "Minh Anh (tổng hợp)", "Ngọc Hà/VNA"', () => {
    expect(extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', 'Minh Anh (tổng hợp)')).author).toBe('Minh Anh');
    expect(extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', 'Ngọc Hà/VNA')).author).toBe('Ngọc Hà');
  });

  test('an interview’s sapo naming the paper that holds it, "Báo Phú Yên trao đổi với …", on a page naming no outlet: the source', () => {
    const sapo = (who: string) =>
      `Hội nghị xúc tiến đầu tư của tỉnh là cơ hội để thu hút đầu tư. ${who} trao đổi với đồng chí Phan Đình Phùng, Phó Chủ tịch UBND tỉnh, xung quanh công tác chuẩn bị.`;
    const copy = (who: string) => extractOk(page(TITLE, '', DATE_LINE, '', sapo(who), '', P2, '', P3));
    expect(copy('Báo Phú Yên').originalOutlet).toMatchObject({ name: 'Báo Phú Yên', known: false });
    expect(copy('Phóng viên').originalOutlet).toBeNull();
  });

  test('"By X – VnExpress.net – June 9, 2022" closing an undated page: the author, the original outlet and the date', () => {
    const article = extractOk(page(TITLE, '', LEAD, '', P2, '', P3, '', 'By Tien Anh – VnExpress.net – June 9, 2022'));
    expect(article.author).toBe('Tien Anh');
    expect(article.originalOutlet).toMatchObject({ site: 'vnexpress.net', known: true });
    expect([article.date, article.dateKind]).toEqual(['2022-06-09', 'published']);
    expect(article.paragraphs).toEqual([LEAD, P2, P3]);
  });

  test('"Monday March 5, 2018/ Source/ …" closing an undated page: the date and the original outlet', () => {
    const article = extractOk(page(TITLE, '', LEAD, '', P2, '', P3, '', 'Monday March 5, 2018/ World Trade Organization/ Geneva.'));
    expect(article.originalOutlet).toMatchObject({ name: 'World Trade Organization' });
    expect([article.date, article.dateKind]).toEqual(['2018-03-05', 'published']);
  });

  test('a closing byline with a dash before a part that is neither a date nor an outlet is no source', () => {
    const article = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', 'By Tien Anh – Hanoi Desk'));
    expect(article.originalOutlet).toBeNull();
  });

  test('items opening on markers of several sources ("(Nikkei Asia ) -", "(AFP) -") are a review: none is the outlet', () => {
    const review = extractOk(page(TITLE, '', DATE_LINE, '', `(Nikkei Asia ) - ${P2}`, '', `(AFP) - ${P3}`));
    expect(review.outlet).toBeNull();
    const one = extractOk(page(TITLE, '', DATE_LINE, '', `(QNO) - ${LEAD}`, '', `(QNO) - ${P2}`));
    expect(one.outlet).toMatchObject({ name: 'QNO' });
  });

  test.each([
    ['Written by Minh Anh', 'Minh Anh'],
    ['Story: Minh Anh | Photo: Thu Ha', 'Minh Anh'],
    ['Thu Hà - baoquocte.vn', 'Thu Hà'],
    // the writer's unit after the name, after a dash glued to it or a comma
    ['Nguyễn Thắng- Đài TT huyện Xuyên Mộc.', 'Nguyễn Thắng'],
    ['Tác giả: ThS Đào Thị Hằng, Vụ Hợp tác quốc tế, Học viện Chính trị quốc gia Hồ Chí Minh.', 'ThS Đào Thị Hằng'],
  ])('a closing byline "%s" gives the author %s and is not text', (line, author) => {
    const article = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', line));
    expect(article.author).toBe(author);
    expect(article.paragraphs).toEqual([LEAD, P2, P3]);
  });

  test('a name and an office after a dash ("… - Vụ trưởng Vụ …") is no byline with its unit', () => {
    const line = 'Lê Văn Hùng - Vụ trưởng Vụ Thị trường châu Âu';
    expect(extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', line)).author).toBeNull();
  });

  test('"Posted by X on September 12, 2022" under the headline gives the author and the date', () => {
    const article = extractOk(page(TITLE, '', 'Posted by Minh Anh on September 12, 2022', '', LEAD, '', P2, '', P3));
    expect([article.author, article.date]).toEqual(['Minh Anh', '2022-09-12']);
  });

  test.each([['(Originally published on VOV)'], ['(First published on VOV)'], ['(Theo VOV)']])(
    'a source credit in brackets glued to the last sentence names the original and leaves the text: "%s"',
    (credit) => {
      const copy = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', `${P3} ${credit}`));
      expect(copy.originalOutlet).toMatchObject({ site: 'vov.vn', known: true });
      expect(copy.paragraphs).toEqual([LEAD, P2, P3]);
    },
  );

  test('"Read the full story at X" closing a copy names the original; "Read more: <link>" does not', () => {
    const full = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', 'Read the full story at VOV News'));
    expect(full.originalOutlet).toMatchObject({ site: 'vov.vn', known: true });
    expect(full.paragraphs).toEqual([LEAD, P2, P3]);
    const more = extractOk(
      page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', 'Read more: https://vov.vn/the-gioi/bai-khac-123.html'),
    );
    expect(more.originalOutlet).toBeNull();
  });

  test('"Full article at X" closing a teaser names the original; "Full text of the speech" opening a line does not', () => {
    const full = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', 'Full article at Vneconomy.vn'));
    expect(full.originalOutlet).toMatchObject({ site: 'vneconomy.vn' });
    expect(full.paragraphs).toEqual([LEAD, P2, P3]);
    const speech = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', 'Full text of the speech by the Minister'));
    expect(speech.originalOutlet).toBeNull();
  });

  test('a bilingual site\'s labels, "Autor(en)/Author(s):" and "Quelle/Source:", give the author and the original without its date', () => {
    const article = extractOk(
      page(
        TITLE,
        '',
        DATE_LINE,
        '',
        LEAD,
        '',
        P2,
        '',
        P3,
        '',
        'Autor(en)/Author(s): Jane Miller',
        '',
        'Quelle/Source: The Daily Ledger, 14.02.2021',
      ),
    );
    expect(article.author).toBe('Jane Miller');
    expect(article.originalOutlet).toMatchObject({ name: 'The Daily Ledger', known: false });
    expect(article.paragraphs).toEqual([LEAD, P2, P3]);
    // a date after a comma that is no date stays in the name
    const named = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', 'Source: Ministry of Industry, Trade'));
    expect(named.originalOutlet).toMatchObject({ name: 'Ministry of Industry, Trade' });
  });

  test('a label under the credits whose link was lost ("Please visit:") is not text, and the credits above it are read', () => {
    const article = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', 'Author: Jane Miller', '', 'Please visit:'));
    expect(article.author).toBe('Jane Miller');
    expect(article.paragraphs).toEqual([LEAD, P2, P3]);
    // under the text, such a line is the text cut off before its list
    const cut = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', 'Các nội dung chính gồm:'));
    expect(cut.paragraphs.at(-1)).toBe('Các nội dung chính gồm:');
  });

  test('a "back to top" link and a section\'s "More … News" link after the text are no byline; a name there is', () => {
    const closing = (...lines: string[]) => extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', ...lines));
    expect(closing('More Business News').author).toBeNull();
    expect(closing('Zum Seitenanfang').author).toBeNull();
    expect(closing('Minh Anh').author).toBe('Minh Anh');
  });

  test('an agency\'s credit in capitals under the headline over "HANOI - …": the original outlet, no author, the place no outlet', () => {
    const lead =
      'HANOI - Vietnam is eager to deepen its cooperation with Japan in the field of labor dispatch, its prime minister has said.';
    const wire = extractOk(page('Vietnam eager to work with Japan to help fill labor gap', '', 'JIJI', '', lead, '', P2, '', P3));
    expect({ author: wire.author, outlet: wire.outlet, original: wire.originalOutlet?.name }).toEqual({
      author: null,
      outlet: null,
      original: 'JIJI',
    });
    // a writer's initials there are a byline
    expect(extractOk(page('Vietnam eager to work with Japan to help fill labor gap', '', 'T.ĐẠT', '', lead, '', P2, '', P3)).author).toBe(
      'T.ĐẠT',
    );
  });

  test("a paper's writers joined by commas under the headline are the author as written; a place and its country are not", () => {
    const byline = 'ThS. Huỳnh Diệu Ngân, Nguyễn Huỳnh Lộc Như, Lê Thị Thùy Trinh';
    expect(extractOk(page(TITLE, '', byline, '', DATE_LINE, '', LEAD, '', P2, '', P3)).author).toBe(byline);
    expect(extractOk(page(TITLE, '', 'Hà Nội, Việt Nam', '', DATE_LINE, '', LEAD, '', P2, '', P3)).author).toBeNull();
  });

  test("an empty comment box's notice under a byline is neither text nor credit, and the byline above it is read", () => {
    const notice = 'Bài viết chưa có bình luận nào. Bạn nên dùng tiếng Việt có dấu khi bình luận.';
    const article = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', 'Nhuệ Mẫn', '', notice));
    expect([article.author, article.paragraphs]).toEqual(['Nhuệ Mẫn', [LEAD, P2, P3]]);
    // with no byline above it, a line about comments is left where it is
    const text = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', notice));
    expect(text.author).toBeNull();
  });

  test('a labelled byline among the first paragraphs, under a headline printed again, gives the author; an unlabelled name there does not', () => {
    const byline = 'Tác giả: ThS Đào Thị Nguyệt Nguyệt Hằng, Vụ Hợp tác quốc tế, Học viện Chính trị quốc gia Hồ Chí Minh.';
    expect(extractOk(page(TITLE, '', LEAD, '', TITLE, '', byline, '', P2, '', P3)).author).toBe('ThS Đào Thị Nguyệt Nguyệt Hằng');
    expect(
      extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', 'By the end of the year, trade will double.', '', P2, '', P3)).author,
    ).toBeNull();
  });

  test('the byline label is read in any case, but a name after it opens on a capital: "Written by hand" is no byline', () => {
    const opening = (line: string) => extractOk(page(TITLE, '', LEAD, '', TITLE, '', line, '', P2, '', P3)).author;
    expect(opening('TÁC GIẢ: ThS Đào Thị Hằng, Vụ Hợp tác quốc tế.')).toBe('ThS Đào Thị Hằng');
    expect(opening('Written by hand in 1945, the letter asked for trade with the United States.')).toBeNull();
  });

  test('a heading over other stories cut off at the copy\'s end, "Relevant Viet", is no byline; a name there is', () => {
    const closing = (line: string) => extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', line)).author;
    expect(closing('Relevant Viet')).toBeNull();
    expect(closing('Related Stor')).toBeNull();
    expect(closing('Tien Anh')).toBe('Tien Anh');
  });

  test('a staff credit under the headline ("HN News") names the paper, not an author; a person\'s byline there is the author', () => {
    const staff = extractOk(page('Japan to lend more to Vietnam for its roads', '', 'HN News', '', LEAD, '', P2, '', P3));
    expect(staff.author).toBeNull();
    expect(staff.outlet).toMatchObject({ name: 'HN News', known: false });
    expect(staff.needsReview).toContain('author');
    const desk = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', 'Reuters Staff'));
    expect(desk.author).toBeNull();
    const person = extractOk(page('Japan to lend more to Vietnam for its roads', '', 'Minh Anh', '', LEAD, '', P2, '', P3));
    expect(person.author).toBe('Minh Anh');
    expect(person.outlet).toBeNull();
  });

  test('a foreign brand\'s Vietnamese edition under the headline ("Sputnik Việt Nam") is no byline; a person named so is', () => {
    const under = (line: string) => extractOk(page(TITLE, '', line, DATE_LINE, '', LEAD, '', P2, '', P3)).author;
    expect(under('Sputnik Việt Nam')).toBeNull();
    expect(under('Nguyễn Việt Nam')).toBe('Nguyễn Việt Nam');
  });

  test('"Tin"/"Bài" opening a line with no colon is a section\'s label ("TIN TIẾNG ANH"), not a byline; with its colon it labels one', () => {
    const under = (line: string) => extractOk(page(TITLE, '', line, DATE_LINE, '', LEAD, '', P2, '', P3)).author;
    expect(under('TIN TIẾNG ANH')).toBeNull();
    expect(under('Tin: Minh Anh')).toBe('Minh Anh');
    expect(under('Bài và ảnh: Minh Anh')).toBe('Minh Anh');
  });

  test('a journal\'s labels around a paper\'s title ("Research Article - Social Sciences", "HTML", "Open Access") are no byline', () => {
    const under = (...lines: string[]) => extractOk(page(TITLE, '', ...lines, DATE_LINE, '', LEAD, '', P2, '', P3)).author;
    expect(under('Research Article - Social Sciences', 'HTML', 'Open Access')).toBeNull();
    expect(under('Research Article - Social Sciences', 'Tran Van Minh')).toBe('Tran Van Minh');
  });

  test('a time zone after the time on a date line ("08:12 IST") is no byline; a name there is', () => {
    const under = (line: string) => extractOk(page('Japan to lend more to Vietnam for its roads', '', line, '', LEAD, '', P2, '', P3));
    expect(under('Last Updated 07 September 2023, 08:12 IST')).toMatchObject({ author: null, date: '2023-09-07' });
    expect(under('Last Updated 07 September 2023, 08:12 Minh Anh').author).toBe('Minh Anh');
  });

  test('a blog\'s "By <user>" in small letters after the text is the author, and the wire credit glued above it is read', () => {
    const last = 'The province will supply a skilled workforce to investors, he noted.-VNA';
    const article = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', last, '', 'By thuha_88'));
    expect(article.author).toBe('thuha_88');
    expect(article.originalOutlet).toMatchObject({ site: 'vnanet.vn' });
    expect(article.paragraphs.at(-1)).toBe('The province will supply a skilled workforce to investors, he noted.');
    // words in small letters after "By" that are no user's name stay text
    const words = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', 'By the way'));
    expect(words.author).toBeNull();
  });

  test('a source credit giving a known outlet\'s marker domain with "www." names that outlet', () => {
    const article = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', 'Nguồn: www.chinhphu.vn'));
    expect(article.originalOutlet).toMatchObject({ site: 'baochinhphu.vn', known: true });
  });

  test('of two closing credits, the one naming a known outlet or an address is the original; one alone is taken as it is', () => {
    const both = extractOk(
      page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', '(theo Vụ Hợp tác quốc tế)', 'Nguồn: https://vov.vn/bai-123.html'),
    );
    expect(both.originalOutlet).toMatchObject({ site: 'vov.vn', known: true });
    const alone = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', '(theo Vụ Hợp tác quốc tế)'));
    expect(alone.originalOutlet).toMatchObject({ name: 'Vụ Hợp tác quốc tế', known: false });
  });

  test('"(Theo VnEconomy)" in brackets at the end names the original outlet', () => {
    const article = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', '(Theo VnEconomy)'));
    expect(article.originalOutlet).toMatchObject({ site: 'vneconomy.vn', known: true });
  });

  test('a closing line in title case ending on a full stop after a word is a sentence, not a byline; initials may end on one', () => {
    const closing = (line: string) => extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', line)).author;
    expect(closing('Please Sign In To Continue.')).toBeNull();
    expect(closing('T.H.')).toBe('T.H.');
  });

  test('a byline with a degree above the headline names the author; a name above it without one is the masthead’s place', () => {
    const above = (line: string) => extractOk(page(line, '', TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3)).author;
    expect(above('PGS.TS. Lê Văn Bình')).toBe('PGS.TS. Lê Văn Bình');
    expect(above('ThS. Đỗ Thị Hạnh')).toBe('ThS. Đỗ Thị Hạnh');
    expect(above('Hà Nội Mới')).toBeNull();
  });

  test('a name-only caption with its photo credit after a dash is no byline', () => {
    const caption = 'Nguyễn Văn An - Ảnh: TTXVN';
    expect(extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', caption, '', P2, '', P3)).author).toBeNull();
  });

  test('a section label over the headline, a topic in small letters before "news", names no outlet; a capitalised name does', () => {
    const over = (label: string) =>
      extractOk(page(label, '', 'Vietnam, Japan agree to deepen energy cooperation', '', EN_LEAD, '', EN_P2, '', EN_P3)).outlet;
    expect(over('Garment industry news')).toBeNull();
    expect(over('Mekong Business News')).toMatchObject({ name: 'Mekong Business News' });
  });

  const EN_LEAD =
    'Vietnam and Japan agreed on Tuesday to deepen cooperation in energy, infrastructure and supply chains, the two countries said in a joint statement.';
  const EN_P2 =
    'The two ministers also discussed preparations for the next meeting of the joint committee on trade and investment, due to be held in Tokyo later this year.';
  const EN_P3 =
    'Two-way trade between the two countries reached nearly 50 billion US dollars last year, and Japan remains one of the largest investors in Vietnam.';

  test.each([
    [`HANOI (Kyodo) – ${EN_LEAD}`, EN_P3, 'Kyodo'],
    [`TOKYO, Jan. 9 (Kyodo) -- ${EN_LEAD}`, EN_P3, 'Kyodo'],
    [`HANOI, January 9. /TASS/. ${EN_LEAD}`, EN_P3, 'TASS'],
    [EN_LEAD, `${EN_P3} – Reuters`, 'Reuters'],
    [`TOKYO (Kyodo - 9th January, 2024) ${EN_LEAD}`, EN_P3, 'Kyodo'],
    [EN_LEAD, `${EN_P3} (Yonhap)`, 'Yonhap'],
  ])('a wire dateline or closing credit names the original outlet: "%s" … "%s"', (lead, last, agency) => {
    const article = extractOk(page('Vietnam, Japan agree to deepen energy cooperation', '', lead, '', EN_P2, '', last));
    expect(article.originalOutlet).toMatchObject({ name: agency });
    expect(article.outlet).toBeNull();
  });

  test.each([
    [`${EN_P2.slice(0, -1)}, Yonhap news agency reported, citing the ministry.`, 'Yonhap'],
    [`${EN_P2.slice(0, -1)}, Bernama news agency said.`, 'Bernama'],
    [`${EN_P2.slice(0, -1)}, the Japanese news agency reported.`, undefined],
    [`${EN_P2.slice(0, -1)}, reports Nikkei Asia.`, 'Nikkei Asia'],
    [`${EN_P2.slice(0, -1)}, reports said.`, undefined],
  ])('a copy saying which agency it reports after names the original: "%s"', (reported, agency) => {
    const article = extractOk(page('Vietnam, Japan agree to deepen energy cooperation', '', EN_LEAD, '', reported, '', EN_P3));
    expect(article.originalOutlet?.name).toBe(agency);
  });

  test.each([
    ['Thu, 28 July 2016 ppp', 'ppp'],
    ['Thursday, August 20, 2020, 10:32 GMT+7 tuoitrenews', 'tuoitrenews'],
    ['Thursday, August 20, 2020, 10:32 gmt', undefined],
  ])('a source glued in small letters to the date line under the headline, "%s", names the original', (dateLine, source) => {
    const article = extractOk(page('Vietnam, Japan agree to deepen energy cooperation', '', dateLine, '', EN_LEAD, '', EN_P2, '', EN_P3));
    expect(article.originalOutlet?.name).toBe(source);
  });

  test("an aggregator's line, the source's name twice and the item's age, names the source and is no text; the name once is left", () => {
    const twice = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', 'Báo Xây Dựng Báo Xây Dựng 75 ngày'));
    expect(twice.originalOutlet).toMatchObject({ name: 'Báo Xây Dựng' });
    expect(twice.paragraphs).toEqual([LEAD, P2]);
    const once = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', 'Báo Xây Dựng 75 ngày'));
    expect(once.originalOutlet).toBeNull();
  });

  test('an address alone in brackets closing a copy names its source; one inside a sentence does not', () => {
    const closing = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', '(http://vinacas.com.vn)'));
    expect(closing.originalOutlet).toMatchObject({ site: 'vinacas.com.vn' });
    const inside = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', 'Thông tin chi tiết xem tại trang (http://vinacas.com.vn).'));
    expect(inside.originalOutlet).toBeNull();
  });

  test.each([['VNA (Paris)'], ['VOV (Vientiane)']])(
    'a known outlet’s credit with its bureau under the headline, "%s", names the original and is no byline',
    (credit) => {
      const article = extractOk(page('Vietnam, Japan agree to deepen energy cooperation', '', credit, '', EN_LEAD, '', EN_P2, '', EN_P3));
      expect(article.originalOutlet).toMatchObject({ known: true });
      expect(article.author).toBeNull();
    },
  );

  test('"According to <a known outlet>, …" opening one of the first paragraphs names the original; "according to the ministry" does not', () => {
    const cited = `According to Voice of Vietnam, ${EN_P2.charAt(0).toLowerCase()}${EN_P2.slice(1)}`;
    const article = extractOk(page('Vietnam, Japan agree to deepen energy cooperation', '', EN_LEAD, '', cited, '', EN_P3));
    expect(article.originalOutlet).toMatchObject({ site: 'vov.vn', known: true });
    const ministry = extractOk(
      page('Vietnam, Japan agree to deepen energy cooperation', '', EN_LEAD, '', `According to the ministry, ${EN_P2}`, '', EN_P3),
    );
    expect(ministry.originalOutlet).toBeNull();
  });

  test('"Theo X: …" opening the lead names X as the source, known or not; an official so quoted is no source', () => {
    const opening = (lead: string) => extractOk(page(TITLE, '', DATE_LINE, '', lead, '', P2, '', P3));
    const wire = opening(`Theo Hãng thông tấn Kyodo: ${LEAD}`);
    expect(wire.originalOutlet).toMatchObject({ name: 'Hãng thông tấn Kyodo', known: false });
    const official = opening(`Theo Bộ trưởng Nguyễn Văn Hùng: ${LEAD}`);
    expect(official.originalOutlet).toBeNull();
  });

  test('a reporter’s initials closing the text are no agency; a bracketed "Theo X" names X', () => {
    const initials = extractOk(page('Vietnam, Japan agree to deepen energy cooperation', '', EN_LEAD, '', EN_P2, '', `${EN_P3} (PV)`));
    expect(initials.originalOutlet).toBeNull();
    const theo = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', `${P3} (Theo TTXVN)`));
    expect(theo.originalOutlet).toMatchObject({ site: 'vnanet.vn', known: true });
  });

  test('a longer source glued in brackets, "(Theo ĐSQ Đan Mạch tại Việt Nam)", is the original and no text; "(theo số liệu của …)" stays', () => {
    const long = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', `${P3} (Theo ĐSQ Đan Mạch tại Việt Nam)`));
    expect(long.originalOutlet).toMatchObject({ name: 'ĐSQ Đan Mạch tại Việt Nam', known: false });
    expect(long.paragraphs.at(-1)).toBe(P3);
    const own = `${P3} (theo số liệu của Tổng cục Hải quan)`;
    const words = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', own));
    expect([words.originalOutlet, words.paragraphs.at(-1)]).toEqual([null, own]);
  });

  test("a dateline bracket holding the site's name, the agency and the date gives all three", () => {
    const lead = `TOKYO (AsiaWire News / Kyodo - 9th January, 2024) ${EN_LEAD}`;
    const article = extractOk(page('Vietnam, Japan agree to deepen energy cooperation', '', lead, '', EN_P2, '', EN_P3));
    expect([article.outlet?.name, article.originalOutlet?.name]).toEqual(['AsiaWire News', 'Kyodo']);
    expect([article.date, article.dateKind]).toEqual(['2024-01-09', 'published']);
  });

  test.each([
    [`Tokyo [Japan], January 9 (AsiaWire/Kyodo): ${EN_LEAD}`, 'AsiaWire', 'Kyodo'],
    [`Da Nang (Gulf Times/Yonhap) – ${EN_LEAD}`, 'Gulf Times', 'Yonhap'],
  ])('a dateline naming the carrying site and its source apart gives both, whatever the place’s case: "%s"', (lead, own, agency) => {
    const article = extractOk(page('Vietnam, Japan agree to deepen energy cooperation', '', lead, '', EN_P2, '', EN_P3));
    expect([article.outlet?.name, article.originalOutlet?.name]).toEqual([own, agency]);
  });

  test('one agency after a place in lower case ("Tokyo (Kyodo) –") is the page’s marker, not a source', () => {
    const article = extractOk(
      page('Vietnam, Japan agree to deepen energy cooperation', '', `Tokyo (Kyodo) – ${EN_LEAD}`, '', EN_P2, '', EN_P3),
    );
    expect(article.originalOutlet).toBeNull();
  });

  test.each([[`(VNA) ${EN_LEAD}`], [`Nairobi (VNA) – ${EN_LEAD}`]])(
    'a news agency’s marker on a page that names no outlet of its own names the original: "%s"',
    (lead) => {
      const copy = extractOk(page('Vietnam, Japan agree to deepen energy cooperation', '', lead, '', EN_P2, '', EN_P3));
      expect([copy.outlet, copy.originalOutlet?.site]).toEqual([null, 'vnanet.vn']);
      expect(copy.needsReview).toContain('outlet');
      // under the masthead of one of the agency's papers, the marker is the paper's own
      const own = extractOk(page('VietnamPlus', '', 'Vietnam, Japan agree to deepen energy cooperation', '', lead, '', EN_P2, '', EN_P3));
      expect([own.outlet?.site, own.originalOutlet]).toEqual(['en.vietnamplus.vn', null]);
    },
  );

  test('a news agency’s bare credit closing the text ("VNA") names the original on a page that names no outlet of its own', () => {
    const headline = 'Vietnam, Japan agree to deepen energy cooperation';
    const copy = extractOk(page(headline, '', EN_LEAD, '', EN_P2, '', EN_P3, '', 'VNA'));
    expect([copy.outlet, copy.originalOutlet?.site]).toEqual([null, 'vnanet.vn']);
    expect(copy.paragraphs).toEqual([EN_LEAD, EN_P2, EN_P3]);
    // under the masthead of one of the agency's papers, the credit is the paper's own
    const own = extractOk(page('VietnamPlus', '', headline, '', EN_LEAD, '', EN_P2, '', EN_P3, '', 'VNA'));
    expect([own.outlet?.site, own.originalOutlet]).toEqual(['en.vietnamplus.vn', null]);
  });

  test('an agency the registry names only in Vietnamese ("Thông tấn xã …") is known for a news agency', () => {
    const vietnameseOnly = {
      ...registries,
      outlets: registries.outlets.map((o) => (o.site === 'vnanet.vn' ? { ...o, nameEn: undefined } : o)),
    };
    const lead = `(VNA) ${EN_LEAD}`;
    const copy = extractArticle(
      encode(page('Vietnam, Japan agree to deepen energy cooperation', '', lead, '', EN_P2, '', EN_P3)),
      vietnameseOnly,
      {
        today: TODAY,
      },
    );
    expect(copy.ok && [copy.outlet, copy.originalOutlet?.site]).toEqual([null, 'vnanet.vn']);
  });

  test.each([
    [`Havana, Apr 15 (Caribe Press) ${EN_LEAD}`, 'Caribe Press'],
    [`Manila, 3 March (PNA) ${EN_LEAD}`, 'PNA'],
  ])('a lower-case place, its date and one name in brackets is the page’s own marker: "%s"', (lead, own) => {
    const article = extractOk(page('Vietnam, Japan agree to deepen energy cooperation', '', lead, '', EN_P2, '', EN_P3));
    expect([article.outlet?.name, article.originalOutlet]).toEqual([own, null]);
  });

  test('a word in capitals before an em dash opens a wire’s dateline, not an outlet’s marker; before a hyphen it is a marker', () => {
    const opening = (lead: string) =>
      extractOk(page('Vietnam, Japan agree to deepen energy cooperation', '', lead, '', EN_P2, '', EN_P3)).outlet;
    expect(opening(`TOKYO — ${EN_LEAD}`)).toBeNull();
    expect(opening(`SEOUL -- ${EN_LEAD}`)).toBeNull();
    expect(opening(`KTN - ${EN_LEAD}`)).toMatchObject({ name: 'KTN', known: false });
  });

  test('an abbreviation explained in brackets ("Prime Minister (PM) Lee …") is no marker', () => {
    const lead = `Prime Minister (PM) Lee Hsien Loong met business leaders. ${EN_LEAD}`;
    expect(extractOk(page('Vietnam, Japan agree to deepen energy cooperation', '', lead, '', EN_P2, '', EN_P3)).outlet).toBeNull();
  });

  test('a news desk\'s credit names the page\'s outlet, or the original when a "Source link" says the page is a copy', () => {
    const desk = 'Textile Review News Desk (KD)';
    const own = extractOk(page(EN_LEAD, '', EN_P2, '', EN_P3, '', desk));
    expect([own.outlet?.name, own.originalOutlet]).toEqual(['Textile Review', null]);
    const copy = extractOk(page(EN_LEAD, '', EN_P2, '', EN_P3, '', desk, '', 'Source link'));
    expect([copy.outlet, copy.originalOutlet?.name]).toEqual([null, 'Textile Review']);
  });

  test.each([
    [['Ministry of Trade and Industry of the Republic of Singapore'], 'Ministry of Trade and Industry of the Republic of Singapore'],
    [['Asia Trade Reader.', 'ATR.'], 'Asia Trade Reader'],
    // a station's, an agency's or a paper's kind closing its name
    [['Mekong Business Channel'], 'Mekong Business Channel'],
    [['Saigon Economic Herald'], 'Saigon Economic Herald'],
    [['Danube Press'], 'Danube Press'],
  ])('a masthead %j above the headline names the outlet', (masthead, name) => {
    const article = extractOk(page(...masthead, '', TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3));
    expect(article.outlet).toMatchObject({ name, site: null, known: false });
  });

  test('a "Follow X on Facebook" widget names the outlet; "Follow us on Facebook" names none', () => {
    const follow = (line: string) => extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3, '', line)).outlet;
    expect(follow('Follow Mekong Ledger on Facebook | YouTube')).toMatchObject({ name: 'Mekong Ledger', known: false });
    expect(follow('Follow us on Facebook')).toBeNull();
  });

  test('"X xin trân trọng giới thiệu …" names the publisher', () => {
    const intro = `${LEAD} BNV xin trân trọng giới thiệu toàn văn bài phát biểu của Bộ trưởng tại hội nghị.`;
    expect(extractOk(page(TITLE, '', DATE_LINE, '', intro, '', P2, '', P3)).outlet).toMatchObject({ name: 'BNV' });
    const desk = intro.replace('BNV', 'Ban biên tập');
    expect(extractOk(page(TITLE, '', DATE_LINE, '', desk, '', P2, '', P3)).outlet).toBeNull();
  });

  test('a place in brackets opening the lead is no marker; a marker’s day and month are not its name', () => {
    expect(extractOk(page(TITLE, '', DATE_LINE, '', `(Mộc Châu) ${LEAD}`, '', P2, '', P3)).outlet).toBeNull();
    expect(extractOk(page(TITLE, '', DATE_LINE, '', `(QNO 23.8) ${LEAD}`, '', P2, '', P3)).outlet).toMatchObject({ name: 'QNO' });
  });

  test('a headline closing on a full stop is flagged for review (a caption may have been taken for it); one without is not', () => {
    const read = (headline: string) => extractOk(page(headline, '', DATE_LINE, '', LEAD, '', P2, '', P3));
    const stop = read('Đại biểu chụp ảnh lưu niệm tại hội nghị.');
    expect([stop.title, stop.needsReview]).toEqual(['Đại biểu chụp ảnh lưu niệm tại hội nghị.', expect.arrayContaining(['title'])]);
    expect(read(TITLE).needsReview).not.toContain('title');
  });

  test('a page that never names itself has no outlet, and says so', () => {
    const article = extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3));
    expect(article.outlet).toBeNull();
    expect(article.needsReview).toEqual(expect.arrayContaining(['outlet', 'author']));
  });
});

describe('what a date is', () => {
  test('a date line is the publication date; an update line the update date', () => {
    expect(extractOk(page(TITLE, '', DATE_LINE, '', LEAD, '', P2, '', P3)).dateKind).toBe('published');
    expect(extractOk(page(TITLE, 'Cập nhật lúc: 09:37 09/12/2019', LEAD, '', P2, '', P3))).toMatchObject({
      date: '2019-12-09',
      dateKind: 'updated',
    });
  });

  test("with no date line, the lead's date is the event's, and flagged", () => {
    // paragraphs of one story: an undated page of unrelated ones is a list of teasers
    const article = extractOk(page(TITLE, '', P1.replace('Sáng 14/3,', 'Ngày 18/4/2017,'), '', P2, '', P3));
    expect(article).toMatchObject({ date: '2017-04-18', dateKind: 'event', dateInferred: false });
    expect(article.needsReview).toContain('date');
  });

  test("a stored copy's date prefix dates the page and is not article text", () => {
    const article = extractOk(` date 2024-04 ${LEAD}\n\n${P2}\n\n${P3}`);
    expect(article).toMatchObject({ date: '2024-04', datePrecision: 'month', dateKind: 'published' });
    expect(article.paragraphs[0]).toBe(LEAD);
  });
});

describe("officials' titles as written", () => {
  test("a title ends where the next person's title and name begin", () => {
    const article = extractOk(
      leadThen(
        'Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Minh Hoan đồng chủ trì hội nghị trực tuyến với các địa phương.',
      ),
    );
    expect(article.officials.map(({ name, title }) => ({ name, title }))).toEqual([
      { name: 'Nguyễn Hồng Diên', title: 'Bộ trưởng Bộ Công Thương' },
      { name: 'Lê Minh Hoan', title: 'Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn' },
    ]);
  });

  test('an office whose name holds commas is kept whole, for a foreign official after "ông"', () => {
    const article = extractOk(
      leadThen(
        'Tại buổi làm việc, ông Hirose Naoshi, Thứ trưởng Bộ Kinh tế, Thương mại, Công nghiệp Nhật Bản đánh giá cao kết quả hợp tác giữa hai bộ trong thời gian qua.',
      ),
    );
    expect(article.officials).toContainEqual(
      expect.objectContaining({ name: 'Hirose Naoshi', title: 'Thứ trưởng Bộ Kinh tế, Thương mại, Công nghiệp Nhật Bản', foreign: true }),
    );
  });
});

test('lines recurring on the pages of one outlet are learned as its chrome, sentences and headlines never', () => {
  const menu = 'Trang chủ Thời sự Kinh tế Quốc tế';
  const pages = new Map([
    ['a', { outlet: 'x', title: 'Tin A', lines: [menu, 'Tin A', 'Câu chung của hai bài.', 'Đường dây nóng 0237'] }],
    ['b', { outlet: 'x', title: 'Tin B', lines: [menu, 'Tin B', 'Câu chung của hai bài.', 'Đường dây nóng 0237'] }],
    ['c', { outlet: 'y', title: 'Tin C', lines: [menu] }],
  ]);
  const learned = learnChrome(pages);
  expect([...learned.get('a')!].sort()).toEqual(['Trang chủ Thời sự Kinh tế Quốc tế', 'Đường dây nóng 0237'].sort());
  expect(learned.has('c')).toBe(false);
});
