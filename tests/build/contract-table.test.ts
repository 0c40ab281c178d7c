/**
 * The content contract's table of broken files: for each case, `npm run check` and `astro build`
 * run as an archivist runs them, on a fixture archive with one thing broken, and reach the same
 * verdict; every error line the check prints stands, word for word, in the build's output.
 * CONTRIBUTING.md, "What the check refuses", lists the same cases.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildEnv } from '../support/build-env.ts';
import { fixtureArchive, PARAGRAPHS, type Fixture } from '../support/fixture-archive.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const SLUG = 'hoi-nghi-ngoai-giao-kinh-te';
const vi = (archive: Fixture) => join(archive.dir, 'articles/vi', `${SLUG}.mdx`);
const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`${String(from)} not in ${file}`);
  writeFileSync(file, changed);
};
/** A 1×1 PNG, enough for Astro's image pipeline. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const EVERY_COMPONENT = [
  '<Official id="bui-thanh-son">Bộ trưởng Bùi Thanh Sơn</Official> chủ trì hội nghị.',
  'Bộ trưởng nhấn mạnh: <Quote official="bui-thanh-son">“Ngoại giao kinh tế là động lực.”</Quote>',
  '<Note>Ảnh do tòa soạn cung cấp.</Note>',
  '<Correction date="2024-12-21">Tên hội nghị đã được sửa.</Correction>',
  '<Figure src="media/anh.png" alt="Toàn cảnh hội nghị" caption="Toàn cảnh hội nghị" credit="Trung Hiếu" />',
  'Hội nghị có tên tiếng Anh là <Foreign lang="en">Economic Diplomacy Conference</Foreign>.',
].join('\n\n');
const DECOMPOSED = 'Bộ trưởng Bùi Thanh Sơn phát biểu.'.normalize('NFD');
const body = (text: string) => (archive: Fixture) => archive.original(SLUG, { body: `${PARAGRAPHS[0]}\n\n${text}` });
const data = (fields: Record<string, unknown>) => (archive: Fixture) => archive.original(SLUG, { data: fields });

/** [case, how to break the archive, the error the check gives (undefined: the archive is valid)] */
const CASES: [string, (archive: Fixture) => void, string | undefined][] = [
  ['frontmatter that is not YAML', (a) => edit(vi(a), /^title: .*$/m, 'title: "Hội nghị'), 'the frontmatter is not valid YAML'],
  ['no frontmatter', (a) => writeFileSync(vi(a), `${PARAGRAPHS[0]}\n`), 'no frontmatter'],
  [
    'frontmatter that is a list',
    (a) => writeFileSync(vi(a), `---\n- title\n---\n\n${PARAGRAPHS[0]}\n`),
    'the frontmatter is not a mapping of fields',
  ],
  ['a required field missing', data({ title: undefined }), 'title'],
  ['a field of the wrong type', data({ dateInferred: 'yes' }), 'dateInferred'],
  [
    'an unknown official',
    data({ officials: [{ id: 'bui-thanh-sonn', title: 'Bộ trưởng' }] }),
    'unknown official "bui-thanh-sonn" (closest known id: "bui-thanh-son")',
  ],
  ['an unknown topic', data({ topics: ['economic-diplomacyy'] }), 'unknown topic "economic-diplomacyy"'],
  ['an unknown outlet', data({ outlet: 'baoquoctee' }), 'unknown outlet "baoquoctee"'],
  [
    'an official listed twice',
    data({
      officials: [
        { id: 'bui-thanh-son', title: 'Bộ trưởng' },
        { id: 'bui-thanh-son', title: 'Bộ trưởng Bộ Ngoại giao' },
      ],
    }),
    'official "bui-thanh-son" is listed twice',
  ],
  ['a topic listed twice', data({ topics: ['economic-diplomacy', 'economic-diplomacy'] }), 'topic "economic-diplomacy" is listed twice'],
  ['a date that does not exist', data({ date: '2024-02-30', importedAt: '2024-03-15' }), 'date "2024-02-30" is not a real date'],
  ['a date in the future', data({ date: '2099-01-01', importedAt: '2099-01-02' }), 'is in the future'],
  ['a date after the import', data({ date: '2023-03-16' }), 'is later than importedAt'],
  ['a precision that does not match the date', data({ datePrecision: 'month' }), 'datePrecision "month" does not match date'],
  ['a source URL that runs script', data({ sourceUrl: 'javascript:alert(1)' }), 'sourceUrl is an http(s) address'],
  ['a source URL that is not one', data({ sourceUrl: 'not a url' }), 'sourceUrl is an http(s) address'],
  [
    'a copy in a subfolder',
    (a) => (mkdirSync(join(a.dir, 'articles/vi/2023')), writeFileSync(join(a.dir, 'articles/vi/2023', `${SLUG}.mdx`), readFileSync(vi(a)))),
    'is not a slug',
  ],
  [
    'one article under two names',
    (a) => a.original('ban-sao', { raw: readFileSync(join(a.dir, 'raw', `${SLUG}.txt`), 'utf8') }),
    'the same raw text',
  ],
  ['a raw text edited', (a) => appendFileSync(join(a.dir, 'raw', `${SLUG}.txt`), 'x'), 'the raw text changed'],
  ['a raw text missing', (a) => renameSync(join(a.dir, 'raw', `${SLUG}.txt`), join(a.dir, 'raw-kept.txt')), 'does not exist'],
  ['a translation without its original', (a) => a.translation('khong-co-ban-goc'), 'there is no original vi/khong-co-ban-goc.mdx'],
  [
    'a translation that contradicts its original',
    (a) => a.translation(SLUG, { data: { date: '2020-01-01' } }),
    'date differs from the original',
  ],
  ['a language that is not the folder', data({ language: 'en' }), 'does not match the folder'],
  [
    'a folder that is not a language',
    (a) => (mkdirSync(join(a.dir, 'articles/fr')), renameSync(vi(a), join(a.dir, 'articles/fr', `${SLUG}.mdx`))),
    'is not a language folder',
  ],
  [
    'a registry id used twice',
    (a) => appendFileSync(join(a.dir, 'registries/officials.yaml'), '- id: bui-thanh-son\n  name: Bùi Thanh Sơn\n  ascii: Bui Thanh Son\n'),
    'duplicate id "bui-thanh-son"',
  ],
  ['raw HTML behind an escaped backslash', body('Chú thích \\\\<svg onload=alert(1) />'), 'the text is not valid MDX'],
  ['an HTML tag', body('Văn bản <b>đậm</b>.'), 'an HTML tag <b>'],
  ['an import line', body('import x from "y"'), 'an import or export line'],
  ['an expression', body('Năm {2022 + 1}.'), 'a {…} expression'],
  ['an indented line', body('    thụt lề'), 'a code block'],
  ['a javascript: link', body('[xem](javascript:alert(1))'), 'a link to "javascript:alert(1)"'],
  ['a remote image', body('![ảnh](https://other.example/p.png)'), 'an image from another site'],
  ['a local image', body('![ảnh](./p.png)'), 'an image (./p.png)'],
  ['an article with no text', (a) => a.original(SLUG, { body: '' }), 'the article has no text'],
  ['an unknown component', body('<Nte>Ghi chú.</Nte>'), 'unknown component <Nte>'],
  [
    'an unknown official in <Official>',
    body('<Official id="bui-thanh-sonn">Bộ trưởng</Official> phát biểu.'),
    '<Official id="bui-thanh-sonn">: unknown official "bui-thanh-sonn" (closest known id: "bui-thanh-son")',
  ],
  ['an unknown official in <Quote>', body('<Quote official="nguyen-van-a">“Câu nói.”</Quote>'), 'unknown official "nguyen-van-a"'],
  ['<Official> without its id', body('<Official>Bộ trưởng</Official> phát biểu.'), '<Official> needs id="…"'],
  ['a prop the component does not have', body('<Note lang="vi">Ghi chú.</Note>'), '<Note> has no prop "lang"'],
  ['a {…} prop', body('<Official id={"bui-thanh-son"}>Bộ trưởng</Official>'), 'has a {…} prop'],
  [
    'a language the archive does not have',
    body('Tên tiếng Pháp: <Foreign lang="fr">Conférence</Foreign>.'),
    '<Foreign lang="fr">: not a language of the archive',
  ],
  ['a correction with a date that does not exist', body('<Correction date="2024-02-30">Sửa tên.</Correction>'), 'not a real date'],
  ['a correction dated in the future', body('<Correction date="2099-01-01">Sửa tên.</Correction>'), 'the date is in the future'],
  ['an empty note', body('<Note></Note>'), '<Note> is empty'],
  ['a figure without alt', (a) => (a.write('media/anh.png', PNG), body('<Figure src="media/anh.png" />')(a)), '<Figure> needs alt="…"'],
  ['a figure from another site', body('<Figure src="https://other.example/p.png" alt="Ảnh" />'), 'a picture from another site'],
  [
    'a figure whose picture is missing',
    body('<Figure src="media/khong-co.png" alt="Ảnh" />'),
    'there is no file content/media/khong-co.png',
  ],
  ['a figure outside media/', body('<Figure src="../raw/x.png" alt="Ảnh" />'), 'src names a picture in content/media/'],
  [
    'a figure holding text',
    (a) => (a.write('media/anh.png', PNG), body('<Figure src="media/anh.png" alt="Ảnh">Chú thích</Figure>')(a)),
    '<Figure> holds text',
  ],
  ['an HTML tag inside a component', body('<Note>Xem <b>đây</b>.</Note>'), 'an HTML tag <b>'],
  [
    'an official marked but not listed (a warning)',
    body('<Official id="nguyen-minh-vu">Thứ trưởng Nguyễn Minh Vũ</Official> phát biểu.'),
    undefined,
  ],
  ['every component used well', (a) => (a.write('media/anh.png', PNG), body(EVERY_COMPONENT)(a)), undefined],
  ['a closing brace in the text', body('Giá tăng 5%} so với năm trước.'), undefined],
  ['a byte order mark before the frontmatter', (a) => writeFileSync(vi(a), `\uFEFF${readFileSync(vi(a), 'utf8')}`), undefined],
  [
    'decomposed letters (a warning)',
    (a) => a.original(SLUG, { body: DECOMPOSED, data: { title: DECOMPOSED, author: 'Trung Hiếu'.normalize('NFD') } }),
    undefined,
  ],
];

