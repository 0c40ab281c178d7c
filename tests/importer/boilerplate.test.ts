/**
 * Page chrome, one kind at a time, on small hand-written pages: the article's paragraphs must come
 * out exactly as written and the chrome must be gone.
 */
import { describe, expect, test } from 'vitest';
import { ARTICLE, DATE_LINE, P1, P2, P3, P4, TITLE, extractOk, page } from './helpers.ts';

/** A page with `before` between the date line and the lead, and `after` after the last paragraph. */
function articlePage(before: string[] = [], after: string[] = []): string {
  return page(TITLE, '', DATE_LINE, '', ...before, P1, '', P2, '', P3, '', P4, '', ...after);
}

/** A page with `header` (masthead, menus, notices) above the headline. */
function pageUnderHeader(header: string[]): string {
  return page(...header, '', TITLE, '', DATE_LINE, '', P1, '', P2, '', P3, '', P4);
}

function expectArticle(text: string, paragraphs: string[] = ARTICLE) {
  const article = extractOk(text);
  expect(article.title).toBe(TITLE);
  expect(article.date).toBe('2023-03-15');
  expect(article.paragraphs).toEqual(paragraphs);
  return article;
}

const RELATED = [
  'Thứ trưởng Ngoại giao Đỗ Hùng Việt tiếp Đại sứ Australia tại Việt Nam',
  'Hội nghị Ngoại vụ toàn quốc lần thứ 21 khai mạc tại Hà Nội',
  'Việt Nam - Hàn Quốc thúc đẩy hợp tác thương mại, đầu tư trong lĩnh vực công nghệ cao',
];

describe('menus and masthead', () => {
  test('masthead, menu bar, breadcrumbs and login links above the headline are not the title or body', () => {
    const text = pageUnderHeader([
      'BÁO ĐIỆN TỬ ĐẢNG CỘNG SẢN VIỆT NAM',
      'Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao | Quốc tế',
      'Trang chủ > Thời sự > Đối ngoại',
      'Đăng nhập',
      'Tìm kiếm',
    ]);
    const article = expectArticle(text);
    expect(article.paragraphs.join('\n')).not.toMatch(/Thời sự \||Trang chủ|Đăng nhập|Tìm kiếm/u);
  });

  test('footer menu and copyright after the article are dropped', () => {
    expectArticle(
      articlePage([], ['Giới thiệu | Liên hệ | Quảng cáo | Điều khoản sử dụng', '© Bản quyền thuộc về Báo Điện tử Đảng Cộng sản Việt Nam']),
    );
  });
});

describe('related-news blocks', () => {
  test.each(['Tin liên quan', 'TIN LIÊN QUAN', 'Xem thêm:', 'Related news'])('heading "%s" at the end ends the article', (heading) => {
    const article = expectArticle(articlePage([], [heading, '', ...RELATED.flatMap((r) => [r, ''])]));
    expect(article.officials.map((o) => o.name)).not.toContain('Đỗ Hùng Việt');
  });

  test('a related block between the lead and the body is dropped and the body after it is kept', () => {
    const text = page(TITLE, '', DATE_LINE, '', P1, '', 'Tin liên quan', '', ...RELATED.flatMap((r) => [r, '']), P2, '', P3, '', P4);
    const article = expectArticle(text);
    expect(article.officials.map((o) => o.name)).not.toContain('Đỗ Hùng Việt');
  });

  test('running text right under a related-news heading is the other stories’ teasers: the article ends there', () => {
    const teasers = [
      'Xuất khẩu cá tra sang thị trường Anh tăng mạnh trong sáu tháng đầu năm dù các thị trường lớn khác đều giảm sút.',
      'Các tỉnh Đồng bằng sông Cửu Long dự kiến nuôi khoảng 6.600 ha cá tra trong năm nay với sản lượng hơn 1,4 triệu tấn.',
    ];
    expectArticle(articlePage([], ['Tin liên quan', ...teasers]));
    // with headlines between, the text going on under them is the article's
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, '', 'Tin liên quan', RELATED[0]!, RELATED[1]!, '', P2, '', P3, '', P4));
  });

  test('an inline "Xem thêm: <other headline>" line inside the body is dropped', () => {
    const text = page(TITLE, '', DATE_LINE, '', P1, '', P2, '', `Xem thêm: ${RELATED[1]}`, '', P3, '', P4);
    expectArticle(text);
  });

  test('a related list without heading (title printed twice, teaser ending "...") is dropped', () => {
    const teasers = [
      [RELATED[0], 'Chiều 12/3, tại trụ sở Bộ Ngoại giao, Thứ trưởng Đỗ Hùng Việt đã tiếp Đại sứ Australia tại Việt Nam nhân dịp...'],
      [RELATED[1], 'Sáng 10/3, tại Hà Nội, Bộ Ngoại giao khai mạc Hội nghị Ngoại vụ toàn quốc lần thứ 21 với sự tham dự của...'],
      [RELATED[2], 'Hai nước nhất trí đẩy mạnh hợp tác trong các lĩnh vực bán dẫn, trí tuệ nhân tạo và năng lượng tái tạo…'],
    ];
    const article = expectArticle(
      articlePage(
        [],
        teasers.flatMap(([t, teaser]) => [t, '', t, '', teaser, '']),
      ),
    );
    expect(article.officials).toEqual([]);
  });

  test('an "Đọc thêm" block with teasers is dropped', () => {
    const after = [
      'Đọc thêm',
      '',
      RELATED[1],
      '',
      RELATED[1],
      'Sáng 10/3, tại Hà Nội, Bộ Ngoại giao khai mạc Hội nghị Ngoại vụ toàn quốc lần thứ 21.',
    ];
    expectArticle(articlePage([], after));
  });
});

describe('widgets and notices', () => {
  test('Vietnamese cookie notice before the headline and its button are dropped', () => {
    const text = pageUnderHeader([
      'Trang web này sử dụng cookie để mang lại trải nghiệm tốt nhất cho bạn. Tiếp tục truy cập đồng nghĩa với việc bạn đồng ý với chính sách của chúng tôi.',
      'Đồng ý',
    ]);
    expectArticle(text);
  });

  test('English cookie notice and "Read More" after the article are dropped', () => {
    expectArticle(articlePage([], ['This website uses cookies. See Our policy to learn more.', '', 'Read More']));
  });

  test('audio-player residue is dropped', () => {
    expectArticle(articlePage(['0:00 / 0:00', '0:00', 'Nghe bài viết', '']));
  });

  test('a reading voice’s player and settings, a video player’s notice and a gallery’s counter are dropped', () => {
    expectArticle(
      articlePage(
        ['Nghe bài viết 00:00 / 03:25', 'Tốc độ đọc: 1x', 'Giọng đọc: Nữ miền Bắc', ''],
        ['Video đang được xử lý...', '1/5', 'Xem ảnh'],
      ),
    );
  });

  test('a time relative to now under the headline is neither title nor text', () => {
    expectArticle(page(TITLE, '', 'Cập nhật: 2 giờ trước', DATE_LINE, '', P1, '', P2, '', P3, '', P4));
    expectArticle(page(TITLE, '', DATE_LINE, 'Last updated: 2 hours ago', '', P1, '', P2, '', P3, '', P4));
  });

  test('"Xem bản in", "Print this article" are dropped', () => {
    expectArticle(articlePage([], ['Xem bản in', 'Print this article']));
  });

  test('share and send rows with a colon, and an embed’s address without its scheme, are dropped', () => {
    expectArticle(articlePage(['Chia sẻ bài viết: Facebook Zalo Twitter', ''], ['pic.twitter.com/abc123', 'Gửi bài viết qua email']));
  });

  test('share buttons are dropped; a sentence opening with "Chia sẻ" is kept', () => {
    const shared =
      'Chia sẻ tại hội nghị, nhiều doanh nghiệp cho biết thông tin thị trường do các cơ quan đại diện cung cấp đã giúp họ ký được những hợp đồng đầu tiên.';
    const text = page(
      TITLE,
      '',
      DATE_LINE,
      'Chia sẻ',
      'Facebook',
      'Zalo',
      'Copy link',
      '',
      P1,
      '',
      P2,
      '',
      shared,
      '',
      P3,
      '',
      P4,
      '',
      'Chia sẻ',
      'Facebook',
      'Zalo',
      'Copy link',
    );
    expectArticle(text, [P1, P2, shared, P3, P4]);
  });

  test('font-size widget "A- A A+" is dropped', () => {
    expectArticle(articlePage(['A- A A+', '']));
  });

  test('font-size buttons among their labels, "Cỡ chữ: Giảm (A-) Mặc định (A) Tăng (A+)", are dropped', () => {
    expectArticle(articlePage(['Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)', '']));
  });

  test('"Phiên bản di động" footer is dropped', () => {
    expectArticle(articlePage([], ['Phiên bản di động']));
  });

  test('language switcher "Tiếng Việt | English" is dropped', () => {
    expectArticle(page('Tiếng Việt | English', '', TITLE, '', DATE_LINE, '', P1, '', P2, '', P3, '', P4));
  });

  test('lone punctuation lines are dropped; paragraph punctuation is kept', () => {
    const text = page('.', '', TITLE, '', DATE_LINE, '|', '', P1, '', '•', '', P2, '', P3, '', '.', '.', P4, '', './.', '.');
    expectArticle(text);
  });
});

