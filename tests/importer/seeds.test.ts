/**
 * The five real scraped pages in tests/fixtures/seeds/: every field of the extracted record against what a
 * reader finds on the page (see seed-expectations.ts).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { ArticleRecord } from '../../src/importer/extract.ts';
import { expectNoPunctuationOnlyParagraphs, extractOk, readSeed } from './helpers.ts';
import { SEEDS } from './seed-expectations.ts';

describe.each(SEEDS)('seed $file', (seed) => {
  let article: ArticleRecord;
  let body: string;

  beforeAll(() => {
    article = extractOk(readSeed(seed.file));
    body = article.paragraphs.join('\n\n');
  });

  test('is a Vietnamese article with the page headline as title', () => {
    expect(article.language).toBe('vi');
    expect(article.title).toBe(seed.title);
  });

  test('publication date, precision and whether it was inferred', () => {
    expect({ date: article.date, datePrecision: article.datePrecision, dateInferred: article.dateInferred }).toEqual({
      date: seed.date,
      datePrecision: seed.datePrecision,
      dateInferred: seed.dateInferred,
    });
  });

  test('outlet and original outlet', () => {
    expect(article.outlet?.id ?? null).toBe(seed.outlet);
    expect(article.originalOutlet?.id ?? null).toBe(seed.originalOutlet);
  });

  test('author is the byline, never a photo credit', () => {
    expect(article.author).toBe(seed.author);
  });

  test('officials: exactly the people named with a title in the article', () => {
    const names = article.officials.map((o) => o.name).sort();
    expect(names).toEqual(seed.officials.map((o) => o.name).sort());
    expect(new Set(names).size).toBe(names.length);
  });

  test('officials: registry ids and the titles written next to them', () => {
    for (const expected of seed.officials) {
      const found = article.officials.find((o) => o.name === expected.name);
      expect(found, `official ${expected.name}`).toBeDefined();
      expect(found!.id).toBe(expected.id);
      expect(found!.known).toBe(true);
      expect(expected.titles, `title of ${expected.name}`).toContain(found!.title);
    }
  });

  test('topics include economic diplomacy', () => {
    expect(article.topics).toContain('economic-diplomacy');
  });

  test('body has exactly the article paragraphs', () => {
    expect(article.paragraphs).toHaveLength(seed.paragraphs.length);
  });

  test('first and last paragraph are the article’s first and last', () => {
    expect(article.paragraphs[0]).toContain(seed.paragraphs[0]);
    expect(article.paragraphs.at(-1)).toContain(seed.paragraphs.at(-1));
  });

  test('every paragraph of the article is present once, in page order', () => {
    let previous = -1;
    for (const phrase of seed.paragraphs) {
      // a phrase that is a whole paragraph (a caption) matches only that paragraph, not a sentence quoting it
      const exact = article.paragraphs.flatMap((p, i) => (p === phrase ? [i] : []));
      const hits = exact.length > 0 ? exact : article.paragraphs.flatMap((p, i) => (p.includes(phrase) ? [i] : []));
      expect(hits, `paragraph with "${phrase}"`).toHaveLength(1);
      expect(hits[0], `"${phrase}" comes after the paragraph before it`).toBeGreaterThan(previous);
      previous = hits[0];
    }
  });

  test('paragraph i is the i-th paragraph of the article', () => {
    expect(article.paragraphs.map((p, i) => p.includes(seed.paragraphs[i] ?? '\u0000'))).toEqual(seed.paragraphs.map(() => true));
  });

  test('each photo caption appears exactly once, as its own paragraph', () => {
    for (const caption of seed.captions) {
      expect(
        article.paragraphs.filter((p) => p === caption),
        caption,
      ).toHaveLength(1);
    }
  });

  test('no page boilerplate survives in the body', () => {
    for (const text of seed.boilerplate) expect(body, `boilerplate "${text}"`).not.toContain(text);
    for (const line of seed.boilerplateLines) expect(article.paragraphs, `chrome line "${line}"`).not.toContain(line);
    expect(article.paragraphs).not.toContain(seed.title);
    expectNoPunctuationOnlyParagraphs(article.paragraphs);
  });

  if (seed.author)
    test('the byline is not in the body', () => {
      expect(article.paragraphs).not.toContain(seed.author!);
      // a photographer's credit may repeat the name inside a caption; nowhere else
      const withoutCredits = body.replace(/\((?:Ảnh|Photo): [^)]*\)/gu, '');
      expect(withoutCredits).not.toContain(seed.author!);
    });

  test('body paragraphs are clean NFC text', () => {
    for (const p of article.paragraphs) {
      expect(p).toBe(p.normalize('NFC'));
      expect(p).toBe(p.trim());
      expect(p).not.toMatch(/[\r\n\u00a0\ufeff]/u);
    }
  });
});

test('the seed expectations themselves hold on the raw pages', () => {
  // Guards the expectations: every phrase and caption really is on the page, and the chrome really is there too.
  const decoder = new TextDecoder();
  for (const seed of SEEDS) {
    // the pages write no-break spaces after lead markers such as "(PLVN) -"
    const raw = decoder
      .decode(readSeed(seed.file))
      .replace(/\u00a0/g, ' ')
      .replace(/ {2,}/g, ' ');
    for (const phrase of [seed.title, ...seed.paragraphs, ...seed.captions, ...seed.boilerplate]) {
      expect(raw, `${seed.file}: "${phrase}"`).toContain(phrase);
    }
    for (const line of seed.boilerplateLines) expect(raw.split('\n'), `${seed.file}: line "${line}"`).toContain(line);
  }
});
