/** Publication dates: the forms pages write them in, and day/month leads whose year must be inferred. */
import { describe, expect, test } from 'vitest';
import { extractDate } from '../../src/importer/dates.ts';
import { contextYears } from '../../src/importer/lead-dates.ts';
import { DATE_LINE, P2, P3, TITLE, TODAY, extractOk, page } from './helpers.ts';

const HEADER_FORMS: [string, string][] = [
  ['18/12/2021 - 19:07', '2021-12-18'],
  ['Cập nhật: 21:27, 20/12/2024 (GMT+7)', '2024-12-20'],
  ['Thứ Năm, 25/08/2022', '2022-08-25'],
  ['November 29, 2022', '2022-11-29'],
  // a template's field names and a view counter beside the date
  ['cms-publish-date 07/11/2018 | 09:38  | cms-view-count: 14389', '2018-11-07'],
  ['Ngày cập nhật 25/06/2013', '2013-06-25'],
  // a Vietnamese template's date on an English page, and a label with the time after a dash
  ['21 tháng 05. 2025', '2025-05-21'],
  ['Date 15/05/2020-19:36:00 PM', '2020-05-15'],
  // "on" and "at" inside a weekday are no labels to take out
  ['Saturday, March 4, 2023 at 10:00', '2023-03-04'],
  // no space after the comma
  ['Tuesday, March 20,2018', '2018-03-20'],
  // months in words, as Vietnamese blog templates print them
  ['12 Tháng Ba, 2024', '2024-03-12'],
  ['Tháng Mười Hai 5, 2023', '2023-12-05'],
  // a year cut to two digits after an apostrophe
  ["04 Apr '23", '2023-04-04'],
];

const LEAD_NO_DATE =
  'Tại Hà Nội, Bộ Ngoại giao phối hợp với Bộ Công Thương tổ chức hội nghị kết nối doanh nghiệp với các cơ quan đại diện Việt Nam ở nước ngoài nhằm thúc đẩy xuất khẩu nông sản sang các thị trường mới.';

test('"12 tháng năm 2023" is the twelve months of a year, not 12 May', () => {
  const lead =
    'Trong 12 tháng năm 2023, kim ngạch xuất khẩu của tỉnh sang thị trường Nhật Bản đạt hơn 500 triệu USD, tăng 12% so với cùng kỳ.';
  const date = extractDate({ headerLines: [], lead, body: lead, today: TODAY });
  expect(date.date).not.toBe('2023-05-12');
});

describe('date lines under the headline', () => {
  test.each(HEADER_FORMS)('extractDate reads "%s" as %s', (line, iso) => {
    const date = extractDate({ headerLines: [line], lead: LEAD_NO_DATE, body: LEAD_NO_DATE, today: TODAY });
    expect(date).toMatchObject({ date: iso, precision: 'day', inferred: false });
  });

  test.each(HEADER_FORMS)('a page dated "%s" is dated %s and the date line is not body text', (line, iso) => {
    const article = extractOk(page(TITLE, '', line, '', LEAD_NO_DATE, '', P2, '', P3));
    expect({ date: article.date, precision: article.datePrecision, inferred: article.dateInferred }).toEqual({
      date: iso,
      precision: 'day',
      inferred: false,
    });
    expect(article.paragraphs).toEqual([LEAD_NO_DATE, P2, P3]);
    expect(article.needsReview).not.toContain('date');
  });
});

test('the site header’s day above the headline is not the date row under it, written "March 20,2018" or not', () => {
  const lead =
    'Deputy Minister of Foreign Affairs Le Van Minh told reporters that the Prime Minister’s visits to New Zealand and Australia had opened a new chapter in relations with both countries.';
  const article = extractOk(
    page(
      'Friday, April 19,2024 - 13:28 GMT+7',
      '',
      'New chapter in relations with two partners',
      '',
      'Tuesday, March 20,2018',
      '',
      lead,
      '',
      P2,
      '',
      P3,
    ),
  );
  expect({ date: article.date, kind: article.dateKind }).toEqual({ date: '2018-03-20', kind: 'published' });
});

describe('what a date line says the date is', () => {
  test.each([
    ['Cập nhật: 21:27, 20/12/2024 (GMT+7)', 'updated'],
    ['Ngày cập nhật 25/06/2013', 'updated'],
    ['Thời gian cập nhật: 09:37 09/12/2019', 'updated'],
    ['cms-publish-date 07/11/2018 | 09:38  | cms-view-count: 14389', 'published'],
    ['Ngày đăng: 29/12/2023', 'published'],
  ])('"%s" gives the %s date', (line, kind) => {
    expect(extractDate({ headerLines: [line], lead: LEAD_NO_DATE, body: LEAD_NO_DATE, today: TODAY }).kind).toBe(kind);
  });
});