describe('photos', () => {
  const caption = 'Quang cảnh hội nghị kết nối doanh nghiệp với các cơ quan đại diện. Ảnh: Bộ Ngoại giao';

  test('a caption credited "Ảnh do … cung cấp" under the date is the text’s, not the title', () => {
    const hero = 'Đại biểu tham quan gian hàng tại hội chợ. Ảnh do Sở Công Thương cung cấp';
    expectArticle(page(TITLE, '', DATE_LINE, '', hero, P1, '', P2, '', P3, '', P4), [hero, ...ARTICLE]);
  });

  test('a caption printed twice on consecutive lines is kept once, where it stands', () => {
    const text = page(TITLE, '', DATE_LINE, '', P1, '', P2, '', caption, caption, '', P3, '', P4);
    expectArticle(text, [P1, P2, caption, P3, P4]);
  });

  test('a caption printed twice with a blank line between is kept once', () => {
    const short = 'Thứ trưởng Ngoại giao Vũ Quang Minh';
    const text = page(TITLE, '', DATE_LINE, '', P1, '', short, '', short, '', P2, '', P3, '', P4);
    expectArticle(text, [P1, short, P2, P3, P4]);
  });

  test('alt text on the line above a caption with "(Ảnh: …)" is dropped, the caption kept', () => {
    const withCredit = 'Các đại biểu tham dự hội nghị kết nối doanh nghiệp tại Hà Nội. (Ảnh: Minh Quân)';
    const text = page(
      TITLE,
      '',
      DATE_LINE,
      '',
      P1,
      '',
      'Hội nghị kết nối doanh nghiệp với cơ quan đại diện',
      withCredit,
      '',
      P2,
      '',
      P3,
      '',
      P4,
    );
    expectArticle(text, [P1, withCredit, P2, P3, P4]);
  });

  test('a photo’s credit on its own line under the caption joins it', () => {
    const caption = 'Các đại biểu tham dự hội nghị kết nối doanh nghiệp tại Hà Nội.';
    const text = page(TITLE, '', DATE_LINE, '', P1, caption, 'Ảnh: Minh Quân', '', P2, '', P3, '', P4);
    expectArticle(text, [P1, `${caption} Ảnh: Minh Quân`, P2, P3, P4]);
  });

  test('a caption wrapped before the last words of a name is one paragraph; the site in its credit is not the outlet', () => {
    const [first, rest] = ['Thứ trưởng Ngoại giao Vũ Quang Minh tiếp Đại sứ Hàn Quốc', 'Park Noh Wan. (Ảnh: Baoquocte.vn)'];
    const article = expectArticle(page(TITLE, '', DATE_LINE, '', P1, '', first, rest, '', P2, '', P3, '', P4), [
      P1,
      `${first} ${rest}`,
      P2,
      P3,
      P4,
    ]);
    expect(article.outlet?.site ?? null).not.toBe('baoquocte.vn');
  });

  test('the headline repeated as alt text above every caption is dropped', () => {
    const c1 = 'Thứ trưởng Ngoại giao Vũ Quang Minh phát biểu tại hội nghị. (Ảnh: Minh Quân)';
    const c2 = 'Đại diện doanh nghiệp trao đổi với các Đại sứ. (Ảnh: Minh Quân)';
    const text = page(TITLE, '', DATE_LINE, '', P1, '', TITLE, c1, '', P2, '', P3, '', TITLE, c2, '', P4);
    const article = expectArticle(text, [P1, c1, P2, P3, c2, P4]);
    expect(article.paragraphs).not.toContain(TITLE);
  });
});

test('a follow widget whose "Theo dõi" was lost, "X trên" alone under the date line, is chrome; a sentence wrapped after "trên" is text', () => {
  const article = expectArticle(page(TITLE, '', DATE_LINE, 'Công dân & Khuyến học trên', '', P1, '', P2, '', P3, '', P4));
  expect(article.title).toBe(TITLE);
  const wrapped = ['Các doanh nghiệp Singapore tập trung đầu tư trên', 'địa bàn các khu công nghiệp của tỉnh trong năm qua.'];
  expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', ...wrapped, '', P2)).paragraphs.join(' ')).toContain(wrapped[0]);
});

describe('what an image leaves in a copy', () => {
  test('its alt text written without marks between a sentence and a caption is dropped; lowercase words continuing a sentence stay', () => {
    const caption = 'Các đại biểu tham dự hội nghị kết nối doanh nghiệp tại Hà Nội.';
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, 'hinh anh hoi nghi', caption, '', P2, '', P3, '', P4), [P1, caption, P2, P3, P4]);
    // a paper's name as the image's alt text, with its marks
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, 'tạp chí kinh tế', caption, '', P2, '', P3, '', P4), [P1, caption, P2, P3, P4]);
    const wrapped = ['The two sides agreed to raise trade', 'in the coming years', 'to 15 billion USD.'];
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', ...wrapped, '', P2)).paragraphs.join(' ')).toContain('in the coming years');
  });

  test('a longer alt line in small letters right over its caption is dropped; one standing apart after a blank line stays', () => {
    const caption = 'Vải thiều Lục Ngạn được đóng hộp sang trọng, bắt mắt.';
    const alt = 'vải thiều lục ngạn xuất khẩu sang nhật';
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, '', alt, caption, '', P2, '', P3, '', P4), [P1, caption, P2, P3, P4]);
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', alt, '', caption, '', P2)).paragraphs.join(' ')).toContain(alt);
  });

  test('its alt text over a fuller caption, a few words left out inside, is dropped; a heading over a longer paragraph stays', () => {
    const caption = 'Việt Nam đang là điểm đến lý tưởng cho sự dịch chuyển của các công ty công nghệ khỏi Trung Quốc không chỉ Foxconn.';
    const alt = 'Việt Nam đang là điểm đến lý tưởng cho sự dịch chuyển của các công ty công nghệ không chỉ Foxconn';
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, '', alt, '', caption, '', P2, '', P3, '', P4), [P1, caption, P2, P3, P4]);
    const heading = 'Việt Nam là điểm đến lý tưởng';
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', heading, '', caption, '', P2)).paragraphs).toContain(heading);
  });

  test('its slug, the caption written without marks and numbered, over the caption is dropped; a wrapped line ending on a number stays', () => {
    const caption = 'Các đại biểu tham dự hội nghị kết nối doanh nghiệp tại Hà Nội.';
    const slug = 'cac dai bieu tham du hoi nghi ket noi doanh nghiep hinh 2';
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, '', slug, caption, '', P2, '', P3, '', P4), [P1, caption, P2, P3, P4]);
    const wrapped = ['The two sides agreed to raise trade', 'to a level the ministers put at 15', 'billion USD in the coming years.'];
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', ...wrapped, '', P2)).paragraphs.join(' ')).toContain('put at 15');
  });

  test('a lead printed alone and again opening the next paragraph counts once, in the longer', () => {
    const longer = `${P1} ${P2}`;
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, longer, '', P3, '', P4), [longer, P3, P4]);
  });

  test('its file name or bare name between paragraphs is dropped', () => {
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, '', 'TLSHQ 1.jpg', '', P2, '', 'lo1', '', P3, '', 'anh_2', '', P4));
  });

  test('a bare name with marks, one word in small letters alone between blank lines, is dropped; one glued over a line stays', () => {
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, '', 'vải', '', P2, '', P3, '', P4), [P1, P2, P3, P4]);
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', P2, 'vải', '', P3)).paragraphs.join(' ')).toContain('vải');
  });

  test('the first word of a caption on the line above it is dropped, the caption kept', () => {
    const caption = 'Các đại biểu dự hội nghị';
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, '', 'Các', caption, '', P2, '', P3, '', P4), [P1, caption, P2, P3, P4]);
  });

  test('a short line the next line does not open with stays', () => {
    const [label, caption] = ['Các ý kiến', 'Đại biểu phát biểu tại hội nghị'];
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, '', label, caption, '', P2, '', P3, '', P4), [P1, label, caption, P2, P3, P4]);
  });

  test('a related headline above a caption credited to a domain goes with the image, the caption stays', () => {
    const credited = 'Hội nghị triển khai Chương trình hành động về ngoại giao kinh tế năm 2023 - Ảnh: baochinhphu.vn';
    const text = page(
      TITLE,
      '',
      DATE_LINE,
      '',
      P1,
      "Cuốn sách của Tổng Bí thư: 'Kim chỉ nam' cho công tác đối ngoại",
      credited,
      '',
      P2,
      '',
      P3,
      '',
      P4,
    );
    expectArticle(text, [P1, credited, P2, P3, P4]);
  });
});

