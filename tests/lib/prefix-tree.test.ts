/** An alternation written as a tree of shared beginnings matches what the list matched, in the list's order of preference. */
import { describe, expect, it } from 'vitest';
import { prefixTree } from '../../src/lib/text/prefix-tree.ts';
import { allMatches } from '../../src/lib/text/strings.ts';
import { TITLE_HEADS, eitherCase } from '../../src/importer/title-heads.ts';

const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);

/** Every match of `(?<![\p{L}])(?:alternation)` and of what follows it, as "where:what". */
function matches(alternation: string, text: string, after = ''): string[] {
  const pattern = new RegExp(String.raw`(?<![\p{L}])(?:${alternation})${after}`, 'gu');
  return allMatches(text, pattern).map((m) => `${m.index}:${m[0]}`);
}

const TEXT = [
  'Phó Thủ tướng Thường trực và Thủ tướng, Bộ trưởng Bộ Ngoại giao cùng Thứ trưởng gặp Đại sứ, Đại sứ đặc mệnh toàn quyền.',
  'Chủ tịch nước, Phó Chủ tịch Quốc hội, chủ tịch UBND tỉnh, Tổng lãnh sự và Tổng Lãnh sựTrung Quốc; Ðại sứ Nhật Bản.',
  'Thành phố Hồ Chí Minh, TP. Hồ Chí Minh, TP Hồ Chí Minh; Thái Bình Dương, Thái Bình, Thái Lan.',
].join('\n');

describe('prefixTree', () => {
  it('shares the words’ beginnings', () => {
    expect(prefixTree(['Thái Bình Dương', 'Thái Bình', 'Thái Lan'])).toBe('Thái (?:Bình(?: Dương)?|Lan)');
    expect(prefixTree(['ab', 'cd'])).toBe('(?:ab|cd)');
  });

  it('finds what the list finds, longer words first, in letters, escaped signs and classes of letters', () => {
    const places = longestFirst([
      'Thành phố Hồ Chí Minh',
      'TP. Hồ Chí Minh',
      'Thái Bình Dương',
      'Thái Bình',
      'Thái Lan',
      'Hồ Chí Minh',
    ]).map((place) => place.replace(/\./gu, '\\.'));
    expect(prefixTree(places)).not.toBe(places.join('|'));
    expect(matches(prefixTree(places), TEXT)).toEqual(matches(places.join('|'), TEXT));
    const heads = longestFirst(TITLE_HEADS).map(eitherCase);
    expect(prefixTree(heads).length).toBeLessThan(heads.join('|').length);
    expect(matches(prefixTree(heads), TEXT)).toEqual(matches(heads.join('|'), TEXT));
    // the engine goes back into the tree as it went back into the list when what follows fails
    expect(matches(prefixTree(heads), TEXT, String.raw`\s+\p{Lu}`)).toEqual(matches(heads.join('|'), TEXT, String.raw`\s+\p{Lu}`));
  });

  it('gives the list back where the tree would prefer otherwise or could not say', () => {
    // a shorter word before a longer one it begins: the list prefers the shorter
    expect(prefixTree(['Thái Bình', 'Thái Bình Dương'])).toBe('Thái Bình|Thái Bình Dương');
    // two classes sharing a letter at the same place
    expect(prefixTree(['[ĩỹ]a', '[ỹỸ]b'])).toBe('[ĩỹ]a|[ỹỸ]b');
    // more than letters
    expect(prefixTree(['a+', 'ab'])).toBe('a+|ab');
    expect(prefixTree(['\\sa', 'ab'])).toBe('\\sa|ab');
    expect(prefixTree(['[a-z]x', 'ab'])).toBe('[a-z]x|ab');
  });

  it('reads a list of one word, and of none', () => {
    expect(prefixTree(['Đại sứ'])).toBe('Đại sứ');
    expect(prefixTree([])).toBe('');
  });
});
