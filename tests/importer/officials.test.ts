/** Officials: a full name beside a title written in the article, one entry per person. */
import { expect, test } from 'vitest';
import { P2, P3, TITLE, DATE_LINE, extractOk, page, registries } from './helpers.ts';
import { findOfficials } from '../../src/importer/officials.ts';
import { titlesBefore } from '../../src/importer/official-titles.ts';

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

test('English titles end at any verb of the sentence ("met") and before "to" and a verb', () => {
  expect(
    titlesIn(
      'en',
      "(BNP) - On November 25, at the headquarters of the Ministry of Foreign Affairs Ms. Nguyen Huong Giang, Deputy Secretary of the Provincial Party Committee, Chairwoman of the Provincial People's Committee met Mr. Yamada Takio, Ambassador Extraordinary and Plenipotentiary of Japan to Vietnam to promote Japanese trade investment activities in Bac Ninh.",
    ),
  ).toEqual([
    {
      name: 'Nguyen Huong Giang',
      title: "Deputy Secretary of the Provincial Party Committee, Chairwoman of the Provincial People's Committee",
    },
    { name: 'Yamada Takio', title: 'Ambassador Extraordinary and Plenipotentiary of Japan to Vietnam' },
  ]);
});

test('an English head joined by a hyphen ("Minister-Chairman", "Co-Chairman") is a head; "the" before it is not the title\'s', () => {
  expect(
    titlesIn(
      'en',
      'Mr. Mai Tien Dung, the Minister-Chairman of the Government Office, Head of the Working Group of the Prime Minister said that the Ministry of Industry and Trade has played an important role.',
      "Hirohide Sagara, Co-Chairman of VBF Consortium's Management Board, said that along equitisation to promote private sector, other potential measures include maintaining a stable business climate.",
    ),
  ).toEqual([
    { name: 'Mai Tien Dung', title: 'Minister-Chairman of the Government Office, Head of the Working Group of the Prime Minister' },
    { name: 'Hirohide Sagara', title: "Co-Chairman of VBF Consortium's Management Board" },
  ]);
});

test("in an English list of attendees, a title followed by a name is the next person's", () => {
  expect(
    titlesIn(
      'en',
      'The major dialogue was attended by Prime Minister Nguyen Xuan Phuc, Mr. Nguyen Van Binh, Head of the Central Economic Committee, Deputy Prime Minister Truong Hoa Binh, Deputy Chairman of the National Assembly Phung Quoc Hien, and nearly 50 members of the Party Central Committee.',
    ),
  ).toEqual([
    { name: 'Nguyen Xuan Phuc', title: 'Prime Minister' },
    { name: 'Truong Hoa Binh', title: 'Deputy Prime Minister' },
    { name: 'Phung Quoc Hien', title: 'Deputy Chairman of the National Assembly' },
    { name: 'Nguyen Van Binh', title: 'Head of the Central Economic Committee' },
  ]);
});

test('English: a foreign name of five words, offices named in lower case, and heads of other states ("Vice Premier")', () => {
  expect(
    titlesIn(
      'en',
      'National Assembly (NA) Chairman Vuong Dinh Hue received Yamadu Ramon Antonio Orsi Martinez, Governor of Uruguay’s Canelones province, on April 28 (local time).',
      'The forum was opened by deputy minister of industry and trade Do Thang Hai on Monday.',
      'The forum was attended by Chinese Vice Premier Liu Guozhong, leaders of ministries and agencies, and representatives from more than 350 enterprises.',
    ),
  ).toEqual([
    { name: 'Vuong Dinh Hue', title: 'National Assembly (NA) Chairman' },
    { name: 'Yamadu Ramon Antonio Orsi Martinez', title: 'Governor of Uruguay’s Canelones province' },
    { name: 'Do Thang Hai', title: 'deputy minister of industry and trade' },
    { name: 'Liu Guozhong', title: 'Chinese Vice Premier' },
  ]);
});

test('a name glued to the next word by a lost space is the same person, or no person', () => {
  expect(
    titlesIn(
      'en',
      '13 March, Chairman of the Provincial People’s Committee (PPC) Nguyen Van Linh hosted a meeting with Umeda Kunio, Ambassador of Japan to Vietnam.',
      'PPC Chairman Nguyen VanLinh presents Japanese Ambassador a painting of Vinh Nghiem pagoda',
    ),
  ).toEqual([
    { name: 'Nguyen Van Linh', title: 'Chairman of the Provincial People’s Committee (PPC)' },
    { name: 'Umeda Kunio', title: 'Ambassador of Japan to Vietnam' },
  ]);
  expect(
    titlesIn(
      'vi',
      'Chiều 24/6, đồng chí Vương Đình Huệ, Ủy viên Bộ Chính trị, Bí thư Thành ủy chủ trì tiếp ngài Hùng Ba, Đại sứ đặc mệnh toàn quyền Trung Quốc tại Việt Nam.',
      'Bí thư Thành ủy Vương Đình Huệ tiếp Đại sứ Trung Quốc Hùng BaBí thư Thành ủy Vương Đình Huệ tiếp Đại sứ Trung Quốc Hùng Ba',
    ),
  ).toEqual([
    { name: 'Hùng Ba', title: 'Đại sứ đặc mệnh toàn quyền Trung Quốc tại Việt Nam' },
    { name: 'Vương Đình Huệ', title: 'Ủy viên Bộ Chính trị, Bí thư Thành ủy' },
  ]);
});

test('a title glued to the next word by a lost space is kept as written', () => {
  expect(
    titlesIn(
      'vi',
      'Phát biểu tại lễ khai trương, bà Hy Tuệ,Tổng Lãnh sựTrung Quốc tại Đà Nẵng cho biết: “Tổng Lãnh sự quán Trung Quốc tại Đà Nẵng là tổng lãnh sự quán thứ hai.”',
    ),
  ).toEqual([{ name: 'Hy Tuệ', title: 'Tổng Lãnh sựTrung Quốc tại Đà Nẵng' }]);
});

test('a dash, with or without "ông", may stand between a title and a foreign name', () => {
  expect(
    titlesIn(
      'vi',
      'Tiếp tục chương trình làm việc tại Vương quốc Thái Lan, sáng ngày 28/8, Đoàn công tác của tỉnh Phú Yên do đồng chí Lương Minh Sơn, Phó Bí thư TT Tỉnh ủy dẫn đầu đã gặp gỡ, giao lưu, trao đổi với Thống đốc tỉnh Surin - Adthaporn Singhawichai, cùng đại diện các ngành của tỉnh bạn.',
      'Thống đốc tỉnh Surin – ông Adthaporn Singhawichai bày tỏ niềm vui mừng trước những thành tựu mà tỉnh Phú Yên đạt được.',
    ),
  ).toEqual([
    { name: 'Adthaporn Singhawichai', title: 'Thống đốc tỉnh Surin' },
    { name: 'Lương Minh Sơn', title: 'Phó Bí thư TT Tỉnh ủy' },
  ]);
});