describe('links to other articles without a heading', () => {
  const runTogether =
    RELATED.join(' ').replace(/,/gu, '') + ' Bộ Công Thương tổ chức hội nghị giao ban xúc tiến thương mại với hệ thống thương vụ';

  test('headlines run together on one line inside the text are dropped', () => {
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, runTogether, '', P2, '', P3, '', P4));
  });

  test('the same shape as the page’s last line is the text cut off before its first comma, and stays', () => {
    expectArticle(articlePage([], [runTogether]), [...ARTICLE, runTogether]);
  });

  test('three headlines, each a block, after the last paragraph end the article; two are kept', () => {
    const headlines = RELATED.map((r) => r.replace(/,/gu, ''));
    expectArticle(
      articlePage(
        [],
        headlines.flatMap((h) => [h, '']),
      ),
    );
    expectArticle(
      articlePage(
        [],
        headlines.slice(0, 2).flatMap((h) => [h, '']),
      ),
      [...ARTICLE, ...headlines.slice(0, 2)],
    );
  });

  test.each([
    ['in brackets', (h: string, i: number) => [`${h} (1${i}/03/2024)`]],
    ['after a dash', (h: string, i: number) => [`${h} - 1${i}/03/2024`]],
    ['on the next line', (h: string, i: number) => [h, `1${i}/03/2024`]],
  ])('two headlines dated %s after the last paragraph end the article', (_, dated) => {
    const headlines = RELATED.slice(0, 2).map((r) => r.replace(/,/gu, ''));
    expectArticle(articlePage([], headlines.flatMap(dated)));
  });

  test('a related heading cut off at the page’s end goes, and the byline above it is the author', () => {
    const article = expectArticle(articlePage([], ['ĐINH YẾN', '', 'Có thể bạn']));
    expect(article.author).toBe('ĐINH YẾN');
  });

  test('a name closed by a separator alone under the headline, "Lâm Chí Công |", is the byline; a row of labels so joined is not', () => {
    const article = expectArticle(articlePage(['Lâm Chí Công |', '']));
    expect(article.author).toBe('Lâm Chí Công');
    expect(extractOk(articlePage(['Kinh Tế | Xã Hội |', ''])).author).toBeNull();
  });

  test('a name after an honorific closing a copy cut off, "Ông Nguyễn Văn Phúc", is the text’s, no byline; the bare name is one', () => {
    const article = extractOk(articlePage([], ['Ông Nguyễn Văn Phúc']));
    expect(article.author).toBeNull();
    expect(article.paragraphs.at(-1)).toBe('Ông Nguyễn Văn Phúc');
    expect(expectArticle(articlePage([], ['Nguyễn Văn Phúc'])).author).toBe('Nguyễn Văn Phúc');
  });

  test('a doctor signing a closing byline, "By Dr. John Smith", is its writer: "Dr." is a degree there, not an honorific', () => {
    expect(extractOk(articlePage([], ['By Dr. John Smith'])).author).toBe('Dr. John Smith');
  });

  test('"Tin. ảnh: <name>" at the end is a byline, written with a full stop for the comma', () => {
    expect(expectArticle(articlePage([], ['Tin. ảnh: MINH THANH'])).author).toBe('MINH THANH');
  });
});

describe('credits under the text', () => {
  test('an editor’s line and a copy’s “collected” note under the text are credits, neither author nor text; a sentence about an editor stays', () => {
    const lines = [
      ['Biên tập viên:Minh Hà'],
      ['Editor: Mai Lan'],
      ['Edited by Tom Hale'],
      ['Vietnam+', 'Sưu tầm'],
      ['(Tổng hợp)'],
      ['By admin'],
    ];
    for (const after of lines) {
      expect(expectArticle(articlePage([], after)).author, after.join(' / ')).toBeNull();
    }
    const sentence = 'Biên tập viên của tòa soạn đã làm việc suốt đêm để kịp đưa tin về hội nghị cấp cao giữa hai nước.';
    expect(extractOk(articlePage([], [sentence])).paragraphs).toEqual([...ARTICLE, sentence]);
  });

  test('“Full article at <site>” under a copy names its source; a sentence opening so stays', () => {
    const article = expectArticle(articlePage([], ['Full article at Worldbank.org']));
    expect(article.originalOutlet?.site).toBe('worldbank.org');
    const sentence = 'Full article at the end of the treaty sets out how disputes between investors and states are to be settled.';
    expect(extractOk(articlePage([], [sentence])).paragraphs).toEqual([...ARTICLE, sentence]);
  });
});

describe('the furniture of provincial portals and papers', () => {
  test('footer lines whose label is qualified, "Chịu trách nhiệm nội dung:", "Địa chỉ tòa soạn:", are dropped', () => {
    expectArticle(
      articlePage(
        [],
        [
          'Trưởng Ban biên tập: Nguyễn Văn An',
          'Chịu trách nhiệm nội dung: Văn phòng UBND tỉnh',
          'Địa chỉ tòa soạn: Số 12, đường Lý Thường Kiệt, thành phố Hà Giang',
          'ĐT: 0219 3866 123 - Fax: 0219 3866 124',
          'Website: sokhdt.example.gov.vn',
        ],
      ),
    );
  });

  test('view counters without a colon and rating widgets are dropped', () => {
    expectArticle(
      articlePage(
        ['Lượt xem 1.234', ''],
        ['Tổng số điểm của bài viết là: 10 trong 2 đánh giá', 'Click để đánh giá bài viết', 'Xếp hạng: 5 - 2 phiếu bầu'],
      ),
    );
  });

  test("a visit counter's rows are dropped; a figure with its label in the text stays", () => {
    expectArticle(articlePage([], ['Số người đang online: 31', '', 'Hôm nay: 1.208', '', 'Tổng truy cập 4816052', '', 'Heute 97']));
    const figure = 'Kim ngạch xuất khẩu hôm nay: 25 triệu USD';
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, '', figure, '', P2, '', P3, '', P4), [P1, figure, P2, P3, P4]);
  });

  test('a keyword line above the headline, capitalised phrases each closed by a comma, is dropped; a wrapped sentence is not', () => {
    const keywords =
      'Ngoại giao kinh tế đồng hành cùng doanh nghiệp, Ngoại giao kinh tế, Mở rộng thị trường xuất khẩu, Doanh nghiệp mở rộng thị trường xuất khẩu,';
    expectArticle(page(keywords, '', TITLE, '', DATE_LINE, '', P1, '', P2, '', P3, '', P4));
    const wrapped = 'Sáng nay, tại Hà Nội, các doanh nghiệp,';
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', P2, '', P3, '', P4, '', wrapped)).paragraphs).toContain(wrapped);
  });

  test('a comment box, its notice and its form’s labels, is dropped', () => {
    expectArticle(
      articlePage(
        [],
        [
          'Ý kiến của bạn',
          '* Vui lòng nhập bình luận tiếng Việt có dấu',
          'Họ và tên *',
          'Mã xác nhận',
          'LƯU Ý: Ban biên tập sẽ biên tập ý kiến của bạn đọc trước khi xuất bản.',
        ],
      ),
    );
  });

  test('an English comment form without its heading and an English footer are dropped', () => {
    expectArticle(
      articlePage(
        [],
        [
          'Your email address will not be published. Required fields are marked *',
          'Name *',
          'Email *',
          'Post Comment',
          'Address: 10 Tran Phu Street, Hanoi',
          'Licence No. 123/GP-BTTTT issued by the Ministry of Information and Communications',
          'Editor-in-chief: Nguyen Van A',
        ],
      ),
    );
  });

  test('a tool row of "Bản in", "In trang", "Lưu tin", "Quay lại" is dropped', () => {
    expectArticle(articlePage(['Bản in | Gửi email | Quay lại', ''], ['In trang  Lưu tin  Gửi cho bạn bè  Về đầu trang']));
  });

  test('a bare "Tags:" heads the tags listed under it', () => {
    expectArticle(articlePage([], ['Tags:', 'ngoại giao kinh tế', 'xuất khẩu', 'doanh nghiệp']));
  });

  test('"Những tin mới hơn" opens a list of other articles', () => {
    expectArticle(articlePage([], ['Những tin mới hơn', ...RELATED, 'Những tin cũ hơn', ...RELATED]));
  });

  test('a related heading with its links run on after it is dropped; a sentence opening with its words stays', () => {
    const sentence =
      'Tin liên quan đến việc ký kết hiệp định đã được các cơ quan báo chí trong và ngoài nước đưa tin đậm nét trong suốt tuần qua.';
    const text = page(TITLE, '', DATE_LINE, '', P1, '', `Tin liên quan ${RELATED.join(' ')}`, '', P2, '', sentence, '', P3, '', P4);
    expectArticle(text, [P1, P2, sentence, P3, P4]);
  });
});

