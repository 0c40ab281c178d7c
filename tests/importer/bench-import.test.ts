/** `npm run bench:import` takes its raw texts from the repository itself, not from a folder beside it. */
import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { REPO_ROOT } from './helpers.ts';

test('by default the benchmark varies the archive’s own raw texts in content/raw', () => {
  const stdout = execFileSync(process.execPath, ['src/cli/bench-import.ts', '--pages', '10'], { cwd: REPO_ROOT, encoding: 'utf8' });
  expect(stdout).toMatch(/^sources: \d+ fixture pages, 5 raw texts from content\/raw$/m);
  expect(stdout).toMatch(/throughput: \d+ raw articles\/s/);
});