test('titles after a name: separated by dashes as written, an acronym among them, the place the office is held in', () => {
  expect(
    titlesIn(
      'vi',
      'Ngày 26.12, đồng chí Nguyễn Ngọc Phi - Phó bí thư Tỉnh ủy - Chủ tịch UBND tỉnh có buổi tiếp, làm việc với Đại sứ Nhật Bản tại Việt Nam.',
      'Tiếp và làm việc với Đoàn có các đồng chí: Đinh Văn Điến, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Tống Quang Thìn, TVTU, Phó Chủ tịch UBND tỉnh; Bùi Mai Hoa, TVTU, Phó Chủ tịch HĐND tỉnh; lãnh đạo một số sở, ngành của tỉnh.',
      'Tại cuộc gặp gỡ, ông Simon Van De Burg - Tổng lãnh sự Hà Lan, Phó trưởng đoàn Lãnh sự, tại TP HCM, chúc mừng ông Thăng nhận nhiệm vụ mới.',
    ),
  ).toEqual([
    { name: 'Nguyễn Ngọc Phi', title: 'Phó bí thư Tỉnh ủy - Chủ tịch UBND tỉnh' },
    { name: 'Đinh Văn Điến', title: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh' },
    { name: 'Tống Quang Thìn', title: 'TVTU, Phó Chủ tịch UBND tỉnh' },
    { name: 'Bùi Mai Hoa', title: 'TVTU, Phó Chủ tịch HĐND tỉnh' },
    { name: 'Simon Van De Burg', title: 'Tổng lãnh sự Hà Lan, Phó trưởng đoàn Lãnh sự, tại TP HCM' },
  ]);
});

test('an office whose name holds commas, written before the name', () => {
  expect(
    officialsOf(
      'Vụ trưởng Vụ Thị trường châu Phi, Tây Á, Nam Á (Bộ Công Thương) Trần Thu Quỳnh đề nghị các cơ quan đại diện tăng cường cung cấp thông tin về tiêu chuẩn, quy định nhập khẩu.',
    ),
  ).toEqual([{ name: 'Trần Thu Quỳnh', title: 'Vụ trưởng Vụ Thị trường châu Phi, Tây Á, Nam Á (Bộ Công Thương)' }]);
});

test('a title set off by a comma before "ông"/"bà" is the title of the person named after it', () => {
  expect(
    officialsOf(
      'Phát biểu tại buổi làm việc, Phó Chủ tịch UBND tỉnh, ông Trần Văn Tân đề nghị các doanh nghiệp Hoa Kỳ mở rộng đầu tư vào các khu công nghiệp của tỉnh.',
      'Bộ trưởng Bộ Thương mại Hoa Kỳ, bà Gina Raimondo cho biết nhiều doanh nghiệp Mỹ đang tìm hiểu cơ hội đầu tư vào ngành bán dẫn của Việt Nam.',
    ),
  ).toEqual([
    { name: 'Trần Văn Tân', title: 'Phó Chủ tịch UBND tỉnh' },
    { name: 'Gina Raimondo', title: 'Bộ trưởng Bộ Thương mại Hoa Kỳ' },
  ]);
});

test('offices named after a state ("nước Cộng hòa …", "Đại sứ quán …") and party offices named by their committee', () => {
  expect(
    officialsOf(
      'Ông Guido Hildner, Đại sứ Đặc mệnh Toàn quyền nước Cộng hòa Liên bang Đức tại Việt Nam, đánh giá cao môi trường đầu tư của tỉnh.',
      'Tiếp đoàn có Tham tán Công sứ Đại sứ quán Hoa Kỳ Lê Thành Ân và đồng chí Nguyễn Văn Hùng, Tỉnh ủy viên, Giám đốc Sở Ngoại vụ.',
      'Dự hội nghị có đồng chí Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú cùng lãnh đạo các ban, bộ, ngành Trung ương.',
    ),
  ).toEqual([
    { name: 'Guido Hildner', title: 'Đại sứ Đặc mệnh Toàn quyền nước Cộng hòa Liên bang Đức tại Việt Nam' },
    { name: 'Lê Thành Ân', title: 'Tham tán Công sứ Đại sứ quán Hoa Kỳ' },
    { name: 'Nguyễn Văn Hùng', title: 'Tỉnh ủy viên, Giám đốc Sở Ngoại vụ' },
    { name: 'Trần Cẩm Tú', title: 'Ủy viên Bộ Chính trị, Thường trực Ban Bí thư' },
  ]);
});

test('English: an initial inside a name, and "chief" as a head', () => {
  expect(
    titlesIn(
      'en',
      'Marc E. Knapper, US Ambassador to Vietnam, said American firms see the country as a key link in their supply chains.',
      'Party chief Nguyen Phu Trong received the delegation in Hanoi.',
    ),
  ).toEqual([
    { name: 'Marc E. Knapper', title: 'US Ambassador to Vietnam' },
    { name: 'Nguyen Phu Trong', title: 'Party chief' },
  ]);
});

test('English: "who is" before a title, a title closed by a dash, words before a full name, a title then the name between commas', () => {
  expect(
    titlesIn(
      'en',
      "Tran Van Tan, who is Vice Chairman of the provincial People's Committee, said the province would support investors.",
      'Associate Professor Nguyen Van Hung, Director of the Institute of World Economics and Politics, said growth would pick up.',
      'Speaking at the event, the Japanese Ambassador to Vietnam, Ito Naoki, said Japanese firms wanted to expand.',
    ),
  ).toEqual([
    { name: 'Tran Van Tan', title: "Vice Chairman of the provincial People's Committee" },
    { name: 'Nguyen Van Hung', title: 'Director of the Institute of World Economics and Politics' },
    { name: 'Ito Naoki', title: 'Japanese Ambassador to Vietnam' },
  ]);
});

test('a title in brackets after the name, the list of fields and the parent body an office is named with', () => {
  expect(
    officialsOf(
      'Ông Nguyễn Văn Hùng (Phó Chủ tịch UBND tỉnh) cho biết tỉnh sẽ dành quỹ đất sạch cho các nhà đầu tư có công nghệ cao.',
      'Ông Lê Văn Tâm, Giám đốc Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh cho biết trung tâm đã kết nối hơn 200 doanh nghiệp.',
      'Bà Nguyễn Thị Lan, Trưởng phòng Quản lý xuất nhập khẩu, Cục Xuất nhập khẩu (Bộ Công Thương) cho biết thủ tục đã được rút gọn.',
      'Phó Chủ tịch UBND tỉnh Sùng A Hồ đề nghị các doanh nghiệp quan tâm đầu tư vào nông nghiệp công nghệ cao.',
    ),
  ).toEqual([
    { name: 'Nguyễn Văn Hùng', title: 'Phó Chủ tịch UBND tỉnh' },
    { name: 'Lê Văn Tâm', title: 'Giám đốc Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh' },
    { name: 'Nguyễn Thị Lan', title: 'Trưởng phòng Quản lý xuất nhập khẩu, Cục Xuất nhập khẩu (Bộ Công Thương)' },
    { name: 'Sùng A Hồ', title: 'Phó Chủ tịch UBND tỉnh' },
  ]);
});

test("a foreign official's title may hold a family name's syllable (\"Tăng trưởng\") and stops before the next person's title", () => {
  expect(
    titlesIn(
      'vi',
      'Ông Michael R.Pompeo là vị ngoại trưởng thứ tư thăm chính thức Việt Nam sau các chuyến thăm của Bộ trưởng Ngoại giao Hàn Quốc Kang Kyung Wha, Bộ trưởng Ngoại giao Vương quốc Anh Dominic Raab, Bộ trưởng Ngoại giao và Kinh tế đối ngoại Hungary Szijjártó Péter giữa lúc dịch bệnh COVID-19 vẫn diễn biến phức tạp trên thế giới.',
      'Thứ trưởng Ngoại giao Hoa Kỳ phụ trách Tăng trưởng kinh tế, Năng lượng và Môi trường Keith Krach và Thứ trưởng Bộ Thương mại Hoa Kỳ phụ trách các vấn đề thương mại quốc tế Marisa Lago thăm tỉnh.',
    ),
  ).toEqual([
    { name: 'Kang Kyung Wha', title: 'Bộ trưởng Ngoại giao Hàn Quốc' },
    { name: 'Dominic Raab', title: 'Bộ trưởng Ngoại giao Vương quốc Anh' },
    { name: 'Szijjártó Péter', title: 'Bộ trưởng Ngoại giao và Kinh tế đối ngoại Hungary' },
    { name: 'Keith Krach', title: 'Thứ trưởng Ngoại giao Hoa Kỳ phụ trách Tăng trưởng kinh tế, Năng lượng và Môi trường' },
    { name: 'Marisa Lago', title: 'Thứ trưởng Bộ Thương mại Hoa Kỳ phụ trách các vấn đề thương mại quốc tế' },
  ]);
});

test('English: "acting" and "who is also" before a title; a title before that names someone else is not the next name\'s', () => {
  expect(
    titlesIn(
      'en',
      'Nguyen Van An, acting director of the provincial Department of Foreign Affairs, said the department would help.',
      "Tran Van Tan, who is also Vice Chairman of the provincial People's Committee, said the province would help.",
      'Minister Bui Thanh Son and Wang Yi, Chinese Foreign Minister, co-chaired the meeting.',
    ),
  ).toEqual([
    { name: 'Nguyen Van An', title: 'acting director of the provincial Department of Foreign Affairs' },
    { name: 'Tran Van Tan', title: "Vice Chairman of the provincial People's Committee" },
    { name: 'Bui Thanh Son', title: 'Minister' },
    { name: 'Wang Yi', title: 'Chinese Foreign Minister' },
  ]);
});

test('a verb made of office words ends a title, unless it is part of an office\'s name ("Ban chỉ đạo", "ngoại giao")', () => {
  expect(
    officialsOf(
      'Ông Ito Naoki, Đại sứ Nhật Bản quan tâm đến môi trường đầu tư và khả năng kết nối hạ tầng của tỉnh.',
      'Đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh giao Sở Ngoại vụ chủ trì, phối hợp với các sở, ngành liên quan.',
      'Ông Nguyễn Minh Vũ, Thứ trưởng, Trưởng Ban chỉ đạo Ngoại giao kinh tế chủ trì hội nghị với các cơ quan đại diện.',
    ),
  ).toEqual([
    { name: 'Ito Naoki', title: 'Đại sứ Nhật Bản' },
    { name: 'Nguyễn Văn An', title: 'Phó Chủ tịch UBND tỉnh' },
    { name: 'Nguyễn Minh Vũ', title: 'Thứ trưởng, Trưởng Ban chỉ đạo Ngoại giao kinh tế' },
  ]);
});

test('titles before a name joined by a dash are kept with the dash, as written', () => {
  expect(
    officialsOf(
      'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh Nguyễn Văn An phát biểu chào mừng đoàn doanh nghiệp Hàn Quốc đến tìm hiểu cơ hội đầu tư.',
    ),
  ).toEqual([{ name: 'Nguyễn Văn An', title: 'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh' }]);
});

test('English: two offices joined by "cum", and "provincial" before a head', () => {
  expect(
    titlesIn(
      'en',
      "Deputy Secretary of the provincial Party Committee cum Chairman of the provincial People's Committee Le Tri Thanh welcomed the delegation.",
      'The provincial Party Committee Secretary Phan Viet Cuong attended the ceremony.',
    ),
  ).toEqual([
    { name: 'Le Tri Thanh', title: "Deputy Secretary of the provincial Party Committee cum Chairman of the provincial People's Committee" },
    { name: 'Phan Viet Cuong', title: 'provincial Party Committee Secretary' },
  ]);
});

test('the headline is read for officials too: a caption taken for the headline still names its people', () => {
  const headline =
    'Thứ trưởng Bộ Công Thương Trần Quốc Khánh và ông Hirose Naoshi, Thứ trưởng Bộ Kinh tế, Thương mại, Công nghiệp Nhật Bản trao đổi Bản ghi nhớ';
  const article = extractOk(page(headline, '', DATE_LINE, '', P2, '', P3));
  expect(article.title).toBe(headline);
  expect(article.officials.map(({ name, title }) => ({ name, title }))).toEqual([
    { name: 'Hirose Naoshi', title: 'Thứ trưởng Bộ Kinh tế, Thương mại, Công nghiệp Nhật Bản' },
    { name: 'Trần Quốc Khánh', title: 'Thứ trưởng Bộ Công Thương' },
  ]);
});

test('English: an honorific between a title and the name set off by commas', () => {
  expect(
    titlesIn(
      'en',
      "Speaking at the event, the Vice Chairwoman of the provincial People's Council, Ms. Tran Thi Ha, said the council supported the plan.",
    ),
  ).toEqual([{ name: 'Tran Thi Ha', title: "Vice Chairwoman of the provincial People's Council" }]);
});

test('a former office written "Cựu"; a company named after a title is no person', () => {
  expect(
    officialsOf(
      'Ông John Carter, Cựu Thứ trưởng Thương mại Hoa Kỳ, Chủ tịch Pacific Partners, cho biết các doanh nghiệp muốn mở rộng đầu tư.',
      'Thay mặt đoàn, Chủ tịch Pacific Partners, ông John Carter cảm ơn lãnh đạo tỉnh đã dành thời gian tiếp đoàn.',
    ),
  ).toEqual([{ name: 'John Carter', title: 'Cựu Thứ trưởng Thương mại Hoa Kỳ, Chủ tịch Pacific Partners' }]);
});

test('a second office after "kiêm", and after a dash the country of the company the title names', () => {
  expect(
    officialsOf(
      'Đoàn đã làm việc với ông Sato Kenji, Chủ tịch, kiêm cố vấn đặc biệt tập đoàn Hikari Denki – Nhật Bản về kế hoạch mở nhà máy mới tại tỉnh.',
    ),
  ).toEqual([{ name: 'Sato Kenji', title: 'Chủ tịch, kiêm cố vấn đặc biệt tập đoàn Hikari Denki – Nhật Bản' }]);
});

test("a title before a foreign name ends at it: the title after the comma is the next person's", () => {
  expect(
    officialsOf(
      'Đại sứ John Carter, Thứ trưởng Bộ Ngoại giao Nguyễn Văn An và đại diện các tỉnh đã dự lễ ký kết thỏa thuận hợp tác.',
      'Thống đốc Bang Texas Mary Jones đã ký ý định thư về hợp tác thương mại và giáo dục với tỉnh.',
    ),
  ).toEqual([
    { name: 'John Carter', title: 'Đại sứ' },
    { name: 'Nguyễn Văn An', title: 'Thứ trưởng Bộ Ngoại giao' },
    { name: 'Mary Jones', title: 'Thống đốc Bang Texas' },
  ]);
});

test('the one received ("Tiếp Phó Chủ tịch …, Thủ tướng X") is not the host\'s title', () => {
  expect(
    officialsOf(
      'Tiếp Phó Chủ tịch Tập đoàn Hikari, Thủ tướng Nguyễn Văn An nhấn mạnh Chính phủ luôn tạo điều kiện thuận lợi cho doanh nghiệp.',
    ),
  ).toEqual([{ name: 'Nguyễn Văn An', title: 'Thủ tướng' }]);
});

test('a list of foreign titles before names, each ending where the next name begins', () => {
  expect(
    officialsOf(
      'Chuyến thăm theo lời mời của Chủ tịch Liên minh Nghị viện Thế giới (IPU) Maria Lopez và Tổng thư ký IPU Martin Brown, Chủ tịch Thượng viện Quốc hội Uzbekistan Anna Petrova, Chủ tịch Quốc hội Armenia Karen Hakobyan, theo thông cáo của Bộ Ngoại giao.',
    ),
  ).toEqual([
    { name: 'Anna Petrova', title: 'Chủ tịch Thượng viện Quốc hội Uzbekistan' },
    { name: 'Karen Hakobyan', title: 'Chủ tịch Quốc hội Armenia' },
    { name: 'Maria Lopez', title: 'Chủ tịch Liên minh Nghị viện Thế giới (IPU)' },
    { name: 'Martin Brown', title: 'Tổng thư ký IPU' },
  ]);
});

test('an honorific glued to the name by a lost space; a standing committee member written short; a friendship group', () => {
  expect(
    officialsOf(
      'Ngày 26.12, đồng chí Nguyễn Văn An - Phó bí thư Tỉnh ủy - Chủ tịch UBND tỉnh tiếp NgàiTaro Yamada - Đại sứ Nhật Bản tại Việt Nam. Cùng dự có đồng chí Trần Văn Bình - Thường vụ Tỉnh ủy - Phó chủ tịch thường trực UBND tỉnh.',
      'Phó Chủ tịch Quốc hội Lê Văn Cường, Chủ tịch Nhóm Nghị sĩ hữu nghị Việt Nam-Nhật Bản đã tiếp đoàn.',
    ),
  ).toEqual([
    { name: 'Taro Yamada', title: 'Đại sứ Nhật Bản tại Việt Nam' },
    { name: 'Nguyễn Văn An', title: 'Phó bí thư Tỉnh ủy - Chủ tịch UBND tỉnh' },
    { name: 'Trần Văn Bình', title: 'Thường vụ Tỉnh ủy - Phó chủ tịch thường trực UBND tỉnh' },
    { name: 'Lê Văn Cường', title: 'Phó Chủ tịch Quốc hội, Chủ tịch Nhóm Nghị sĩ hữu nghị Việt Nam-Nhật Bản' },
  ]);
});

test("English: an initial after a title, a region in lower case, and a memorial's namesake who is no official", () => {
  expect(
    titlesIn(
      'en',
      'The mayor met the Consul General of the United States in Ho Chi Minh City Mary K. Jones on Monday.',
      'Vietnamese Consul General to northern Laos Tran Van Binh on Apr 1 paid a courtesy visit to the province.',
      'The delegation offered incense at the Temple of President Ho Chi Minh.',
    ),
  ).toEqual([
    { name: 'Mary K. Jones', title: 'Consul General of the United States in Ho Chi Minh City' },
    { name: 'Tran Van Binh', title: 'Vietnamese Consul General to northern Laos' },
  ]);
});

test('English: a title then the name between commas, with a body named before a head in lower case, an earlier title, an aside, a verb of a caption', () => {
  expect(
    titlesIn(
      'en',
      'He met with the US Department of Commerce representative in Texas, John Smith, shortly after his arrival.',
      "The Member of Provincial Party Committee, Vice Chairman of the Provincial People's Committee, Mr. Nguyen Van An, and President of the Provincial Women's Union, Mrs. Le Thi Hoa welcomes the delegation.",
      'Vice Chairman of the Vietnam-Japan Friendship Association, (the first from left), Mr. Tran Van Binh is the interpreter.',
    ),
  ).toEqual([
    { name: 'John Smith', title: 'US Department of Commerce representative in Texas' },
    { name: 'Nguyen Van An', title: "Member of Provincial Party Committee, Vice Chairman of the Provincial People's Committee" },
    { name: 'Le Thi Hoa', title: "President of the Provincial Women's Union" },
    { name: 'Tran Van Binh', title: 'Vice Chairman of the Vietnam-Japan Friendship Association' },
  ]);
});

test('a degree between a title and a foreign name ("…, TS. X") is neither', () => {
  expect(
    officialsOf(
      'Chiều 12/1, tân Đại sứ Đặc mệnh toàn quyền Vương quốc Anh tại Việt Nam, TS. John Carter đã trao đổi trực tuyến với bạn đọc về quan hệ thương mại.',
    ),
  ).toEqual([{ name: 'John Carter', title: 'Đại sứ Đặc mệnh toàn quyền Vương quốc Anh tại Việt Nam' }]);
});

test('English: a second office in lower case after a comma, the country it is in, and an association that is no person', () => {
  expect(
    titlesIn(
      'en',
      'The provincial leader hosted a meeting with Tanaka Ichiro, Ambassador of Japan to Vietnam, leader of the Japan- Vietnam Friendship Association in Kansai region, Japan and representatives of Japanese firms.',
    ),
  ).toEqual([
    {
      name: 'Tanaka Ichiro',
      title: 'Ambassador of Japan to Vietnam, leader of the Japan- Vietnam Friendship Association in Kansai region, Japan',
    },
  ]);
});

test('a place that opens with a family name ("Thái Bình Dương") inside a title before a comma and a foreign name', () => {
  expect(
    officialsOf(
      'Các tàu đã đi qua eo biển theo đúng luật pháp quốc tế, phát ngôn viên Hạm đội Thái Bình Dương, John Carter nói với báo chí.',
    ),
  ).toEqual([{ name: 'John Carter', title: 'phát ngôn viên Hạm đội Thái Bình Dương' }]);
});

test('Chinese family names as Vietnamese reads them, and a foreign name glued to its title by a lost space', () => {
  expect(
    officialsOf(
      'Chủ tịch Tập Cận Bình đã hội đàm với Tổng Bí thư Nguyễn Phú Trọng về hợp tác kinh tế, thương mại và đầu tư giữa hai nước.',
      'Phó Chủ tịch UBND tỉnh đã có buổi tiếp ông Kim Min-ho-Tham tán thương mại, Tổng lãnh sự Hàn Quốc tại TP. Hồ Chí Minh.',
    ),
  ).toEqual([
    { name: 'Tập Cận Bình', title: 'Chủ tịch' },
    { name: 'Nguyễn Phú Trọng', title: 'Tổng Bí thư' },
    { name: 'Kim Min-ho', title: 'Tham tán thương mại, Tổng lãnh sự Hàn Quốc tại TP. Hồ Chí Minh' },
  ]);
});

test('English: an office named in lower case ends on "office", "agency", "board" as on "department"', () => {
  expect(titlesIn('en', 'According to Nguyen Van Hung, head of the provincial trade office, exports rose by a tenth.')).toEqual([
    { name: 'Nguyen Van Hung', title: 'head of the provincial trade office' },
  ]);
});

test('English: a field list with a comma in an office before the name, two heads joined by "and" (not across a name), a prefecture', () => {
  expect(
    titlesIn(
      'en',
      "Japan's Minister of Economy, Trade and Industry Taro Suzuki met the Vietnamese delegation.",
      'Lao Deputy Prime Minister and Foreign Minister Somsak Phomma held talks with the delegation.',
      'The delegation was received by the Governor of Osaka Prefecture Kenji Tanaka.',
      'Chairman of the Vietnam-Japan Friendship Association Nguyen Van An and Japanese Ambassador Ito Naoki attended.',
    ),
  ).toEqual([
    { name: 'Taro Suzuki', title: "Japan's Minister of Economy, Trade and Industry" },
    { name: 'Somsak Phomma', title: 'Lao Deputy Prime Minister and Foreign Minister' },
    { name: 'Kenji Tanaka', title: 'Governor of Osaka Prefecture' },
    { name: 'Nguyen Van An', title: 'Chairman of the Vietnam-Japan Friendship Association' },
    { name: 'Ito Naoki', title: 'Japanese Ambassador' },
  ]);
});

test('a foreign name with a capital inside after "Mc" or "Mac" is a name, not two words glued', () => {
  expect(officialsOf('Thượng nghị sĩ Hoa Kỳ John McCain đã nhiều lần đến thăm Việt Nam và thúc đẩy quan hệ thương mại.')).toEqual([
    { name: 'John McCain', title: 'Thượng nghị sĩ Hoa Kỳ' },
  ]);
});

test('whom a memorial honours ("vào Lăng viếng Chủ tịch Hồ Chí Minh") is no official of the article', () => {
  expect(
    officialsOf('Đoàn đã đặt vòng hoa và vào Lăng viếng Chủ tịch Hồ Chí Minh, sau đó Chủ tịch nước Lương Cường chủ trì lễ đón chính thức.'),
  ).toEqual([{ name: 'Lương Cường', title: 'Chủ tịch nước' }]);
});

test('a school or museum named after someone is part of the title, and the person is the name after it', () => {
  expect(
    officialsOf(
      'Hiệu trưởng Trường Đại học Tôn Đức Thắng Trần Văn An cho biết nhà trường sẽ hợp tác với các đối tác Đức.',
      'Giám đốc Bảo tàng Hồ Chí Minh Lê Thị Bình giới thiệu với đoàn về cuộc đời của Bác.',
    ),
  ).toEqual([
    { name: 'Trần Văn An', title: 'Hiệu trưởng Trường Đại học Tôn Đức Thắng' },
    { name: 'Lê Thị Bình', title: 'Giám đốc Bảo tàng Hồ Chí Minh' },
  ]);
});

test('a photo credit glued to the last name of a caption names a photographer, not part of the name', () => {
  const lead =
    'Chiều 7/2, Phó Chủ tịch UBND tỉnh Nguyễn Tuấn Hà đã tiếp ông Mark Tattersall, Phó Đại sứ Australia tại Việt Nam, trao đổi về hợp tác khoa học công nghệ và đổi mới sáng tạo.';
  const caption = 'Lãnh đạo tỉnh tặng quà lưu niệm cho Phó Đại sứ Mark Tattersall- Ảnh Tuấn Hải/daklak.gov.vn';
  const article = extractOk(page(TITLE, '', DATE_LINE, '', lead, '', caption, '', P2, '', P3));
  expect(article.officials.map((o) => o.name).sort()).toEqual(['Mark Tattersall', 'Nguyễn Tuấn Hà']);
  expect(article.paragraphs).toContain(caption); // the caption keeps its credit
});

test('English: "U.S." and a lower-case office ("foreign ministry spokeswoman") before a head belong to the title', () => {
  expect(
    titlesIn(
      'en',
      'U.S. Deputy Secretary of State Wendy Sherman will begin a four-day visit to Vietnam starting Friday.',
      'The visit is made at the invitation of the Minister of Foreign Affairs Bui Thanh Son, foreign ministry spokeswoman Le Thi Thu Hang said at a press meet.',
    ),
  ).toEqual([
    { name: 'Wendy Sherman', title: 'U.S. Deputy Secretary of State' },
    { name: 'Bui Thanh Son', title: 'Minister of Foreign Affairs' },
    { name: 'Le Thi Thu Hang', title: 'foreign ministry spokeswoman' },
  ]);
});

test('an organisation named after a head ("Giám đốc World Bank tại Việt Nam …") is the office’s, not a person', () => {
  expect(
    titlesIn(
      'vi',
      'Giám đốc World Bank tại Việt Nam Ousmane Dione nhận xét: đất nước hình chữ S nên tích cực hơn trong ngoại giao kinh tế.',
    ),
  ).toEqual([{ name: 'Ousmane Dione', title: 'Giám đốc World Bank tại Việt Nam' }]);
});

test('a title ends before the occasion ("nhân chuyến thăm") and before "và đoàn"; "công tác thông tin" and "cách mạng" are office words', () => {
  expect(
    titlesIn(
      'vi',
      'Ông Trần Văn Hòa tặng quà cho ông Lâm Quốc Bảo, Phó Chủ tịch Hội đồng thành phố nhân chuyến thăm, làm việc tại tỉnh.',
      'Ông Đặng Minh Khôi, Trưởng Ban Chỉ đạo công tác thông tin đối ngoại tỉnh đề nghị các sở tập trung thực hiện.',
      'Đồng chí Lê Thị Hồng Nhung tiếp ông Vũ Đức Thịnh, Tổng Lãnh sự tại TP. Hồ Chí Minh và đoàn cán bộ.',
      'Ông Ngô Văn Sơn, Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào, Chủ tịch Ủy ban Trung ương Mặt trận Lào xây dựng đất nước đã chủ trì hội đàm.',
    ),
  ).toEqual([
    { name: 'Lâm Quốc Bảo', title: 'Phó Chủ tịch Hội đồng thành phố' },
    { name: 'Đặng Minh Khôi', title: 'Trưởng Ban Chỉ đạo công tác thông tin đối ngoại tỉnh' },
    { name: 'Vũ Đức Thịnh', title: 'Tổng Lãnh sự tại TP. Hồ Chí Minh' },
    {
      name: 'Ngô Văn Sơn',
      title: 'Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào, Chủ tịch Ủy ban Trung ương Mặt trận Lào xây dựng đất nước',
    },
  ]);
});

test('"và các" before an office named in several words joins it; after a dash the body the office belongs to is the title\'s', () => {
  expect(
    titlesIn(
      'vi',
      'Ông Hà Văn Phúc, Trưởng Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi chia sẻ kinh nghiệm.',
      'Tiến sĩ Lê Hải Nam, Phó Giám đốc Học viện Ngoại giao - Bộ Ngoại giao đã trình bày chuyên đề.',
    ),
  ).toEqual([
    { name: 'Hà Văn Phúc', title: 'Trưởng Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi' },
    { name: 'Lê Hải Nam', title: 'Phó Giám đốc Học viện Ngoại giao - Bộ Ngoại giao' },
  ]);
});

test('a name in another spelling in brackets, an initial inside a foreign name, roles after a first office, a body alone is no title', () => {
  expect(
    titlesIn(
      'vi',
      'Về phía nước ngoài có ông Ngụy Hoa Tường (Wei Huaxiang) - Tổng Lãnh sự Trung Quốc tham dự.',
      'Chủ tịch UBND tỉnh tiếp ông Meynardo LB. Montealegre, Đại sứ Philippines tại Việt Nam.',
      'Bà Trần Tuệ Tri, CEO Pharmacity, Chuyên gia Thương hiệu, thành viên Ban điều hành AVSE Global',
      'Hội nghị trao đổi kinh nghiệm với Lớp bồi dưỡng nước Lào, Học viện Chính trị Quốc gia Hồ Chí Minh.',
    ),
  ).toEqual([
    { name: 'Ngụy Hoa Tường', title: 'Tổng Lãnh sự Trung Quốc' },
    { name: 'Meynardo LB. Montealegre', title: 'Đại sứ Philippines tại Việt Nam' },
    { name: 'Trần Tuệ Tri', title: 'CEO Pharmacity, Chuyên gia Thương hiệu, thành viên Ban điều hành AVSE Global' },
  ]);
});

test('of two titles of one person with as many words, the one naming a place is kept', () => {
  expect(
    titlesIn(
      'vi',
      'Đoàn do ông Kim Jung-taek, Phó Chủ tịch Hội đồng thành phố dẫn đầu.',
      'Giám đốc Sở tặng quà cho ông Kim Jung-taek, Phó Chủ tịch Hội đồng TP. Ansan nhân chuyến thăm.',
    ),
  ).toEqual([{ name: 'Kim Jung-taek', title: 'Phó Chủ tịch Hội đồng TP. Ansan' }]);
});

test('an acronym glued by a lost space to a word that is no office ends the title ("TP.HCMđến")', () => {
  expect(titlesIn('vi', 'Chủ tịch UBND tỉnh đã tiếp ông Trác Lôi Minh, Tổng Lãnh sự Trung Quốc tại TP.HCMđến chào từ biệt.')).toEqual([
    { name: 'Trác Lôi Minh', title: 'Tổng Lãnh sự Trung Quốc tại TP.HCM' },
  ]);
});

test('English: a participle ends a title after the name; a field ending an office is no part of the name after it', () => {
  expect(
    titlesIn(
      'en',
      'Cheong held a meeting with Goldy Hyder, the president of the Business Council of Canada leading the business delegation.',
      'Caretaker Minister for Industries, Commerce and Technical Education Mohammad Adnan Jalil called on the embassy.',
    ),
  ).toEqual([
    { name: 'Goldy Hyder', title: 'president of the Business Council of Canada' },
    { name: 'Mohammad Adnan Jalil', title: 'Caretaker Minister for Industries, Commerce and Technical Education' },
  ]);
});

test('a foreign guest after "đồng chí"; offices named for peace and solidarity; "kết luận" and "ký kết" are what officials do', () => {
  expect(
    titlesIn(
      'vi',
      'Đoàn do đồng chí Pheng Căn Tha Nhim, Phó Bí thư, Phó Tỉnh trưởng tỉnh Hủa Phăn làm Trưởng đoàn đã sang thăm tỉnh.',
      'Đoàn do ông Sommad Pholsena, Phó Chủ tịch Quốc hội, Chủ tịch Ủy ban Hòa bình và Đoàn kết Lào dẫn đầu.',
      'Ông Lê Văn Tâm, Chủ tịch UBND tỉnh kết luận hội nghị; ông Trần Quốc Bảo, Giám đốc Sở Công Thương ký kết thỏa thuận.',
    ),
  ).toEqual([
    { name: 'Pheng Căn Tha Nhim', title: 'Phó Bí thư, Phó Tỉnh trưởng tỉnh Hủa Phăn' },
    { name: 'Sommad Pholsena', title: 'Phó Chủ tịch Quốc hội, Chủ tịch Ủy ban Hòa bình và Đoàn kết Lào' },
    { name: 'Lê Văn Tâm', title: 'Chủ tịch UBND tỉnh' },
    { name: 'Trần Quốc Bảo', title: 'Giám đốc Sở Công Thương' },
  ]);
});

test("a title after a meeting's word names the meeting, not the person after it", () => {
  expect(
    titlesIn('vi', 'Tại Hội nghị Tham tán Thương mại khu vực châu Âu, Tổng Biên tập Báo Công Thương Nguyễn Văn Minh có bài tham luận.'),
  ).toEqual([{ name: 'Nguyễn Văn Minh', title: 'Tổng Biên tập Báo Công Thương' }]);
});

test('lowercase pairs inside an office and the offices of a faculty and a specialist', () => {
  expect(
    officialsOf(
      'Dự buổi làm việc có ông Trần Quốc Bảo, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, cùng ông Lê Văn Toàn, Chủ nhiệm Văn phòng Ngoại sự Khu tự trị dân tộc Mông Cổ làm trưởng đoàn.',
      'Về phía nhà trường có bà Phạm Thị Lan - Phó Trưởng khoa Khoa Lý luận chính trị và ông Đỗ Minh Khang - Chuyên viên Dự án Hợp tác quốc tế.',
    ),
  ).toEqual([
    { name: 'Trần Quốc Bảo', title: 'Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy' },
    { name: 'Lê Văn Toàn', title: 'Chủ nhiệm Văn phòng Ngoại sự Khu tự trị dân tộc Mông Cổ' },
    { name: 'Phạm Thị Lan', title: 'Phó Trưởng khoa Khoa Lý luận chính trị' },
    { name: 'Đỗ Minh Khang', title: 'Chuyên viên Dự án Hợp tác quốc tế' },
  ]);
});

test('academic degrees before a name are part of neither the name nor a title', () => {
  expect(
    officialsOf(
      'Khai mạc hội thảo, Viện trưởng Viện Kinh tế, PGS.TS. Lê Quang Huy nhấn mạnh vai trò của doanh nghiệp trong hội nhập quốc tế.',
      'Tham dự có bà Hồ Thị Mai - Giám đốc Trung tâm Thông tin TP. HCM; GS Pierre Morel - Tùy viên Giáo dục, Đại sứ quán Pháp tại Việt Nam.',
    ),
  ).toEqual([
    { name: 'Lê Quang Huy', title: 'Viện trưởng Viện Kinh tế' },
    { name: 'Pierre Morel', title: 'Tùy viên Giáo dục, Đại sứ quán Pháp tại Việt Nam' },
    { name: 'Hồ Thị Mai', title: 'Giám đốc Trung tâm Thông tin TP. HCM' },
  ]);
});

test('an office named by a list of fields and whose it is, after a name', () => {
  expect(
    officialsOf(
      'Dự chương trình có ông Lâm Văn Đức, Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục và Thanh niên của Quốc hội; bà Vũ Thị Hạnh, Vụ trưởng Vụ Kế hoạch, Tài chính và Đầu tư của Bộ Y tế cho biết kế hoạch.',
    ),
  ).toEqual([
    { name: 'Lâm Văn Đức', title: 'Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục và Thanh niên của Quốc hội' },
    { name: 'Vũ Thị Hạnh', title: 'Vụ trưởng Vụ Kế hoạch, Tài chính và Đầu tư của Bộ Y tế' },
  ]);
});

test('a plural title before a list of names is each listed person’s', () => {
  expect(
    officialsOf(
      'Cùng dự có các Phó Chủ tịch Hội Doanh nghiệp tỉnh ông Trịnh Văn Long, bà Hà Thị Minh và ông Lê Đức Anh cùng nhiều hội viên; Giám đốc Sở Công Thương Phan Quốc Việt và khách mời.',
    ),
  ).toEqual([
    { name: 'Trịnh Văn Long', title: 'Phó Chủ tịch Hội Doanh nghiệp tỉnh' },
    { name: 'Hà Thị Minh', title: 'Phó Chủ tịch Hội Doanh nghiệp tỉnh' },
    { name: 'Lê Đức Anh', title: 'Phó Chủ tịch Hội Doanh nghiệp tỉnh' },
    { name: 'Phan Quốc Việt', title: 'Giám đốc Sở Công Thương' },
  ]);
});

test('a family name that ends a title’s head opens no name', () => {
  expect(
    officialsOf(
      'Đoàn do ông Vi Văn Sơn, Phó Bí thư Tỉnh ủy, Phó Trưởng Đoàn Đại biểu Quốc hội tỉnh dẫn đầu đã gặp Bộ trưởng Ngoại giao Trung Quốc Vương Nghị tại Bắc Kinh.',
    ),
  ).toEqual([
    { name: 'Vi Văn Sơn', title: 'Phó Bí thư Tỉnh ủy, Phó Trưởng Đoàn Đại biểu Quốc hội tỉnh' },
    { name: 'Vương Nghị', title: 'Bộ trưởng Ngoại giao Trung Quốc' },
  ]);
});

test('after an office ending in a place, the province and the country it is in belong to the title', () => {
  expect(
    officialsOf(
      'Tiếp đoàn có ông Lò Văn Pạn, Huyện trưởng huyện Xay Na Kham, tỉnh Luang Prabang, nước Cộng hòa dân chủ nhân dân Lào.',
      'Ông Phạm Văn Khải, Lãnh sự Việt Nam tại Nam Ninh, tỉnh Quảng Tây, Trung Quốc cho biết kết quả hợp tác.',
    ),
  ).toEqual([
    {
      name: 'Lò Văn Pạn',
      title: 'Huyện trưởng huyện Xay Na Kham, tỉnh Luang Prabang, nước Cộng hòa dân chủ nhân dân Lào',
    },
    { name: 'Phạm Văn Khải', title: 'Lãnh sự Việt Nam tại Nam Ninh, tỉnh Quảng Tây, Trung Quốc' },
  ]);
});

test('"các đồng chí:" lists each guest with a title; a Lao name may hold a dash', () => {
  expect(
    officialsOf(
      'Đón đoàn có các đồng chí: Khăm Phăn Phôm Ma Chăn - Bí thư, Tỉnh trưởng tỉnh Hủa Phăn; Xay Sổm Phon Vi Lay - Phó Tỉnh trưởng và đại diện các sở, ngành của tỉnh.',
      'Cùng dự có đồng chí Bun Mi - Sỉ Xổm Phăn, Huyện trưởng huyện Viêng Xay cùng đoàn cán bộ huyện.',
    ),
  ).toEqual([
    { name: 'Khăm Phăn Phôm Ma Chăn', title: 'Bí thư, Tỉnh trưởng tỉnh Hủa Phăn' },
    { name: 'Xay Sổm Phon Vi Lay', title: 'Phó Tỉnh trưởng' },
    { name: 'Bun Mi - Sỉ Xổm Phăn', title: 'Huyện trưởng huyện Viêng Xay' },
  ]);
});

test('of two titles differing only in case, the first mention stands', () => {
  expect(
    officialsOf(
      'Chủ tịch UBND tỉnh tiếp ông Kamal Raj, Đại sứ đặc mệnh toàn quyền Nepal tại Việt Nam, tới chào xã giao.',
      'Ông Kamal Raj, Đại sứ đặc mệnh Toàn quyền Nepal tại Việt Nam cảm ơn tỉnh đã dành thời gian tiếp đoàn.',
    ),
  ).toEqual([{ name: 'Kamal Raj', title: 'Đại sứ đặc mệnh toàn quyền Nepal tại Việt Nam' }]);
});

test('a title set off by a comma before the name keeps no comma', () => {
  expect(officialsOf('Tổng Lãnh sự Việt Nam tại Quảng Châu, Trung Quốc, Lê Văn Bình đánh giá cao kết quả hợp tác giữa hai bên.')).toEqual([
    { name: 'Lê Văn Bình', title: 'Tổng Lãnh sự Việt Nam tại Quảng Châu, Trung Quốc' },
  ]);
});

test('a dash, and words of a newly taken office, between a title and the name', () => {
  expect(
    officialsOf(
      'Sáng nay, Phó chủ tịch UBND tỉnh - Trần Quốc Huy tiếp đoàn doanh nghiệp.',
      'Hiệu trưởng nhà trường đã làm việc với Tham tán Thương mại, Đại sứ quán Canada tại Việt Nam mới nhậm chức - Ông Mark Allen.',
    ),
  ).toEqual([
    { name: 'Trần Quốc Huy', title: 'Phó chủ tịch UBND tỉnh' },
    { name: 'Mark Allen', title: 'Tham tán Thương mại, Đại sứ quán Canada tại Việt Nam' },
  ]);
});

test('a kingdom is no person, and a dash glued to a foreign name opens the title', () => {
  expect(
    officialsOf('Ông Lê Văn Hải, Phó Chủ tịch UBND tỉnh đã tiếp bà Anna Jansen- Đại sứ Vương Quốc Bỉ tại Việt Nam và đoàn doanh nghiệp.'),
  ).toEqual([
    { name: 'Anna Jansen', title: 'Đại sứ Vương Quốc Bỉ tại Việt Nam' },
    { name: 'Lê Văn Hải', title: 'Phó Chủ tịch UBND tỉnh' },
  ]);
});

test('a place run into the name after a unit’s word is the place’s, then the person’s', () => {
  expect(
    officialsOf(
      'Đồng quan điểm, Chủ tịch huyện Phú Ninh Tô Minh Đạt khẳng định sẽ đồng hành cùng địa phương bạn.',
      'Phát biểu tại buổi tiếp, Chủ tịch UBND tỉnh Nguyễn Hoàng Anh cảm ơn đoàn.',
    ),
  ).toEqual([
    { name: 'Tô Minh Đạt', title: 'Chủ tịch huyện Phú Ninh' },
    { name: 'Nguyễn Hoàng Anh', title: 'Chủ tịch UBND tỉnh' },
  ]);
});

test('the title after one name is not the next one’s; a former office may follow a name without a comma', () => {
  expect(
    officialsOf(
      'Cùng đi có ông Trần Văn Phúc, Tham tán Thương mại Việt Nam tại Hàn Quốc, bà Lê Thị Hoa nguyên đại diện Văn phòng Xúc tiến Thương mại tại Seoul và một số doanh nghiệp.',
      'Ông Lý Minh Quân, Giám đốc Sở Công Thương, đại diện cho các doanh nghiệp trong tỉnh phát biểu.',
      'Tiếp đoàn có ông Hà Văn Tân - Phó Chủ tịch UBND tỉnh, đại diện lãnh đạo các sở, ngành của tỉnh.',
    ),
  ).toEqual([
    { name: 'Trần Văn Phúc', title: 'Tham tán Thương mại Việt Nam tại Hàn Quốc' },
    { name: 'Lê Thị Hoa', title: 'nguyên đại diện Văn phòng Xúc tiến Thương mại tại Seoul' },
    { name: 'Lý Minh Quân', title: 'Giám đốc Sở Công Thương' },
    { name: 'Hà Văn Tân', title: 'Phó Chủ tịch UBND tỉnh' },
  ]);
});

test('offices of associations, commands and departments, and lowercase pairs inside them', () => {
  expect(
    officialsOf(
      'Dự lễ có ông Yamada Taro, Hội trưởng Hội Hữu nghị Nhật - Việt tỉnh Gunma, ông Đinh Văn Thành, Tư lệnh Bộ đội Biên phòng tỉnh và ông Trương Quốc Minh, Vụ trưởng Vụ Tổ chức cán bộ, bà Vũ Thị Ngọc, Lãnh sự danh dự Việt Nam tại Lyon.',
      'Giám đốc Ban Quản lý dự án hàng không Phạm Đức Lộc và Giám đốc chi nhánh Ngân hàng Nhà nước tỉnh Lê Thanh Tùng cũng tham dự.',
    ),
  ).toEqual([
    { name: 'Yamada Taro', title: 'Hội trưởng Hội Hữu nghị Nhật - Việt tỉnh Gunma' },
    { name: 'Đinh Văn Thành', title: 'Tư lệnh Bộ đội Biên phòng tỉnh' },
    { name: 'Trương Quốc Minh', title: 'Vụ trưởng Vụ Tổ chức cán bộ' },
    { name: 'Vũ Thị Ngọc', title: 'Lãnh sự danh dự Việt Nam tại Lyon' },
    { name: 'Phạm Đức Lộc', title: 'Giám đốc Ban Quản lý dự án hàng không' },
    { name: 'Lê Thanh Tùng', title: 'Giám đốc chi nhánh Ngân hàng Nhà nước tỉnh' },
  ]);
});

test('a numbered unit inside a title, and a foreign name after "TP Hồ Chí Minh" written without a dot', () => {
  expect(
    officialsOf(
      'Chủ tịch UBND Quận 1 Lê Đức Thanh tiếp Tổng Lãnh sự Hàn Quốc tại TP Hồ Chí Minh Shin Choong Il.',
      'Ông Hồ Văn Lợi, Phó Tư lệnh Quân khu 7 cùng dự buổi tiếp.',
    ),
  ).toEqual([
    { name: 'Shin Choong Il', title: 'Tổng Lãnh sự Hàn Quốc tại TP Hồ Chí Minh' },
    { name: 'Lê Đức Thanh', title: 'Chủ tịch UBND Quận 1' },
    { name: 'Hồ Văn Lợi', title: 'Phó Tư lệnh Quân khu 7' },
  ]);
});

test('a plural title opening a list with a colon; "GS.TSKH" before a foreign name', () => {
  expect(
    officialsOf(
      'Các Phó Chủ tịch UBND tỉnh: Đặng Văn Hòa, Lưu Thị Lan dự lễ khánh thành.',
      'Tham dự có GS.TSKH Paul Durand, Giám đốc Viện Nghiên cứu Phát triển.',
      'Chủ tịch Hội đồng Khoa học, GS.TSKH. Đào Trọng Thi phát biểu.',
    ),
  ).toEqual([
    { name: 'Đặng Văn Hòa', title: 'Phó Chủ tịch UBND tỉnh' },
    { name: 'Lưu Thị Lan', title: 'Phó Chủ tịch UBND tỉnh' },
    { name: 'Paul Durand', title: 'Giám đốc Viện Nghiên cứu Phát triển' },
    { name: 'Đào Trọng Thi', title: 'Chủ tịch Hội đồng Khoa học' },
  ]);
});

test('a title right after a name without a comma; a company’s legal form before its name', () => {
  expect(
    officialsOf(
      'Ông Đoàn Văn Bình Giám đốc Sở Công Thương cho biết, ông Trần Quốc Vương phát biểu sau đó.',
      'Tổng Giám đốc Công ty TNHH LG Display Việt Nam Kim Sung Ho giới thiệu dự án.',
    ),
  ).toEqual([
    { name: 'Đoàn Văn Bình', title: 'Giám đốc Sở Công Thương' },
    { name: 'Kim Sung Ho', title: 'Tổng Giám đốc Công ty TNHH LG Display Việt Nam' },
  ]);
});

test('an honorific glued to a Vietnamese name by a lost space; "Cổng thông tin" is an office’s name', () => {
  expect(
    officialsOf('Tiếp đoàn có ôngPhan Văn Mãi, Phó Chủ tịch UBND tỉnh và BàĐinh Thị Hoa, Trưởng Ban Biên tập Cổng thông tin điện tử tỉnh.'),
  ).toEqual([
    { name: 'Phan Văn Mãi', title: 'Phó Chủ tịch UBND tỉnh' },
    { name: 'Đinh Thị Hoa', title: 'Trưởng Ban Biên tập Cổng thông tin điện tử tỉnh' },
  ]);
});

test('a company or hospital named like a person or a place, then the person heading it', () => {
  expect(
    officialsOf(
      'Chủ tịch Tập đoàn Hoàng Anh Gia Lai Đoàn Văn Lực và Giám đốc Bệnh viện Bạch Mai Tạ Quang Huy dự lễ.',
      'Ông Lương Văn Tâm, Tổng Giám đốc Công ty Mai Linh cho biết.',
    ),
  ).toEqual([
    { name: 'Đoàn Văn Lực', title: 'Chủ tịch Tập đoàn Hoàng Anh Gia Lai' },
    { name: 'Tạ Quang Huy', title: 'Giám đốc Bệnh viện Bạch Mai' },
    { name: 'Lương Văn Tâm', title: 'Tổng Giám đốc Công ty Mai Linh' },
  ]);
});

test('a Lao name holding several hyphens', () => {
  expect(officialsOf('Đoàn do đồng chí Khăm-phăn Phôm-ma-thắt, Bí thư, Tỉnh trưởng tỉnh Chăm-pa-sắc làm trưởng đoàn.')).toEqual([
    { name: 'Khăm-phăn Phôm-ma-thắt', title: 'Bí thư, Tỉnh trưởng tỉnh Chăm-pa-sắc' },
  ]);
});

test('a title read on past a comma ends before the next person named with their title', () => {
  expect(
    officialsOf(
      'Dự lễ có Đại sứ Hàn Quốc tại Việt Nam Choi Young-sam, Tỉnh trưởng tỉnh Gyeonggi Kim Dong-yeon; Giám đốc Sở Ngoại vụ Trần Văn Bình.',
      'Tiếp đoàn có Tổng Lãnh sự Pháp tại TP Hồ Chí Minh Emmanuelle Pavillon-Grosser, Chủ tịch Phòng Thương mại Pháp Jacques Dubois và các hội viên.',
    ),
  ).toEqual([
    { name: 'Choi Young-sam', title: 'Đại sứ Hàn Quốc tại Việt Nam' },
    { name: 'Kim Dong-yeon', title: 'Tỉnh trưởng tỉnh Gyeonggi' },
    { name: 'Trần Văn Bình', title: 'Giám đốc Sở Ngoại vụ' },
    { name: 'Jacques Dubois', title: 'Chủ tịch Phòng Thương mại Pháp' },
    { name: 'Emmanuelle Pavillon-Grosser', title: 'Tổng Lãnh sự Pháp tại TP Hồ Chí Minh' },
  ]);
});

test('a company named in capitalised words before a hyphenated given name; a list cut short by an ellipsis', () => {
  expect(
    officialsOf(
      'Phó Chủ tịch Samsung Biologics Kim Tae-han và Chủ tịch LG Display Jung Ho-young cùng thăm nhà máy.',
      'Đến dự có nhiều doanh nhân như Tổng Giám đốc Hanwha Aerospace Son Jae-il, Chủ tịch Tập đoàn CJ Lee Jae-hyun…',
    ),
  ).toEqual([
    { name: 'Kim Tae-han', title: 'Phó Chủ tịch Samsung Biologics' },
    { name: 'Jung Ho-young', title: 'Chủ tịch LG Display' },
    { name: 'Son Jae-il', title: 'Tổng Giám đốc Hanwha Aerospace' },
    { name: 'Lee Jae-hyun', title: 'Chủ tịch Tập đoàn CJ' },
  ]);
});

test('"tự do" inside an office’s name', () => {
  expect(
    officialsOf('Tiếp đoàn có Tổng Thư ký Đảng Dân chủ Tự do Nhật Bản Moteki Toshimitsu và Giám đốc Khu thương mại tự do Tanaka Hiroshi.'),
  ).toEqual([
    { name: 'Moteki Toshimitsu', title: 'Tổng Thư ký Đảng Dân chủ Tự do Nhật Bản' },
    { name: 'Tanaka Hiroshi', title: 'Giám đốc Khu thương mại tự do' },
  ]);
});

test('"phân phối" and "đương nhiệm" inside a title, "phân tích" after it', () => {
  expect(
    officialsOf(
      'Đoàn do ông Trần Văn Hải – Giám đốc Công ty phân phối dược phẩm miền Bắc làm trưởng đoàn.',
      'Chủ tịch đương nhiệm của Hiệp hội, bà Lê Thị Mai, cho biết. Thứ trưởng Bộ Công Thương Phan Văn Hòa phân tích tình hình.',
    ),
  ).toEqual([
    { name: 'Trần Văn Hải', title: 'Giám đốc Công ty phân phối dược phẩm miền Bắc' },
    { name: 'Lê Thị Mai', title: 'Chủ tịch đương nhiệm của Hiệp hội' },
    { name: 'Phan Văn Hòa', title: 'Thứ trưởng Bộ Công Thương' },
  ]);
});

test('a continent written like a name ("Châu Âu") ends a title, not opens a person', () => {
  expect(
    officialsOf(
      'Chủ tịch Hội Doanh nhân Việt Nam tại Châu Âu, bà Đỗ Thị Hạnh, gửi lời chúc mừng.',
      'Giám đốc Quỹ Phát triển Châu Á Nguyễn Văn Tuấn và ông Châu Văn Minh, Chủ tịch Viện Hàn lâm, cùng dự.',
    ),
  ).toEqual([
    { name: 'Đỗ Thị Hạnh', title: 'Chủ tịch Hội Doanh nhân Việt Nam tại Châu Âu' },
    { name: 'Nguyễn Văn Tuấn', title: 'Giám đốc Quỹ Phát triển Châu Á' },
    { name: 'Châu Văn Minh', title: 'Chủ tịch Viện Hàn lâm' },
  ]);
});

test('a head after a body’s word is the body’s name, no title of the person named next', () => {
  expect(
    officialsOf(
      'Thay mặt đoàn công tác của Văn phòng Tổng thống Philippines, ông Nguyễn Văn Hùng cảm ơn tỉnh.',
      'Đại diện Hội đồng Bộ trưởng ASEAN, bà Trần Thị Thu phát biểu. Chánh Văn phòng Bộ Ngoại giao Lê Văn Nam dự.',
    ),
  ).toEqual([{ name: 'Lê Văn Nam', title: 'Chánh Văn phòng Bộ Ngoại giao' }]);
});

test('a state in brackets and the verb "to be" between a name and its title; a lowercase list of fields in an office', () => {
  expect(
    officialsOf(
      'Đoàn có thượng nghị sĩ John Carter (bang Texas), Chủ tịch Ủy ban đối ngoại, an ninh và quốc phòng của thượng viện; hạ nghị sĩ Mary Jones (Ohio) là phó chủ tịch Ủy ban Ngân sách của hạ viện.',
      'Ông Nguyễn Văn An hiện là Giám đốc Sở Ngoại vụ tỉnh Nghệ An.',
    ),
  ).toEqual([
    { name: 'John Carter', title: 'thượng nghị sĩ, Chủ tịch Ủy ban đối ngoại, an ninh và quốc phòng của thượng viện' },
    { name: 'Mary Jones', title: 'hạ nghị sĩ, phó chủ tịch Ủy ban Ngân sách của hạ viện' },
    { name: 'Nguyễn Văn An', title: 'Giám đốc Sở Ngoại vụ tỉnh Nghệ An' },
  ]);
});

test('a past role before the present one ("từng là …, hiện là …") is not the title', () => {
  expect(
    officialsOf(
      'Tiếp đoàn có bà Helen Clark (Auckland), từng là thủ tướng trong nhiều năm, hiện là chủ tịch Ủy ban quy tắc của quốc hội.',
      'Ông Phạm Văn Bình, đã từng giữ chức vụ ở nhiều địa phương, hiện là Phó Chủ tịch UBND tỉnh.',
    ),
  ).toEqual([
    { name: 'Helen Clark', title: 'chủ tịch Ủy ban quy tắc của quốc hội' },
    { name: 'Phạm Văn Bình', title: 'Phó Chủ tịch UBND tỉnh' },
  ]);
});

test('roles before an office in a list of titles; "Đ" written as the letter eth', () => {
  expect(
    officialsOf(
      'Đón đoàn có Tham tán Thương mại Lê Văn Hưng, Đại diện Văn phòng Thương mại, Phụ trách xúc tiến đầu tư, Bí thư thứ nhất Nguyễn Thị Hoa.',
      'Dự có Đại diện các sở, ngành, Phó Giám đốc Sở Ngoại vụ Trần Văn Tâm. Ðại sứ Việt Nam tại Hungary Phạm Văn Long phát biểu.',
    ),
  ).toEqual([
    { name: 'Lê Văn Hưng', title: 'Tham tán Thương mại' },
    { name: 'Nguyễn Thị Hoa', title: 'Đại diện Văn phòng Thương mại, Phụ trách xúc tiến đầu tư, Bí thư thứ nhất' },
    { name: 'Trần Văn Tâm', title: 'Phó Giám đốc Sở Ngoại vụ' },
    { name: 'Phạm Văn Long', title: 'Ðại sứ Việt Nam tại Hungary' },
  ]);
});

test('a title given in a later sentence to "Ông"/"Bà" is the one of the person named so before', () => {
  expect(
    officialsOf(
      'Chúng tôi gặp bà Trần Thị Mai tại hội chợ. Bà hiện là Giám đốc Công ty phân phối dược phẩm miền Nam.',
      'Nhiều năm qua, ông Hoàng Văn Đức đã gắn bó với cộng đồng. Ông hiện đang giữ chức Chủ tịch Hội người Việt Nam tại Đức. Ông là người đầu tiên mở nhà hàng.',
    ),
  ).toEqual([
    { name: 'Trần Thị Mai', title: 'Giám đốc Công ty phân phối dược phẩm miền Nam' },
    { name: 'Hoàng Văn Đức', title: 'Chủ tịch Hội người Việt Nam tại Đức' },
  ]);
});

test('a dash glued to a foreign name ends it before a photo credit in a caption', () => {
  expect(
    titlesIn(
      'vi',
      'Lãnh đạo tỉnh chụp ảnh với Tổng Lãnh sự Hoa Kỳ Susan Burns- Ảnh: Minh Khôi',
      'Chủ tịch tỉnh tiếp Đại sứ Anh Iain Frew– Ảnh Lê Hoa',
    ),
  ).toEqual([
    { name: 'Susan Burns', title: 'Tổng Lãnh sự Hoa Kỳ' },
    { name: 'Iain Frew', title: 'Đại sứ Anh' },
  ]);
});

test('after "thành phố", a hyphenated given name marks a person, not the city’s name', () => {
  expect(officialsOf('Thị trưởng thành phố Busan Park Heong-joon và Chủ tịch Hội đồng thành phố Ahn Sung-min đón đoàn.')).toEqual([
    { name: 'Park Heong-joon', title: 'Thị trưởng thành phố Busan' },
    { name: 'Ahn Sung-min', title: 'Chủ tịch Hội đồng thành phố' },
  ]);
});

test('a company’s or a body’s name opening with digits stands inside a title', () => {
  expect(
    titlesIn(
      'vi',
      'Tổng Giám đốc Công ty 3M Việt Nam Nguyễn Văn An phát biểu.',
      'Ông Trần Văn Bình, Giám đốc Trung tâm 5G Viettel, cho biết.',
    ),
  ).toEqual([
    { name: 'Nguyễn Văn An', title: 'Tổng Giám đốc Công ty 3M Việt Nam' },
    { name: 'Trần Văn Bình', title: 'Giám đốc Trung tâm 5G Viettel' },
  ]);
});

test('a Lao name of hyphenated syllables right after a title and a place', () => {
  expect(
    titlesIn(
      'vi',
      'Tỉnh trưởng tỉnh Chăm-pa-sắc Viêng-thạ-vi-sổn Thăm-ma-vông và Phó Tỉnh trưởng tỉnh Xê-kông Lếch-lay Sỉ-vi-lay tiếp đoàn.',
      'Phó Chủ tịch nước Lào Bun-thoong Chít-mạny hội kiến Chủ tịch nước.',
    ),
  ).toEqual([
    { name: 'Viêng-thạ-vi-sổn Thăm-ma-vông', title: 'Tỉnh trưởng tỉnh Chăm-pa-sắc' },
    { name: 'Lếch-lay Sỉ-vi-lay', title: 'Phó Tỉnh trưởng tỉnh Xê-kông' },
    { name: 'Bun-thoong Chít-mạny', title: 'Phó Chủ tịch nước Lào' },
  ]);
});

test('after "TP Hồ Chí Minh" written without a dot, the name that follows is a Chinese or Vietnamese one', () => {
  expect(
    titlesIn(
      'vi',
      'Tổng Lãnh sự Trung Quốc tại TP Hồ Chí Minh Ngụy Hoa Tường chúc mừng.',
      'Phó Chủ tịch UBND TP Hồ Chí Minh Dương Anh Đức dự. Chủ tịch UBND TP Hồ Chí Minh tiếp đoàn.',
    ),
  ).toEqual([
    { name: 'Ngụy Hoa Tường', title: 'Tổng Lãnh sự Trung Quốc tại TP Hồ Chí Minh' },
    { name: 'Dương Anh Đức', title: 'Phó Chủ tịch UBND TP Hồ Chí Minh' },
  ]);
});

test('"lâm thời" inside a chargé d’affaires’ title', () => {
  expect(
    titlesIn(
      'vi',
      'Tham dự có Đại biện lâm thời Đại sứ quán Mỹ Susan Brown.',
      'Đại biện lâm thời Đại sứ quán Việt Nam tại Mỹ Nguyễn Văn Bình dự.',
    ),
  ).toEqual([
    { name: 'Susan Brown', title: 'Đại biện lâm thời Đại sứ quán Mỹ' },
    { name: 'Nguyễn Văn Bình', title: 'Đại biện lâm thời Đại sứ quán Việt Nam tại Mỹ' },
  ]);
});

test('an initial inside a foreign name after a title', () => {
  expect(
    titlesIn(
      'vi',
      'Đại sứ Mỹ Marc E. Knapper thăm tỉnh.',
      'Giám đốc Quốc gia WB tại Việt Nam Mariam J. Sherman cho biết.',
      'Trưởng Đại diện USAID tại Việt Nam Aler R. Grubbs phát biểu.',
    ),
  ).toEqual([
    { name: 'Marc E. Knapper', title: 'Đại sứ Mỹ' },
    { name: 'Mariam J. Sherman', title: 'Giám đốc Quốc gia WB tại Việt Nam' },
    { name: 'Aler R. Grubbs', title: 'Trưởng Đại diện USAID tại Việt Nam' },
  ]);
});

test('the body an office belongs to, after a comma, may hold "của" or "ở"; a place after a comma is still no body', () => {
  expect(
    titlesIn(
      'vi',
      'Dự buổi làm việc có ông Trần Văn Bình, Phó Vụ trưởng Vụ Hợp tác, Ủy ban Nhà nước về người Việt Nam ở nước ngoài (Bộ Ngoại giao); bà Lê Thị Hoa, Trưởng phòng Đối ngoại, Phòng Thương mại của Hiệp hội Doanh nghiệp tỉnh.',
      'Ông Phạm Văn Nam, Giám đốc Sở Công Thương, của tỉnh bạn cho biết.',
    ),
  ).toEqual([
    { name: 'Trần Văn Bình', title: 'Phó Vụ trưởng Vụ Hợp tác, Ủy ban Nhà nước về người Việt Nam ở nước ngoài (Bộ Ngoại giao)' },
    { name: 'Lê Thị Hoa', title: 'Trưởng phòng Đối ngoại, Phòng Thương mại của Hiệp hội Doanh nghiệp tỉnh' },
    { name: 'Phạm Văn Nam', title: 'Giám đốc Sở Công Thương' },
  ]);
});

test('where a caption’s person stands, in brackets, is neither name nor title; other words in brackets after a name are left', () => {
  expect(
    titlesIn(
      'vi',
      'Ông Hans Weber (bên trái), Thị trưởng thành phố Bremen tặng quà lưu niệm cho đoàn.',
      'Ông Trần Văn Bình, Giám đốc Sở Ngoại vụ, Phòng Hợp tác của Ủy ban tỉnh (thứ hai từ phải sang) chụp ảnh cùng đoàn.',
      'Ông Lê Văn Hải (người đứng giữa bàn), Giám đốc Sở Tư pháp, chủ trì.',
    ),
  ).toEqual([
    { name: 'Hans Weber', title: 'Thị trưởng thành phố Bremen' },
    { name: 'Trần Văn Bình', title: 'Giám đốc Sở Ngoại vụ, Phòng Hợp tác của Ủy ban tỉnh' },
  ]);
});

test('the dash inside a place’s name does not part a title', () => {
  expect(
    titlesIn(
      'vi',
      'Ông Trần Văn Bình, Chủ tịch Hội Doanh nhân trẻ Bà Rịa - Vũng Tàu, phát biểu.',
      'Ông Lê Văn Hải, Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh, dự.',
    ),
  ).toEqual([
    { name: 'Trần Văn Bình', title: 'Chủ tịch Hội Doanh nhân trẻ Bà Rịa - Vũng Tàu' },
    { name: 'Lê Văn Hải', title: 'Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh' },
  ]);
});

test('the dash between the fields a body is named after does not part a title; a dash before an office or a name does', () => {
  expect(
    titlesIn(
      'vi',
      'Bộ trưởng Bộ Lao động - Thương binh và Xã hội Đào Văn Dũng phát biểu.',
      'Ông Nguyễn Văn Nam, Giám đốc Trung tâm Xúc tiến Thương mại - Đầu tư - Du lịch tỉnh, cho biết.',
      'Bà Trần Thị Lan, Giám đốc Sở Ngoại vụ - Trưởng đoàn công tác, dự.',
      'Phó Chủ tịch UBND tỉnh - Lê Văn Hải chủ trì.',
    ),
  ).toEqual([
    { name: 'Đào Văn Dũng', title: 'Bộ trưởng Bộ Lao động - Thương binh và Xã hội' },
    { name: 'Nguyễn Văn Nam', title: 'Giám đốc Trung tâm Xúc tiến Thương mại - Đầu tư - Du lịch tỉnh' },
    { name: 'Trần Thị Lan', title: 'Giám đốc Sở Ngoại vụ - Trưởng đoàn công tác' },
    { name: 'Lê Văn Hải', title: 'Phó Chủ tịch UBND tỉnh' },
  ]);
});

test('the words after a party committee or a unit name the unit; a name of three words after them is a person', () => {
  expect(
    titlesIn(
      'vi',
      'Bí thư Huyện ủy Lâm Bình Nguyễn Văn Hùng kiểm tra tiến độ.',
      'Đồng chí Triệu Đình Lê, Bí thư Huyện ủy Lâm Bình kiểm tra công trình.',
      'Phó Chủ tịch UBND xã Hà Lang cho biết xã đã hoàn thành.',
      'Bí thư Tỉnh ủy Trần Văn Tâm dự.',
      'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Lê Văn Bình báo cáo.',
    ),
  ).toEqual([
    { name: 'Nguyễn Văn Hùng', title: 'Bí thư Huyện ủy Lâm Bình' },
    { name: 'Triệu Đình Lê', title: 'Bí thư Huyện ủy Lâm Bình' },
    { name: 'Trần Văn Tâm', title: 'Bí thư Tỉnh ủy' },
    { name: 'Lê Văn Bình', title: 'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy' },
  ]);
});

test('a military rank before a name is a title, a degree after it is not', () => {
  expect(
    titlesIn(
      'vi',
      'Tại buổi lễ, Thiếu tướng, PGS.TS Trần Văn Bình nhấn mạnh ý nghĩa của sự kiện.',
      'Đại tá Lê Văn Hải, Chỉ huy trưởng Bộ đội Biên phòng tỉnh, phát biểu.',
      'Ông Phạm Văn Nam kể về những năm tháng trong quân ngũ.',
    ),
  ).toEqual([
    { name: 'Trần Văn Bình', title: 'Thiếu tướng' },
    { name: 'Lê Văn Hải', title: 'Đại tá, Chỉ huy trưởng Bộ đội Biên phòng tỉnh' },
  ]);
});

test('any office has a deputy: "Phó" before an office opens a title, wherever the name stands', () => {
  expect(
    titlesIn(
      'vi',
      'Thượng tá Nguyễn Văn Bình, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, báo cáo tình hình.',
      'Phó Chính ủy Quân khu 7 Trần Văn Nam dự buổi lễ.',
      'Phó Giáo sư Lê Văn Hải trình bày tham luận về quân sử.',
    ),
  ).toEqual([
    { name: 'Nguyễn Văn Bình', title: 'Thượng tá, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh' },
    { name: 'Trần Văn Nam', title: 'Phó Chính ủy Quân khu 7' },
  ]);
});

test('the new fields ministries are named after stay inside the title; the same words as a verb end it', () => {
  expect(
    titlesIn(
      'vi',
      'Bộ trưởng Đổi mới sáng tạo và Công nghiệp vũ trụ Estonia Karl Tamm thăm Hà Nội.',
      'Thứ trưởng Doanh nghiệp vừa và nhỏ và mạo hiểm Hàn Quốc Kim Min-jun dự.',
      'Bộ trưởng Trần Văn Bình sáng tạo ra cách làm mới.',
    ),
  ).toEqual([
    { name: 'Karl Tamm', title: 'Bộ trưởng Đổi mới sáng tạo và Công nghiệp vũ trụ Estonia' },
    { name: 'Kim Min-jun', title: 'Thứ trưởng Doanh nghiệp vừa và nhỏ và mạo hiểm Hàn Quốc' },
    { name: 'Trần Văn Bình', title: 'Bộ trưởng' },
  ]);
});

test('an office whose name lists fields past a comma ends before where the meeting is held', () => {
  expect(
    titlesIn(
      'vi',
      'Đoàn làm việc với ông Hans Weber, Bộ trưởng phụ trách kinh tế số, Bộ Giáo dục, Văn hóa, và Thể thao Cộng hòa Áo (BMKOES) tại trụ sở của Bộ ở Vienna.',
      'Bà Lê Thị Hoa, Vụ trưởng Vụ Hợp tác, Bộ Văn hóa, Thể thao và Du lịch tại Hà Nội cho biết.',
    ),
  ).toEqual([
    { name: 'Hans Weber', title: 'Bộ trưởng phụ trách kinh tế số, Bộ Giáo dục, Văn hóa, và Thể thao Cộng hòa Áo (BMKOES)' },
    { name: 'Lê Thị Hoa', title: 'Vụ trưởng Vụ Hợp tác, Bộ Văn hóa, Thể thao và Du lịch tại Hà Nội' },
  ]);
});

test('a slash between a unit and the body it belongs to stays inside the title; a date after the title does not', () => {
  expect(
    titlesIn(
      'vi',
      'Đoàn do ông Trần Văn Bình, Phó Vụ trưởng Vụ Hợp tác quốc tế/Bộ Tài chính dẫn đầu.',
      'Bà Lê Thị Hoa, Giám đốc Sở Ngoại vụ 20/11 đã tiếp đoàn.',
    ),
  ).toEqual([
    { name: 'Trần Văn Bình', title: 'Phó Vụ trưởng Vụ Hợp tác quốc tế/Bộ Tài chính' },
    { name: 'Lê Thị Hoa', title: 'Giám đốc Sở Ngoại vụ' },
  ]);
});

test('"sĩ" written "sỹ" in a title; "đại diện" after an office is a role of the person, over a group of people it is not', () => {
  expect(
    titlesIn(
      'vi',
      'Đại sứ đã gặp Thượng Nghị sỹ John Carter, Chủ tịch Tiểu ban Thương mại, đại diện của bang Ohio, cùng các nghị sĩ khác thăm tỉnh.',
      'Cùng dự có ông Trần Văn Bình - Phó Chủ tịch UBND tỉnh, đại diện lãnh đạo các sở, ngành.',
    ),
  ).toEqual([
    { name: 'John Carter', title: 'Thượng Nghị sỹ, Chủ tịch Tiểu ban Thương mại, đại diện của bang Ohio' },
    { name: 'Trần Văn Bình', title: 'Phó Chủ tịch UBND tỉnh' },
  ]);
});

test('a meeting named after a title and a comma is not part of it; an association is', () => {
  expect(
    titlesIn(
      'vi',
      'Theo bà Lê Thị Hoa, Trưởng SEOM Việt Nam, Phó Vụ trưởng Vụ Chính sách thương mại đa biên, Hội nghị năm nay có nhiều điểm mới.',
      'Ông Trần Văn Bình, Phó Chủ tịch, Hội Nông dân Huế cho biết.',
    ),
  ).toEqual([
    { name: 'Lê Thị Hoa', title: 'Trưởng SEOM Việt Nam, Phó Vụ trưởng Vụ Chính sách thương mại đa biên' },
    { name: 'Trần Văn Bình', title: 'Phó Chủ tịch, Hội Nông dân Huế' },
  ]);
});

test('a Malaysian honorific between a title and a foreign name is neither; a place’s word inside a foreign name is the name’s', () => {
  expect(
    titlesIn(
      'vi',
      'Chủ tịch Hiệp hội Doanh nghiệp Malaysia (MBA) Tan Sri Dato’ Lim Kok Lai đã ký biên bản ghi nhớ.',
      'Tổng Lãnh sự Park Ji-hoon Gia Lai là điểm đến tiếp theo.',
    ),
  ).toEqual([
    { name: 'Lim Kok Lai', title: 'Chủ tịch Hiệp hội Doanh nghiệp Malaysia (MBA)' },
    { name: 'Park Ji-hoon', title: 'Tổng Lãnh sự' },
  ]);
});

test('a foreigner named by the family name alone after "ông" counts, even named once; a Vietnamese given name alone does not', () => {
  expect(
    titlesIn(
      'vi',
      'Giám đốc JETRO Hà Nội – Ông Takahashi đã chào đón đoàn. Buổi làm việc có Ông Takahashi – Giám đốc JETRO Hà Nội.',
      'Giám đốc Sở Công Thương – ông Minh cho biết, ông Minh sẽ dẫn đoàn sang Nhật Bản.',
      'Tổng Lãnh sự – ông Schneider cũng dự.',
    ),
  ).toEqual([
    { name: 'Takahashi', title: 'Giám đốc JETRO Hà Nội' },
    { name: 'Schneider', title: 'Tổng Lãnh sự' },
  ]);
});

test('"đại sứ quán" after a list is an embassy: the country after it names no one; an ambassador before a name still does', () => {
  expect(
    officialsOf(
      'Buổi gặp có đại diện đại sứ quán các nước: Chile, Hungary, Saudi Arabia, New Zealand và nhiều doanh nghiệp.',
      'Đại sứ Chile tại Việt Nam Pablo Rojas phát biểu tại buổi gặp.',
    ),
  ).toEqual([{ name: 'Pablo Rojas', title: 'Đại sứ Chile tại Việt Nam' }]);
});

test('a head after "Phủ" names a palace, not an earlier title; after "Chính phủ" the titles join', () => {
  expect(
    officialsOf(
      'Sáng 5/3, tại Phủ Chủ tịch, Chủ tịch nước Trần Văn Bình đã tiếp Đại sứ Chile trình Quốc thư.',
      'Dự buổi lễ có Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao Lê Văn Cường.',
    ),
  ).toEqual([
    { name: 'Trần Văn Bình', title: 'Chủ tịch nước' },
    { name: 'Lê Văn Cường', title: 'Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao' },
  ]);
});

test('the year an office is held for closes the title ("Chủ tịch ASEAN năm 2026,"); a year the sentence goes on with does not', () => {
  expect(
    officialsOf(
      'Hội nghị do Thủ tướng Malaysia Ahmad Rizal, Chủ tịch ASEAN năm 2026, chủ trì.',
      'Bà Trần Thị Hoa, Giám đốc Sở Công Thương năm nay đã ký kết ba thỏa thuận.',
    ),
  ).toEqual([
    { name: 'Ahmad Rizal', title: 'Thủ tướng Malaysia, Chủ tịch ASEAN năm 2026' },
    { name: 'Trần Thị Hoa', title: 'Giám đốc Sở Công Thương' },
  ]);
});

test('"đại diện" in lower case over a body named with capitals is the office of the name before it; over a group it is none', () => {
  expect(
    officialsOf(
      'Bà Lê Thị Mai, đại diện Công ty cổ phần Xuất khẩu Nông sản Bình Minh, cho biết đơn hàng tăng mạnh.',
      'Ông Phạm Văn Tài, đại diện các doanh nghiệp trong tỉnh, đề xuất giảm thủ tục.',
    ),
  ).toEqual([{ name: 'Lê Thị Mai', title: 'đại diện Công ty cổ phần Xuất khẩu Nông sản Bình Minh' }]);
});

test('"dưỡng" after "Dinh" is a field an office is named after (nutrition), not the end of the title', () => {
  expect(
    officialsOf(
      'Ông Hoàng Văn Nam, Phó Viện trưởng Viện Dinh dưỡng Quốc gia, khuyến cáo người dân ăn đủ rau.',
      'Giám đốc Sở Y tế Đinh Văn Dưỡng cho biết tỉnh đã tiêm đủ vắc xin.',
    ),
  ).toEqual([
    { name: 'Hoàng Văn Nam', title: 'Phó Viện trưởng Viện Dinh dưỡng Quốc gia' },
    { name: 'Đinh Văn Dưỡng', title: 'Giám đốc Sở Y tế' },
  ]);
});

test('a country written by its English name in Vietnamese text is a place, not the start of a foreign name', () => {
  expect(
    officialsOf(
      'Đại sứ Saudi Arabia Omar Al Rashid cho biết hai nước sẽ mở thêm đường bay.',
      'Đại sứ Ả Rập Xê-út tại Việt Nam Omar Al Rashid dự buổi lễ.',
    ),
  ).toEqual([{ name: 'Omar Al Rashid', title: 'Đại sứ Ả Rập Xê-út tại Việt Nam' }]);
});

test('a foreign name after an honorific may hold a lower-case particle ("ông Jaime de Jesus Gouveia - …"); with no title it names no official', () => {
  expect(
    officialsOf(
      'Tham dự có ông Jaime de Jesus Gouveia - Chủ tịch Công ty Jago, bà Lê Thị Mai - Giám đốc Sở Ngoại vụ.',
      'Ông Smith da Costa cho biết công ty sẽ mở rộng đầu tư.',
    ),
  ).toEqual([
    { name: 'Jaime de Jesus Gouveia', title: 'Chủ tịch Công ty Jago' },
    { name: 'Lê Thị Mai', title: 'Giám đốc Sở Ngoại vụ' },
  ]);
});

test('a foreigner’s family name said again after a title ending in a place gives the person that longer title; with no fuller name before, a lone word after a place names no one', () => {
  expect(
    officialsOf(
      'Trong cuộc gặp, Tổng thống Alexander Petrov đã nhấn mạnh quan hệ hai nước.',
      'Tổng thống Cộng hòa Belarus Petrov khẳng định: “Belarus sẵn sàng hợp tác”.',
      'Đại sứ Hàn Quốc Kim phát biểu tại buổi lễ.',
    ),
  ).toEqual([{ name: 'Alexander Petrov', title: 'Tổng thống Cộng hòa Belarus' }]);
});

test('a place’s suffix joined by a dash after a stray space ("tỉnh Gyeonggi –do") ends the title; a Vietnamese word glued to a dash does not join it', () => {
  expect(
    officialsOf(
      'Ông Kim Min Soo – Tỉnh trưởng tỉnh Gyeonggi –do phát biểu tại buổi lễ.',
      'Bà Lee Soo Jin – Phó Tỉnh trưởng tỉnh Gyeonggi –phát biểu tại buổi lễ.',
    ),
  ).toEqual([
    { name: 'Kim Min Soo', title: 'Tỉnh trưởng tỉnh Gyeonggi –do' },
    { name: 'Lee Soo Jin', title: 'Phó Tỉnh trưởng tỉnh Gyeonggi' },
  ]);
});

test('a role said again at the next items of a list ("…, đại diện A, đại diện các cơ quan B") lists the groups attending, no office of the person before', () => {
  expect(
    officialsOf(
      'Về phía Ấn Độ có ông Ravi Kumar - Giám đốc Sở Du lịch bang Kerala, đại diện Hội đồng Xúc tiến Thương mại, đại diện các cơ quan ngoại giao tại Ấn Độ.',
    ),
  ).toEqual([{ name: 'Ravi Kumar', title: 'Giám đốc Sở Du lịch bang Kerala' }]);
});

test('a head and one given name with nothing of an office after it names a person; said after the full name, or before a body’s word, it names no one new', () => {
  expect(officialsOf('Điện gió là chủ đề cuộc họp giữa lãnh đạo tập đoàn và Thứ trưởng An tuần này.')).toEqual([
    { name: 'An', title: 'Thứ trưởng' },
  ]);
  expect(
    officialsOf(
      'Thứ trưởng Bộ Công Thương Nguyễn Văn Tân tiếp đoàn doanh nghiệp.',
      'Thứ trưởng Tân cho biết, Chủ tịch Hội cũng dự buổi tiếp.',
    ),
  ).toEqual([{ name: 'Nguyễn Văn Tân', title: 'Thứ trưởng Bộ Công Thương' }]);
});

test('a dash inside a foreign region’s name after its unit’s word is the name’s, not a break between titles; a name after the dash is the next person', () => {
  expect(
    officialsOf(
      'Chiều 20/11, ông Phạm Sơn - Phó Chủ tịch UBND tỉnh Lâm Đồng và ông Guillaume Cros - Phó Chủ tịch vùng Occitanie/Pyrenees - Mediterranee đã ký kết ý định thư hợp tác.',
    ),
  ).toContainEqual({ name: 'Guillaume Cros', title: 'Phó Chủ tịch vùng Occitanie/Pyrenees - Mediterranee' });
  expect(
    officialsOf('Ông John Smith - Thống đốc bang Victoria - Daniel Andrews cho biết hai bên sẽ mở rộng hợp tác giáo dục.').map(
      ({ title }) => title,
    ),
  ).not.toContain('Thống đốc bang Victoria - Daniel');
});

test('after an office ending in a place’s name, a country named by its form of state after a comma is where the office is; after an office in lower case it is not', () => {
  expect(officialsOf('Ông Guillaume Cros - Phó Chủ tịch vùng Occitanie, Cộng hòa Pháp ký kết ý định thư hợp tác với tỉnh.')).toContainEqual(
    { name: 'Guillaume Cros', title: 'Phó Chủ tịch vùng Occitanie, Cộng hòa Pháp' },
  );
  expect(officialsOf('Ông Jean Dupont - Đại sứ đặc mệnh toàn quyền, Cộng hòa Pháp ký kết ý định thư hợp tác với tỉnh.')).toContainEqual({
    name: 'Jean Dupont',
    title: 'Đại sứ đặc mệnh toàn quyền',
  });
});

test('the goods an association or a company is named after, written in sentence case ("Cà phê", "may mặc"), stay in the title', () => {
  expect(
    officialsOf('Ông Trịnh Đức Minh – Chủ tịch Hiệp hội Cà phê Buôn Ma Thuột cho biết tỷ lệ tiêu dùng cà phê đặc sản luôn gia tăng.'),
  ).toEqual([{ name: 'Trịnh Đức Minh', title: 'Chủ tịch Hiệp hội Cà phê Buôn Ma Thuột' }]);
  expect(officialsOf('Ông Lê Tiến Trường, tổng giám đốc tổ hợp may mặc Vinatex thì cho rằng thị trường còn nhiều dư địa.')).toEqual([
    { name: 'Lê Tiến Trường', title: 'tổng giám đốc tổ hợp may mặc Vinatex' },
  ]);
});

test('a number between a body’s words and a capitalised word opening no name is the body’s name’s; before a word in lower case it ends the title', () => {
  expect(
    officialsOf('Ông Lê Đức Huy – Tổng Giám đốc Công ty TNHH Xuất nhập khẩu 2/9 Đắk Lắk cho biết khách hàng nước ngoài rất khó tính.'),
  ).toEqual([{ name: 'Lê Đức Huy', title: 'Tổng Giám đốc Công ty TNHH Xuất nhập khẩu 2/9 Đắk Lắk' }]);
  expect(officialsOf('Ông Nguyễn Văn Tâm, Giám đốc Sở Công Thương 2 năm qua đã tổ chức nhiều đoàn xúc tiến thương mại.')).toEqual([
    { name: 'Nguyễn Văn Tâm', title: 'Giám đốc Sở Công Thương' },
  ]);
});

test('titles joined by a comma before a foreign name are all the name’s, as before a Vietnamese one; a title naming someone before is not', () => {
  expect(
    officialsOf(
      'Ngày 19/2, lãnh đạo tỉnh Salavan, Nam Lào do Bí thư, Tỉnh trưởng Phoxay Xayasone dẫn đầu có buổi tiếp đón đoàn lãnh đạo tỉnh Quảng Trị.',
      'Dự buổi tiếp có Đại sứ Nhật Bản Yamada Takio, Thống đốc tỉnh Yamaguchi Muraoka Tsugumasa.',
    ),
  ).toEqual([
    { name: 'Phoxay Xayasone', title: 'Bí thư, Tỉnh trưởng' },
    { name: 'Yamada Takio', title: 'Đại sứ Nhật Bản' },
    { name: 'Muraoka Tsugumasa', title: 'Thống đốc tỉnh Yamaguchi' },
  ]);
});

test('a means of transport a body runs ("Đường sắt", "Đường thủy") stays in its name; "đường" before another word ends the title', () => {
  expect(
    officialsOf(
      'Ông Vũ Anh Minh, Chủ tịch Hội đồng thành viên Tổng công ty Đường sắt Việt Nam (VNR) cho hay vận tải hàng hóa liên vận tăng mạnh.',
    ),
  ).toEqual([{ name: 'Vũ Anh Minh', title: 'Chủ tịch Hội đồng thành viên Tổng công ty Đường sắt Việt Nam (VNR)' }]);
  expect(officialsOf('Theo ông Trần Văn Nam, Chủ tịch UBND xã Tam Thanh đường bê tông đã về tận từng thôn.')).toEqual([
    { name: 'Trần Văn Nam', title: 'Chủ tịch UBND xã Tam Thanh' },
  ]);
});

test('a good of one syllable a company is named after, in lower case after its field ("Đầu tư dừa"), stays in the title', () => {
  expect(
    officialsOf(
      'Tham gia tại sự kiện, Chủ tịch Hiệp hội Doanh nghiệp tỉnh Bến Tre Trần Văn Đức - Chủ tịch Công ty cổ phần Đầu tư dừa Bến Tre (Beinco) đã trình bày tham luận.',
    ),
  ).toEqual([
    { name: 'Trần Văn Đức', title: 'Chủ tịch Hiệp hội Doanh nghiệp tỉnh Bến Tre, Chủ tịch Công ty cổ phần Đầu tư dừa Bến Tre (Beinco)' },
  ]);
  expect(officialsOf('Ông Lê Văn Hai, Giám đốc Sở Nông nghiệp tỉnh Bến Tre đã đi thăm các vườn dừa.')).toEqual([
    { name: 'Lê Văn Hai', title: 'Giám đốc Sở Nông nghiệp tỉnh Bến Tre' },
  ]);
});

test('a Burmese honorific ("U", "Daw") between a title and a foreign name is neither; before a Vietnamese family name it is the name’s', () => {
  expect(
    officialsOf('Tổng Bí thư cùng Phó Tổng thống Myanmar U Myint Swe tới thăm và chứng kiến nhiều hoạt động của công ty này.'),
  ).toEqual([{ name: 'Myint Swe', title: 'Phó Tổng thống Myanmar' }]);
  expect(
    findOfficials(['Deputy Minister of Industry and Trade Daw Tan Hai said the fair drew many buyers.'], registries.places, 'en').map(
      ({ name, title }) => ({ name, title }),
    ),
  ).toEqual([{ name: 'Daw Tan Hai', title: 'Deputy Minister of Industry and Trade' }]);
});

test('a royal named by a given name alone after the title and the country is of record; another office with one word after it is not', () => {
  expect(
    officialsOf(
      'Thủ tướng đánh giá cao kết quả chuyến thăm Việt Nam của Thái tử kế vị Đan Mạch Frederik với nhiều thỏa thuận hợp tác được ký kết.',
    ),
  ).toEqual([{ name: 'Frederik', title: 'Thái tử kế vị Đan Mạch' }]);
  expect(officialsOf('Quốc vương Campuchia Norodom Sihamoni tiếp đoàn; Đại sứ Đan Mạch Kristiansen cũng có mặt tại buổi tiếp.')).toEqual([
    { name: 'Norodom Sihamoni', title: 'Quốc vương Campuchia' },
  ]);
});

test('an initial’s dot before a capitalised word inside a company’s name ends no clause; a sentence’s end after a capital does', () => {
  expect(titlesBefore('Theo công ty, tổng mức đầu tư vào khoảng 677 triệu USD. Chủ tịch và CEO của B. Grimms, bà ')).toEqual([
    'Chủ tịch và CEO của B. Grimms',
  ]);
  expect(titlesBefore('Dự án thuộc nhóm A. Bộ trưởng Bộ Xây dựng ')).toEqual(['Bộ trưởng Bộ Xây dựng']);
  expect(titlesBefore('Chủ tịch của công ty này là ông A. nhưng ')).toEqual([]);
});

test('a comma after a foreigner named with an honorific that opens no title leaves the title before it; one that opens a title gives it', () => {
  expect(
    officialsOf('Chủ tịch và CEO của B. Grimms, bà Preeyanart Soontornwata, đang đặt cược vào nhu cầu năng lượng của Việt Nam.'),
  ).toEqual([{ name: 'Preeyanart Soontornwata', title: 'Chủ tịch và CEO của B. Grimms' }]);
  expect(
    officialsOf('Phát biểu tại buổi tiếp, ông Park Noh-wan, Đại sứ Hàn Quốc tại Việt Nam, cho rằng hai nước còn nhiều dư địa.'),
  ).toEqual([{ name: 'Park Noh-wan', title: 'Đại sứ Hàn Quốc tại Việt Nam' }]);
});
