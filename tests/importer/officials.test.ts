/** Officials: a full name beside a title written in the article, one entry per person. */
import { expect, test } from 'vitest';
import { P2, P3, TITLE, DATE_LINE, extractOk, page, registries } from './helpers.ts';
import { findOfficials } from '../../src/importer/officials.ts';

/** The officials (name and title) the importer finds in an article made of `paragraphs` plus neutral text. */
function officialsOf(...paragraphs: string[]): { name: string; title: string }[] {
  const article = extractOk(page(TITLE, '', DATE_LINE, '', ...paragraphs.flatMap((p) => [p, '']), P2, '', P3));
  return article.officials.map(({ name, title }) => ({ name, title }));
}

test('title before the name', () => {
  expect(
    officialsOf(
      'Thứ trưởng Ngoại giao Vũ Quang Minh cho biết, năm nay Bộ Ngoại giao sẽ tiếp tục phối hợp với các bộ, ngành và địa phương tổ chức nhiều hoạt động xúc tiến thương mại, đầu tư tại các thị trường trọng điểm.',
    ),
  ).toEqual([{ name: 'Vũ Quang Minh', title: 'Thứ trưởng Ngoại giao' }]);
});

test('name, then ", title"', () => {
  expect(
    officialsOf(
      'Phát biểu tại hội nghị, ông Bùi Thanh Sơn, Bộ trưởng Bộ Ngoại giao, nhấn mạnh ngoại giao kinh tế phải lấy người dân, địa phương và doanh nghiệp làm trung tâm phục vụ.',
    ),
  ).toEqual([{ name: 'Bùi Thanh Sơn', title: 'Bộ trưởng Bộ Ngoại giao' }]);
});

test('several titles joined by commas after the name', () => {
  expect(
    officialsOf(
      'Đồng chí Bùi Thanh Sơn, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao đã tham dự và chỉ đạo hội nghị, cùng dự có lãnh đạo các bộ, ngành và địa phương.',
    ),
  ).toEqual([{ name: 'Bùi Thanh Sơn', title: 'Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao' }]);
});

test('several titles joined by commas before the name', () => {
  expect(
    officialsOf(
      'Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì hội nghị tổng kết công tác ngoại giao kinh tế năm 2024 với sự tham gia của các Đại sứ.',
    ),
  ).toEqual([{ name: 'Bùi Thanh Sơn', title: 'Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao' }]);
});

test('"ông Minh" and "Thứ trưởng Minh" refer back to the same person: one official', () => {
  expect(
    officialsOf(
      'Thứ trưởng Ngoại giao Vũ Quang Minh cho biết, năm nay Bộ Ngoại giao sẽ tiếp tục phối hợp với các bộ, ngành và địa phương tổ chức nhiều hoạt động xúc tiến thương mại.',
      '“Chúng ta cần tận dụng tốt các hiệp định thương mại tự do đã ký kết để mở rộng thị trường xuất khẩu”, ông Minh nhấn mạnh.',
      'Thứ trưởng Minh cũng đề nghị các doanh nghiệp chủ động chia sẻ thông tin về nhu cầu thị trường với các cơ quan đại diện ở nước ngoài.',
    ),
  ).toEqual([{ name: 'Vũ Quang Minh', title: 'Thứ trưởng Ngoại giao' }]);
});

test('a name without a title is not an official', () => {
  expect(
    officialsOf(
      'Ông Trần Văn Bình, một doanh nhân chế biến thủy sản tại Cà Mau, cho biết đơn hàng xuất khẩu sang Trung Đông đã tăng mạnh sau các buổi kết nối do cơ quan đại diện tổ chức.',
      'Theo anh Lê Văn Tâm, nhiều hợp tác xã ở đồng bằng sông Cửu Long đã lần đầu tiên tiếp cận được nhà nhập khẩu từ Nam Mỹ nhờ các buổi giao thương trực tuyến.',
    ),
  ).toEqual([]);
});

test('a province name before the name is part of the title, not of the name', () => {
  expect(
    officialsOf(
      'Tại điểm cầu tỉnh Tiền Giang, Phó Chủ tịch UBND tỉnh Tiền Giang Nguyễn Thành Diệu chủ trì hội nghị cùng lãnh đạo các sở, ngành và đại diện các doanh nghiệp của tỉnh.',
    ),
  ).toEqual([{ name: 'Nguyễn Thành Diệu', title: 'Phó Chủ tịch UBND tỉnh Tiền Giang' }]);
});

