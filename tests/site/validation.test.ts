/** Broken references and duplicate ids stop the build with the file, the field and the closest id. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './helpers.ts';
import { buildEnv } from '../support/build-env.ts';
import { copyFixtureArchive } from '../support/fixture-archive.ts';

const ARTICLE = 'articles/vi/2022-01-21-cong-tac-ngoai-giao-kinh-te-da-dong-gop-tich-cuc.mdx';

/** Builds a copy of the test archive after `breakIt` has damaged it; returns the build's output. */
function buildBroken(breakIt: (dir: string) => void): { status: number | null; output: string } {
  const work = mkdtempSync(join(tmpdir(), 'archive-content-'));
  try {
    copyFixtureArchive(join(work, 'content'));
    breakIt(join(work, 'content'));
    const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(work, 'dist')], {
      cwd: root,
      env: buildEnv({ ARCHIVE_CONTENT_DIR: join(work, 'content') }),
      encoding: 'utf8',
    });
    // colour codes (which CI terminals may enable) would split the message apart
    return { status: result.status, output: `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  writeFileSync(file, text.replace(from, to));
}

describe('content validation in astro build', () => {
  it('refuses an unknown official, naming file, field and closest id', () => {
    const { status, output } = buildBroken((dir) => replaceIn(join(dir, ARTICLE), 'id: "bui-thanh-son"', 'id: "bui-thanh-sonn"'));
    expect(status).not.toBe(0);
    expect(output).toContain('2022-01-21-cong-tac-ngoai-giao-kinh-te-da-dong-gop-tich-cuc');
    expect(output).toMatch(/officials\.0\.id: unknown official "bui-thanh-sonn" \(closest known id: "bui-thanh-son"\)/);
  });

  it('refuses an unknown topic and an unknown outlet', () => {
    const topic = buildBroken((dir) => replaceIn(join(dir, ARTICLE), '"vaccine-diplomacy"', '"vacine-diplomacy"'));
    expect(topic.status).not.toBe(0);
    expect(topic.output).toMatch(/topics\.1: unknown topic "vacine-diplomacy" \(closest known id: "vaccine-diplomacy"\)/);
    const outlet = buildBroken((dir) => replaceIn(join(dir, ARTICLE), 'outlet: "haiphong-portal"', 'outlet: "haiphong-portl"'));
    expect(outlet.status).not.toBe(0);
    expect(outlet.output).toMatch(/outlet: unknown outlet "haiphong-portl" \(closest known id: "haiphong-portal"\)/);
  });

  it('refuses a duplicate registry id, naming the file and both lines', () => {
    const { status, output } = buildBroken((dir) =>
      appendFileSync(join(dir, 'registries/officials.yaml'), '- id: bui-thanh-son\n  name: Bùi Thanh Sơn\n  ascii: Bui Thanh Son\n'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/registries\/officials\.yaml:\d+: duplicate id "bui-thanh-son" \(first at line \d+\)/);
  });
});