describe('a day and month in the lead', () => {
  const yearParagraph =
    'Trong năm 2023, kim ngạch xuất khẩu nông sản của cả nước sang các thị trường mới tăng mạnh nhờ sự hỗ trợ tích cực của các cơ quan đại diện Việt Nam ở nước ngoài.';

  test('"sáng nay (22/3)" with a year in the body → 22 March of that year, inferred', () => {
    const lead =
      'Sáng nay (22/3), tại Hà Nội, Bộ Ngoại giao tổ chức hội nghị kết nối doanh nghiệp với các cơ quan đại diện Việt Nam ở nước ngoài nhằm thúc đẩy xuất khẩu nông sản.';
    const article = extractOk(page(TITLE, '', lead, '', yearParagraph, '', P2, '', P3));
    expect({ date: article.date, precision: article.datePrecision, inferred: article.dateInferred }).toEqual({
      date: '2023-03-22',
      precision: 'day',
      inferred: true,
    });
  });

  test('"chiều 3-7" is 3 July, not 7 March', () => {
    const lead =
      'Chiều 3-7, tại TP Hồ Chí Minh, Bộ Ngoại giao phối hợp với UBND thành phố tổ chức hội nghị xúc tiến đầu tư với sự tham gia của hơn 200 doanh nghiệp trong và ngoài nước.';
    const article = extractOk(page(TITLE, '', lead, '', yearParagraph, '', P2, '', P3));
    expect(article.date).toBe('2023-07-03');
    expect(article.datePrecision).toBe('day');
    expect(article.dateInferred).toBe(true);
  });

  test('extractDate: "chiều 3-7" with the year 2024 in the lead → 2024-07-03', () => {
    const lead = 'Chiều 3-7, tại TP Hồ Chí Minh, hội nghị tổng kết công tác ngoại giao kinh tế 6 tháng đầu năm 2024 đã diễn ra.';
    expect(extractDate({ headerLines: [], lead, body: lead, today: TODAY })).toMatchObject({
      date: '2024-07-03',
      precision: 'day',
      inferred: true,
    });
  });

  test.each([
    ['Trong hai ngày 18 và 19/7/2024, hội nghị tham tán thương mại khu vực châu Âu đã diễn ra tại Italia.'],
    ['Ngày 18-19/7/2024, hội nghị tham tán thương mại khu vực châu Âu đã diễn ra tại Italia.'],
    ['On 18 to 22 July 2024, the trade counsellors of the European region met in Rome.'],
    ['The conference of trade counsellors took place in Rome on July 18-20, 2024.'],
    ['Between 18th and 19th July, 2024, trade counsellors of the region met in Rome.'],
  ])('an event over several days starts on the first: "%s" → 2024-07-18', (lead) => {
    expect(extractDate({ headerLines: [], lead, body: lead, today: TODAY })).toMatchObject({ date: '2024-07-18', kind: 'event' });
  });

  test.each([['10:30 - 19/07/2024'], ['10h30 - 19/07/2024'], ['Thứ Sáu, 30 - 19/07/2024']])('"%s" is dated 2024-07-19', (line) => {
    expect(extractDate({ headerLines: [line], lead: LEAD_NO_DATE, body: LEAD_NO_DATE, today: TODAY }).date).toBe('2024-07-19');
  });

  test('an English lead without a day, the next paragraph saying "on August 19", a year in the text → 19 August, inferred', () => {
    const lead = 'Prime Minister Pham Minh Chinh highlighted the need to diversify export markets beyond the traditional ones of Vietnam.';
    const next = 'The Government leader made that statement while chairing a teleconference with trade offices abroad on August 19.';
    const body = [lead, next, 'In the upcoming months of 2022, Viet Nam is set to face a number of challenges.'].join('\n\n');
    expect(extractDate({ headerLines: [], lead, body, today: TODAY })).toMatchObject({ date: '2022-08-19', inferred: true, kind: 'event' });
  });

  test('a day in the next paragraph does not count when the lead gives its own date', () => {
    const lead = 'On April 15, 2010, the Party’s Central Committee enacted a directive to strengthen economic diplomacy nationwide.';
    const body = [lead, 'The directive was recalled at a conference held on August 19.'].join('\n\n');
    expect(extractDate({ headerLines: [], lead, body, today: TODAY }).date).toBe('2010-04-15');
  });

  test('an event named with its year and no day anywhere → that year, inferred; a year of figures is none', () => {
    const lead = 'Ông Võ Văn Minh cho biết, Diễn đàn Horasis Trung Quốc 2024 là cơ hội để xúc tiến hợp tác đầu tư trên địa bàn tỉnh.';
    expect(extractDate({ headerLines: [], lead, body: lead, today: TODAY })).toMatchObject({
      date: '2024',
      precision: 'year',
      inferred: true,
      kind: 'event',
    });
    const figures = 'Two-way trade between Vietnam and the EU grew 16.2 per cent year-on-year in the first five months of 2017.';
    expect(extractDate({ headerLines: [], lead: figures, body: figures, today: TODAY }).date).toBeNull();
  });

  test('a stay over several days in the lead ("from 12 to 15 May 2022") gives its month, the day of what is reported unknown', () => {
    const written = 'The President is on a State Visit to Japan from 12 to 15 May 2022. This morning, he met the Japanese Prime Minister.';
    expect(extractDate({ headerLines: [], lead: written, body: written, today: TODAY })).toMatchObject({
      date: '2022-05',
      precision: 'month',
      inferred: false,
      kind: 'event',
    });
    // without its year, the year of the event the lead names; a year a past figure gives is none
    const named = 'The Prime Minister attended the Summer Davos 2023 in Tianjin from June 25-28, his office said.';
    expect(extractDate({ headerLines: [], lead: named, body: named, today: TODAY })).toMatchObject({
      date: '2023-06',
      precision: 'month',
      inferred: true,
    });
    const figure = 'The minister paid a working trip to Kenya from March 3-5. Two-way trade reached 200 million USD in 2021.';
    expect(extractDate({ headerLines: [], lead: figure, body: figure, today: TODAY }).date).toBeNull();
    // a day the lead gives before the stay is the event's
    const day = 'On 10 May 2022, the minister announced the President would visit Japan from 12 to 15 May.';
    expect(extractDate({ headerLines: [], lead: day, body: day, today: TODAY })).toMatchObject({ date: '2022-05-10', precision: 'day' });
  });

  test('a sentence opening on its year ("In 2016, …") names no event; a capitalised name closing on one does', () => {
    const figures = 'In 2016, Vietnam ranked second in the world in pepper exports, selling 177,000 tonnes abroad.';
    expect(extractDate({ headerLines: [], lead: figures, body: figures, today: TODAY }).date).toBeNull();
    const named = 'Exporters met buyers at Vietnam Coffee Expo 2016, the largest fair of its kind in the region.';
    expect(extractDate({ headerLines: [], lead: named, body: named, today: TODAY })).toMatchObject({ date: '2016', precision: 'year' });
  });

  test('a month and its year ("since March 2019") names no event; an event said to come ("could be held") gives no year', () => {
    const since = 'Speaking at the forum, the Deputy Minister said that since March 2019, exports to the region have doubled.';
    expect(extractDate({ headerLines: [], lead: since, body: since, today: TODAY }).date).toBeNull();
    const ahead = 'The organisers said the Vietnam Coffee Expo 2021 could be held in the autumn if travel resumes.';
    expect(extractDate({ headerLines: [], lead: ahead, body: ahead, today: TODAY }).date).toBeNull();
    // the same event reported, in a sentence after one saying what is to come
    const held = `The minister said more fairs will follow. The Vietnam Coffee Expo 2021 opened in Hanoi with 200 exhibitors.`;
    expect(extractDate({ headerLines: [], lead: held, body: held, today: TODAY })).toMatchObject({ date: '2021', precision: 'year' });
  });

  test('an earlier meeting’s year ("since their last visit in March 2022") gives no year to the lead’s "On August 5"', () => {
    const lead = 'On August 5, the Deputy Prime Minister received a delegation of the Korea Trade Association in Hanoi.';
    const earlier = `${lead}\n\nBoth sides welcomed the progress made since their last visit in March 2022.`;
    expect(extractDate({ headerLines: [], lead, body: earlier, today: TODAY }).date).toBeNull();
    const same = `${lead}\n\nBoth sides welcomed the progress made since the trade fair held in March 2022.`;
    expect(extractDate({ headerLines: [], lead, body: same, today: TODAY }).date).toBe('2022-08-05');
  });

  test('"cuối tháng 5/2020" in the body gives the year of a lead\'s "Chiều 24/6"', () => {
    const lead = 'Chiều 24/6, lãnh đạo thành phố tiếp Đại sứ Trung Quốc tại Việt Nam đến chào xã giao.';
    const body = `${lead}\n\nNhờ đó, cuối tháng 5/2020, kinh tế thành phố đã phục hồi và khởi sắc.`;
    expect(extractDate({ headerLines: [], lead, body, today: TODAY })).toMatchObject({ date: '2020-06-24', inferred: true });
  });

  test('a day and month with no year anywhere → no date, flagged for review', () => {
    const lead =
      'Chiều tối 21/1, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị trực tuyến triển khai công tác ngoại giao kinh tế phục vụ phục hồi, phát triển kinh tế - xã hội.';
    const article = extractOk(page(TITLE, '', lead, '', P2, '', P3));
    expect({ date: article.date, precision: article.datePrecision, inferred: article.dateInferred }).toEqual({
      date: null,
      precision: null,
      inferred: false,
    });
    expect(article.needsReview).toContain('date');
  });

  test('a target year ("đến năm 2030") is not taken as the article’s year', () => {
    const lead = 'Sáng 5/9, Bộ Ngoại giao công bố kế hoạch đưa kim ngạch thương mại song phương lên 20 tỷ USD đến năm 2030.';
    const date = extractDate({ headerLines: [], lead, body: lead, today: TODAY });
    expect(date.date).toBeNull();
  });

  test('the year of a past figure ("lên 60 tỷ USD năm 2018") is not taken as the article’s year', () => {
    const lead = 'Chiều 28/10, Trưởng Ban tiếp đoàn doanh nghiệp.';
    const body = 'Thương mại hai chiều đã tăng từ 450 triệu USD vào năm 1995 lên 60 tỷ USD năm 2018.';
    const date = extractDate({ headerLines: [], lead, body, today: TODAY });
    expect(date.date).toBeNull();
  });

  test('a year opening a sentence of figures ("Năm 2023, tỉnh thu hút 21 dự án …") is not taken as the article’s year', () => {
    const lead = 'Chiều 12/4, Chủ tịch UBND tỉnh tiếp Đại sứ Philippines tại Việt Nam đến chào xã giao.';
    const body = `${lead}\n\nNăm 2023, tỉnh cấp mới giấy chứng nhận đầu tư cho 21 dự án, với tổng vốn 5.927 tỷ đồng.`;
    expect(extractDate({ headerLines: [], lead, body, today: TODAY }).date).toBeNull();
  });

  test('a year opening a clause of figures ("…, in 2023, the turnover reached 254 billion yuan") is not the article’s year', () => {
    const lead = 'The governor made the comment at a press conference held in Beijing on June 12.';
    const figures = 'According to data released by the governor, in 2023, the turnover reached nearly 254 billion yuan.';
    expect(extractDate({ headerLines: [], lead, body: `${lead}\n\n${figures}`, today: TODAY }).date).toBeNull();
    // a year opening a clause that reports no figure dates the article
    const news = 'In 2023, the two sides agreed to open a new border gate for farm produce.';
    expect(extractDate({ headerLines: [], lead, body: `${lead}\n\n${news}`, today: TODAY }).date).toBe('2023-06-12');
  });

  test.each([
    ['The two ministers met in Canberra on June 3.', 'The talks build on the Comprehensive Partnership signed in March 2018.'],
    ['The delegation arrived in Seoul on November 12.', 'A cooperation agreement was inked between the two provinces in 2016.'],
    ['Chiều 14/8, lãnh đạo tỉnh tiếp Tổng Lãnh sự Lào.', 'Hai bên rà soát các nội dung hợp tác đã ký kết năm 2019.'],
    ['Sáng 2/3, Hội hữu nghị tổ chức gặp mặt.', 'Hội được thành lập vào tháng 4 năm 2010.'],
    ['The governor spoke in Beijing on June 12.', 'The high-speed railroad has been completed and opened to traffic in 2022.'],
  ])('the year something was signed or founded is history, not the year of the event: "%s" "%s"', (lead, more) => {
    expect(extractDate({ headerLines: [], lead, body: `${lead}\n\n${more}`, today: TODAY }).date).toBeNull();
  });

  test('a year after a meeting held, not a work opened, dates the event', () => {
    const lead = 'The governor spoke in Beijing on June 12.';
    const more = 'The press conference was held in 2023 ahead of the China-ASEAN Expo.';
    expect(extractDate({ headerLines: [], lead, body: `${lead}\n\n${more}`, today: TODAY }).date).toBe('2023-06-12');
  });

  test.each([
    ['Chiều 12/5, đoàn doanh nghiệp tỉnh đã làm việc với Tổng cục Thương mại Hàn Quốc tại Seoul.'],
    ['Sáng 12/5, Sở Công Thương tổ chức buổi làm việc với các doanh nghiệp xuất khẩu sang Hàn Quốc.'],
  ])('a standfirst giving no day over a text opening on it, a caption between: the text’s day, "%s"', (text) => {
    const lead =
      'Hướng tới kỷ niệm 30 năm quan hệ (22/12/1992 – 22/12/2022), tỉnh đẩy mạnh xúc tiến thương mại tại Diễn đàn Doanh nghiệp Việt - Hàn 2022.';
    const caption = 'Quang cảnh buổi làm việc. Ảnh: TL';
    const body = [lead, caption, text].join('\n\n');
    expect(extractDate({ headerLines: [], lead, body, today: TODAY })).toMatchObject({ date: '2022-05-12', inferred: true, kind: 'event' });
    // a text opening on its subject, a day later on, gives none
    const later = 'Đoàn doanh nghiệp đã làm việc với Tổng cục Thương mại Hàn Quốc chiều 12/5.';
    expect(extractDate({ headerLines: [], lead, body: [lead, caption, later].join('\n\n'), today: TODAY }).precision).not.toBe('day');
  });

  test.each([
    ['Hai bên nhắc lại chuyến thăm của đoàn lãnh đạo thành phố vào đầu năm 2023.'],
    ['Kim ngạch thương mại đã vượt 1 tỷ USD vào cuối năm 2021.'],
    ['Văn phòng đại diện được mở vào giữa năm 2019 tại Osaka.'],
  ])('a year "vào đầu/cuối/giữa năm" places another happening, not the event: "%s"', (more) => {
    const lead = 'Sáng 9/11, lãnh đạo tỉnh tiếp đoàn doanh nghiệp Nhật Bản.';
    expect(extractDate({ headerLines: [], lead, body: `${lead}\n\n${more}`, today: TODAY }).date).toBeNull();
  });

  test('a header date on another day than the lead’s wire dateline gives no year to the lead’s day', () => {
    const lead = 'Phnom Penh, Mar 4 (Prensa Latina) The Cuban delegation will continue its tour, which began on March 1 in Hanoi.';
    const date = extractDate({ headerLines: [], preTitleLines: ['Friday, April 11, 2025'], lead, body: lead, today: TODAY });
    expect(date.date).toBeNull();
    const sameDay = extractDate({ headerLines: [], preTitleLines: ['Tuesday, March 4, 2025'], lead, body: lead, today: TODAY });
    expect(sameDay).toMatchObject({ date: '2025-03-01', inferred: true, kind: 'event' });
  });

  test('a bracketed span of dates in the lead (an anniversary) is not the event’s date', () => {
    const lead = 'Chào mừng kỷ niệm 72 năm Ngày thành lập Liên hiệp (17/11/1950 - 17/11/2022), vào ngày 11/11/2022, đoàn đã dự giao lưu.';
    const date = extractDate({ headerLines: [], lead, body: lead, today: TODAY });
    expect(date.date).toBe('2022-11-11');
  });

  test('a document the lead cites with its date is not the event; a month with no day is, its year the document’s', () => {
    const lead =
      'Thực hiện Quyết định số 214/QĐ-UBND ngày 02/3/2023 của UBND tỉnh, trong 2 ngày cuối tháng 3, đoàn công tác của huyện đã sang thăm và làm việc tại nước bạn.';
    expect(extractDate({ headerLines: [], lead, body: lead, today: TODAY })).toMatchObject({
      date: '2023-03',
      precision: 'month',
      inferred: true,
      kind: 'event',
    });
  });

  test('a month to come ("vào tháng 10 tới") is no event month', () => {
    const lead = 'Dự kiến vào tháng 10 tới, đoàn doanh nghiệp của tỉnh sẽ sang Nhật Bản xúc tiến thương mại năm 2025 theo kế hoạch.';
    expect(extractDate({ headerLines: [], lead, body: lead, today: TODAY }).precision).not.toBe('month');
  });

  test.each([['Friday, 14 June 2019'], ['Thứ Sáu, 14/06/2019']])(
    'a weekday and a date right over the headline date the post; higher up, over a menu line, it is the header’s "today": %s',
    (line) => {
      const lead = 'Ministers of the two countries agreed to expand cooperation in agriculture and fisheries.';
      expect(extractDate({ headerLines: [], preTitleLines: [line], lead, body: lead, today: TODAY })).toMatchObject({
        date: '2019-06-14',
        kind: 'published',
      });
      expect(extractDate({ headerLines: [], preTitleLines: ['Trang chủ', line], lead, body: lead, today: TODAY }).date).toBeNull();
    },
  );

  test('a numeric date line is read month-first when the lead’s wire dateline says so', () => {
    const lead = 'TOKYO, March 9. /Kyodo/. Japan and Vietnam agreed on Tuesday to deepen cooperation in energy and infrastructure.';
    expect(extractDate({ headerLines: ['Tue, 03/09/2021 - 10:05'], lead, body: lead, today: TODAY }).date).toBe('2021-03-09');
    const plain = 'Japan and Vietnam agreed on Tuesday to deepen cooperation in energy and infrastructure.';
    expect(extractDate({ headerLines: ['Tue, 03/09/2021 - 10:05'], lead: plain, body: plain, today: TODAY }).date).toBe('2021-09-03');
  });

  test('a plan named for its year in the lead → that year, inferred; a period of figures is none', () => {
    const plan = 'UBND tỉnh vừa ban hành Kế hoạch triển khai công tác ngoại giao kinh tế năm 2025, nhằm thu hút đầu tư chất lượng cao.';
    expect(extractDate({ headerLines: [], lead: plan, body: plan, today: TODAY })).toMatchObject({
      date: '2025',
      precision: 'year',
      inferred: true,
      kind: 'event',
    });
    const figures = 'Trong 7 tháng đầu năm 2025, xuất khẩu nông sản của tỉnh sang các thị trường mới tăng mạnh so với cùng kỳ.';
    expect(extractDate({ headerLines: [], lead: figures, body: figures, today: TODAY }).date).toBeNull();
    const ahead = 'Thứ trưởng cho biết, năm 2025, công tác ngoại giao kinh tế sẽ tập trung thúc đẩy hợp tác với các đối tác chủ chốt.';
    expect(extractDate({ headerLines: [], lead: ahead, body: ahead, today: TODAY }).date).toBeNull();
  });

  test('an event named with its year in the paragraph after a lead that only says who spoke → that year', () => {
    const lead = 'Speaking at the opening, the Deputy Minister pledged support for the exhibitors showcasing their products.';
    const next = 'The chairman of the association said that AGRO-FAIR 2021 is the largest annual trade fair of the sector in the south.';
    expect(extractDate({ headerLines: [], lead, body: `${lead}\n\n${next}`, today: TODAY })).toMatchObject({
      date: '2021',
      precision: 'year',
      inferred: true,
    });
  });

  test.each([
    ['09:15 16/03/2023', 'in brackets'],
    ['03/16/2023', 'month-first, without brackets'],
  ])('a date line "%s" glued to the headline (%s) dates the page and leaves the headline', (glued, _) => {
    const article = extractOk(page(glued.includes(':') ? `${TITLE} (${glued})` : `${TITLE} ${glued}`, '', LEAD_NO_DATE, '', P2, '', P3));
    expect({ title: article.title, date: article.date, kind: article.dateKind }).toEqual({
      title: TITLE,
      date: '2023-03-16',
      kind: 'published',
    });
  });

  test('a date the headline’s own words lead to stays in the headline', () => {
    const headline = 'Tin tức kinh tế đối ngoại nổi bật hôm nay ngày 16/3/2023';
    expect(extractOk(page(headline, '', DATE_LINE, '', LEAD_NO_DATE, '', P2, '', P3)).title).toBe(headline);
  });

  test('a date line is read month-first when only that reading is a date: "09/18/2015"', () => {
    expect(extractDate({ headerLines: ['09/18/2015'], lead: LEAD_NO_DATE, body: LEAD_NO_DATE, today: TODAY }).date).toBe('2015-09-18');
  });

  test('a date later than the import day is never a publication date', () => {
    const date = extractDate({
      headerLines: ['18/12/2021 - 19:07'],
      lead: LEAD_NO_DATE,
      body: LEAD_NO_DATE,
      today: new Date('2021-12-01T00:00:00Z'),
    });
    expect(date.date).toBeNull();
  });
});

