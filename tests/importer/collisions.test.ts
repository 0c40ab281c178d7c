/**
 * Two articles whose slugs collide (titles sharing their first words, on one day) are both kept:
 * the second gets a numbered slug, and --update rewrites only the article whose raw text the new
 * one is a version of: the same page address, or the same headline and text in common.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importBatch } from '../../src/importer/batch.ts';
import { checkContent } from '../../src/check/index.ts';
import { DATE_LINE, P1, P2, P3, P4, TITLE, TODAY, page } from './helpers.ts';
import { DECEMBER_RAW, emptyArchive, fileHashes, scratchDir } from './scratch.ts';

const SLUG = '2021-12-18-ngoai-giao-kinh-te-la-don-bay-quan-trong-huong-toi';
const HEADLINE = 'Ngoại giao kinh tế là đòn bẩy quan trọng hướng tới phục hồi toàn diện';
/** The same first 50 slug characters, another article. */
const OTHER_HEADLINE = 'Ngoại giao kinh tế là đòn bẩy quan trọng hướng tới tăng trưởng xanh';

const december = readFileSync(DECEMBER_RAW, 'utf8');
const inputs = scratchDir();
/** Writes `text` as an input file and returns its path. */
function input(name: string, text: string): string {
  writeFileSync(join(inputs, name), text);
  return join(inputs, name);
}
const other = input('other.txt', december.replace(`\n${HEADLINE}\n`, `\n${OTHER_HEADLINE}\n`));
const otherChanged = input(
  'other-changed.txt',
  december.replace(`\n${HEADLINE}\n`, `\n${OTHER_HEADLINE}\n`).replace('Năm là,', 'Năm là, (đã sửa)'),
);

const run = (content: string, files: string[], options: { update?: boolean; sourceUrl?: string } = {}) =>
  importBatch(files, { contentDir: content, today: TODAY, dryRun: false, update: options.update ?? false, sourceUrl: options.sourceUrl })
    .outcomes;
const articles = (content: string) => readdirSync(join(content, 'articles', 'vi')).sort();
const errors = (content: string) => checkContent(content, TODAY).findings.filter((finding) => finding.severity === 'error');

describe('two articles whose slugs collide', () => {
  test('the second gets the next numbered slug and the first is left as it is', () => {
    const content = emptyArchive();
    run(content, [DECEMBER_RAW]);
    const before = fileHashes(content);
    const [outcome] = run(content, [other]);
    expect(outcome!.status).toBe('imported');
    expect(outcome!.message).toBe(`wrote ${join(content, 'articles/vi', `${SLUG}-2.mdx`)} (another article has the slug ${SLUG})`);
    expect(articles(content)).toEqual([`${SLUG}-2.mdx`, `${SLUG}.mdx`]);
    for (const [file, hash] of Object.entries(before))
      if (!file.startsWith('registries/')) expect(fileHashes(content)[file], file).toBe(hash);
    expect(readFileSync(join(content, 'articles/vi', `${SLUG}-2.mdx`), 'utf8')).toContain(`raw/${SLUG}-2.txt`);
    expect(errors(content)).toEqual([]);
  });

  test('--update does not take the other article’s place', () => {
    const content = emptyArchive();
    run(content, [DECEMBER_RAW]);
    const first = readFileSync(join(content, 'articles/vi', `${SLUG}.mdx`), 'utf8');
    expect(run(content, [other], { update: true }).map((o) => o.status)).toEqual(['imported']);
    expect(readFileSync(join(content, 'articles/vi', `${SLUG}.mdx`), 'utf8')).toBe(first);
    expect(readdirSync(join(content, 'raw')).sort()).toEqual([`${SLUG}-2.txt`, `${SLUG}.txt`]);
  });

  test('a changed source of the second article updates the second one only', () => {
    const content = emptyArchive();
    run(content, [DECEMBER_RAW, other]);
    const first = readFileSync(join(content, 'articles/vi', `${SLUG}.mdx`), 'utf8');
    const reported = run(content, [otherChanged]);
    expect(reported[0]!.status).toBe('skipped');
    expect(reported[0]!.message).toMatch(new RegExp(`the source of .*/${SLUG}-2\\.mdx changed .*run again with --update`));
    const [updated] = run(content, [otherChanged], { update: true });
    expect(updated!.status).toBe('updated');
    expect(readFileSync(join(content, 'articles/vi', `${SLUG}-2.mdx`), 'utf8')).toContain('(đã sửa)');
    expect(readFileSync(join(content, 'articles/vi', `${SLUG}.mdx`), 'utf8')).toBe(first);
    expect(readdirSync(join(content, 'raw')).filter((name) => name.includes('superseded'))).toEqual([
      expect.stringMatching(new RegExp(`^${SLUG}-2\\.superseded-\\d+\\.txt$`)),
    ]);
    expect(errors(content)).toEqual([]);
  });
});

describe('the same headline on the same day', () => {
  test('without text in common it is another article, even with --update', () => {
    const content = emptyArchive();
    run(content, [input('first.txt', page(TITLE, DATE_LINE, P1, P2))]);
    const [second] = run(content, [input('second.txt', page(TITLE, DATE_LINE, P3, P4))], { update: true });
    expect(second!.status).toBe('imported');
    expect(articles(content)).toHaveLength(2);
  });

  test('with text in common it is a new version of the article', () => {
    const content = emptyArchive();
    run(content, [input('first.txt', page(TITLE, DATE_LINE, P1, P2))]);
    const [second] = run(content, [input('longer.txt', page(TITLE, DATE_LINE, P1, P2, P3))], { update: true });
    expect(second!.status).toBe('updated');
    expect(articles(content)).toHaveLength(1);
  });

  test('pages at different addresses are different articles; the same address is the same page', () => {
    const content = emptyArchive();
    run(content, [DECEMBER_RAW], { sourceUrl: 'https://vov.vn/a.vov' });
    const changed = input('changed.txt', december.replace('Năm là,', 'Năm là, (đã sửa)'));
    expect(run(content, [changed], { update: true, sourceUrl: 'https://baoquocte.vn/b.html' })[0]!.status).toBe('imported');
    expect(articles(content)).toEqual([`${SLUG}-2.mdx`, `${SLUG}.mdx`]);
    const again = input('changed-again.txt', december.replace('Năm là,', 'Năm là, (sửa lần nữa)'));
    expect(run(content, [again], { update: true, sourceUrl: 'https://vov.vn/a.vov' })[0]!.status).toBe('updated');
    expect(readFileSync(join(content, 'articles/vi', `${SLUG}.mdx`), 'utf8')).toContain('(sửa lần nữa)');
  });
});