describe('notices and lists seen on outlets the importer had not met', () => {
  test('a bulleted invitation, a printed template variable and footer lines without "©" are dropped', () => {
    expectArticle(
      articlePage(
        ['news_is_not_ads=', ''],
        [
          '* Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài Truyền hình Việt Nam trên TV Online!',
          'Ghi rõ nguồn "Báo Điện tử" khi phát hành lại thông tin từ website này.',
          'All rights reserved.',
        ],
      ),
    );
  });

  test('a list of dated "- " links under "Các tin liên quan:" ends the article', () => {
    const links = [
      '- Đoàn đại biểu thành phố Thiên Tân (Trung Quốc) thăm TPHCM và làm việc với lãnh đạo Thành phố về hợp tác kinh tế (01-08-2009)',
      '- Phó Chủ tịch UBND TPHCM tiếp Chủ tịch tập đoàn Sany (Trung Quốc) bàn về đầu tư vào khu công nghiệp của Thành phố (23-06-2009)',
    ];
    expectArticle(articlePage([], ['Các tin liên quan:', ...links]));
  });

  test('a short label right above "Đọc thêm" goes with the related block', () => {
    expectArticle(articlePage([], ['Chủ đề Hội nhập Quốc tế', '', 'Đọc thêm', '', ...RELATED]));
  });

  test("a view count alone on a line, an image's alt text and a comment box with no comments are dropped", () => {
    expectArticle(articlePage(['264', '', 'Photo of two people shaking hands.', ''], ['Không có bình luận']));
  });

  test('related headlines run together on one line inside the text are dropped; a last line cut off without punctuation stays', () => {
    const glued =
      'Thường trực Thành ủy Hà Nội đối thoại với nhân dân huyện Sóc Sơn Sắp có cơ sở pháp lý để xử phạt việc không đeo khẩu trang nơi công cộng Kết luận của Bí thư Thành ủy về Khu liên hợp xử lý chất thải Sóc Sơn';
    expectArticle(articlePage([], []).replace(P2, `${glued}\n\n${P2}`));
    const cut = glued.replace(/^Thường trực/u, 'Tại buổi làm việc lãnh đạo');
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', P2, '', cut)).paragraphs).toEqual([P1, P2, cut]);
  });

  test('print and PDF buttons, a rating widget and an "Editor Choice" label are dropped', () => {
    expectArticle(articlePage(['Print Friendly, PDF & Email', '• PDF', 'Editor Choice', '(0 votes, average 0 out of 5)', '']));
  });

  test('a font-size label, a newsletter call, a comment service’s credit and an appeal to the reader are dropped', () => {
    expectArticle(
      articlePage(
        ['Xem với cỡ chữ', ''],
        ['Like this article? Take a second to support us on Patreon!', '', 'comments powered by Disqus', '', 'Keep informed...'],
      ),
    );
  });

  test('sentences that share those words stay: advice to stay informed, a plant powered by the sun, a question to the reader', () => {
    const short = [
      'Businesses should stay informed about the new rules.',
      'Powered by solar panels, the plant opened in May.',
      'Do you like this plan?',
    ];
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', ...short.flatMap((p) => [p, '']), P2)).paragraphs).toEqual([P1, ...short, P2]);
  });

  test('share buttons named with "this", a comment form’s buttons, a view count with thousands and links to the stories before and after it are dropped', () => {
    const navigation = ['Previous article', '', RELATED[0]!, '', 'Next article', '', RELATED[1]!];
    expectArticle(
      articlePage(['1.234 lượt xem', ''], ['Share this:', 'Like this:', '', 'Để lại bình luận', 'Hủy', 'Gửi', '', ...navigation]),
    );
  });

  test('a box of popular stories ends the text; an interview’s short questions before it stay', () => {
    const questions = ['PV: Ông đánh giá thế nào về kết quả này?', P2, 'Còn kế hoạch năm tới?', P3];
    const text = page(TITLE, '', DATE_LINE, '', P1, '', ...questions.flatMap((p) => [p, '']), 'Đọc nhiều trong tuần', '', ...RELATED);
    expect(extractOk(text).paragraphs).toEqual([P1, ...questions]);
  });

  test('a wire’s "(Reporting by …; Editing by …)" credit ends the text and names its author', () => {
    const article = expectArticle(articlePage([], ['(Reporting by Ho Binh Minh; Editing by Kim Coghill)']));
    expect(article.author).toBe('Ho Binh Minh');
  });

  test('a translation widget, a French cookie notice and its close button after the article are dropped', () => {
    const notice =
      'En poursuivant la visite de ce site, vous acceptez l’utilisation de traceurs (cookies) vous permettant d’optimiser techniquement votre navigation.';
    expectArticle(articlePage([], ['Translate / Dịch', '', notice, '', 'Fermer']));
  });

  test('a byline followed by a comment count, a prompt, a box’s rules and a form with required fields: the byline is the author', () => {
    const form = ['Họ tên:(*)', 'Số điện thoại:', 'Tiêu đề:(*)', 'Nội dung:(*)', 'Mã xác nhận: Lấy lại mã bảo mật'];
    for (const after of [
      ['0 Bình luận', 'Hãy là người đầu tiên gửi bình luận.'],
      ['Bình luận', '', 'Tối thiểu 10 chữ Tiếng việt có dấu Không chứa liên kết'],
      ['', 'Các bài mới đăng', '', 'Các bài đã đăng :', '', 'Viết bình luận', '', ...form],
      ['Be the first to comment', 'Your name *', 'Security code: 4 + 3 ='],
    ]) {
      expect(expectArticle(articlePage([], ['Minh Châu', ...after])).author).toBe('Minh Châu');
    }
  });

  test('a poster’s handle in small letters after "By" under the text signs it; a lone word in small letters there is no byline', () => {
    expect(expectArticle(articlePage([], ['By vivian'])).author).toBe('vivian');
    expect(expectArticle(articlePage([], ['Posted by minhanh'])).author).toBe('minhanh');
    const cut = page(TITLE, '', DATE_LINE, '', P1, '', P2, '', P3, '', P4, '', 'acc');
    expect(extractOk(cut).author).toBeNull();
  });

  test('shortcodes, a print plugin’s labels run together, a star rating’s buttons and skip links are dropped', () => {
    const article = expectArticle(
      articlePage(['[ad_1]', '', 'image_pdfimage_print', ''], ['[ad_2]', '', 'K 5 K 4 K 3 K 2 K 1', 'Rate this article']),
    );
    expect(article.author).toBeNull();
    expectArticle(pageUnderHeader(['Skip to main content', 'Skip Ribbon Commands', 'Nhảy đến nội dung']));
  });

  test('sentences about a minimum count, a first comer, or a form stay', () => {
    const short = ['Tối thiểu 10 doanh nghiệp sẽ tham gia đoàn xúc tiến.', 'Hãy là người đầu tiên đăng ký tham gia hội chợ.'];
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', ...short.flatMap((p) => [p, '']), P2)).paragraphs).toEqual([P1, ...short, P2]);
  });

  test('a wire’s credit glued to the last sentence leaves the text and names the original outlet', () => {
    for (const [credit, name] of [
      [' – Reuters', 'Reuters'],
      [' –AFP', 'AFP'],
      [' (Yonhap)', 'Yonhap'],
    ]) {
      const article = extractOk(page(TITLE, '', DATE_LINE, '', P1, '', P2, '', P3, '', `${P4}${credit}`));
      expect(article.paragraphs).toEqual(ARTICLE);
      expect(article.originalOutlet?.name).toBe(name);
    }
  });

  test('a byline in capitals glued to the last sentence leaves the text and is the author', () => {
    const article = extractOk(page(TITLE, '', DATE_LINE, '', P1, '', P2, '', P3, '', `${P4} T.MINH |`));
    expect(article.paragraphs).toEqual(ARTICLE);
    expect(article.author).toBe('T.MINH');
  });

  test('brackets or a dash closing a sentence that are no credit stay', () => {
    const last = 'The plan was approved by the Asian Development Bank (ADB). Details are on the bank’s site ADB.ORG';
    const mid = `${P2} – Reuters`;
    const article = extractOk(page(TITLE, '', DATE_LINE, '', P1, '', mid, '', last));
    expect(article.paragraphs).toEqual([P1, mid, last]);
    expect(article.originalOutlet).toBeNull();
  });

  test('a desk’s credit after the text leaves the text, names the outlet that wrote it and no author', () => {
    const article = expectArticle(articlePage([], ['Textile Weekly News Desk (HN)']));
    expect([article.outlet?.name, article.originalOutlet]).toEqual(['Textile Weekly', null]);
    expect(article.author).toBeNull();
  });

  test('a subheading in capitals right under the lead is the text’s; a byline in capitals there is not', () => {
    const subheading = 'HỢP TÁC KINH TẾ LÀ TRỌNG TÂM';
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, subheading, P2, '', P3, '', P4), [P1, subheading, P2, P3, P4]);
    expect(expectArticle(page(TITLE, '', DATE_LINE, '', P1, 'MINH CHÂU', P2, '', P3, '', P4)).author).toBe('MINH CHÂU');
  });

  test.each([
    ['Trade Ties Deepen', 'Looking Ahead'],
    // a later subheading keeping its minor words in small letters is like it
    ['Recovery Context', 'The Crucial Role of EVFTA'],
  ])('a title-case line under the lead, "%s", is a subheading when others like it ("%s") head later paragraphs', (first, second) => {
    const article = expectArticle(page(TITLE, '', DATE_LINE, '', P1, '', first, '', P2, '', second, '', P3, '', P4), [
      P1,
      first,
      P2,
      second,
      P3,
      P4,
    ]);
    expect(article.author).toBeNull();
  });

  test('a title-case line under the lead is a byline when alone, or when what follows is a sentence, not a subheading', () => {
    expect(expectArticle(page(TITLE, '', DATE_LINE, '', P1, '', 'Minh Châu', '', P2, '', P3, '', P4)).author).toBe('Minh Châu');
    const sentence = 'The Minister of Trade Arrived in Hanoi.';
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', 'Minh Châu', '', P2, '', sentence, '', P3, '', P4)).author).toBe('Minh Châu');
  });

  test('a sentence split by a blank line before a word in small letters is one paragraph', () => {
    const [first, rest] = ['"The minister welcomed the U.S.', 'proposal to open a trade office in Hanoi next year," the statement said.'];
    const text = page(TITLE, '', DATE_LINE, '', P1, '', first, '', rest, '', P2, '', 'Hội nghị kết thúc', '', 'vào buổi chiều cùng ngày.');
    expect(extractOk(text).paragraphs).toEqual([P1, `${first} ${rest}`, P2, 'Hội nghị kết thúc vào buổi chiều cùng ngày.']);
  });

  test('a ticker of headlines joined by bullets, a "You are here" line and a font-size label are dropped', () => {
    const ticker = 'China Focus: Navy chief meets his counterpart in Beijing • News Analysis: What the new trade pact means for exporters';
    const article = expectArticle(pageUnderHeader([ticker, 'You are here: Home', 'Adjust font size:']));
    expect(article.paragraphs).not.toContain(ticker);
  });

  test('a sentence listing items after bullets stays', () => {
    const listed = 'Hai bên thống nhất ba nội dung hợp tác • Tăng cường thương mại song phương • Mở rộng đầu tư vào công nghệ cao.';
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', listed, '', P2)).paragraphs).toEqual([P1, listed, P2]);
  });

  test('a section’s label of a word or two, or two such joined by a dash, between the headline and the lead is dropped; a caption there stays', () => {
    expectArticle(articlePage(['Sự kiện']));
    expectArticle(page(TITLE, '', 'Economy', DATE_LINE, '', P1, '', P2, '', P3, '', P4));
    expectArticle(page(TITLE, 'Kinh tế - Xã hội', TITLE, DATE_LINE, '', P1, '', P2, '', P3, '', P4));
    const caption = 'Quang cảnh hội nghị.';
    expectArticle(articlePage([caption, '']), [caption, ...ARTICLE]);
  });

  test('a related-news heading in capitals between the headline and the lead is no byline', () => {
    const article = expectArticle(page(TITLE, '', DATE_LINE, '', 'Related Articles', '', P1, '', P2, '', P3, '', P4));
    expect(article.author).toBeNull();
  });

  test('paragraphs hard-wrapped at a fixed width, without blank lines between them, are joined again', () => {
    const wrapped = [
      'Hanoi (VNA) – Deputy Minister of Foreign Affairs Le Thi Thu Hang paid a',
      'working visit to Kenya from May 2 to 4 and met with several senior Kenyan',
      'officials to discuss bilateral ties.',
      'The two sides agreed to step up the exchange of delegations at all levels,',
      'to support each other at multilateral forums and to open new channels for',
      'trade in farm produce in the coming years.',
      'Trade between the two countries reached 300 million USD last year.',
    ];
    const article = extractOk(page(TITLE, '', DATE_LINE, '', ...wrapped));
    expect(article.paragraphs).toEqual([wrapped.slice(0, 3).join(' '), wrapped.slice(3, 6).join(' '), wrapped[6]]);
  });

  test('a text wrapped at a width and set in short paragraphs between blank lines is joined in each paragraph', () => {
    const wrapped = [
      ['The two ministers met in Hanoi on Tuesday to review the trade pact', 'signed by their governments three years ago.'],
      ['Exports of farm produce rose by a fifth over the period, while', 'imports of machinery doubled, the minister said.'],
      [
        'Deputy Minister of Industry and',
        'Trade Nguyen Van An said the two sides would work together over the next',
        'months to open new markets for fruit.',
      ],
      [
        'Trade between the two countries reached 300 million USD last year, up from',
        '250 million USD (2022)',
        'according to customs figures.',
      ],
    ];
    const article = extractOk(page(TITLE, '', DATE_LINE, '', ...wrapped.flatMap((lines) => [...lines, ''])));
    expect(article.paragraphs).toEqual(wrapped.map((lines) => lines.join(' ')));
  });

  test('on such a page a block whose lines all open in capitals stays a line each; on a page not wrapped, short blocks stay as they are', () => {
    const wrapped = [
      ['The two ministers met in Hanoi on Tuesday to review the trade pact', 'signed by their governments three years ago.'],
      ['Exports of farm produce rose by a fifth over the period, while', 'imports of machinery doubled, the minister said.'],
      ['Officials from both ministries will meet again in the autumn to', 'draw up a plan for the next five years.'],
    ];
    const listed = ['Ministers agree to open new fruit markets in the south', 'Port city opens a new container terminal'];
    const blocks = [wrapped[0]!, listed, wrapped[1]!, wrapped[2]!];
    const article = extractOk(page(TITLE, '', DATE_LINE, '', ...blocks.flatMap((lines) => [...lines, ''])));
    expect(article.paragraphs).toEqual([wrapped[0]!.join(' '), ...listed, ...wrapped.slice(1).map((lines) => lines.join(' '))]);
    const short = ['Quang cảnh buổi làm việc', 'chiều 14/3 tại Hà Nội'];
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', ...short, '', P2, '', P3)).paragraphs).toEqual([P1, ...short, P2, P3]);
  });

  test('a run of headlines of about one length stays one line each', () => {
    const headlines = [
      'Thủ tướng tiếp Đại sứ Australia tại Việt Nam nhân dịp kết thúc nhiệm kỳ',
      'Hội nghị Ngoại vụ toàn quốc lần thứ 21 khai mạc tại thủ đô Hà Nội hôm nay',
      'Việt Nam và Hàn Quốc thúc đẩy hợp tác thương mại trong lĩnh vực công nghệ',
      'Bộ Công Thương tổ chức diễn đàn xúc tiến xuất khẩu nông sản sang châu Âu',
    ];
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', ...headlines, '', P2)).paragraphs).toEqual([P1, ...headlines, P2]);
  });
});

