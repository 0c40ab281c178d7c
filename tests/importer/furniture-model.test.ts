import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FURNITURE_THRESHOLD, furnitureProbability, paragraphFeatures, setAsideFurniture } from '../../src/importer/furniture-model.ts';
import { parseTrainingPages, trainFurnitureModel } from '../../src/importer/furniture-training.ts';
import { toContractJson } from '../../src/importer/report.ts';
import { extractOk, P1, P2, P3, P4, page, REPO_ROOT, TITLE, DATE_LINE } from './helpers.ts';

const TRAINING = join(REPO_ROOT, 'tests/fixtures/furniture/paragraphs.jsonl');
const WEIGHTS = join(REPO_ROOT, 'src/importer/furniture-weights.json');

describe('the furniture model’s weights', () => {
  test('are what training on the committed paragraphs gives: rerun `npm run train:furniture` after changing either', () => {
    const trained = trainFurnitureModel(parseTrainingPages(readFileSync(TRAINING, 'utf8')));
    const committed = JSON.parse(readFileSync(WEIGHTS, 'utf8')) as Record<string, number>;
    expect(Object.keys(committed).sort()).toEqual(Object.keys(trained).sort());
    for (const [name, weight] of Object.entries(trained)) expect(committed[name], name).toBeCloseTo(weight, 9);
  });

  test('give every feature the model computes a weight', () => {
    const committed = JSON.parse(readFileSync(WEIGHTS, 'utf8')) as Record<string, number>;
    expect(Object.keys(paragraphFeatures([P1, P2], 0, TITLE)).filter((name) => !(name in committed))).toEqual([]);
  });

  test('label each training page’s paragraphs one by one, and some of them furniture', () => {
    const pages = parseTrainingPages(readFileSync(TRAINING, 'utf8'));
    for (const { page, paragraphs, furniture } of pages) expect(furniture.length, page).toBe(paragraphs.length);
    expect(pages.some((p) => p.furniture.some(Boolean))).toBe(true);
  });
});

describe('paragraphs the rules kept and the model sets aside', () => {
  const slug = 'anh tin bai hoi nghi xuc tien dau tu';
  const related = [
    '- Đoàn đại biểu tỉnh Bình Dương thăm và làm việc tại Hàn Quốc (12-05-2023)',
    '- Chủ tịch UBND tỉnh tiếp Tổng Lãnh sự Nhật Bản tại TP. Hồ Chí Minh (03-04-2023)',
  ];

  test('a slug line without marks on a Vietnamese page and related headlines dated in brackets go; the text stays', () => {
    const { kept, setAside } = setAsideFurniture([P1, slug, P2, P3, P4, ...related], TITLE);
    expect(kept).toEqual([P1, P2, P3, P4]);
    expect(setAside).toEqual([slug, ...related]);
  });

  test('an English sentence quoted on a Vietnamese page is no slug', () => {
    const quoted = 'Vietnam is a reliable partner for trade and investment in the region.';
    expect(setAsideFurniture([P1, quoted, P2, P3], TITLE).kept).toEqual([P1, quoted, P2, P3]);
  });

  test('lines carrying on an unfinished sentence stay, however short', () => {
    const wrapped = ['Hai bên nhất trí nâng kim ngạch thương mại song phương', 'trong những năm tới', 'lên 15 tỷ USD.'];
    expect(setAsideFurniture([P1, ...wrapped, P2], TITLE).kept).toEqual([P1, ...wrapped, P2]);
  });

  test('a page the model would empty keeps what the rules kept', () => {
    expect(setAsideFurniture([slug, related[0]!], TITLE)).toEqual({ kept: [slug, related[0]], setAside: [] });
  });

  test('its certainty is a probability, and the article’s own paragraphs are far below the threshold', () => {
    const paragraphs = [P1, P2, P3, P4];
    for (const [i] of paragraphs.entries()) {
      const p = furnitureProbability(paragraphFeatures(paragraphs, i, TITLE));
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThan(FURNITURE_THRESHOLD / 2);
    }
  });

  test('an import lists what was set aside and asks a person to look at the body', () => {
    const article = extractOk(page(TITLE, '', DATE_LINE, '', P1, '', slug, '', P2, '', P3, '', P4));
    expect(article.paragraphs).toEqual([P1, P2, P3, P4]);
    expect(article.setAside).toEqual([slug]);
    expect(article.needsReview).toContain('body');
    expect(toContractJson('page.txt', article)).toMatchObject({ setAside: [slug] });
  });

  test('an import whose body the model leaves alone asks nothing of it', () => {
    const article = extractOk(page(TITLE, '', DATE_LINE, '', P1, '', P2, '', P3, '', P4));
    expect(article.setAside).toEqual([]);
    expect(article.needsReview).not.toContain('body');
  });
});
