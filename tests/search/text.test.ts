/** Folding đ for the index, normalising queries, and parsing/writing the search URL. */
import { describe, expect, it } from 'vitest';
import { STROKE, fromIndexForm, toIndexForm } from '../../src/search/fold.ts';
import { asPhrase, indexQuery, isAccented, isPhrase, normalizeQuery } from '../../src/search/query.ts';

describe('index form', () => {
  it('writes đ/Đ as d/D plus a combining stroke, and NFC first', () => {
    expect(toIndexForm('Đại sứ đầu tư')).toBe(`D${STROKE}ại sứ d${STROKE}ầu tư`);
    expect(toIndexForm('ngoa\u0323i giao')).toBe('ngoại giao');
    expect(toIndexForm('dai su')).toBe('dai su');
  });
  it('turns back into the text as written', () => {
    const text = 'Đường lối đối ngoại, Đà Nẵng';
    expect(fromIndexForm(toIndexForm(text))).toBe(text);
  });
  it('keeps the stroke a combining mark, so Pagefind folds it away like a tone mark', () => {
    expect(toIndexForm('đ').normalize('NFD').replace(/\p{M}/gu, '')).toBe('d');
  });
});

describe('queries', () => {
  it('are NFC with straight quotes and single spaces', () => {
    expect(normalizeQuery('  \u201cngoa\u0323i   giao\u201d ')).toBe('"ngoại giao"');
    expect(normalizeQuery('«dau tu»')).toBe('"dau tu"');
  });
  it('count as accented when they carry any mark or đ', () => {
    expect(isAccented('ngoại giao')).toBe(true);
    expect(isAccented('Đa')).toBe(true);
    expect(isAccented(indexQuery('đa'))).toBe(true);
    expect(isAccented('ngoai giao')).toBe(false);
    expect(isAccented('investment')).toBe(false);
  });
  it('become phrases only when wholly quoted', () => {
    expect(isPhrase('"dau tu"')).toBe(true);
    expect(isPhrase('"dau" tu')).toBe(false);
    expect(asPhrase('dau tu')).toBe('"dau tu"');
    expect(asPhrase('dau')).toBeNull();
    expect(asPhrase('"dau tu"')).toBeNull();
  });
  it('are sent to Pagefind in the index form', () => {
    expect(indexQuery(' Đại  sứ ')).toBe(`D${STROKE}ại sứ`);
  });
});