const HEADLINE = 'Vietnam and Chile agree to lift farm trade';
const EN = [
  'SANTIAGO -- Vietnam and Chile agreed on Tuesday to raise two-way trade in farm produce by a third within three years, officials of both countries said after talks in the Chilean capital.',
  'The two sides will open their markets to each other’s fresh fruit and seafood and cut the time needed for plant health checks at the border.',
  'Chile is Vietnam’s third largest trading partner in Latin America, with trade of about 1.5 billion USD last year.',
];
const enPage = (...tail: string[]) => page(HEADLINE, '', '15/03/2023 - 08:30', '', ...EN.flatMap((p) => [p, '']), ...tail);

/** Each line, after the text, is dropped; a sentence written with the same words there stays. */
function expectDroppedButSentenceKept(lines: readonly string[], sentence: string): void {
  for (const line of lines) expect(extractOk(enPage(line)).paragraphs, line).toEqual(EN);
  expect(extractOk(enPage(sentence)).paragraphs).toEqual([...EN, sentence]);
}

describe('furniture around copies on blogs, aggregators and unrelated sites', () => {
  test('view counters without a colon, template markers and fields, a follower widget and editors’ initials are dropped', () => {
    for (const chrome of [
      'Read 175',
      'Viewed 1,204 times',
      'Lượt đọc 56',
      '"---SHARE---" "---TWEET---"',
      '---ADVERTISEMENT---',
      'Posted by: admin_user',
      'Blog Followers',
      'abc/jrs/mt',
    ]) {
      expect(extractOk(enPage(chrome)).paragraphs, chrome).toEqual(EN);
    }
  });

  test('a line that only points to a link is dropped; a sentence ending on the same words stays', () => {
    expectDroppedButSentenceKept(
      ['Xem toàn văn bài phát biểu tại đây.', 'Click here to download the full report', 'Read the joint statement here.'],
      'Delegates will see the new port here.',
    );
  });

  test("a resized image's file name glued to the paragraph under it is taken off; a hyphenated word without a width stays", () => {
    const glued = page(HEADLINE, '', '15/03/2023 - 08:30', '', `dws-vietnam-chile-trade-talks-770px${EN[1]}`, '', EN[2]!);
    expect(extractOk(glued).paragraphs).toEqual([EN[1], EN[2]]);
    const word = 'Covid-19-related checks at the border will be cut by half, the two sides said after the talks.';
    expect(extractOk(page(HEADLINE, '', '15/03/2023 - 08:30', '', EN[1]!, '', word, '', EN[2]!)).paragraphs).toEqual([EN[1], word, EN[2]]);
  });

  test('a link line opening on "Chi tiết" is dropped too; a sentence about the details stays', () => {
    expectDroppedButSentenceKept(
      ['Chi tiết xem tại đây', 'Thông tin chi tiết xem tại đây.'],
      'Chi tiết về chương trình được công bố tại đây.',
    );
  });

  test('a blog comment’s opening ends the article, with the comments under it', () => {
    const comments = [
      'Peter Nguyen said...',
      '',
      'Good news for farmers on both sides.',
      '',
      'Anonymous said…',
      '',
      'When will the checks start?',
    ];
    expect(extractOk(enPage(...comments)).paragraphs).toEqual(EN);
  });

  test('a one-word related heading cut inside the word by the copy goes, and is no byline', () => {
    const article = extractOk(enPage('TRENDIN'));
    expect(article.paragraphs).toEqual(EN);
    expect(article.author).toBeNull();
  });

  test('an agency credit naming the outlet it relays, glued to the last sentence, is taken off it', () => {
    const last = EN[2]!;
    expect(extractOk(enPage().replace(last, `${last} (AFP/RFI)`)).paragraphs).toEqual(EN);
  });
});