describe('an anniversary’s span of years', () => {
  test('"kỷ niệm 40 năm … (1976-2016)" supports its closing year; a term "(2016-2021)" and a span of another length do not', () => {
    expect(contextYears('nhân dịp kỷ niệm 40 năm thiết lập quan hệ ngoại giao hai nước (1976-2016).', 2026)).toEqual([2016]);
    expect(contextYears('the 50th anniversary of diplomatic ties (1973-2023)', 2026)).toEqual([2023]);
    expect(contextYears('trong nhiệm kỳ Đại hội (2016-2021).', 2026)).toEqual([]);
    expect(contextYears('nhân dịp kỷ niệm 40 năm thành lập Hội (1976-2017).', 2026)).toEqual([]);
  });

  test('a part of the day late in a long lead, "… vừa diễn ra tối 13/1 tại TPHCM", is the event’s day', () => {
    const lead =
      'Đó là những số liệu được ông Hà Văn Siêu, Phó Tổng cục trưởng Tổng cục Du lịch phát biểu trong tiệc chiêu đãi đoàn Caravan Hữu nghị ASEAN của Thái Lan vừa diễn ra tối 13/1 tại TPHCM.';
    const body = `${lead}\n\nĐây là hoạt động nhân dịp kỷ niệm 40 năm thiết lập quan hệ ngoại giao hai nước (1976-2016).`;
    expect(extractDate({ headerLines: [], lead, body, today: TODAY })).toMatchObject({ date: '2016-01-13', inferred: true, kind: 'event' });
  });
});

