/**
 * Pages that are not articles, each kind on real pages of the held-out development half: the
 * importer refuses them and says which kind of page it took them for; real articles that look
 * like lists (short items, a question-and-answer, captions) are still read as articles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DATE_LINE, P1, P2, P3, P4, REPO_ROOT, TITLE, extract, extractOk, page } from './helpers.ts';

const DEV = join(REPO_ROOT, 'tests/fixtures/held-out/dev');
const input = (name: string) => readFileSync(join(DEV, name, 'input.txt'));

function refusal(name: string): string {
  const result = extract(input(name));
  if (result.ok) expect.fail(`${name} was read as an article titled ${JSON.stringify(result.title)}`);
  return result.errors.join('; ');
}

function refusalOfText(text: string): string {
  const result = extract(text);
  if (result.ok) expect.fail(`the page was read as an article titled ${JSON.stringify(result.title)}`);
  return result.errors.join('; ');
}

describe('pages that are not articles are refused, with the kind of page', () => {
  test.each([
    ['en-antconsult-category-page-read-more', 'a category page: one teaser ending in "… Read more"'],
    ['vi-ivyfm-tag-page-xem-them-items', 'a tag page: teasers ending in "Xem thêm."'],
    ['vi-nghiencuuquocte-author-page-continue-reading', 'an author page: a post\'s opening, "Continue reading “…”", the next post'],
    ['vi-unnamedsite-category-page-doc-them-glued', 'a category page: "Đọc thêm" glued to the next headline'],
  ])('%s (%s)', (name) => {
    expect(refusal(name)).toMatch(/teasers with links to read on elsewhere/);
  });

  test.each([
    ['vi-giaoducthoidai-tag-page-headline-twice', 'a tag page: a headline printed twice over its teaser'],
    ['vi-dongtienpaper-home-page-headline-twice', "a company's home page: one news item"],
    ['vi-diendanthuongmai-category-page-hash-headline-twice', 'a section page: one item under a stray "#"'],
    ['vi-laodong-tag-page-byline-teaser', "a tag page: headline, the item's author, its teaser"],
    ['vi-voa-video-page-html5-player', "a video page: the player's notice and a one-sentence description"],
    ['vi-tin360-news-of-the-day-page-797-teaser', "a page of the day's news: one teaser trailing off"],
    ['vi-cnnd-tag-page-marker-teaser', "a tag page: one teaser opening with its source's marker"],
  ])('%s (%s)', (name) => {
    expect(refusal(name)).toMatch(/one undated teaser of a story/);
  });

  test('one undated paragraph under a headline with a source credit under it is a copied article, without the credit a teaser', () => {
    const copy = page(TITLE, '', P1, '', 'Nguồn: http://example.org/tin-tuc/ket-noi-doanh-nghiep.html');
    expect(extractOk(copy).paragraphs).toEqual([P1]);
    expect(extract(page(TITLE, '', P1)).ok).toBe(false);
  });

  test('one undated paragraph under a headline over a comment form is a blog post, not a teaser', () => {
    for (const form of ['Post a Comment', 'Leave a Reply', 'Gửi bình luận']) {
      expect(extractOk(page(TITLE, '', P1, '', 'No comments:', '', form, '', 'Newer Post Older Post Home')).paragraphs, form).toEqual([P1]);
    }
    expect(extract(page(TITLE, '', P1, '', 'No comments:', '', 'Newer Post Older Post Home')).ok).toBe(false);
  });

  test.each([
    ['en-daihoidang-tag-page-teasers-without-headlines', 3],
    ['vi-vietnammoi-tag-page-two-unrelated-teasers', 2],
  ])('%s: the leads of %i unrelated stories', (name, count) => {
    expect(refusal(name)).toMatch(new RegExp(`holds ${count} teasers of unrelated stories`));
  });

  test('one-sentence paragraphs under no headline nor date, a later one opening on its day: the opening sentences of stories', () => {
    const [first, second] = [
      'Trả lời báo chí Nga, Chủ tịch Hiệp hội Các nhà doanh nghiệp Việt Nam tại Liên bang Nga cho biết, các doanh nhân Việt Nam đang hoạt động khắp nơi ở Nga.',
      'Chiều 21-2, tại Phủ Chủ tịch, Chủ tịch nước đã có buổi tiếp Chủ tịch Hội đồng Liên bang Nga đang ở thăm chính thức Việt Nam theo lời mời của Chủ tịch Quốc hội.',
    ];
    expect(refusalOfText(page(first, '', second))).toMatch(/opening sentences of stories/);
    // a standfirst over a text opening on the day goes on in paragraphs of several sentences
    const text = `${second} Hai bên nhất trí tăng cường hợp tác kinh tế, thương mại và đầu tư trong thời gian tới.`;
    expect(extractOk(page(first, '', text)).paragraphs).toEqual([first, text]);
  });

  test('a category page of eight headlines, each over a teaser of one or two sentences', () => {
    expect(refusal('vi-trithucvn2-category-page-890-headlines-teasers')).toMatch(/lists 6 headlines with teasers/);
  });

  test('a news listing: each item a headline, a byline and a date row over its teaser, a headline closing on a full stop too', () => {
    const listing = page(
      'Deputy Minister receives the Ambassador of Chile to discuss a free trade agreement review',
      'Lê Minh Anh',
      '12/03/2025',
      'The Deputy Minister of Industry and Trade received the Ambassador of Chile at the ministry’s headquarters to review the implementation of the bilateral free trade agreement.',
      'Trade promotion agency joins a food fair in Tokyo: Bringing Vietnamese fruit closer to Japanese consumers.',
      'Lê Minh Anh',
      '10/03/2025',
      'More than forty Vietnamese companies took part in the food fair, presenting dried fruit, coffee and seafood to importers and retail chains from across Japan.',
      'Ministry works with provinces on customs clearance at northern border gates',
      'Phạm Thu',
      '08/03/2025',
      'Within the framework of its plan for the first quarter, the ministry met the provinces’ border authorities to speed up customs clearance for farm produce.',
    );
    const result = extract(listing);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join()).toMatch(/lists 3 headlines with teasers/);
    // one article: its byline and date once, under its headline
    expect(extract(page(TITLE, 'Lê Minh Anh', DATE_LINE, P1, P2, P3)).ok).toBe(true);
  });

  test.each([['Clip: 3/12/2024 | 12m 5sVideo has Closed Captions'], ['2m 41sLength'], ['Thời lượng: 04:12']])(
    'a video clip’s page: the player’s length row "%s" over the clip’s description',
    (row) => {
      const result = extract(page('Trade envoy on new markets for Vietnamese coffee', row, P1, P2));
      expect(!result.ok && result.errors.join()).toMatch(/holds a video clip/);
      // an article naming a length in its text is no clip
      expect(extract(page(TITLE, DATE_LINE, P1, 'The ceremony lasted 45 minutes, with a 5m 30s film on the project.', P2, P3)).ok).toBe(
        true,
      );
    },
  );

  test.each([['pdf 12 trang Minh Thư 03/04/2021 2150'], ['docx 24 pages · 1,204 views']])(
    'a document-sharing page: the file’s row "%s" over its extracted text',
    (row) => {
      const result = extract(page('Export of Vietnamese rice to Africa: prospects and policy', row, P1, P2, P3));
      expect(!result.ok && result.errors.join()).toMatch(/document to download/);
      // an article naming a report's pages in its text is still one
      expect(extract(page(TITLE, DATE_LINE, P1, 'The report, a PDF of 12 pages, was sent to the ministries.', P2, P3)).ok).toBe(true);
    },
  );

  test.each([['Tài liệu giới hạn xem trước, để xem đầy đủ vui lòng chọn Tải xuống'], ['Please download the document to read it in full']])(
    'a document-sharing page: the call to download the file, "%s", over its extracted text',
    (notice) => {
      const result = extract(page('Export of Vietnamese rice to Africa: prospects and policy', notice, P1, P2, P3));
      expect(!result.ok && result.errors.join()).toMatch(/document to download/);
      // an article telling readers where to download a report is still one
      expect(
        extract(page(TITLE, DATE_LINE, P1, 'Firms can download the full report to read the ministry’s guidance on its website.', P2, P3))
          .ok,
      ).toBe(true);
    },
  );

  test('an agreement’s text, its clauses numbered by article and section; an article with a numbered list is still one', () => {
    const clauses = ['1.01. The Borrower shall carry out the Project.', '1.02. The Bank shall lend the Loan.'];
    const more = ['2.01. The Loan is repaid in dollars.', '2.02. Interest is due on March 1 and September 1.'];
    const result = extract(page('LOAN AGREEMENT', 'ARTICLE I – DEFINITIONS', ...clauses, 'ARTICLE II – THE LOAN', ...more, P1));
    expect(!result.ok && result.errors.join()).toMatch(/numbered clauses of an agreement/);
    expect(extract(page(TITLE, DATE_LINE, P1, '1. The first step is training.', '2. The second is a loan.', P2, P3)).ok).toBe(true);
  });

  test('a legal text’s articles ("Điều 1. Phạm vi điều chỉnh"), run together as a table of contents; news citing them is an article', () => {
    expect(refusal('vi-docluat-decree-80-2020-table-of-contents-glued-articles')).toMatch(/articles of a legal text/);
    const cites = 'Theo Điều 5 của Nghị định, tại Điều 3 và Điều 7, các bộ phải công khai danh mục dự án; Điều 9 quy định thời hạn.';
    expect(extract(page(TITLE, DATE_LINE, P1, cites, P2, P3)).ok).toBe(true);
  });

  test.each([
    ['vi-hethongphapluat-hanoi-oda-plan-document-table-pipes'],
    ['vi-hethongphapluat-tuyenquang-foreign-affairs-programme-document'],
  ])('a plan’s or a programme’s text under its letterhead (the state’s name, "Số: 01/CTr-UBND"): %s', (name) =>
    expect(refusal(name)).toMatch(/administrative document under its letterhead/),
  );

  test('an article naming the state in capitals in its footer, and a document by its number in a sentence, is one', () => {
    const cites = 'Kế hoạch số 169/KH-UBND của UBND thành phố nêu rõ các nhiệm vụ thu hút vốn ODA trong giai đoạn tới.';
    expect(extract(page(TITLE, DATE_LINE, P1, cites, P2, P3, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 1234')).ok).toBe(true);
  });

  test('a thesis’s pages: its front matter in capitals, or its topic as headline over an introduction listing its chapters', () => {
    expect(refusal('vi-slideshare-thesis-document-ca-mau-shrimp-cluster')).toMatch(/thesis’s front matter/);
    expect(refusal('vi-luanvan-thesis-page-coffee-exports-document')).toMatch(/thesis’s topic/);
    // a news item on a thesis, naming one chapter, is an article
    const item = 'Luận văn thạc sĩ của anh gồm ba chương; Chương I. Tổng quan được hội đồng đánh giá cao về phương pháp nghiên cứu.';
    expect(extract(page('Đề tài về xuất khẩu cà phê được nghiệm thu', DATE_LINE, P1, item, P2, P3)).ok).toBe(true);
  });

  test('a page opening on a study’s sections with no headline is a thesis’s summary; a journal’s paper under its title is an article', () => {
    expect(refusal('vi-vndocument-thesis-summary-quang-ninh-japan-fdi')).toMatch(/study’s sections/);
    const paper = page(
      TITLE,
      'ThS. Huỳnh Diệu Ngân, Nguyễn Huỳnh Lộc Như',
      P1,
      'Tổng quan nghiên cứu',
      P2,
      'Phương pháp nghiên cứu',
      P3,
      P4,
    );
    expect(extract(paper).ok).toBe(true);
  });

  test('one sentence under no headline over a file’s name is the file’s page; an article with an image’s file name is an article', () => {
    expect(refusal('vi-laganoffshorewind-company-video-page-file-name')).toMatch(/media file/);
    expect(extract(page(TITLE, DATE_LINE, P1, '230829_hoi-thao_dien-gio', P2, P3)).ok).toBe(true);
  });

  test('a video page listing other videos, each under the section label "Thế giới"', () => {
    expect(refusal('vi-znews-video-page-other-videos-teasers')).toMatch(/under a section label repeated 2 times/);
  });

  test('a tag page of teasers hard-wrapped over short lines: no running text', () => {
    expect(refusal('en-bizhub-tag-page-wrapped-teasers')).toMatch(/no article text found|teasers of unrelated stories/);
  });

  test('a list of documents, each a line closing on the same labels: "(English) (Vietnamese)"', () => {
    const list = page(
      'Full text of the agreement (English) (Vietnamese)',
      '',
      'Chapter 1: General Provisions (English) (Vietnamese)',
      'Summary of Chapter 1',
      'Chapter 2: Trade in Goods and Market Access for Agricultural and Industrial Products (English) (Vietnamese)',
      'Annex 2-A: Schedules of Tariff Commitments of Both Parties for the Transition Period (English) (Vietnamese)',
      'Chapter 3: Rules of Origin and Origin Procedures for Goods Traded Between the Parties (English) (Vietnamese)',
    );
    expect(extract(list)).toMatchObject({ ok: false, errors: [expect.stringMatching(/lists 5 documents or links/)] });
  });

  test('a photo gallery: four captions, each with its credit', () => {
    expect(refusal('vi-xosothudu-photo-gallery-captions-only')).toMatch(/photo captions only \(a gallery\)/);
  });

  test('a comments page: one summary under no headline, printed twice around share buttons and a date', () => {
    expect(refusal('en-theasiacable-comments-page-teaser-twice')).toMatch(/summary printed twice and no headline/);
  });
});

describe('articles that look like lists are read as articles, whole', () => {
  test.each([
    ['vi-rfi-press-review-source-dash-items', 3],
    ['vi-laichau-portal-qa-roundtable-vef-marker', 8],
    ['vi-tinmoi-news-of-the-day-digest-sapo-twice', 8],
    ['en-xtdttuyenquang-photo-story-caption-paragraphs', 12],
  ])('%s: %i paragraphs', (name, count) => {
    const result = extract(input(name));
    if (!result.ok) expect.fail(`${name} was refused: ${result.errors.join('; ')}`);
    expect(result.paragraphs).toHaveLength(count);
  });
});

describe('what an article may hold that a list also holds', () => {
  test.each([
    ['vi-vinhphuctv-dash-joined-offices-glued-ngai', 'a lead of one sentence naming three people'],
    ['vi-thvl-delegation-head-business-chairman-kiem', 'a lead opening "Hôm qua (31/3)"'],
  ])('%s: a lead stored without its headline is an article, since a teaser stands under one (%s)', (name) => {
    const result = extract(input(name));
    if (!result.ok) expect.fail(`${name} was refused: ${result.errors.join('; ')}`);
    expect(result.paragraphs).toHaveLength(1);
  });

  test('a standfirst with "Đọc tiếp" over the rest of the text, which follows', () => {
    const article = extractOk(page(TITLE, '', DATE_LINE, '', `${P1} Đọc tiếp`, '', P2, '', P3, '', P4));
    expect(article.paragraphs.slice(1)).toEqual([P2, P3, P4]);
  });

  test('a headline over one paragraph that the page prints twice', () => {
    expect(extractOk(page(TITLE, '', DATE_LINE, '', P1, '', 'Share this post', '', P1)).paragraphs).toEqual([P1]);
  });

  test("a headline over one paragraph, dated only by the journal's issue line", () => {
    const article = extractOk(page(TITLE, '', P1, '', 'Tạp chí Cộng sản số 1016 (tháng 6-2023)'));
    expect(article.date).toBe('2023-06');
  });

  test('a headline over short paragraphs of one story that share few words, without a date', () => {
    const nhandan = readFileSync(join(REPO_ROOT, 'tests/fixtures/pages/en-nhandan-name-before-title-secretary/input.txt'), 'utf8');
    const paragraphs = nhandan.split('\n\n').filter((p) => /^(?:Raimondo said|The Secretary affirmed|Minister of Planning)/u.test(p));
    expect(paragraphs).toHaveLength(3);
    expect(extractOk(page('PM calls on US to recognise Vietnam’s market economy status', '', ...paragraphs)).paragraphs).toEqual(
      paragraphs,
    );
  });

  test.each([
    [
      'a paragraph pointing back to the event ("The objective of the meeting …")',
      'On March 3rd, the chamber’s board, headed by its co-chair, held a working session with the Minister of Industry and Trade at the ministry’s offices in Hanoi.',
      'The objective of the meeting was to prepare the agenda of the annual business forum, scheduled to take place in the second quarter of the year.',
    ],
    [
      'a paragraph opening on "On the other hand"',
      'As of June 2023, Korea ranked first among 140 countries and territories investing in the province, with 95 valid projects worth 2 billion US dollars.',
      'On the other hand, provincial enterprises had four investment projects in Korea, mainly in wholesale and retail, whose total value exceeded 3 million US dollars.',
    ],
    [
      'a paragraph opening on the surname of a person named in full before',
      'Vietnam and Australia agreed to deepen trade ties as Australian Prime Minister Anthony Albanese met Vietnamese leaders in Hanoi on Thursday afternoon.',
      'Albanese’s visit, the first by an Australian leader in five years, comes as both countries seek new markets amid uncertainty over global tariffs.',
    ],
  ])('paragraphs under no headline or date that share few words but carry one story on: %s', (_, first, second) => {
    expect(extractOk(page(first, '', second)).paragraphs).toEqual([first, second]);
  });

  test('a news brief stored as its one sentence, opening on the day, under no headline: short and whole; trailing off, a teaser', () => {
    const brief =
      'Sáng 12/5, Chủ tịch UBND tỉnh đã tiếp Đại sứ Nhật Bản tại Việt Nam đến chào xã giao, nhân chuyến thăm và làm việc tại tỉnh.';
    expect(extractOk(brief).paragraphs).toEqual([brief]);
    expect(extract(brief.replace(/\.$/u, '...')).ok).toBe(false);
  });

  test("an interview's speaker labels, each on a line of its own over what was said", () => {
    const article = extractOk(page(TITLE, '', DATE_LINE, '', P1, '', 'Phóng viên', P2, '', 'Thứ trưởng', P3, '', 'Phóng viên', P4));
    expect(article.paragraphs).toContain(P4);
  });
});

test('one undated paragraph opening on a share of a total said before, "Trong số này, …", is a story whose lead was lost; a lead alone is a teaser', () => {
  const rest =
    'Trong số này, Đài Loan có số lượng lao động sang làm việc nhiều nhất, với 4.567 người; kế tiếp là Malaysia với 3.200 người, ' +
    'Hàn Quốc với 2.900 người và Nhật Bản với 1.800 người. Cục Quản lý lao động ngoài nước dự kiến số lao động xuất cảnh trong ' +
    'quý tới đạt khoảng 25.000 người.';
  expect(extract(page('16.851 người đi xuất khẩu lao động', '', rest)).ok).toBe(true);
  expect(extract(page(TITLE, '', P1)).ok).toBe(false);
});

test('two short headlines, one closing on a full stop, each over a teaser that trails off, are a tag page; a long sentence over one is text', () => {
  const teaser1 =
    'Những ngày gần đây, dư luận ở Tây Nguyên xôn xao trước thông tin hàng loạt doanh nghiệp xuất khẩu cà phê thua lỗ, nợ nần chồng chất… Thực trạng này, cùng...';
  const teaser2 =
    'Dù cà phê đã bắt đầu vào mùa thu hoạch, nhưng hàng trăm công nhân Công ty Cà phê Đắk Đoa vẫn chưa dám thu hoạch vì thông báo “giải quyết...';
  const tag = page(
    'Các đại gia cà phê “hấp hối”',
    '',
    teaser1,
    '',
    'Vụ giao khoán cà phê: Hàng trăm công nhân ngồi trên đống lửa.',
    '',
    teaser2,
  );
  expect(extract(tag).ok).toBe(false);
  const text = page(TITLE, DATE_LINE, P1, '', P2, '', `${P3} Các bên cũng trao đổi về hợp tác đầu tư, thương mại, du lịch…`);
  expect(extract(text).ok).toBe(true);
});