test('place names that begin with a family name (Hà Giang, Lâm Đồng) stay out of the name', () => {
  const found = officialsOf(
    'Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn và Bí thư Tỉnh ủy Lâm Đồng Trần Văn Hiệp cùng tham dự hội nghị xúc tiến đầu tư vào các tỉnh miền núi phía Bắc và Tây Nguyên.',
  );
  expect(found).toEqual([
    { name: 'Nguyễn Văn Sơn', title: 'Chủ tịch UBND tỉnh Hà Giang' },
    { name: 'Trần Văn Hiệp', title: 'Bí thư Tỉnh ủy Lâm Đồng' },
  ]);
});

test('a middle or given name that is also a country name (Anh, Đức, Nga) is still part of the name', () => {
  const found = officialsOf(
    'Thứ trưởng Ngoại giao Tô Anh Dũng cùng Phó Chủ tịch UBND thành phố Nguyễn Đức Thọ tiếp đoàn doanh nghiệp châu Âu đến tìm hiểu cơ hội đầu tư vào các khu công nghiệp.',
    'Phó Chủ tịch UBND tỉnh Nguyễn Thị Nga cho biết tỉnh sẵn sàng dành quỹ đất sạch và hỗ trợ thủ tục cho các nhà đầu tư có công nghệ cao.',
    'Bí thư Tỉnh ủy Lâm Đồng Trần Đức Quận đề nghị các cơ quan đại diện giới thiệu sản phẩm cà phê, chè và rau hoa của tỉnh tới thị trường nước ngoài.',
  );
  expect(found).toEqual([
    { name: 'Tô Anh Dũng', title: 'Thứ trưởng Ngoại giao' },
    { name: 'Nguyễn Đức Thọ', title: 'Phó Chủ tịch UBND thành phố' },
    { name: 'Nguyễn Thị Nga', title: 'Phó Chủ tịch UBND tỉnh' },
    { name: 'Trần Đức Quận', title: 'Bí thư Tỉnh ủy Lâm Đồng' },
  ]);
});

test('"Ông"/"Bà" opening a sentence is an honorific, not a family name', () => {
  expect(
    officialsOf(
      'Ông Bùi Thanh Sơn, Bộ trưởng Bộ Ngoại giao, nhấn mạnh ngoại giao kinh tế phải lấy người dân, địa phương và doanh nghiệp làm trung tâm phục vụ trong mọi hoạt động đối ngoại.',
      'Bà Nguyễn Minh Hằng, Thứ trưởng Bộ Ngoại giao, cho biết các cơ quan đại diện sẽ tiếp tục hỗ trợ doanh nghiệp tìm kiếm thị trường mới.',
    ),
  ).toEqual([
    { name: 'Bùi Thanh Sơn', title: 'Bộ trưởng Bộ Ngoại giao' },
    { name: 'Nguyễn Minh Hằng', title: 'Thứ trưởng Bộ Ngoại giao' },
  ]);
});

test('a country before the name: "Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu"', () => {
  expect(
    officialsOf(
      'Phát biểu tại hội nghị, Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu cho biết nhiều tập đoàn lớn của Nhật Bản đang tìm kiếm cơ hội mở rộng đầu tư vào Việt Nam.',
    ),
  ).toEqual([{ name: 'Phạm Quang Hiệu', title: 'Đại sứ Việt Nam tại Nhật Bản' }]);
});

test('one person named twice is one entry with the fullest title', () => {
  const found = officialsOf(
    'Bộ trưởng Bùi Thanh Sơn cho biết hội nghị là dịp để các cơ quan đại diện chia sẻ kinh nghiệm hỗ trợ doanh nghiệp mở rộng thị trường.',
    'Đồng chí Bùi Thanh Sơn, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao đề nghị các Đại sứ bám sát nhu cầu của địa phương và doanh nghiệp.',
  );
  expect(found).toEqual([{ name: 'Bùi Thanh Sơn', title: 'Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao' }]);
});

/** Titles as a held-out page writes them (tests/fixtures/held-out/dev), read straight from its sentences. */
const titlesIn = (language: 'vi' | 'en', ...paragraphs: string[]) =>
  findOfficials(paragraphs, registries.places, language).map(({ name, title }) => ({ name, title }));

test('an earlier title after "của" or "thay mặt" is another person\'s', () => {
  expect(
    titlesIn(
      'vi',
      'Theo đó, được sự đồng ý của Thủ tướng Chính phủ, Bộ trưởng Ngoại giao Bùi Thanh Sơn dẫn đầu Đoàn công tác tham dự Hội nghị.',
    ),
  ).toEqual([{ name: 'Bùi Thanh Sơn', title: 'Bộ trưởng Ngoại giao' }]);
});

