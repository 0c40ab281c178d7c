/** `npm run bench:import` takes its raw texts from the repository itself, not from a folder beside it. */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { REPO_ROOT } from './helpers.ts';

test('by default the benchmark varies the archive’s own raw texts in content/raw', () => {
  const stdout = execFileSync(process.execPath, ['bench/cli/import.ts', '--pages', '10'], { cwd: REPO_ROOT, encoding: 'utf8' });
  // as many as the archive holds today: an archivist's import adds one
  const raws = readdirSync(join(REPO_ROOT, 'content/raw')).length;
  expect(stdout).toMatch(new RegExp(`^sources: \\d+ fixture pages, ${raws} raw texts from content/raw$`, 'm'));
  expect(stdout).toMatch(/throughput: \d+ raw articles\/s/);
});