describe('repeats and other stories’ headlines around the text', () => {
  test('a caption printed twice over a paragraph trailing off in "…" is no list of teasers', () => {
    const caption = 'Đại biểu tham quan gian hàng nông sản Việt Nam tại hội chợ.';
    const trailing =
      'Hội chợ thu hút doanh nghiệp từ nhiều tỉnh, thành phố của nước sở tại như Quảng Đông, Quảng Tây, Vân Nam, Tứ Xuyên, Hồ Nam, Giang Tây…';
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, caption, caption, '', trailing, '', P2, '', P3, '', P4), [
      P1,
      caption,
      trailing,
      P2,
      P3,
      P4,
    ]);
  });

  test('a page’s last paragraph cut off in mid-sentence is no headline of a list after the text; short headlines are', () => {
    const altLine = 'Ngoại giao kinh tế đồng hành cùng doanh nghiệp - Hình 2';
    const caption = 'Đại sứ góp ý để tăng cơ hội xuất khẩu cho vải thiều Việt Nam';
    const cut =
      'Để giải quyết thử thách này, Đại sứ cho rằng các cơ quan cần có sự chuẩn bị từ trước với đối tác, doanh nhân nước ngoài để có hợp đồng mua';
    const article = extractOk(page(TITLE, '', DATE_LINE, '', P1, '', P2, '', P3, '', P4, '', altLine, '', caption, '', cut));
    expect(article.paragraphs.at(-1)).toBe(cut);
    const headlines = [
      'Thứ trưởng Ngoại giao tiếp Đại sứ Australia',
      'Hội nghị Ngoại vụ toàn quốc khai mạc tại Hà Nội',
      'Việt Nam và Hàn Quốc thúc đẩy hợp tác',
    ];
    expectArticle(articlePage([], ['', headlines[0]!, '', headlines[1]!, '', headlines[2]!]));
  });

  test('a long caption without a stop that says again what the paragraph above says is no run of headlines', () => {
    const paragraph =
      'Tại buổi làm việc, Chủ tịch UBND tỉnh Nguyễn Văn An đã giới thiệu tiềm năng, thế mạnh và định hướng thu hút đầu tư vào các khu công nghiệp của tỉnh trong giai đoạn tới.';
    const caption =
      'Chủ tịch UBND tỉnh Nguyễn Văn An giới thiệu tiềm năng thế mạnh và định hướng thu hút đầu tư vào các khu công nghiệp của tỉnh trong giai đoạn tới';
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, '', paragraph, '', caption, '', P2, '', P3, '', P4), [
      P1,
      paragraph,
      caption,
      P2,
      P3,
      P4,
    ]);
  });

  test('headlines of other stories in title case under the text go even when they run on without blank lines', () => {
    const headlines = [
      'Central Bank Holds Rates Steady as Inflation Cools',
      'Coffee Exports Climb to Record on Strong European Demand',
      'Shipping Costs Ease After Peak Season Ends in',
    ];
    expect(extractOk(enPage(...headlines)).paragraphs).toEqual(EN);
    // the same lines in sentence case, running on, are as often captions: they stay
    const sentences = headlines.map((h) => h[0] + h.slice(1).toLowerCase());
    expect(extractOk(enPage(...sentences)).paragraphs).toEqual([...EN, ...sentences]);
  });

  test('a standfirst printed again as the lead with its dateline, spaces lost, counts once, as the lead', () => {
    const standfirst = 'Vietnam and Chile agreed to raise two-way trade in farm produce by a third within three years.';
    const lead = 'Santiago (VNA) – Vietnam and Chile agreed to raise two-way tradein farm produce by a third within three years.';
    const text = page(HEADLINE, '', standfirst, 'The trade ministers at the talks (Photo: VNA)', lead, EN[1]!, EN[2]!);
    expect(extractOk(text).paragraphs).toEqual(['The trade ministers at the talks (Photo: VNA)', lead, EN[1], EN[2]]);
  });

  test('a caption printed twice, once as a table’s cell, counts once, without the pipe', () => {
    const caption =
      'The trade ministers of both countries at the signing ceremony of the farm trade protocol in Santiago on March 14. Photo: Minh Khoa';
    const text = enPage().replace(`${EN[1]}`, `${EN[1]}\n\n${caption} |\n${caption}`);
    expect(extractOk(text).paragraphs).toEqual([EN[0], EN[1], caption, EN[2]]);
  });
});

describe('a byline on the date row', () => {
  test('a name after the date and time is the author; the date is still read', () => {
    for (const [row, author] of [
      ['15/03/2023 08:30 Minh Anh', 'Minh Anh'],
      ['March 15, 2023 10:15 AM | TS. Lê Thu Hà', 'TS. Lê Thu Hà'],
    ] as const) {
      const article = extractOk(page(TITLE, '', row, '', P1, '', P2, '', P3, '', P4));
      expect(article.author, row).toBe(author);
      expect(article.date, row).toBe('2023-03-15');
      expect(article.paragraphs, row).toEqual(ARTICLE);
    }
  });
});

describe('a press-release wire’s prefix', () => {
  test('a country and a day before the story’s own dateline are the wire’s; a dateline alone stays', () => {
    const story =
      'KUALA LUMPUR - Malaysia and Vietnam agreed on Monday to raise bilateral trade to 25 billion USD by 2030, trade officials said after a meeting in the capital.';
    expect(extractOk(enPage().replace(EN[0]!, `MALAYSIA, March 3 - ${story}`)).paragraphs).toEqual([story, EN[1], EN[2]]);
    const dateline =
      'HANOI, March 3 - Vietnam and Malaysia agreed on Monday to raise bilateral trade to 25 billion USD by 2030, trade officials said.';
    expect(extractOk(enPage().replace(EN[0]!, dateline)).paragraphs).toEqual([dateline, EN[1], EN[2]]);
  });
});

describe('an agency’s credit under the headline', () => {
  test('a known agency with the city it files from is no byline; a writer with a place stays one', () => {
    for (const credit of ['VNA (Hanoi)', 'VOV (Ho Chi Minh City)']) {
      expect(extractOk(page(TITLE, '', DATE_LINE, credit, '', P1, '', P2)).author, credit).toBeNull();
    }
    expect(extractOk(page(TITLE, '', DATE_LINE, 'Minh Anh (Hà Nội)', '', P1, '', P2)).author).toBe('Minh Anh');
  });
});

describe('dashed lines under a paragraph', () => {
  const links = [
    '- Doanh nghiệp Việt Nam mở rộng xuất khẩu nông sản sang thị trường Trung Đông',
    '- Hội nghị xúc tiến đầu tư vào các khu công nghiệp phía Nam thu hút hàng trăm doanh nghiệp',
  ];
  test('headlines right under a paragraph’s full stop are links to other stories', () => {
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, ...links, '', P2, '', P3, '', P4));
  });

  test('the same lines under a colon, or items closing on a mark, are the text’s list', () => {
    const intro = 'Hội nghị tập trung thảo luận hai nội dung chính sau đây, theo chương trình đã được hai bên thống nhất:';
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, intro, ...links, '', P2)).paragraphs).toEqual([P1, intro, ...links, P2]);
    const items = links.map((link) => `${link};`);
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, ...items, '', P2)).paragraphs).toEqual([P1, ...items, P2]);
  });

  test('an answer under a question, cut off with the copy, runs on past a headline’s length: the text’s', () => {
    const question = '* Xin ông cho biết công tác chuẩn bị cho hội nghị đã được triển khai như thế nào?';
    const answer = `- ${Array.from({ length: 8 }, () => 'Tỉnh đã kết nối được với nhiều nhà đầu tư trong và ngoài nước').join(', ')}, đồng thời chuẩn bị củ`;
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', P2, '', question, answer)).paragraphs).toEqual([P1, P2, question, answer]);
  });
});

describe('a research paper’s keywords', () => {
  test('under its abstract, with the paper going on under them, they are the article’s; a page’s tags after the text are not', () => {
    const keywords = 'Từ khóa: ngoại giao kinh tế, xuất khẩu nông sản, thị trường mới';
    const paper = page(TITLE, '', DATE_LINE, '', P1, keywords, '1. Đặt vấn đề', P2, '', P3, '', P4);
    expect(extractOk(paper).paragraphs).toEqual([P1, keywords, '1. Đặt vấn đề', P2, P3, P4]);
    expectArticle(articlePage([], [keywords]));
    expectArticle(articlePage([], [keywords, '', 'Tin liên quan', '', ...RELATED]));
  });
});

describe('an advertisement’s image named by its alt text', () => {
  test('"image advertisement" and "image banner" lines over the headline are chrome; a sentence about an advertisement is text', () => {
    expectArticle(pageUnderHeader(['image advertisement', 'image advertisement', 'Image banner']));
    const sentence = 'Ảnh quảng cáo sai sự thật về nông sản đã bị cơ quan chức năng yêu cầu gỡ bỏ trong ngày.';
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', sentence, '', P2)).paragraphs).toEqual([P1, sentence, P2]);
  });
});

describe('a button back to the top of the page', () => {
  test('"Scroll to top" after the text is chrome; a sentence about scrolling is text', () => {
    expectArticle(articlePage([], ['Scroll to top']));
    const sentence = 'Scroll to the top of the report and the figures for the first quarter show exports up by a fifth.';
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', sentence, '', P2)).paragraphs).toEqual([P1, sentence, P2]);
  });
});

describe('an appeal to follow the site', () => {
  test('"Follow us on Facebook and join our Telegram channel …" after the text is chrome; a sentence on a ministry’s page is text', () => {
    expectArticle(articlePage([], ['Follow us on Facebook and join our Telegram channel for the latest updates.']));
    const sentence = 'Businesses can follow the ministry on its website for the latest updates on the trade agreement.';
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', sentence, '', P2)).paragraphs).toEqual([P1, sentence, P2]);
  });
});

describe('a font-size tool’s label', () => {
  test('"Font Resizer" under the headline is chrome, not a byline; a name there is the byline', () => {
    const article = expectArticle(page(TITLE, '', DATE_LINE, 'Font Resizer', '', P1, '', P2, '', P3, '', P4));
    expect(article.author).toBeNull();
    expect(extractOk(page(TITLE, '', DATE_LINE, 'Nicole Lim', '', P1, '', P2)).author).toBe('Nicole Lim');
  });
});

