/**
 * Nothing under src/, tests/, bench/ or harness/ reads outside the repository: a clone holds everything the build and
 * the tests need. Relative paths in the code are resolved as the code uses them: from the file for
 * imports and `new URL(…, import.meta.url)`, from the repository root (where every npm script runs)
 * for any other string that is a relative path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../', import.meta.url).pathname;
const CODE = /\.(ts|mjs|js|astro)$/;
/** This file spells out the escapes it looks for. */
const SELF = 'tests/self-contained.test.ts';
/** Code files under `dir`, skipping the test data in tests/fixtures/ and what tools generate in hidden folders (.astro/). */
function codeFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join('tests', 'fixtures') || entry.name.startsWith('.') ? [] : codeFiles(path);
    return CODE.test(entry.name) ? [path] : [];
  });
}

/** Comments and string literals in order, so that quotes inside either are not read as strings of their own. */
const TOKENS = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;
/** A string that is nothing but a relative path climbing out of its folder. */
const CLIMBING = /^(\.\.\/)+[\w.@/-]*$/;

export interface Escape {
  at: string;
  path: string;
}

/** The relative paths in `source` (the text of `file`, a repository path) that lead out of the repository. */
export function escapes(file: string, source: string): Escape[] {
  const found: Escape[] = [];
  for (const match of source.matchAll(TOKENS)) {
    const token = match[0];
    if (token.startsWith('/')) continue;
    const value = token.slice(1, -1);
    const line = source.slice(0, match.index).split('\n').length;
    const before = source.slice(source.lastIndexOf('\n', match.index) + 1, match.index);
    const after = source.slice(match.index + token.length);
    // a sibling reached through a parent, as join(root, '..', 'shared') does
    if (value === '..' && /^\s*,\s*['"`]/.test(after))
      found.push({ at: `${file}:${line}`, path: `${token}${after.slice(0, after.indexOf(')'))}` });
    if (!CLIMBING.test(value)) continue;
    const fromFile = /\b(from|import)\s*\(?\s*$/.test(before) || /^\s*,\s*import\.meta\.url/.test(after);
    const target = resolve(fromFile ? dirname(join(ROOT, file)) : ROOT, value);
    if (relative(ROOT, target).startsWith('..')) found.push({ at: `${file}:${line}`, path: value });
  }
  return found;
}

describe('the repository is self-contained', () => {
  it('no code under src/, tests/, bench/ or harness/ names a path outside it', () => {
    const files = ['src', 'tests', 'bench', 'harness'].flatMap(codeFiles).filter((file) => file !== SELF);
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) => escapes(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(found).toEqual([]);
  });

  it('sees each way of leaving it, and passes paths that stay inside', () => {
    // a folder beside the repository, spelled in pieces so this file names no such path itself
    const beside = ['..', 'shared'].join('/');
    const code = [
      `const seeds = new URL('../../${beside}/seeds/', import.meta.url);`,
      "const other = join(root, '..', 'shared', 'seeds');",
      `parseArgs({ options: { seeds: { type: 'string', default: '${beside}/seeds' } } });`,
      "import { x } from '../../../elsewhere/x.ts';",
      "const root = new URL('../../', import.meta.url);",
      "import { y } from '../../src/y.ts';",
      'const css = \'body { background: url("../missing.png") }\';',
      "rmSync(join(dist, '..'), { recursive: true });",
    ].join('\n');
    expect(escapes('tests/importer/helpers.ts', code)).toEqual([
      { at: 'tests/importer/helpers.ts:1', path: `../../${beside}/seeds/` },
      { at: 'tests/importer/helpers.ts:2', path: "'..', 'shared', 'seeds'" },
      { at: 'tests/importer/helpers.ts:3', path: `${beside}/seeds` },
      { at: 'tests/importer/helpers.ts:4', path: '../../../elsewhere/x.ts' },
    ]);
  });
});
