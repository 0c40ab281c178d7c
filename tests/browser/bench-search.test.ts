/** `npm run bench:search` on the built site: one table row per pair of queries, a first search costing more than a later one. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = process.env.ARCHIVE_DIST ?? `${root}dist`;
const run = (...args: string[]) => spawnSync(process.execPath, ['bench/cli/search.ts', ...args], { cwd: root, encoding: 'utf8' });

/** "12.3 KB" → bytes. */
function toBytes(figure: string): number {
  const [, value, unit] = /([\d.]+) (B|KB|MB)/.exec(figure)!;
  return Number(value) * { B: 1, KB: 1024, MB: 1024 ** 2 }[unit as 'B' | 'KB' | 'MB'];
}

describe('bench:search', () => {
  it('prints what each first and later search transferred', () => {
    const result = run(dist, 'ngoại giao', 'đầu tư', 'dai su', 'vaccine');
    expect(result.status, result.stderr).toBe(0);
    const rows = result.stdout
      .trim()
      .split('\n')
      .slice(2)
      .map((line) => line.split('|').map((cell) => cell.trim()));
    expect(rows.map((row) => [row[1], row[3]])).toEqual([
      ['ngoại giao', 'đầu tư'],
      ['dai su', 'vaccine'],
    ]);
    for (const row of rows) expect(toBytes(row[2]!)).toBeGreaterThan(toBytes(row[4]!));
  }, 120_000);

  it('measures searches covering every period with --every-year', () => {
    const result = run('--every-year', dist, 'ngoại giao', 'đầu tư');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/\| ngoại giao \| [\d.]+ KB/);
  }, 120_000);

  it('says how to call it when the site or a query is missing', () => {
    expect(run().status).toBe(2);
    expect(run(dist, 'only one query').stderr).toMatch(/usage: npm run bench:search/);
    expect(run('--every-month', dist, 'a', 'b').status).toBe(2);
  });
});
