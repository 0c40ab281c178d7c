/**
 * A mistake on the import command line gets one line naming the option and what it expects, exit
 * code 2, and writes nothing: not a crash, and never an article with a wrong date or address.
 */
import { describe, expect, test } from 'vitest';
import { DECEMBER_RAW, emptyArchive, fileHashes, runImport } from './scratch.ts';

const MISTAKES: [string, string[], RegExp][] = [
  [
    'a month that does not exist',
    ['--today', '2024-13-45'],
    /^--today "2024-13-45" is not a real date; expected YYYY-MM-DD, e\.g\. --today \d{4}-\d{2}-\d{2}$/,
  ],
  ['a day the month does not have', ['--today', '2023-02-29'], /^--today "2023-02-29" is not a real date; expected YYYY-MM-DD/],
  ['a date in another form', ['--today', '18/12/2021'], /^--today "18\/12\/2021" is not a real date; expected YYYY-MM-DD/],
  [
    'text that is no address',
    ['--url', 'not a url'],
    /^--url "not a url" is not a web page's address; expected an http:\/\/ or https:\/\/ address, e\.g\. --url https:\/\//,
  ],
  [
    'a javascript: address',
    ['--url', 'javascript:alert(1)'],
    /^--url "javascript:alert\(1\)" is not a web page's address; expected an http:\/\/ or https:\/\/ address/,
  ],
  ['a file: address', ['--url', 'file:///etc/passwd'], /^--url "file:\/\/\/etc\/passwd" is not a web page's address/],
  [
    'a wait that is no number',
    ['--wait', 'soon'],
    /^--wait "soon" is not a whole number of seconds; expected a number of seconds, e\.g\. --wait \d+$/,
  ],
  ['an empty headline', ['--title', '  '], /^--title is empty; expected the headline in quotes, e\.g\. --title "/],
  [
    'an unknown option',
    ['--updte'],
    /^unknown option --updte; the options are --dry-run, --json, --update, --url URL, --title TEXT, --today YYYY-MM-DD/,
  ],
  ['an unknown short option', ['-u'], /^unknown option -u; the options are /],
  ['a value for an option that takes none', ['--update=yes'], /^--update takes no value; the options are /],
];

describe('import with a mistake on its command line', () => {
  test.each(MISTAKES)('%s: one line naming the option and its form, exit code 2, nothing written', (_, args, message) => {
    const content = emptyArchive();
    const before = fileHashes(content);
    const run = runImport(content, [...args, DECEMBER_RAW]);
    expect(run.stderr.trimEnd().split('\n'), run.stderr).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(message);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(2);
    expect(fileHashes(content)).toEqual(before);
  });

  test('a missing value names the option and what it takes', () => {
    const run = runImport(emptyArchive(), [DECEMBER_RAW, '--today']);
    expect(run.stderr).toBe('--today needs a value: YYYY-MM-DD, e.g. --today 2026-06-30\n');
    expect(run.status).toBe(2);
  });

  test('a headline is given for one file only', () => {
    const run = runImport(emptyArchive(), ['--title', 'Ngoại giao kinh tế', DECEMBER_RAW, DECEMBER_RAW]);
    expect(run.stderr).toBe('--title gives the headline of a single input file; import the files one by one\n');
    expect(run.status).toBe(2);
  });

  test('a good date and address are taken', () => {
    const content = emptyArchive();
    const run = runImport(content, ['--today', '2024-02-29', '--url', 'https://vov.vn/chinh-tri/ngoai-giao-kinh-te.vov', DECEMBER_RAW]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const article = Object.keys(fileHashes(content)).find((name) => name.startsWith('articles/'))!;
    expect(article).toBe('articles/vi/2021-12-18-ngoai-giao-kinh-te-la-don-bay-quan-trong-huong-toi.mdx');
  });
});
