/** `npm run check` as a person runs it: findings as file:line: message (hint), the exit code says whether to stop. */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { JULY, ROOT, edit, scratchContent } from './helpers.ts';

function runCheck(contentDir: string) {
  const run = spawnSync('npm', ['run', '--silent', 'check'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ARCHIVE_CONTENT_DIR: contentDir },
  });
  return { status: run.status, lines: run.stdout.trim().split('\n') };
}

test('the bundled archive passes, exit 0', () => {
  const { status, lines } = runCheck(join(ROOT, 'content'));
  expect(lines.at(-1)).toMatch(/^content check: \d+ article files, 0 errors, \d+ warnings?$/);
  expect(status).toBe(0);
});

test('an error exits 1; every finding line names file and line, message and hint; a warning alone does not fail', () => {
  const dir = scratchContent();
  const file = join(dir, 'articles', 'vi', `${JULY}.mdx`);
  edit(file, 'id: "bui-thanh-son"', 'id: "bui-thanh-sonn"');
  appendFileSync(join(dir, 'raw', 'stray.txt'), 'x');
  const { status, lines } = runCheck(dir);
  expect(status).toBe(1);
  const shown = relative(ROOT, file);
  const line = readFileSync(file, 'utf8').split('\n').indexOf('  - id: "bui-thanh-sonn"') + 1;
  expect(lines).toContain(
    `${shown}:${line}: unknown official "bui-thanh-sonn" (closest known id: "bui-thanh-son") (add it to content/registries/officials.yaml or fix the id)`,
  );
  expect(lines.some((text) => /raw\/stray\.txt:1: warning: no article names this raw text \(.+\)$/.test(text))).toBe(true);
  expect(lines.at(-1)).toMatch(/^1 error, \d+ warnings?: fix the errors above, then run npm run check again$/);

  edit(file, 'id: "bui-thanh-sonn"', 'id: "bui-thanh-son"');
  const fixed = runCheck(dir);
  expect(fixed.status).toBe(0);
  expect(fixed.lines.at(-1)).toMatch(/^content check: \d+ article files, 0 errors, \d+ warnings?$/);
});
