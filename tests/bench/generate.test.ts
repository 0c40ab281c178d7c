/** The benchmark's synthetic archive: valid content the site accepts, the same for a given size, realistic in shape. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive, type GeneratedArchive } from '../../bench/generate.ts';
import { checkContent } from '../../src/check/index.ts';
import { pairArticles, sortNewestFirst, type ArticleFile } from '../../src/lib/archive/articles.ts';
import { relatedArticles, relatedIndex } from '../../src/lib/browse/related.ts';

const SIZE = 120;
let root: string;
let archive: GeneratedArchive;

const files = (lang: string) => readdirSync(join(archive.contentDir, 'articles', lang));
const read = (lang: string, name: string) => matter(readFileSync(join(archive.contentDir, 'articles', lang, name), 'utf8'));

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'archive-bench-'));
  archive = await generateArchive(root, SIZE);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('generateArchive', () => {
  it('writes content the content check finds no error in', () => {
    const { findings, articles } = checkContent(archive.contentDir);
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(articles).toBe(SIZE + archive.translations);
  });

  it('translates most articles and writes Vietnamese with diacritics and đ, 6 to 15 paragraphs', () => {
    expect(files('vi')).toHaveLength(SIZE);
    expect(archive.translations / SIZE).toBeGreaterThan(0.7);
    for (const name of files('vi').slice(0, 20)) {
      const body = read('vi', name)
        .content.trim()
        .split(/\n\n+/)
        .filter((block) => !/^<(?:Note|Correction|Figure)\b/.test(block));
      expect(body.length).toBeGreaterThanOrEqual(6);
      expect(body.length).toBeLessThanOrEqual(15);
      expect(body.join(' ')).toMatch(/đ/);
    }
  });

  it('annotates one original in twenty with every component', () => {
    const annotated = files('vi').filter((name) => read('vi', name).content.includes('<Official id='));
    expect(annotated).toHaveLength(archive.annotated);
    expect(archive.annotated).toBe(Math.ceil(SIZE / 20));
    for (const name of annotated)
      expect(read('vi', name).content).toMatch(/<Quote official="[^"]+">[\s\S]*<Note>[\s\S]*<Correction date=[\s\S]*<Figure src="media\//);
  });

  it('spreads dates over 2015–2026, some partial or unknown, and draws officials unevenly', () => {
    const data = files('vi').map((name) => read('vi', name).data);
    const dates = data.map((d) => d.date as string | null);
    expect(dates.filter((date) => date && date.length < 10).length).toBeGreaterThan(0);
    expect(Math.min(...dates.filter(Boolean).map((date) => Number(date!.slice(0, 4))))).toBeGreaterThanOrEqual(2015);
    const mentions = new Map<string, number>();
    for (const d of data) for (const o of d.officials as { id: string }[]) mentions.set(o.id, (mentions.get(o.id) ?? 0) + 1);
    const counts = [...mentions.values()].sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThan(5 * counts.at(-1)!);
  });

  it('is the same archive on every run of a size', async () => {
    const again = mkdtempSync(join(tmpdir(), 'archive-bench-'));
    try {
      const second = await generateArchive(again, SIZE);
      const name = files('vi')[7]!;
      expect(readFileSync(join(second.contentDir, 'articles/vi', name), 'utf8')).toBe(
        readFileSync(join(archive.contentDir, 'articles/vi', name), 'utf8'),
      );
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  it('gives related articles computed once per build the same as per article', () => {
    const all: ArticleFile[] = ['vi', 'en'].flatMap((lang) =>
      files(lang).map((name) => ({ id: `${lang}/${name.slice(0, -4)}`, data: read(lang, name).data as ArticleFile['data'] })),
    );
    const articles = sortNewestFirst(pairArticles(all));
    const index = relatedIndex(articles);
    for (const article of articles) expect(index.get(article.slug)).toEqual(relatedArticles(article, articles));
  });
});