describe('the day with its part in the paragraph after a lead giving none', () => {
  const lead =
    'Bến Tre có lợi thế về vị trí, sự đa dạng về kinh tế nông nghiệp, thuận lợi về giao thông đường thủy và đường bộ; chính sách ưu đãi linh hoạt, thông thoáng.';
  test.each([
    ['Đó là chia sẻ của ông Trần Ngọc Tam tại Tọa đàm “Xúc tiến thương mại, đầu tư” diễn ra sáng ngày 22/2/2023.', '2023-02-22'],
    ['Hôm nay, ngày 17/05/2016, tại Hà Nội, hai Bộ trưởng đã ký kết Bản ghi nhớ về phái cử lao động.', '2016-05-17'],
  ])('"%s" dates the event', (text, iso) => {
    expect(extractDate({ headerLines: [], lead, body: `${lead}\n\n${text}`, today: TODAY })).toMatchObject({
      date: iso,
      inferred: false,
      kind: 'event',
    });
  });

  test('a document’s date there, "Quyết định số 558/QĐ-UBND ngày 04/4/2024", does not', () => {
    const text = 'Thực hiện Quyết định số 558/QĐ-UBND ngày 04/4/2024 của UBND tỉnh, Sở Công Thương tổ chức đoàn xúc tiến.';
    expect(extractDate({ headerLines: [], lead, body: `${lead}\n\n${text}`, today: TODAY }).date).toBeNull();
  });
});