/**
 * `npm run check` and `npm run build`'s Astro step, from the repository, on the archive. The site is
 * built inside the project (as tests/support/fixture-site.ts explains) and thrown away after.
 */
function run(archive: Fixture, args: string[]) {
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: buildEnv({ ARCHIVE_CONTENT_DIR: archive.dir, ARCHIVE_DIST: join(siteDir, 'dist'), ASTRO_CACHE_DIR: join(siteDir, 'cache') }),
    encoding: 'utf8',
  });
  // colour codes (which CI terminals may enable) would split a message apart
  return { status: result.status, output: `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

/** Whatever the files hold, the site publishes composed text: pages, open data and the CSV. */
function expectComposed(dist: string, decomposedSource: boolean) {
  const published = [join(dist, 'vi/bai-viet', SLUG, 'index.html'), join(dist, 'data/articles.json'), join(dist, 'data/articles.csv')].map(
    (file) => readFileSync(file, 'utf8'),
  );
  for (const text of published) expect(text).toBe(text.normalize('NFC'));
  if (decomposedSource) for (const text of published) expect(text).toContain(DECOMPOSED.normalize('NFC'));
}

let archive: Fixture;
let siteDir: string;
beforeEach(() => {
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  siteDir = mkdtempSync(join(ROOT, 'node_modules/.cache/archive-table-'));
});
afterEach(() => {
  archive.remove();
  rmSync(siteDir, { recursive: true, force: true });
});

describe('npm run check and the build reach the same verdict', () => {
  it.each(CASES)(
    '%s',
    (_, breakIt, expected) => {
      archive = fixtureArchive();
      archive.original(SLUG);
      archive.translation(SLUG);
      breakIt(archive);
      const check = run(archive, ['src/cli/check.ts']);
      const build = run(archive, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build']);
      const errors = check.output.split('\n').filter((line) => /^\S+:\d+: (?!warning:)/.test(line));
      if (expected === undefined) {
        expect(check.status, check.output).toBe(0);
        expect(build.status, build.output).toBe(0);
        expectComposed(join(siteDir, 'dist'), breakIt === CASES.at(-1)![1]);
        return;
      }
      expect(check.status).toBe(1);
      expect(errors.join('\n')).toContain(expected);
      expect(build.status).not.toBe(0);
      for (const line of errors) expect(build.output).toContain(line);
    },
    60_000,
  );
});
