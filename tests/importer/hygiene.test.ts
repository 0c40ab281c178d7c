/** Text hygiene (line ends, BOM, Unicode forms, odd spaces) and inputs that are not articles at all. */
import { describe, expect, test } from 'vitest';
import { decodeRaw, normaliseText } from '../../src/importer/normalise.ts';
import { ARTICLE, DATE_LINE, P1, P2, P3, P4, TITLE, encode, extract, extractOk, page } from './helpers.ts';

describe('normaliseText', () => {
  test('CRLF and lone CR become LF', () => {
    expect(normaliseText('một\r\nhai\rba\n')).toBe('một\nhai\nba\n');
  });

  test('NFD input comes out NFC', () => {
    const nfd = 'Bộ trưởng Bùi Thanh Sơn'.normalize('NFD');
    expect(nfd).not.toBe('Bộ trưởng Bùi Thanh Sơn');
    expect(normaliseText(nfd)).toBe('Bộ trưởng Bùi Thanh Sơn');
  });

  test('no-break and other odd spaces become single ordinary spaces; zero-width characters and BOM go', () => {
    expect(normaliseText('\ufeff(PLVN) -\u00a0\u00a0Sáng\u202f14/3,\u200b tại\u2009Hà Nội\u00a0')).toBe('(PLVN) - Sáng 14/3, tại Hà Nội');
  });

  test('letters are never changed', () => {
    const text = 'Đại sứ Thụy Sỹ Thomas Gass — “kinh tế xanh”, 1.000 tỷ đồng; 50% (ước tính).';
    expect(normaliseText(text)).toBe(text);
  });
});

describe('decodeRaw', () => {
  test('a UTF-8 BOM is dropped', () => {
    const decoded = decodeRaw(new Uint8Array([0xef, 0xbb, 0xbf, ...encode('Hà Nội')]));
    expect(decoded).toEqual({ ok: true, text: 'Hà Nội', encoding: 'utf-8' });
  });

  test('UTF-16 LE with a BOM is decoded', () => {
    const text = 'Ngoại giao kinh tế';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    expect(decodeRaw(bytes)).toMatchObject({ ok: true, text });
  });

  test('bytes that are not UTF-8 (Windows-1258) are refused with a reason', () => {
    const decoded = decodeRaw(new Uint8Array([0x4e, 0x67, 0x6f, 0xd2, 0x69, 0x20, 0x67, 0x69, 0x61, 0x6f]));
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error).toMatch(/UTF-8/);
  });
});

describe('a whole page with CRLF, BOM, NFD and no-break spaces', () => {
  const raw =
    '\ufeff' +
    page(
      TITLE,
      '',
      DATE_LINE,
      '',
      `\u00a0${P1}\u00a0`,
      '',
      P2.replace(/ /g, (s, i: number) => (i % 7 === 0 ? '\u00a0' : s)),
      '',
      P3,
      '',
      P4,
    )
      .normalize('NFD')
      .replace(/\n/g, '\r\n');

  test('comes out as the clean NFC article', () => {
    expect(raw).not.toBe(raw.normalize('NFC'));
    const article = extractOk(raw);
    expect(article.title).toBe(TITLE);
    expect(article.date).toBe('2023-03-15');
    expect(article.paragraphs).toEqual(ARTICLE);
    for (const p of article.paragraphs) expect(p).not.toMatch(/[\r\u00a0\ufeff]/u);
  });

  test('officials written in NFD are found under their NFC names', () => {
    const lead =
      'Thứ trưởng Ngoại giao Vũ Quang Minh cho biết, năm nay Bộ Ngoại giao sẽ tiếp tục phối hợp với các bộ, ngành và địa phương tổ chức nhiều hoạt động xúc tiến thương mại.';
    const article = extractOk(page(TITLE, '', DATE_LINE, '', lead, '', P2, '', P3).normalize('NFD').replace(/\n/g, '\r\n'));
    expect(article.officials.map(({ id, name, title }) => ({ id, name, title }))).toEqual([
      { id: 'vu-quang-minh', name: 'Vũ Quang Minh', title: 'Thứ trưởng Ngoại giao' },
    ]);
  });
});