test('"và lãnh đạo …", "và đồng chí …" and what officials do end a title', () => {
  expect(
    titlesIn(
      'vi',
      'Lãnh đạo tỉnh Nghệ An dự chương trình có đồng chí Bùi Đình Long - Ủy viên Ban Chấp hành Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh và lãnh đạo Sở Ngoại vụ.',
      'Ông Nguyễn Văn Phong - Phó Chủ tịch UBND tỉnh Quảng Nam phát biểu tại hội nghị.',
    ),
  ).toEqual([
    { name: 'Bùi Đình Long', title: 'Ủy viên Ban Chấp hành Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh' },
    { name: 'Nguyễn Văn Phong', title: 'Phó Chủ tịch UBND tỉnh Quảng Nam' },
  ]);
});

test('an office named with lowercase words and commas is kept whole', () => {
  expect(
    titlesIn('vi', 'Ông Tưởng Cự Phong, Ủy viên Trung ương Đảng Cộng sản Trung Quốc, Tỉnh trưởng tỉnh Tứ Xuyên, bày tỏ vui mừng.'),
  ).toEqual([{ name: 'Tưởng Cự Phong', title: 'Ủy viên Trung ương Đảng Cộng sản Trung Quốc, Tỉnh trưởng tỉnh Tứ Xuyên' }]);
});

test('"Anh" in capitals is the country, not an honorific', () => {
  expect(titlesIn('vi', 'Sau chuyến thăm của Bộ trưởng Ngoại giao Vương quốc Anh Dominic Raab giữa lúc dịch bệnh.')).toEqual([
    { name: 'Dominic Raab', title: 'Bộ trưởng Ngoại giao Vương quốc Anh' },
  ]);
});

test('English titles after a dash, in lower case, and with a name right after the head', () => {
  expect(
    titlesIn(
      'en',
      'They were received by Mr. Nguyen Quoc Dung - Ambassador Extraordinary and Plenipotentiary of Vietnam to the United States and his staff.',
      'Speaking at the event, Trần Phú Lữ, director of the Investment and Trade Promotion Centre of HCM City, said the city wants more investors.',
      'On July 7, General Secretary To Lam, President Luong Cuong and Prime Minister Pham Minh Chinh sent a message of condolences.',
    ),
  ).toEqual([
    { name: 'Nguyen Quoc Dung', title: 'Ambassador Extraordinary and Plenipotentiary of Vietnam to the United States' },
    { name: 'Trần Phú Lữ', title: 'director of the Investment and Trade Promotion Centre of HCM City' },
    { name: 'To Lam', title: 'General Secretary' },
    { name: 'Luong Cuong', title: 'President' },
    { name: 'Pham Minh Chinh', title: 'Prime Minister' },
  ]);
});

test('an English title ends at a country of the places registry, written in several words', () => {
  expect(titlesIn('en', 'It was attended by Vietnamese Consul General to Sydney Hoang Minh Son and business leaders.')).toEqual([
    { name: 'Hoang Minh Son', title: 'Vietnamese Consul General to Sydney' },
  ]);
});

test('"TP." and "Hội Hữu nghị Việt - Nga" do not cut a title', () => {
  expect(
    titlesIn(
      'vi',
      'Phó Chủ tịch UBND TP. Hồ Chí Minh Võ Văn Hoan tiếp đoàn.',
      'Ông Hoàng Văn Chất, Phó Chủ tịch Hội Hữu nghị Việt - Nga tỉnh phát biểu tại buổi gặp mặt.',
    ),
  ).toEqual([
    { name: 'Võ Văn Hoan', title: 'Phó Chủ tịch UBND TP. Hồ Chí Minh' },
    { name: 'Hoàng Văn Chất', title: 'Phó Chủ tịch Hội Hữu nghị Việt - Nga tỉnh' },
  ]);
});

test('English titles with an acronym in brackets, a long place before the head, and an opener that is not part of them', () => {
  expect(
    titlesIn(
      'en',
      'Chairman of the Vietnam Chamber of Commerce and Industry (VCCI) Pham Tan Cong said the forum drew many investors.',
      'Ho Chi Minh City Party Secretary Nguyen Van Nen met the delegation.',
      'On Monday Prime Minister Pham Minh Chinh met business leaders.',
    ),
  ).toEqual([
    { name: 'Pham Tan Cong', title: 'Chairman of the Vietnam Chamber of Commerce and Industry (VCCI)' },
    { name: 'Nguyen Van Nen', title: 'Ho Chi Minh City Party Secretary' },
    { name: 'Pham Minh Chinh', title: 'Prime Minister' },
  ]);
});
