/** Ordering results (exact spelling, phrases) and splitting excerpts for display. */
import { describe, expect, it } from 'vitest';
import { toIndexForm } from '../../src/search/fold.ts';
import { exactFirst, excerptParts, phraseDensity, phraseFirst } from '../../src/search/results.ts';

const hits = (...ids: string[]) => ids.map((id) => ({ id }));

describe('result order', () => {
  it('puts exact spellings first, then the rest once each', () => {
    expect(exactFirst(hits('c', 'a'), hits('a', 'b', 'c', 'd')).map((h) => h.id)).toEqual(['c', 'a', 'b', 'd']);
  });
  it('puts phrase matches first, keeping the order within each group, as the phrase search gave them', () => {
    const phrase = [
      { id: 'd', from: 'phrase' },
      { id: 'b', from: 'phrase' },
    ];
    const ranked = ['a', 'b', 'c', 'd'].map((id) => ({ id, from: 'words' }));
    expect(phraseFirst(phrase, ranked)).toEqual([
      { id: 'b', from: 'phrase' },
      { id: 'd', from: 'phrase' },
      { id: 'a', from: 'words' },
      { id: 'c', from: 'words' },
    ]);
  });
  it('measures how often a phrase stands together, marks and đ ignored', () => {
    const text = toIndexForm('Thu hút đầu tư. Đầu tư nước ngoài, từ đầu năm');
    expect(phraseDensity(text, 'dau tu')).toBeCloseTo(2 / 11);
    expect(phraseDensity(text, toIndexForm('"đầu tư"'))).toBeCloseTo(2 / 11);
    expect(phraseDensity(text, 'tu dau')).toBeCloseTo(2 / 11);
    expect(phraseDensity(text, 'dai su')).toBe(0);
    expect(phraseDensity('', 'x')).toBe(0);
  });
  it('compares marks too when the reader typed them', () => {
    const text = toIndexForm('ngoài giao, Ngoại giao');
    expect(phraseDensity(text, toIndexForm('ngoại giao'), true)).toBeCloseTo(1 / 4);
    expect(phraseDensity(text, toIndexForm('ngoại giao'))).toBeCloseTo(2 / 4);
    expect(phraseDensity(toIndexForm('Đại sứ, dại sứ'), toIndexForm('đại sứ'), true)).toBeCloseTo(1 / 4);
  });
});

describe('excerpts', () => {
  it('split into plain and marked text, with đ restored and no HTML left', () => {
    const excerpt = toIndexForm('các <mark>Đại</mark> <mark>sứ,</mark> a &lt;b&gt; đường');
    expect(excerptParts(excerpt)).toEqual([
      { text: 'các ', mark: false },
      { text: 'Đại', mark: true },
      { text: ' ', mark: false },
      { text: 'sứ,', mark: true },
      { text: ' a <b> đường', mark: false },
    ]);
  });
});