describe('pages that are not articles', () => {
  function expectRefused(input: string | Uint8Array): string[] {
    const result = extract(input);
    expect(result.ok).toBe(false);
    if (result.ok) return [];
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) expect(error.trim().length).toBeGreaterThan(10);
    return result.errors;
  }

  test('a listing (tag) page of headlines, teasers and dates', () => {
    const entries = [
      [
        'Việt Nam - Hàn Quốc thúc đẩy hợp tác thương mại, đầu tư trong lĩnh vực công nghệ cao',
        'Chiều 12/3, tại Hà Nội, Thứ trưởng Ngoại giao tiếp Đoàn doanh nghiệp Hàn Quốc đang tìm hiểu cơ hội đầu tư vào các khu công nghệ cao của Việt Nam…',
      ],
      [
        'Hội nghị Ngoại vụ toàn quốc lần thứ 21 khai mạc tại Hà Nội',
        'Sáng 10/3, tại Hà Nội, Bộ Ngoại giao khai mạc Hội nghị Ngoại vụ toàn quốc lần thứ 21 với sự tham dự của lãnh đạo các tỉnh, thành phố trên cả nước…',
      ],
      [
        'Ngoại giao kinh tế đồng hành cùng doanh nghiệp khai thác thị trường Halal',
        'Thị trường Halal với hơn 2 tỷ người tiêu dùng đang mở ra nhiều cơ hội cho nông sản, thực phẩm chế biến của Việt Nam nếu doanh nghiệp đáp ứng được…',
      ],
      [
        'Bộ Ngoại giao hỗ trợ doanh nghiệp mở rộng đầu tư, kinh doanh tại Indonesia',
        'Bộ Ngoại giao chủ trì cuộc họp với các doanh nghiệp Việt Nam đang đầu tư, kinh doanh tại Indonesia để thúc đẩy quan hệ kinh tế thương mại song phương…',
      ],
      [
        'Đưa quan hệ kinh tế Việt Nam - Brazil lên tầm cao mới',
        'Hai bên nhất trí phấn đấu nâng kim ngạch thương mại song phương lên 10 tỷ USD, mở cửa thị trường cho các sản phẩm thế mạnh của mỗi nước…',
      ],
    ];
    const text = page(
      'Trang chủ > Chủ đề > Ngoại giao kinh tế',
      '',
      'Ngoại giao kinh tế',
      '',
      ...entries.flatMap(([h, t], i) => [h, '', t, '', `${20 - i}/03/2024`, '']),
    );
    expectRefused(text);
  });

  test('one headline and the dated lead of its story, with nothing around them (a tag page)', () => {
    const lead =
      'Sáng 15/3, Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh Nghệ An tổ chức Hội nghị đánh giá công tác thông tin đối ngoại năm 2021, triển khai nhiệm vụ năm 2022. Tham dự hội nghị có đại diện lãnh đạo các sở, ban, ngành có liên quan.';
    expectRefused(page('Triển khai công tác thông tin đối ngoại linh hoạt, hiệu quả trong tình hình mới', lead));
  });

  test('two headlines whose teasers each open a story, without dates between them', () => {
    const entries = [
      [
        'Việt Nam - Hàn Quốc thúc đẩy hợp tác thương mại, đầu tư trong lĩnh vực công nghệ cao',
        'Chiều 12/3, tại Hà Nội, Thứ trưởng Ngoại giao tiếp Đoàn doanh nghiệp Hàn Quốc đang tìm hiểu cơ hội đầu tư vào các khu công nghệ cao của Việt Nam và trao đổi về các dự án mới.',
      ],
      [
        'Hội nghị Ngoại vụ toàn quốc lần thứ 21 khai mạc tại Hà Nội',
        'Sáng 10/3, tại Hà Nội, Bộ Ngoại giao khai mạc Hội nghị Ngoại vụ toàn quốc lần thứ 21 với sự tham dự của lãnh đạo các tỉnh, thành phố trên cả nước và các cơ quan đại diện.',
      ],
    ];
    expectRefused(page(...entries.flatMap(([h, t]) => [h, '', t, ''])));
  });

  test('a search-results page', () => {
    expectRefused(page('Kết quả tìm kiếm', '', TITLE, '', DATE_LINE, '', P2, '', P3));
  });

  test('a page of menus only', () => {
    const text = page(
      'VIETNAMPLUS',
      'Chính trị | Kinh doanh | Thế giới | Xã hội | Văn hóa | Thể thao | Sức khỏe',
      'Đăng nhập | Đăng ký',
      'Tiếng Việt | English',
      'Trang chủ > Kinh doanh',
      'Giới thiệu | Liên hệ | Quảng cáo',
      '© Bản quyền thuộc về TTXVN',
    );
    expectRefused(text);
  });

  test('an empty file', () => {
    expectRefused(new Uint8Array(0));
  });

  test('white space only', () => {
    expectRefused(encode(' \n\n\t  \r\n\u00a0\n'));
  });

  test('binary with NUL bytes', () => {
    expectRefused(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  });

  test('NUL bytes inside otherwise readable text', () => {
    const bytes = encode(page(TITLE, '', DATE_LINE, '', P1, '', P2, '', P3, '', P4));
    bytes[200] = 0;
    expectRefused(bytes);
  });
});