test('a full date in a long lead’s second sentence dates the event; a document’s date there does not', () => {
  const opening =
    'Denmark’s A.P. Moller Holding is looking to expand its investments in Vietnam by constructing large-scale deep-water container ports and enhancing logistics infrastructure.';
  const lead = `${opening} During a meeting in Hanoi on September 23, 2024, with Prime Minister Pham Minh Chinh, its chairman expressed interest.`;
  expect(extractDate({ headerLines: [], lead, body: lead, today: TODAY })).toMatchObject({ date: '2024-09-23', kind: 'event' });
  const cited = `${opening} It carries out Decision No. 12/2020/QD-TTg dated 3/1/2020 on seaports.`;
  expect(extractDate({ headerLines: [], lead: cited, body: cited, today: TODAY }).date).toBeNull();
});

test('a year a clause says is to come, "which will take effect from August 2020", is no year for the event; one past is', () => {
  expect(contextYears('The ministry stated that the EVFTA, which will take effect from August 2020, is a chance.', 2026)).toEqual([]);
  expect(contextYears('Hiệp định sẽ có hiệu lực từ tháng 8/2020.', 2026)).toEqual([]);
  expect(contextYears('The EVFTA, which took effect from August 2020, is a chance.', 2026)).toEqual([2020]);
});

