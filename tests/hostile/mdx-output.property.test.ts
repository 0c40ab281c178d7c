/**
 * Property tests over the cleaning (normaliseText) and MDX-writing (toMdxFile) steps, on 10,000
 * generated pages full of MDX syntax, odd spaces, decomposed letters and arbitrary code points:
 * cleaning never loses or changes a visible character; the file is NFC and the content contract
 * accepts it; the site's own Markdown renderer makes of it exactly the kept paragraphs, as bare
 * <p> elements (no element or attribute the text did not ask for as text); so does the MDX compiler.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { normaliseText } from '../../src/importer/normalise.ts';
import { toMdxFile } from '../../src/importer/mdx.ts';
import { htmlParagraphs, renderAsMdx, renderAsSite } from './render.ts';
import { readArticleText, isUnreadable } from '../../src/check/article-file.ts';
import { bodyProblems } from '../../src/check/body.ts';

const RUNS = 10_000;

const MDX_SYNTAX = [
  '{',
  '}',
  '<',
  '>',
  '</',
  '/>',
  'import',
  'export',
  'import x from "y"',
  'export const a = 1',
  'export default function () {}',
  '---',
  '***',
  '___',
  '===',
  '`',
  '```',
  '~~~',
  '<script>',
  '</script>',
  '<script>alert(1)</script>',
  '<!--',
  '-->',
  '<b>',
  '<div>',
  '<Comp prop={1} />',
  '{props.x}',
  '{/* c */}',
  '{...rest}',
  '&amp;',
  '&#123;',
  '&lt;',
  '&',
  '\\',
  '\\{',
  '*',
  '_',
  '**',
  '#',
  '# ',
  '- ',
  '+ ',
  '1. ',
  '2) ',
  '> ',
  '[',
  ']',
  '(',
  ')',
  '![a](b.png)',
  '[a](javascript:alert(1))',
  '[^1]: x',
  '[x]: http://e.org',
  'http://example.com',
  '<http://e.org>',
  '|',
  ':',
  '$',
  '$$',
  '~',
  '=',
  '"',
  "'",
  ':::',
  '{{date}}',
  ' onerror="x()"',
  '%',
  '@',
];
const WORDS = [
  'Ngoại giao kinh tế',
  'Bộ trưởng',
  'Bùi Thanh Sơn',
  'Việt Nam',
  'đầu tư',
  'xuất khẩu',
  '29/7/2021',
  'Hà Nội',
  '“phục hồi”',
  '…',
  'FTA',
];
const ODD_SPACES = [' ', ' ', '  ', '\u00a0', '\u200b', '\u3000', '\t', '\u202f', '\ufeff', '\u00ad'];
const LINE_BREAKS = ['\n', '\r\n', '\n\n', '\r\n\r\n', '\n \n', '\r', '\u2028', '\f'];

const token = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...MDX_SYNTAX) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS).chain((word) => fc.constantFrom(word, word.normalize('NFD'))) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD_SPACES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 5 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 5 }) },
);
const line = fc.array(token, { minLength: 1, maxLength: 14 }).map((tokens) => tokens.join(''));
/** A page as the importer reads it: lines of text joined by any kind of line break. */
const page = fc.array(fc.tuple(line, fc.constantFrom(...LINE_BREAKS)), { minLength: 1, maxLength: 7 }).map((lines) =>
  lines
    .map(([text, end]) => text + end)
    .join('')
    .toWellFormed(),
);

/** The characters a reader sees: everything but spaces, line breaks, control and format characters. */
const visible = (text: string) => text.normalize('NFC').replace(/[\p{Z}\p{Cc}\p{Cf}\s]/gu, '');

test(`cleaning and MDX writing keep every paragraph exactly and run no code (${RUNS} pages)`, async () => {
  await fc.assert(
    fc.asyncProperty(page, async (text) => {
      const clean = normaliseText(text);
      expect(visible(clean)).toBe(visible(text));
      expect(normaliseText(clean)).toBe(clean);
      const kept = clean.split('\n').filter(Boolean);
      fc.pre(kept.length > 0);

      const frontmatter = { title: kept[0], author: kept.at(-1) ?? null, date: '2021-07-29' };
      const file = toMdxFile(frontmatter, kept);
      expect(file).toBe(file.normalize('NFC'));
      const read = readArticleText(file);
      if (isUnreadable(read)) throw new Error(read.message);
      expect(read.data).toEqual(frontmatter);
      expect(bodyProblems(read.body)).toEqual([]);

      expect(htmlParagraphs(await renderAsSite(read.body))).toEqual(kept);
      expect(renderAsMdx(read.body)).toEqual(kept);
    }),
    { numRuns: RUNS },
  );
}, 300_000);
