/**
 * Hostile and broken input to the importer, through the same batch import the CLI runs, into a
 * scratch copy of the archive. Each input gives either a valid article that keeps every paragraph
 * (the content check passes, both MDX compilers render exactly the paragraphs) or a clear error;
 * never a crash, a half-written file, a temporary file left behind or a changed existing file.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { importBatch, type FileOutcome } from '../../src/importer/batch.ts';
import { checkContent } from '../../src/check/index.ts';
import { paragraphsToMdx } from '../../src/importer/mdx.ts';
import { slugify } from '../../src/lib/text/strings.ts';
import { ROOT, scratchContent } from '../check/helpers.ts';
import { renderAsMdx } from './render.ts';
import { bodyProblems } from '../../src/check/body.ts';
import { isUnreadable, readArticleText } from '../../src/check/article-file.ts';
import {
  BODY,
  HOSTILE_TITLE,
  LEAD,
  MDX_PARAGRAPHS,
  REAL_PAGE,
  TITLE,
  VNI_TEXT,
  doubleEncoded,
  page,
  utf16,
  utf8,
  windows1258,
} from './inputs.ts';

const TODAY = new Date();

/** Every file of a folder with its content hash. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dir, name)).isFile());
  return new Map(
    files.map((name) => [
      name,
      createHash('sha256')
        .update(readFileSync(join(dir, name)))
        .digest('hex'),
    ]),
  );
}

/** Imports `bytes` as a file named `name` into a fresh scratch archive. */
function importInto(
  name: string,
  bytes: Uint8Array,
): { outcome: FileOutcome; dir: string; before: Map<string, string>; after: Map<string, string> } {
  const dir = scratchContent();
  const input = join(mkdtempSync(join(tmpdir(), 'archive-input-')), name);
  writeFileSync(input, bytes);
  const before = snapshot(dir);
  const { outcomes } = importBatch([input], { contentDir: dir, today: TODAY, dryRun: false, update: false });
  return { outcome: outcomes[0]!, dir, before, after: snapshot(dir) };
}

/** Nothing that existed changed; no temporary file is left. */
function expectNothingChanged(before: Map<string, string>, after: Map<string, string>, allowedNew: string[] = []) {
  for (const [file, hash] of before) expect(after.get(file), file).toBe(hash);
  const added = [...after.keys()].filter((file) => !before.has(file));
  expect(added.sort()).toEqual(allowedNew.sort());
}

/** A refused input: a clear reason, and the archive exactly as it was. */
function expectRefused(name: string, bytes: Uint8Array, reason: RegExp): string {
  const { outcome, before, after } = importInto(name, bytes);
  expect(outcome.status).toBe('failed');
  expect(outcome.message).toMatch(reason);
  expectNothingChanged(before, after);
  return outcome.message;
}

/**
 * An imported input: the MDX file and raw copy only (plus registry proposals), valid, and rendering
 * exactly the paragraphs. `thorough: false` skips the slower checks (the content check and the
 * reference compiler) for a page of 10 MB; the site's own compiler still renders it.
 */