describe('an English day with its part, "In the morning of 30 January"', () => {
  const headline = 'Prime Minister Attended the Bac Lieu Investment Promotion Conference.';
  test('in the paragraph after the lead, the year inferred from the article', () => {
    const text = 'In the morning of 30 January, the province held its investment conference at the Provincial Convention Center.';
    const body = `${headline}\n\n${text}\n\nThe province has held such a conference every year since 2018, and did so again.`;
    expect(extractDate({ headerLines: [], lead: headline, body, today: TODAY })).toMatchObject({ date: '2018-01-30', inferred: true });
  });

  test('"… in 2018." closing the day’s own sentence writes the year; a fair’s name "Hội chợ … năm 2022" does not', () => {
    const text = 'In the morning of 30 January, at Bac Lieu Provincial Convention Center took place investment conference in 2018.';
    const body = `${headline}\n\n${text}`;
    expect(extractDate({ headerLines: [], lead: headline, body, today: TODAY })).toMatchObject({ date: '2018-01-30', inferred: false });
    const lead = 'Chiều 25/10, tại thành phố, Hội chợ Thương mại quốc tế năm 2022 đã khai mạc với hơn 300 gian hàng.';
    expect(extractDate({ headerLines: [], lead, body: lead, today: TODAY })).toMatchObject({ date: '2022-10-25', inferred: true });
  });
});

test('an English lead opening on a month and its year, "In May 2025, …", dates the event to the month; "since August 2020" inside does not', () => {
  const lead = 'In May 2025, Vietnam recorded a substantial trade surplus of USD 4.67 billion in goods, the largest since August 2020.';
  expect(extractDate({ headerLines: [], lead, body: lead, today: TODAY })).toMatchObject({
    date: '2025-05',
    precision: 'month',
    inferred: false,
    kind: 'event',
  });
  const inside = 'Vietnam recorded its largest trade surplus since August 2020, the customs office said.';
  expect(extractDate({ headerLines: [], lead: inside, body: inside, today: TODAY }).date).toBeNull();
});

test('a date glued to the first word of the text, "25 April 2019The ties …", is the page’s date line; one spaced from it is the text’s', () => {
  const text =
    'The ties between the two countries in the area of water were further strengthened during the trade mission from 7 to 12 April with the Prime Minister.';
  const article = extractOk(page(TITLE, '', `25 April 2019${text}`, '', P2, '', P3));
  expect(article).toMatchObject({ date: '2019-04-25', dateKind: 'published' });
  expect(article.paragraphs[0]).toBe(text);
  const spaced = `25 April 2019 marked the start of the trade mission with the Prime Minister and a large number of companies from both countries.`;
  expect(extractOk(page(TITLE, '', spaced, '', P2, '', P3)).paragraphs[0]).toBe(spaced);
});