describe('a page’s keywords joined by semicolons', () => {
  test('tags in small letters after the text are chrome; a list of bodies, each with a capital, is the text’s', () => {
    expectArticle(articlePage([], ['turkey; vietnam; turkey-vietnam; ambassador; Duong Huynh Lap; ito; trade volume']));
    const bodies = 'Bộ Công Thương; Bộ Tài chính; Bộ Ngoại giao; Bộ Kế hoạch và Đầu tư';
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', bodies, '', P2)).paragraphs).toEqual([P1, bodies, P2]);
  });
});

describe('a paper’s empty keywords heading under its abstract', () => {
  test('the paper goes on from its "Introduction" heading; a keywords heading over other stories’ headlines ends the text', () => {
    const paper = page(TITLE, '', DATE_LINE, '', 'Abstract', P1, 'Keywords', 'Full Text', 'Introduction', P2);
    expect(extractOk(paper).paragraphs).toEqual(['Abstract', P1, 'Introduction', P2]);
    expectArticle(articlePage([], ['Keywords', 'Full Text', ...RELATED]));
  });
});

describe('a bulleted list inside the text', () => {
  const items = ['• Cut the tariffs on farm produce within five years', '• Open the services market to investors from both sides.'];
  test('items the text introduces and goes on under are the article’s', () => {
    const intro = 'The agreement sets three goals for the two economies:';
    const text = enPage().replace(`${EN[1]}`, `${intro}\n${items.join('\n')}\n${EN[1]}`);
    expect(extractOk(text).paragraphs).toEqual([EN[0], intro, ...items, EN[1], EN[2]]);
  });

  test('a sentence closing on a colon introduces its list even where the copy ends with it; a short label so closing does not', () => {
    const intro = 'Under the agreement the two governments set three goals for the next five years:';
    expect(extractOk(enPage(intro, ...items)).paragraphs).toEqual([...EN, intro, ...items]);
    expect(extractOk(enPage('Read more:', ...items)).paragraphs).toEqual(EN);
  });

  test('a summary’s points, each a sentence closed by a full stop, over the running text are the article’s; headlines there are not', () => {
    const points = [
      '• The two ministries signed a deal on the rice trade on Tuesday.',
      '• Exporters will ship up to two million tonnes of rice a year.',
    ];
    const withPoints = (list: string[]) => enPage().replace(`${EN[1]}`, `At a glance\n\n${list.join('\n\n')}\n\n${EN[1]}`);
    expect(extractOk(withPoints(points)).paragraphs).toEqual([EN[0], 'At a glance', ...points, EN[1], EN[2]]);
    expect(extractOk(withPoints(items)).paragraphs).not.toContain(items[0]);
  });

  test('the same items under a heading or a paragraph’s full stop, or ending the page, are links to other pages', () => {
    expect(extractOk(enPage('More news', ...items)).paragraphs).toEqual(EN);
    for (const above of ['Most popular', EN[0]]) {
      const text = enPage().replace(`${EN[1]}`, `${above}\n${items.join('\n')}\n${EN[1]}`);
      expect(extractOk(text).paragraphs, above).not.toContain(items[0]);
    }
  });
});

describe('a bulleted subheading under a numbered heading', () => {
  test('"• Cắt giảm thuế nhập khẩu" under "1. Cam kết …", running text under it, is the text’s; under a paragraph it is a link', () => {
    const heading = '1. Cam kết của Việt Nam trong một số lĩnh vực chính';
    const bullet = '• Cắt giảm thuế nhập khẩu';
    expectArticle(articlePage([heading, '', bullet, '']), [heading, bullet, ...[P1, P2, P3, P4]]);
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, '', bullet, '', P2, '', P3, '', P4), [P1, P2, P3, P4]);
  });
});

describe('a wire’s staff credit glued to the last sentence', () => {
  test('the credit is taken off the paragraph, which stays; a bracket inside a sentence stays', () => {
    const credit = ' (Reporting by Lan Anh; Writing by Tom Hale; Editing by Kim Coghill)';
    const article = extractOk(enPage().replace(EN[2]!, `${EN[2]}${credit}`));
    expect(article.paragraphs).toEqual(EN);
    expect(article.author).toBe('Lan Anh');
    const inside = 'Trade in farm produce (reporting by both customs offices is monthly) rose by a fifth last year, officials said.';
    expect(extractOk(enPage().replace(EN[2]!, inside)).paragraphs).toEqual([EN[0], EN[1], inside]);
  });
});

describe('a blog’s comment box under the text', () => {
  test('its count and its form’s heading end the text; a sentence about comments stays', () => {
    expectDroppedButSentenceKept(
      ['No comments:\n\nPost a Comment\n\nNewer Post Older Post Home'],
      'No comments were made by the delegations after the talks, which ran late into the evening in the capital.',
    );
  });
});

describe('reading tools, pagers and credits without a caption', () => {
  test('font-size buttons glued to their label and a pager to the neighbouring items are dropped; a sentence about them stays', () => {
    expectDroppedButSentenceKept(
      ['Xem với cỡ chữAA', 'Cỡ chữ A- A+', '‹ précédent | suivant ›', '« Bài trước | Bài sau »', 'Previous post | Next post'],
      'The previous round of talks was held in Hanoi, and the next one will take place in Santiago in the autumn.',
    );
  });

  test('a photo credit standing alone is dropped; under its caption it stays with it', () => {
    expect(extractOk(enPage().replace(EN[1]!, `Photo : YONHAP News\n\n${EN[1]}`)).paragraphs).toEqual(EN);
    const caption = 'The trade ministers at the signing ceremony in Santiago.';
    expect(extractOk(enPage().replace(EN[1]!, `${caption}\nPhoto: VNA\n\n${EN[1]}`)).paragraphs).toEqual([
      EN[0],
      `${caption} Photo: VNA`,
      EN[1],
      EN[2],
    ]);
  });
});

describe('a caption printed twice with a stray bracket', () => {
  test('the first copy counts, or the one with its marks; two different captions in a row both stay', () => {
    const caption = 'The trade ministers of both countries at the signing ceremony in Santiago. Photo: Minh Khoa';
    const text = enPage().replace(EN[1]!, `${caption}\n\n${caption})\n\n${EN[1]}`);
    expect(extractOk(text).paragraphs).toEqual([EN[0], caption, EN[1], EN[2]]);
    const marked = 'Các đại biểu dự hội nghị kết nối doanh nghiệp tại Hà Nội';
    expectArticle(
      page(
        TITLE,
        '',
        DATE_LINE,
        '',
        P1,
        '',
        'Cac dai bieu du hoi nghi ket noi doanh nghiep tai Ha Noi',
        '',
        marked,
        '',
        P2,
        '',
        P3,
        '',
        P4,
      ),
      [P1, marked, P2, P3, P4],
    );
    const other = 'Delegates of both countries at the business forum in Santiago. Photo: Minh Khoa';
    expect(extractOk(enPage().replace(EN[1]!, `${caption}\n\n${other}\n\n${EN[1]}`)).paragraphs).toEqual([
      EN[0],
      caption,
      other,
      EN[1],
      EN[2],
    ]);
  });
});

describe('headlines, notices and widget rows on pages from outlets not met before', () => {
  test('a headline given in two languages parted by a spaced slash is the title; thirty words run together without a mark are not', () => {
    const bilingual =
      'Vietnam Has Been the Top Trading Partner of Guangxi for 25 Years in a Row / Việt Nam là đối tác thương mại hàng đầu của Quảng Tây trong 25 năm liên tiếp';
    expect(extractOk(page(bilingual, '', ...EN.flatMap((p) => [p, '']))).title).toBe(bilingual);
    const runTogether = bilingual.replace(' / ', ' ');
    const article = extractOk(page(runTogether, '', HEADLINE, '', '15/03/2023 - 08:30', '', ...EN.flatMap((p) => [p, ''])));
    expect(article.title).toBe(HEADLINE);
    expect(article.paragraphs).toEqual(EN);
  });

  test('an image credit standing alone is dropped, as a photo credit is; under its caption it stays with it', () => {
    expect(extractOk(enPage().replace(EN[1]!, `Image credit: VNA\n\n${EN[1]}`)).paragraphs).toEqual(EN);
    const caption = 'The trade ministers at the signing ceremony in Santiago.';
    expect(extractOk(enPage().replace(EN[1]!, `${caption}\nImage credit: VNA\n\n${EN[1]}`)).paragraphs).toEqual([
      EN[0],
      `${caption} Image credit: VNA`,
      EN[1],
      EN[2],
    ]);
  });
});

describe('a box of popular items’ label', () => {
  test('"Video đang HOT" between paragraphs is chrome; a sentence about what is hot is text', () => {
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, '', P2, '', 'Video đang HOT', '', P3, '', P4));
    const hot = 'Thị trường vải thiều đang hot.';
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, '', P2, '', hot, '', P3, '', P4), [P1, P2, hot, P3, P4]);
  });
});

describe('a site asking for patience', () => {
  test('a notice asking the reader to bear with the site is dropped; a sentence about patience in the text stays', () => {
    expectDroppedButSentenceKept(
      ['We are creating some awesome events for you. Kindly bear with us.', 'We apologise for any inconvenience.'],
      'The minister thanked exporters for their patience during the long talks and asked them to bear with the ministry a little longer.',
    );
  });
});

