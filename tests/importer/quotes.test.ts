/** Quotation proposals: only where one named official plainly introduces the quotation; the words never change. */
import { describe, expect, it } from 'vitest';
import { proposeQuotes } from '../../src/importer/quotes.ts';
import { paragraphsToMdx } from '../../src/importer/mdx.ts';
import { bodyProblems } from '../../src/check/body.ts';
import { annotationsOf } from '../../src/lib/archive/annotations.ts';

const SON = { id: 'bui-thanh-son', names: ['Bùi Thanh Sơn'] };
const VU = { id: 'nguyen-minh-vu', names: ['Nguyễn Minh Vũ'] };
const CONTEXT = { contentDir: '', officialIds: [SON.id, VU.id], namedOfficials: new Set([SON.id, VU.id]), today: '2026-11-30' };

describe('proposeQuotes', () => {
  it('marks a quotation a named official introduces with a verb of saying and a colon', () => {
    const text =
      'Phát biểu tại hội nghị, Bộ trưởng Bùi Thanh Sơn nhấn mạnh: “Ngoại giao kinh tế phải lấy doanh nghiệp làm trung tâm.” Hội nghị kết thúc lúc 17 giờ.';
    const [quote] = proposeQuotes([text], [SON, VU], 'vi');
    expect(quote).toMatchObject({ paragraph: 0, official: SON.id, text: '“Ngoại giao kinh tế phải lấy doanh nghiệp làm trung tâm.”' });
    expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it('reads English pages too', () => {
    const text = 'Minister Bui Thanh Son said: "Economic diplomacy must serve businesses."';
    expect(proposeQuotes([text], [{ id: SON.id, names: ['Bui Thanh Son'] }], 'en')).toMatchObject([
      { official: SON.id, text: '"Economic diplomacy must serve businesses."' },
    ]);
  });

  it('marks a quotation the named official’s words of saying follow, to the sentence’s end', () => {
    const vi = '“Ngoại giao kinh tế phải lấy doanh nghiệp làm trung tâm”, Bộ trưởng Bùi Thanh Sơn nhấn mạnh. Hội nghị kết thúc.';
    expect(proposeQuotes([vi], [SON, VU], 'vi')).toMatchObject([
      { official: SON.id, start: 0, text: '“Ngoại giao kinh tế phải lấy doanh nghiệp làm trung tâm”' },
    ]);
    const sethi = { id: 'madan-mohan-sethi', names: ['Madan Mohan Sethi', 'Sethi'] };
    const en = 'Trade rose by a fifth. “We want Indian firms to invest in Vietnam,” said Dr. Sethi, who chaired the webinar.';
    const [quote] = proposeQuotes([en], [sethi, { id: SON.id, names: ['Bui Thanh Son'] }], 'en');
    expect(quote).toMatchObject({ official: sethi.id, text: '“We want Indian firms to invest in Vietnam,”' });
    expect(en.slice(quote!.start, quote!.end)).toBe(quote!.text);
  });

  it.each([
    ['a pronoun for the speaker', 'Ông nhấn mạnh: “Cần đẩy mạnh xuất khẩu.”'],
    ['no verb of saying after the quotation', '“Cần đẩy mạnh xuất khẩu”, theo Bộ trưởng Bùi Thanh Sơn.'],
    [
      'two officials after the quotation',
      '“Cần đẩy mạnh xuất khẩu”, Bộ trưởng Bùi Thanh Sơn và Thứ trưởng Nguyễn Minh Vũ cùng khẳng định.',
    ],
    ['two officials in the sentence', 'Bộ trưởng Bùi Thanh Sơn và Thứ trưởng Nguyễn Minh Vũ cùng khẳng định: “Cần đẩy mạnh xuất khẩu.”'],
    ['no verb of saying ("là:")', 'Phương châm của Bộ trưởng Bùi Thanh Sơn năm 2022 là: “Quyết liệt, đổi mới.”'],
    ['the speaker named in an earlier sentence', 'Bộ trưởng Bùi Thanh Sơn dự hội nghị. Các đại biểu nhấn mạnh: “Cần đẩy mạnh xuất khẩu.”'],
    ['no quotation marks', 'Bộ trưởng Bùi Thanh Sơn nhấn mạnh: cần đẩy mạnh xuất khẩu.'],
  ])('proposes nothing with %s', (_, text) => {
    expect(proposeQuotes([text], [SON, VU], 'vi')).toEqual([]);
  });
});

describe('a proposal in the written file', () => {
  it('wraps the words in <Quote> without changing one, and the contract accepts it', () => {
    const paragraphs = ['Bộ trưởng Bùi Thanh Sơn nhấn mạnh: “Giá {tăng} 5% <so với> năm trước.” Hết.', 'Đoạn sau.'];
    const mdx = paragraphsToMdx(paragraphs, proposeQuotes(paragraphs, [SON], 'vi'));
    expect(mdx).toContain('<Quote official="bui-thanh-son">');
    expect(bodyProblems(mdx, CONTEXT)).toEqual([]);
    const { quotations, blocks } = annotationsOf(mdx);
    expect(quotations).toEqual([{ official: SON.id, text: '“Giá {tăng} 5% <so với> năm trước.”', anchor: 'p-1' }]);
    expect(blocks).toEqual(paragraphs.map((text) => ({ kind: 'paragraph', text })));
  });
});