test('a year a figure reaches, "Kim ngạch … năm 2021 đạt 1,1 tỷ USD", is the figure’s; a year an event is held in is not', () => {
  expect(contextYears('Kim ngạch thương mại hai chiều năm 2021 đạt 1,1 tỷ USD, cán cân thương mại đang dần cân bằng.', 2026)).toEqual([]);
  expect(contextYears('Bilateral trade in 2022 reached 3 billion USD, up 12%.', 2026)).toEqual([]);
  expect(contextYears('Hội nghị xúc tiến đầu tư năm 2021 đã thu hút 300 doanh nghiệp, với tổng vốn 1 tỷ USD.', 2026)).toEqual([2021]);
});

test('a sentence opening on a span from a past year, "Từ năm 2009 đến nay, …", names no event’s year; "Hội nghị … năm 2023" does', () => {
  const lead =
    'Quan hệ giữa hai nước không ngừng được củng cố và phát triển. Từ năm 2009 đến nay, hai nước đã trở thành đối tác hợp tác chiến lược.';
  expect(extractDate({ headerLines: [], lead, body: lead, today: TODAY }).date).toBeNull();
  const named = 'Tỉnh đã tổ chức thành công Hội nghị xúc tiến đầu tư năm 2023 với sự tham gia của nhiều doanh nghiệp Hàn Quốc.';
  expect(extractDate({ headerLines: [], lead: named, body: named, today: TODAY })).toMatchObject({ date: '2023', precision: 'year' });
});

describe('a stay from one day to another in Vietnamese', () => {
  test('"từ ngày 7-9 tháng 11 năm 2022", "(ngày 18 đến 20/04/2025)" under a lead giving no day: the month', () => {
    const lead =
      'Hội chợ là hội chợ lớn nhất khu vực Bắc Mỹ. Hội chợ diễn ra tại Trung tâm hội nghị Toronto từ ngày 7-9 tháng 11 năm 2022 và thu hút nhiều doanh nghiệp.';
    expect(extractDate({ headerLines: [], lead, body: lead, today: TODAY })).toMatchObject({
      date: '2022-11',
      precision: 'month',
      kind: 'event',
    });
    const opening = 'Thực hiện kế hoạch của Thủ tướng Chính phủ, phiên chợ biên giới được tổ chức thường niên nhằm quảng bá sản phẩm.';
    const next = 'Cụ thể, trong ba ngày (ngày 18 đến 20/04/2025), tại Khu Kinh tế Cửa khẩu, Sở Công thương tổ chức phiên chợ biên giới.';
    const body = `${opening}\n\n${next}`;
    expect(extractDate({ headerLines: [], lead: opening, body, today: TODAY })).toMatchObject({ date: '2025-04', precision: 'month' });
  });

  test('two days named, "ngày 11 và 12/11/2022", give the first; a day before the stay, "Sáng 5/11, …", leaves it a day', () => {
    const lead = 'Vào 02 ngày 11 và 12/11/2022, tại TP. Biên Hòa, Hội Liên hiệp Thanh niên tỉnh tổ chức chương trình giao lưu hữu nghị.';
    expect(extractDate({ headerLines: [], lead, body: lead, today: TODAY })).toMatchObject({ date: '2022-11-11', precision: 'day' });
    const before = 'Sáng 5/11, Ban tổ chức họp báo giới thiệu hội chợ diễn ra từ ngày 7-9 tháng 11 năm 2022 tại Trung tâm hội nghị.';
    expect(extractDate({ headerLines: [], lead: before, body: before, today: TODAY }).precision).toBe('day');
  });
});

test('a bare date above the headline a few days after the lead’s day is the page’s; under a lead’s "Sáng nay (6/6)" a header’s today', () => {
  const lead = 'Tối 16/6, Liên đoàn Doanh nhân trẻ Nhật Bản phối hợp tổ chức hội thảo trực tuyến xúc tiến thương mại Việt Nam - Nhật Bản.';
  expect(extractDate({ headerLines: [], preTitleLines: ['Thứ hai, 21-06-2021 |'], lead, body: lead, today: TODAY })).toMatchObject({
    date: '2021-06-21',
    kind: 'published',
  });
  const today = 'Sáng nay (6/6), tại Cửa khẩu Quốc tế Hữu Nghị, lãnh đạo tỉnh tiễn Đoàn công tác của Bộ Ngoại giao sang Trung Quốc.';
  expect(extractDate({ headerLines: [], preTitleLines: ['Thứ hai, 14/06/2021'], lead: today, body: today, today: TODAY })).toMatchObject({
    date: '2021-06-06',
    kind: 'event',
  });
});

test('a date the lead says is to come, "Hội nghị sẽ … diễn ra vào ngày 19-5-2017", gives only the year; a date of what happened, the day', () => {
  const lead = 'Hội nghị sẽ chính thức diễn ra vào ngày 19-5-2017 tại Trung tâm Hội nghị dưới sự chủ trì của Thủ tướng Chính phủ.';
  expect(extractDate({ headerLines: [], lead, body: lead, today: TODAY })).toMatchObject({
    date: '2017',
    precision: 'year',
    inferred: true,
  });
  const held = 'Hội nghị đã chính thức diễn ra vào ngày 19-5-2017 tại Trung tâm Hội nghị dưới sự chủ trì của Thủ tướng Chính phủ.';
  expect(extractDate({ headerLines: [], lead: held, body: held, today: TODAY })).toMatchObject({ date: '2017-05-19', precision: 'day' });
});

