/** What an annotated text records: quotations with their paragraph, marked officials, corrections, figures, and its words for feeds. */
import { describe, expect, it } from 'vitest';
import { annotationsOf } from '../../src/lib/archive/annotations.ts';

const BODY = [
  'Sáng 14/3, <Official id="bui-thanh-son">Bộ trưởng Bùi Thanh Sơn</Official> chủ trì hội nghị.',
  'Bộ trưởng nhấn mạnh: <Quote official="bui-thanh-son">“Ngoại giao kinh tế là động lực.”</Quote>',
  '<Quote official="nguyen-minh-vu">\n“Đoạn trích dài, thành khối.”\n</Quote>',
  '<Note>\nGhi chú của người lưu trữ.\n</Note>',
  '<Correction date="2024-12-21">Tên hội nghị đã được sửa.</Correction> Các doanh nghiệp tham dự.',
  '<Figure src="media/a.png" alt="Toàn cảnh" caption="Hội nghị." credit="T. Đạt" />',
  '<Quote official="ha-kim-ngoc">“Một câu đứng riêng.”</Quote>',
  'Kết thúc <Note>ghi chú trong dòng</Note> đoạn.',
].join('\n\n');

describe('annotationsOf', () => {
  const found = annotationsOf(BODY);

  it('finds each quotation with its official and the paragraph it stands in (inline, block, alone on its line)', () => {
    expect(found.quotations).toEqual([
      { official: 'bui-thanh-son', text: '“Ngoại giao kinh tế là động lực.”', anchor: 'p-2' },
      { official: 'nguyen-minh-vu', text: '“Đoạn trích dài, thành khối.”', anchor: 'p-3' },
      { official: 'ha-kim-ngoc', text: '“Một câu đứng riêng.”', anchor: 'p-5' },
    ]);
    expect(found.officials).toEqual(['bui-thanh-son', 'nguyen-minh-vu', 'ha-kim-ngoc']);
  });

  it('keeps corrections and figures, and the words without the archive’s notes', () => {
    expect(found.corrections).toEqual([{ date: '2024-12-21', text: 'Tên hội nghị đã được sửa.', anchor: 'p-4' }]);
    expect(found.figures).toEqual([{ src: 'media/a.png', alt: 'Toàn cảnh', caption: 'Hội nghị.', credit: 'T. Đạt' }]);
    expect(found.blocks).toEqual([
      { kind: 'paragraph', text: 'Sáng 14/3, Bộ trưởng Bùi Thanh Sơn chủ trì hội nghị.' },
      { kind: 'paragraph', text: 'Bộ trưởng nhấn mạnh: “Ngoại giao kinh tế là động lực.”' },
      { kind: 'paragraph', text: '“Đoạn trích dài, thành khối.”' },
      { kind: 'paragraph', text: 'Các doanh nghiệp tham dự.' },
      { kind: 'figure', src: 'media/a.png', alt: 'Toàn cảnh', caption: 'Hội nghị.', credit: 'T. Đạt' },
      { kind: 'paragraph', text: '“Một câu đứng riêng.”' },
      { kind: 'paragraph', text: 'Kết thúc đoạn.' },
    ]);
  });

  it('records nothing for plain text', () => {
    expect(annotationsOf(undefined)).toEqual({ quotations: [], officials: [], corrections: [], figures: [], blocks: [] });
  });
});
