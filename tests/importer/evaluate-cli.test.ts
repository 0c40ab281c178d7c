/** The evaluation command on a folder of its own: a fresh batch scored before it joins the development half. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { REPO_ROOT } from './helpers.ts';

const batch = mkdtempSync(join(tmpdir(), 'archive-evaluate-'));
afterAll(() => rmSync(batch, { recursive: true, force: true }));
const ARTICLE = 'en-baochinhphu-crlf-nbsp-dual-name-forms';
const LISTING = 'vi-baoquocte-tag-listing-page';
for (const name of [ARTICLE, LISTING]) cpSync(join(REPO_ROOT, 'tests/fixtures/pages', name), join(batch, name), { recursive: true });

const evaluate = () =>
  execFileSync(process.execPath, ['src/cli/evaluate.ts', '--verbose', '--corpus', batch], { cwd: REPO_ROOT, encoding: 'utf8' });
const row = (output: string, label: string) => output.split('\n').find((line) => line.startsWith(label)) ?? '';

describe('npm run evaluate -- --corpus <dir>', () => {
  test('scores that folder alone, in one column headed by it', () => {
    const output = evaluate();
    expect(output).toContain(`${batch} (2)`);
    expect(output).not.toContain('held-out development half');
    expect(row(output, 'non-articles refused')).toMatch(/\s2\/2\s+100\.0%/);
    expect(row(output, 'title')).toMatch(/\s1\/1\s+100\.0%/);
    expect(output).not.toContain('✗');
  });

  test('names a page whose field is wrong', () => {
    const file = join(batch, ARTICLE, 'expected.json');
    const expected = JSON.parse(readFileSync(file, 'utf8')) as { title: string };
    writeFileSync(file, JSON.stringify({ ...expected, title: `${expected.title} (another headline)` }));
    const output = evaluate();
    expect(output).toContain(`✗ ${batch}/${ARTICLE}: title`);
    expect(row(output, 'title')).toMatch(/\s0\/1\s+0\.0%/);
  });
});