describe('a rating widget before any vote', () => {
  test('"Chưa có đánh giá về bài viết" under the headline is neither title nor text; a sentence about ratings stays', () => {
    expectArticle(page(TITLE, '', 'Chưa có đánh giá về bài viết', '', DATE_LINE, '', P1, '', P2, '', P3, '', P4));
    expectDroppedButSentenceKept(
      ['No ratings yet'],
      'No ratings yet exist for the new export standard, the ministry said, but the agencies will publish their first ratings in June.',
    );
  });
});

describe('links past the menus run together', () => {
  test('several skip links on one line are dropped; a sentence opening on "Skip" stays', () => {
    expectDroppedButSentenceKept(
      ['Skip to main content Skip to main navigation menu Skip to site footer'],
      'Skip the main content of the deal, the critics said, and the farm trade between the two countries would not grow.',
    );
  });
});

describe('a download counter', () => {
  test('"Downloads" and its notice with nothing to show are dropped; a sentence about download data stays', () => {
    expectDroppedButSentenceKept(
      ['Downloads', 'Download data is not yet available.'],
      'Download data for the new customs portal is not yet available, officials said, but the first figures will be published in June.',
    );
  });
});

describe('the headline glued to an image’s number', () => {
  test('"<headline>- Ảnh 1." is dropped when its words are cased otherwise than the headline’s; another line ending so stays', () => {
    const headline = 'Tây ninh ký kết hợp tác với 3 tỉnh Campuchia để thúc đẩy kinh tế biên mậu';
    const alt = 'Tây Ninh ký kết hợp tác với 3 tỉnh Campuchia để thúc đẩy kinh tế biên mậu- Ảnh 1.';
    const article = extractOk(page(headline, '', DATE_LINE, '', P1, '', alt, '', P2, '', P3, '', P4));
    expect(article.title).toBe(headline);
    expect(article.paragraphs).toEqual(ARTICLE);
    const other = 'Lãnh đạo 3 tỉnh Campuchia ký kết hợp tác với tỉnh Tây Ninh tại hội nghị- Ảnh 1.';
    expect(extractOk(page(headline, '', DATE_LINE, '', P1, '', other, '', P2)).paragraphs).toEqual([
      P1,
      'Lãnh đạo 3 tỉnh Campuchia ký kết hợp tác với tỉnh Tây Ninh tại hội nghị',
      P2,
    ]);
  });
});

describe('an image’s numbered alt line holding the headline among more words', () => {
  test('"Hội thảo <headline> - Ảnh 1." (the copied story’s longer headline) is dropped whole; a numbered caption without the headline keeps its words', () => {
    const alt = `Hội thảo ${TITLE} - Ảnh 1.`;
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, '', alt, '', P2, '', P3, '', P4));
    const caption = 'Các đại biểu dự hội nghị kết nối doanh nghiệp tại Hà Nội - Ảnh 1.';
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', caption, '', P2)).paragraphs).toEqual([
      P1,
      'Các đại biểu dự hội nghị kết nối doanh nghiệp tại Hà Nội',
      P2,
    ]);
  });
});

describe('the headline printed again glued to the lead', () => {
  test('"<headline> Nhằm tăng cường …" keeps the lead from its first word; a name going on from the headline stays', () => {
    const headline = 'Việt Nam - Ấn Độ tăng cường hợp tác trong lĩnh vực công nghệ thông tin';
    const lead =
      'Nhằm tăng cường hợp tác giữa Việt Nam và Ấn Độ trong lĩnh vực công nghệ thông tin, sáng 8/10, tại Hà Nội, Đại sứ quán Ấn Độ tổ chức tọa đàm.';
    const article = extractOk(page(headline, '13/10/2020', '', `${headline} ${lead}`, '', P2, '', P3));
    expect(article.paragraphs).toEqual([lead, P2, P3]);
    const visit = 'Thủ tướng tiếp Đại sứ Ấn Độ tại Việt Nam';
    const named = `${visit} Pranay Verma nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam, chiều 12/3 tại trụ sở Chính phủ.`;
    expect(extractOk(page(visit, '13/10/2020', '', named, '', P2, '', P3)).paragraphs).toEqual([named, P2, P3]);
  });
});

describe('a photo credit on its own line under its caption', () => {
  test('under a caption closing no sentence it stays; under a paragraph closed by a full stop it is dropped', () => {
    const caption = 'Lãnh đạo 3 tỉnh Campuchia ký kết hợp tác với tỉnh Tây Ninh để phát triển kinh tế biên mậu';
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, '', caption, '', 'ẢNH: BẮC BÌNH', '', P2, '', P3, '', P4), [
      P1,
      caption,
      'ẢNH: BẮC BÌNH',
      P2,
      P3,
      P4,
    ]);
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, '', 'ẢNH: BẮC BÌNH', '', P2, '', P3, '', P4));
  });
});

describe('a caption written after the photo’s label in small letters', () => {
  test('"ảnh: quang cảnh buổi làm việc" under the lead is the text’s caption; a credit naming someone there is not', () => {
    const caption = 'ảnh: quang cảnh buổi làm việc';
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, '', caption, '', P2, '', P3, '', P4), [P1, caption, P2, P3, P4]);
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, '', 'Ảnh: Quang Phúc', '', P2, '', P3, '', P4));
  });
});

describe('a page’s description as its metadata gives it', () => {
  test('a description cut off, then the date and the site’s name, is dropped; a sentence giving a date and a comma stays', () => {
    expectDroppedButSentenceKept(
      ['Tuyên bố sẽ áp thuế với hàng hóa của nhiều nước theo nguyên tắc “có đi có lại” và mong muốn hàng... 10.02.2025, Sputnik Việt Nam'],
      'Talks resumed on 10.02.2025, the ministry said... and they will go on in Santiago next month with the farm trade agenda.',
    );
  });
});

describe('a heading over a section’s newest stories', () => {
  test('"LATEST BUSINESS STORIES" ends the article with the stories under it; a sentence opening on "Latest" stays', () => {
    const stories = [
      'FAA finds new 737 Max safety risk and orders Boeing to make changes',
      'Ministry says record numbers of workers arrive',
    ];
    expect(extractOk(enPage('LATEST BUSINESS STORIES', '', ...stories)).paragraphs).toEqual(EN);
    const sentence = 'Latest trade figures show farm exports to Chile rising by a fifth in the first quarter of the year.';
    expect(extractOk(enPage(sentence)).paragraphs).toEqual([...EN, sentence]);
  });
});

describe('names a machine gave the image or the page', () => {
  test('a photo’s numbered name and an address’s slug alone on their lines are dropped; a sentence holding such words stays', () => {
    for (const name of ['13221486_1762555680646285_2853348745542862518_n', 'kien-giang-quang-ba-du-lich-tai-an-do'])
      expectArticle(page(TITLE, '', DATE_LINE, '', name, '', P1, '', P2, '', P3, '', P4));
    const sentence = 'Hồ sơ được lưu với tên kien-giang-quang-ba-du-lich-tai-an-do trên cổng thông tin của tỉnh.';
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, '', sentence, '', P2, '', P3, '', P4), [P1, sentence, P2, P3, P4]);
  });
});

describe('a shortcode left unrendered around a caption', () => {
  test('the caption inside "[caption …]…[/caption]" is kept once; text between tags of different names stays as written', () => {
    const caption = 'Quang cảnh hội nghị xúc tiến đầu tư tại Vũng Tàu.';
    const wrapped = `[caption id="attachment_29944" align="aligncenter" width="500"]${caption} ${caption}[/caption]`;
    expectArticle(page(TITLE, '', DATE_LINE, '', P1, '', wrapped, '', P2, '', P3, '', P4), [P1, caption, P2, P3, P4]);
    const mismatched = `[b]${caption}[/i]`;
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', mismatched, '', P2, '', P3, '', P4)).paragraphs).not.toContain(caption);
  });
});

describe('an inline link labelled as a related article', () => {
  test('"Related article: …" between paragraphs is dropped; a sentence about a related article stays', () => {
    expectDroppedButSentenceKept(
      ['Related article: Australia commits $105m to Vietnam’s energy transition'],
      'A related article on the same talks appeared in the ministry’s bulletin on the following morning, officials said.',
    );
  });
});

describe('a pager to the neighbouring stories glued to their headlines', () => {
  test('"Previous articleCritical …" and a cut "Next arti" end the text; a last line cut inside another word stays', () => {
    expect(extractOk(enPage('Previous articleCritical minerals industry gets $400M federal funding', 'Next arti')).paragraphs).toEqual(EN);
    expect(extractOk(enPage('Next steps will be agreed in May')).paragraphs).toEqual([...EN, 'Next steps will be agreed in May']);
  });
});

describe('a breadcrumb ending on the page’s headline', () => {
  test('"Home / SECTION / Sub-section / <headline>" above the headline is dropped; a headline opening on "Home" stays', () => {
    const crumbs = `Home / KHOA HỌC CÔNG NGHỆ / Tạp chí khoa học / ${TITLE}`;
    expectArticle(pageUnderHeader([crumbs]));
    expect(extractOk(page('Home sales slow as rates rise in the capital', '', DATE_LINE, '', P1, '', P2)).title).toBe(
      'Home sales slow as rates rise in the capital',
    );
  });
});

describe('a feed’s link named after the page', () => {
  test('"RSS Feed for <headline> | <site>" above the headline is dropped; a sentence about feeds stays', () => {
    expectArticle(pageUnderHeader([`RSS Feed for ${TITLE} | Tạp chí Năng lượng`]));
    expectDroppedButSentenceKept(
      [],
      'RSS feeds for the ministry’s notices will be opened next month, so that exporters can follow rule changes as they come.',
    );
  });
});