function expectImported(
  name: string,
  bytes: Uint8Array,
  thorough = true,
): { paragraphs: string[]; title: string; mdx: string; seconds: number } {
  const started = performance.now();
  const { outcome, dir, before, after } = importInto(name, bytes);
  const seconds = (performance.now() - started) / 1000;
  expect(outcome.status, outcome.message).toBe('imported');
  const result = outcome.result!;
  if (!result.ok) throw new Error('imported without a record');
  const mdxFile = outcome.message.replace(/^wrote /, '');
  const registries = ['registries/officials.yaml', 'registries/outlets.yaml'];
  for (const [file, hash] of before) if (!registries.includes(file)) expect(after.get(file), file).toBe(hash);
  const added = [...after.keys()].filter((file) => !before.has(file)).sort();
  expect(added).toEqual(
    [relative(dir, mdxFile), `raw/${relative(join(dir, 'articles', result.language), mdxFile).replace(/\.mdx$/, '.txt')}`].sort(),
  );
  expect(
    readFileSync(
      join(
        dir,
        added.find((file) => file.startsWith('raw/'))!,
      ),
    ),
  ).toEqual(Buffer.from(bytes));
  const mdx = readFileSync(mdxFile, 'utf8');
  const read = readArticleText(mdx);
  if (isUnreadable(read)) throw new Error(read.message);
  expect(bodyProblems(read.body)).toEqual([]);
  expect(renderAsMdx(read.body)).toEqual(result.paragraphs);
  if (thorough) expect(checkContent(dir, TODAY).findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  return { paragraphs: result.paragraphs, title: String(read.data.title), mdx, seconds };
}

const SMALL_PAGE = page(TITLE, LEAD, BODY);

describe('refused with a clear reason, nothing written', () => {
  test('an empty file', () => expectRefused('empty.txt', new Uint8Array(0), /^the file is empty$/));
  test('white space only', () => expectRefused('blank.txt', utf8(' \n\n\t  \r\n\u00a0\u3000\n'), /white space/));
  test('a binary file (PNG)', () =>
    expectRefused(
      'photo.txt',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      /binary/,
    ));
  test('a binary file without NUL bytes', () =>
    expectRefused(
      'blob.txt',
      Uint8Array.from({ length: 4096 }, (_, i) => ((i * 7919) % 255) + 1),
      /binary/,
    ));
  test('NUL bytes inside readable text', () => {
    const bytes = utf8(SMALL_PAGE);
    bytes[150] = 0;
    expectRefused('nul.txt', bytes, /NUL bytes/);
  });
  test('Windows-1258 bytes are named as such, with the command that converts them', () => {
    expectRefused('cp1258.txt', windows1258(SMALL_PAGE), /Windows-1258.*iconv -f CP1258 -t UTF-8/);
  });
  test('VNI text saved as UTF-8, and VNI bytes', () => {
    expectRefused('vni.txt', utf8(VNI_TEXT), /VNI or TCVN3/);
    expectRefused(
      'vni-bytes.txt',
      Uint8Array.from(VNI_TEXT, (c) => c.charCodeAt(0)),
      /VNI or TCVN3/,
    );
  });
  test('UTF-8 garbled by a wrong encoding', () =>
    expectRefused('garbled.txt', utf8(doubleEncoded(SMALL_PAGE)), /garbled by a wrong encoding/));
  test('a title of 2,000 characters is no title', () => {
    const title = 'Ngoại giao kinh tế đồng hành cùng doanh nghiệp '.repeat(50).slice(0, 2000).trim();
    expectRefused('long-title.txt', utf8(page(title, LEAD, BODY)), /^no title found \(a headline is a line of at most 300 characters/);
  });
  test('a write that fails undoes the others: no raw text or registry proposal is left behind', () => {
    const dir = scratchContent();
    // the article's temporary file cannot be created: its write fails after the raw text and the proposal were written
    mkdirSync(join(dir, 'articles', 'vi', `2023-03-15-${slugify(TITLE)}.mdx.${process.pid}.tmp`));
    const input = join(mkdtempSync(join(tmpdir(), 'archive-input-')), 'page.txt');
    writeFileSync(input, page(TITLE, `Thứ trưởng Ngoại giao Nguyễn Văn Mới cho biết, ${LEAD}`, BODY));
    const before = snapshot(dir);
    const { outcomes } = importBatch([input], { contentDir: dir, today: TODAY, dryRun: false, update: false });
    expect(outcomes[0]!.status).toBe('failed');
    expect(outcomes[0]!.message).toMatch(/^could not write articles\/vi\/2023-03-15-.*\.mdx \(EEXIST\); nothing was changed$/);
    expectNothingChanged(before, snapshot(dir));
  });
});

describe('imported as a valid article that keeps every paragraph', () => {
  /** The title and paragraphs of an import: what the same article in another form must give. */
  const article = (name: string, bytes: Uint8Array) => {
    const { title, paragraphs } = expectImported(name, bytes);
    return { title, paragraphs };
  };
  let plain: { paragraphs: string[]; title: string };
  beforeAll(() => {
    plain = article('page.txt', utf8(SMALL_PAGE));
  });

  test('a plain page, for comparison', () => {
    expect(plain).toEqual({ title: TITLE, paragraphs: [LEAD, BODY] });
  });

  test('UTF-16 with a byte order mark, either byte order', () => {
    for (const littleEndian of [true, false]) expect(article('utf16.txt', utf16(SMALL_PAGE, littleEndian))).toEqual(plain);
  });

  test('decomposed Unicode (NFD) and Windows line ends come out as the same NFC text', () => {
    expect(article('nfd.txt', utf8(SMALL_PAGE.normalize('NFD').replace(/\n/g, '\r\n')))).toEqual(plain);
  });

  test('a page saved as HTML: its text, without scripts, styles or tags', () => {
    const html = `<!DOCTYPE html><html><head><title>x</title><style>p{color:red}</style><script>alert(1)</script></head><body>
      <nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul></nav>
      <article><h1>${TITLE}</h1><div class="time">15/03/2023 - 08:30</div><p>${LEAD.replace('Hà Nội', '<b>Hà Nội</b>')}</p>
      <figure><img src="a.jpg" alt="ảnh"></figure><p onclick="steal()">${BODY.replace(/&/g, '&amp;')}</p><script>track()</script></article>
      <footer>© 2023 Báo Quốc tế</footer></body></html>`;
    expect(article('page.html.txt', utf8(html))).toEqual(plain);
  });

  test('text full of MDX and HTML syntax, under a title full of it too', () => {
    const { paragraphs, title, mdx } = expectImported('mdx.txt', utf8(page(HOSTILE_TITLE, LEAD, ...MDX_PARAGRAPHS, BODY)));
    expect(title).toBe(HOSTILE_TITLE);
    expect(paragraphs).toEqual([LEAD, ...MDX_PARAGRAPHS, BODY]);
    expect(mdx).not.toMatch(/^(?:import|export)\b/m);
    expect(paragraphsToMdx(paragraphs)).toBe(mdx.slice(mdx.indexOf('\n---\n') + 6).replace(/^\n/, ''));
  });

  test('very long lines: a paragraph of 1 MB', () => {
    const long = `${LEAD} `.repeat(5000).trim();
    expect(expectImported('long-line.txt', utf8(page(TITLE, long, BODY))).paragraphs).toEqual([long, BODY]);
  });

  test('10 MB of text imports in seconds and keeps all its paragraphs', () => {
    const paragraphs = Array.from({ length: 48_000 }, (_, i) => `${LEAD.slice(0, -1)} (đoạn ${i + 1}).`);
    const bytes = utf8(page(TITLE, ...paragraphs));
    expect(bytes.length).toBeGreaterThan(10_000_000);
    const { paragraphs: kept, seconds } = expectImported('ten-megabytes.txt', bytes, false);
    console.log(`import of ${(bytes.length / 1e6).toFixed(1)} MB (${kept.length} paragraphs): ${seconds.toFixed(1)} s`);
    expect(kept).toEqual(paragraphs);
    // seconds on a quiet machine; the bound is for a busy CI runner, far below a hang
    expect(seconds).toBeLessThan(60);
  }, 180_000);
});

test('the real CLI takes all of them at once without crashing: one line per file, exit code 1', () => {
  const dir = scratchContent();
  const inputs = mkdtempSync(join(tmpdir(), 'archive-input-'));
  const files = {
    'empty.txt': new Uint8Array(0),
    'cp1258.txt': windows1258(SMALL_PAGE),
    'mdx.txt': utf8(page(HOSTILE_TITLE, LEAD, ...MDX_PARAGRAPHS)),
    'page.txt': utf8(REAL_PAGE),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(inputs, name), bytes);
  const run = spawnSync(process.execPath, ['src/cli/import.ts', ...Object.keys(files).map((name) => join(inputs, name))], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ARCHIVE_CONTENT_DIR: dir },
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(1);
  expect(run.stdout).toMatch(/empty\.txt\n {2}the file is empty\n {2}→ failed/);
  expect(run.stdout).toMatch(/cp1258\.txt\n {2}the file is Vietnamese in the Windows-1258 encoding/);
  expect(run.stdout).toMatch(/✓ .*mdx\.txt[\s\S]*→ imported: wrote /);
  expect(run.stdout).toMatch(/page\.txt[\s\S]*→ skipped: already archived as articles\/vi\/2021-12-18-/);
});