test('"04 Apr \'23" is a date; a month and a two-digit year with no day, "April \'23", is none', () => {
  expect(extractDate({ headerLines: ["04 Apr '23"], lead: LEAD_NO_DATE, body: LEAD_NO_DATE, today: TODAY }).date).toBe('2023-04-04');
  expect(extractDate({ headerLines: ["April '23"], lead: LEAD_NO_DATE, body: LEAD_NO_DATE, today: TODAY }).date).toBeNull();
});

test('an English date glued to the last word of the line above it, "Ảnh: Hà BùiJun 23, 2020", is the page’s date line', () => {
  const article = extractOk(page(TITLE, '', 'Ảnh: Hà BùiJun 23, 2020', '', P2, '', P3));
  expect(article).toMatchObject({ date: '2020-06-23', dateKind: 'published', author: null });
  // a date written after a space is the sentence's own
  const sentence = 'The agreement between the two ministries was signed in Hanoi by both ministers on Jun 23, 2020';
  expect(extractOk(page(TITLE, '', P2, '', sentence, '', P3)).paragraphs).toContain(sentence);
});

test('a year opening a sentence of figures after an ellipsis, "… giáo dục… Năm 2019, … chiếm trên 70%", is the figures’ year', () => {
  expect(
    contextYears('nghiên cứu khoa học, giáo dục… Năm 2019, Khánh Hòa đã đón trên 460.000 lượt khách, chiếm trên 70% tổng số.', 2026),
  ).toEqual([]);
  expect(contextYears('nghiên cứu khoa học, giáo dục… Năm 2019, Khánh Hòa tổ chức hội nghị xúc tiến du lịch tại Nga.', 2026)).toEqual([
    2019,
  ]);
});

test('the start of a span to now, "từ năm 2007 đến nay", "from 2007 to date", is no year for the event; a year written plainly is', () => {
  expect(contextYears('Kể từ khi thiết lập quan hệ hữu nghị hợp tác từ năm 2007 đến nay, hai địa phương đã hợp tác.', 2026)).toEqual([]);
  expect(contextYears('The two provinces have cooperated in tourism from 2007 to date.', 2026)).toEqual([]);
  expect(contextYears('Diễn đàn hợp tác năm 2023 giữa hai địa phương đã thu hút nhiều doanh nghiệp.', 2026)).toEqual([2023]);
});

test('a founding or signing a few words before its year, "thiết lập quan hệ Đối tác toàn diện năm 2013", is history; a registration is not', () => {
  expect(contextYears('đặc biệt sau khi hai nước thiết lập quan hệ Đối tác toàn diện năm 2013.', 2026)).toEqual([]);
  expect(contextYears('Hai bên đã ký Bản ghi nhớ hợp tác năm 2019.', 2026)).toEqual([]);
  expect(contextYears('Doanh nghiệp đăng ký tham gia hội chợ năm 2023 tăng mạnh.', 2026)).toEqual([2023]);
});

test('a year opening a sentence that ends on a signing, "on November 22, 2022, the Protocol … was signed", is history', () => {
  expect(contextYears('After years of talks, on November 22, 2022, the Protocol on sweet potato exports was signed.', 2026)).toEqual([]);
  expect(contextYears('Năm 2013, Hiệp định hợp tác giữa hai tỉnh đã được ký kết.', 2026)).toEqual([]);
  expect(contextYears('On November 22, 2022, the two sides signed a protocol at the forum in Hanoi.', 2026)).toEqual([2022]);
});

test('a weekday and date under a weather widget ("25 C", "Hanoi") is the header’s today; without the widget the page’s', () => {
  const lead = 'Nằm trong chuỗi sự kiện Festival Bạc Liêu 2025, sáng 7/3, UBND tỉnh tổ chức Hội nghị Xúc tiến đầu tư năm 2025.';
  const header = ['Thứ Ba, 29 Tháng 4, 2025', 'Hanoi', '25 C'];
  expect(extractDate({ headerLines: [], preTitleLines: header, lead, body: lead, today: TODAY })).toMatchObject({
    date: '2025-03-07',
    kind: 'event',
  });
  expect(extractDate({ headerLines: [], preTitleLines: header.slice(0, 1), lead, body: lead, today: TODAY })).toMatchObject({
    date: '2025-04-29',
    kind: 'published',
  });
});

test('a lead and a paragraph giving no day over one giving it with its part, "Tại lễ khai mạc sáng 12/11/2019", date the event', () => {
  const lead = 'Hội nghị năm nay có sự tham dự của hơn 400 đại biểu trong nước và quốc tế.';
  const context = 'Hội nghị diễn ra trong bối cảnh giá hồ tiêu liên tục sụt giảm.';
  const opening = 'Tại lễ khai mạc sáng 12/11/2019, Thứ trưởng nhấn mạnh vai trò của ngành hồ tiêu.';
  const body = [lead, context, opening].join('\n\n');
  expect(extractDate({ headerLines: [], lead, body, today: TODAY })).toMatchObject({ date: '2019-11-12', kind: 'event' });
  // a paragraph between them giving another date leaves the day unknown
  const dated = 'Hiệp hội được thành lập ngày 1/6/2001 và là thành viên của IPC.';
  expect(extractDate({ headerLines: [], lead, body: [lead, dated, opening].join('\n\n'), today: TODAY }).date).toBeNull();
});
