/**
 * An archivist's pull request: a copy of the bundled archive takes one new article through the real
 * importer CLI, passes the content check, and builds with the real build into a site that holds
 * what any archive's must (tests/support/site-invariants.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import { buildSite, type FixtureSite } from '../support/fixture-site.ts';
import { siteProblems } from '../support/site-invariants.ts';
import { articlePath, root } from './helpers.ts';

/** A Vietnamese news page as a reader saves it, menus and related links included. */
const PAGE = new URL('../fixtures/import/page.txt', import.meta.url).pathname;

const work = mkdtempSync(join(tmpdir(), 'archive-new-article-'));
const content = join(work, 'content');
const articles = () => readdirSync(join(content, 'articles', 'vi'));
let before: string[];
let imported: string;
let site: FixtureSite;

beforeAll(() => {
  cpSync(join(root, 'content'), content, { recursive: true });
  before = articles();
  const run = spawnSync(process.execPath, ['src/cli/import.ts', PAGE], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ARCHIVE_CONTENT_DIR: content },
  });
  if (run.status !== 0) throw new Error(`the import failed:\n${run.stdout}${run.stderr}`);
  imported = articles()
    .find((name) => !before.includes(name))!
    .slice(0, -'.mdx'.length);
  site = buildSite(content);
});
afterAll(() => {
  site?.remove();
  rmSync(work, { recursive: true, force: true });
});

describe('the bundled archive with one article imported', () => {
  it('has the new article, and the content check finds no error', () => {
    expect(articles()).toHaveLength(before.length + 1);
    expect(checkContent(content, new Date()).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('builds into a site that holds what any archive’s must', () => {
    expect(siteProblems(site.dist, content)).toEqual([]);
  });

  it('would be caught without the new article’s English page', () => {
    const broken = join(work, 'broken');
    cpSync(site.dist, broken, { recursive: true });
    rmSync(join(broken, articlePath('en', imported)), { recursive: true });
    expect(siteProblems(broken, content)).toContain(`${articlePath('en', imported)}: no en page`);
  });
});
