/** Who published an article and what its date is, as lists, feeds, search results and citations say them. */
import { describe, expect, it } from 'vitest';
import { attributionText } from '../../src/lib/archive/attribution.ts';
import { dateWithQualifiers, kindOf, pageDate } from '../../src/lib/archive/date-kinds.ts';

const vov = { name: 'Voice of Vietnam' };
const apBac = { name: 'Báo Ấp Bắc' };

describe('attribution', () => {
  it('names the outlet of an article published there', () => {
    expect(attributionText({ outlet: apBac, originalOutlet: null }, 'en')).toBe('Báo Ấp Bắc');
  });
  it('never credits a republished copy to its original outlet alone', () => {
    expect(attributionText({ outlet: null, originalOutlet: vov }, 'en')).toBe('via Voice of Vietnam, republished by an unknown site');
    expect(attributionText({ outlet: apBac, originalOutlet: vov }, 'en')).toBe('via Voice of Vietnam, republished by Báo Ấp Bắc');
    expect(attributionText({ outlet: null, originalOutlet: { name: 'Đài Tiếng nói Việt Nam' } }, 'vi')).toBe(
      'theo Đài Tiếng nói Việt Nam, đăng lại trên một trang không rõ',
    );
  });
  it('says nothing when neither is known', () => {
    expect(attributionText({ outlet: null, originalOutlet: null }, 'vi')).toBeNull();
  });
});

describe('date kinds', () => {
  it('reads a missing kind as the publication date', () => {
    expect(kindOf(undefined)).toBe('published');
    expect(kindOf(null)).toBe('published');
  });
  it('gives out only a publication or update date as the article’s own', () => {
    expect(pageDate('2021-07-29', 'event')).toBeNull();
    expect(pageDate('2024-12-20', 'updated')).toBe('2024-12-20');
  });
  it('says what a date is beside it', () => {
    expect(dateWithQualifiers('2021-07-29', 'event', true, 'en')).toBe('29 July 2021 (event date; year inferred from the article)');
    expect(dateWithQualifiers('2024-12-20', 'updated', false, 'vi')).toBe('20/12/2024 (ngày cập nhật)');
    expect(dateWithQualifiers('2022-01', 'published', false, 'en')).toBe('January 2022');
    expect(dateWithQualifiers(null, 'event', false, 'en')).toBeNull();
  });
});
