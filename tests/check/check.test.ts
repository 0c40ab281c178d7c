/** The content check on the bundled archive, and on scratch copies of the test archive with one thing broken each. */
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import { formatFinding, type Finding } from '../../src/check/findings.ts';
import { CONTENT, DECEMBER, JANUARY, JULY, edit, scratchContent } from './helpers.ts';

const NOW = new Date('2026-11-30T12:00:00Z');

/** Findings with their place relative to the content folder ("articles/vi/x.mdx:12"). */
const placed = (dir: string, findings: Finding[]) =>
  findings.map((finding) => ({ ...finding, at: `${finding.file.slice(dir.length + 1)}:${finding.line}` }));
/** The test archive unbroken, and what it reports itself (warnings it may hold), left out of each test's findings. */
const pristine = scratchContent();
const baseline = new Set(placed(pristine, checkContent(pristine, NOW).findings).map((f) => `${f.at} ${f.message}`));

/** The findings a scratch copy of the archive gets after `breakIt`. */
function findingsAfter(breakIt: (dir: string) => void): (Finding & { at: string })[] {
  const dir = scratchContent();
  breakIt(dir);
  return placed(dir, checkContent(dir, NOW).findings).filter((f) => !baseline.has(`${f.at} ${f.message}`));
}

const article = (dir: string, lang: string, slug: string) => join(dir, 'articles', lang, `${slug}.mdx`);

/** The 1-based line of the first line of `file` that contains `text`. */
function lineOf(file: string, text: string): number {
  const index = readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text));
  if (index === -1) throw new Error(`${text} not in ${file}`);
  return index + 1;
}

test('the bundled archive has no errors', () => {
  expect(
    checkContent(CONTENT, new Date())
      .findings.filter((f) => f.severity === 'error')
      .map((f) => formatFinding(f)),
  ).toEqual([]);
});

describe('one broken thing, one finding at its line', () => {
  test('an unknown official, with the closest known id', () => {
    const findings = findingsAfter((dir) => edit(article(dir, 'vi', JULY), 'id: "bui-thanh-son"', 'id: "bui-thanh-sonn"'));
    expect(findings).toMatchObject([
      {
        at: `articles/vi/${JULY}.mdx:${lineOf(article(pristine, 'vi', JULY), 'id: "bui-thanh-son"')}`,
        severity: 'error',
        message: 'unknown official "bui-thanh-sonn" (closest known id: "bui-thanh-son")',
        hint: 'add it to content/registries/officials.yaml or fix the id',
      },
    ]);
  });

  test('an unknown topic and outlet', () => {
    const findings = findingsAfter((dir) => {
      edit(article(dir, 'vi', JANUARY), '"vaccine-diplomacy"', '"vacine-diplomacy"');
      edit(article(dir, 'vi', JANUARY), 'outlet: "haiphong-portal"', 'outlet: "haiphong-portl"');
    });
    expect(findings.map((f) => f.message)).toEqual([
      'unknown outlet "haiphong-portl" (closest known id: "haiphong-portal")',
      'unknown topic "vacine-diplomacy" (closest known id: "vaccine-diplomacy")',
    ]);
  });

  test('a missing required field names the field and where to add it', () => {
    const findings = findingsAfter((dir) => edit(article(dir, 'en', DECEMBER), /^translator: .*\n/m, ''));
    expect(findings).toMatchObject([
      { severity: 'error', message: 'translator is required on a translation', hint: expect.stringContaining('add "translator:"') },
    ]);
  });

  test('a wrong type names the field', () => {
    const findings = findingsAfter((dir) => edit(article(dir, 'vi', JULY), 'dateInferred: true', 'dateInferred: "yes"'));
    expect(findings).toMatchObject([{ at: `articles/vi/${JULY}.mdx:6`, message: expect.stringMatching(/^dateInferred: .*boolean/) }]);
  });

  test('frontmatter that is not YAML, or missing, is reported, not thrown', () => {
    const findings = findingsAfter((dir) => {
      edit(article(dir, 'vi', JULY), 'language: "vi"', 'language: "vi');
      writeFileSync(article(dir, 'en', JANUARY), 'Just text, no frontmatter.\n');
    });
    expect(findings.map((f) => f.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^no frontmatter/), expect.stringMatching(/^the frontmatter is not valid YAML/)]),
    );
  });

  test('an original whose frontmatter cannot be read gets that one error: its translation is not told it has no original, nor its raw text to be deleted', () => {
    const findings = findingsAfter((dir) => edit(article(dir, 'vi', JULY), 'language: "vi"', 'language: "vi'));
    expect(findings.map((f) => `${f.at.replace(/:\d+$/, '')} ${f.message}`)).toEqual([
      expect.stringMatching(new RegExp(`^articles/vi/${JULY}\\.mdx the frontmatter is not valid YAML`)),
    ]);
  });

  test('frontmatter without its closing line says so, not what the YAML reader makes of the text', () => {
    const findings = findingsAfter((dir) => edit(article(dir, 'vi', JULY), /\n---\n/, '\n'));
    expect(findings).toMatchObject([{ at: `articles/vi/${JULY}.mdx:1`, message: 'the frontmatter has no closing "---" line' }]);
  });

  test('an official’s title the titles registry cannot put into English is a warning at its line', () => {
    const findings = findingsAfter((dir) =>
      edit(article(dir, 'vi', JULY), 'title: "Đại sứ Việt Nam tại Hoa Kỳ"', 'title: "Đặc phái viên tại Hoa Kỳ"'),
    );
    expect(findings).toMatchObject([
      {
        at: `articles/vi/${JULY}.mdx:${lineOf(article(pristine, 'vi', JULY), 'title: "Đại sứ Việt Nam tại Hoa Kỳ"')}`,
        severity: 'warning',
        message: 'the title "Đặc phái viên tại Hoa Kỳ" has no English form: English pages show it in Vietnamese',
      },
    ]);
  });

  test('a duplicate registry id, at the second entry', () => {
    const findings = findingsAfter((dir) =>
      appendFileSync(join(dir, 'registries', 'officials.yaml'), '- id: bui-thanh-son\n  name: Bùi Thanh Sơn\n  ascii: Bui Thanh Son\n'),
    );
    // reported once: not again as every reference into the registry that could not be read
    const lines = readFileSync(join(pristine, 'registries', 'officials.yaml'), 'utf8').split('\n').length;
    expect(findings).toMatchObject([
      { at: `registries/officials.yaml:${lines}`, message: expect.stringMatching(/^duplicate id "bui-thanh-son" \(first at line \d+\)/) },
    ]);
  });

  test('a registry entry that breaks its schema', () => {
    const findings = findingsAfter((dir) =>
      edit(join(dir, 'registries', 'officials.yaml'), 'ascii: Bui Thanh Son', 'ascii: Bùi Thanh Sơn'),
    );
    expect(findings).toMatchObject([{ message: 'entry "bui-thanh-son": ascii must be plain ASCII' }]);
  });

  test('a proposed official is a warning', () => {
    const findings = findingsAfter((dir) =>
      edit(join(dir, 'registries', 'officials.yaml'), /(id: nguyen-quoc-dung[\s\S]*?)status: confirmed/, '$1status: proposed'),
    );
    expect(findings).toMatchObject([
      { severity: 'warning', message: 'official "nguyen-quoc-dung" was proposed by the importer and awaits a person' },
    ]);
  });

  test('two originals at one slug, a slug that is not a slug, a language that is not the folder', () => {
    const findings = findingsAfter((dir) => {
      edit(article(dir, 'en', JULY), /^translationOf: .*\n/m, '');
      cpSync(article(dir, 'vi', JANUARY), join(dir, 'articles', 'vi', 'Bài Mới.mdx'));
      edit(article(dir, 'vi', DECEMBER), 'language: "vi"', 'language: "en"');
    });
    const messages = findings.filter((f) => f.severity === 'error').map((f) => f.message);
    expect(messages).toContain(`two originals share the slug "${JULY}" (the other is en/${JULY}.mdx)`);
    expect(messages).toContain('the file name "Bài Mới" is not a slug: lowercase ASCII words joined by hyphens');
    expect(findings.find((f) => f.message.startsWith('the file name'))!.hint).toBe('rename it, e.g. to "bai-moi.mdx"');
    expect(messages).toContain('language "en" does not match the folder "vi"');
  });

  test('the same raw text archived twice', () => {
    const findings = findingsAfter((dir) => {
      const copy = readFileSync(article(dir, 'vi', JANUARY), 'utf8').replace(/^title: .*$/m, 'title: "Bản sao"');
      writeFileSync(join(dir, 'articles', 'vi', 'ban-sao.mdx'), copy);
    });
    expect(findings.filter((f) => f.severity === 'error')).toMatchObject([
      {
        at: expect.stringMatching(/^articles\/vi\/ban-sao\.mdx:\d+$/),
        message: expect.stringContaining(`is already archived as vi/${JANUARY}.mdx`),
      },
    ]);
  });

  test('raw fixity: an edited raw text, a missing one, and one no article names', () => {
    const findings = findingsAfter((dir) => {
      appendFileSync(join(dir, 'raw', `${JULY}.txt`), ' ');
      rmSync(join(dir, 'raw', `${JANUARY}.txt`));
      writeFileSync(join(dir, 'raw', 'stray.txt'), 'text');
    });
    expect(findings).toMatchObject([
      {
        at: `articles/vi/${JULY}.mdx:${lineOf(article(pristine, 'vi', JULY), 'sha256:')}`,
        message: expect.stringMatching(/has sha256 [0-9a-f]{64}, not the recorded [0-9a-f]{64}: the raw text changed$/),
      },
      {
        at: `articles/vi/${JANUARY}.mdx:${lineOf(article(pristine, 'vi', JANUARY), 'path: "raw/')}`,
        message: `the raw file raw/${JANUARY}.txt does not exist`,
      },
      { at: 'raw/stray.txt:1', severity: 'warning', message: 'no article names this raw text' },
    ]);
  });

  test('dates: not a real date, in the future, after the import, inferred from nothing', () => {
    const findings = findingsAfter((dir) => {
      edit(article(dir, 'vi', JANUARY), 'date: "2022-01-21"', 'date: "2022-02-29"');
      edit(article(dir, 'en', JANUARY), /translatedAt: .*/, 'translatedAt: 2026-13-01');
      edit(article(dir, 'vi', JULY), 'importedAt: "2026-11-23"', 'importedAt: "2027-01-02"');
      edit(article(dir, 'vi', DECEMBER), 'importedAt: "2026-11-23"', 'importedAt: "2021-12-01"');
    });
    expect(findings.map((f) => `${f.at.split('/').pop()!.slice(0, 10)} ${f.message}`).sort()).toEqual([
      '2021-07-29 importedAt "2027-01-02" is in the future',
      '2021-12-18 date "2021-12-18" is later than importedAt "2021-12-01": an article cannot be published after it was archived',
      '2022-01-21 date "2022-02-29" is not a real date: 2022-02 has 28 days',
      '2022-01-21 translatedAt "2026-13-01" is not a real date: there is no month 13',
    ]);
  });

  test('an inferred date without a date, and a precision that does not match the date', () => {
    const findings = findingsAfter((dir) => {
      edit(article(dir, 'vi', JULY), /date: "2021-07-29"\ndatePrecision: "day"/, 'date: null\ndatePrecision: null');
      edit(article(dir, 'vi', JANUARY), 'datePrecision: "day"', 'datePrecision: "month"');
    });
    expect(findings.map((f) => f.message).sort()).toEqual([
      'dateInferred is true but date is null',
      'datePrecision "month" does not match date "2022-01-21" (expected day)',
    ]);
  });

  test('translations: without an original, disagreeing metadata, paragraphs missing, an original without English', () => {
    const findings = findingsAfter((dir) => {
      rmSync(article(dir, 'vi', DECEMBER));
      rmSync(join(dir, 'raw', `${DECEMBER}.txt`));
      edit(article(dir, 'en', JANUARY), /^language: en$/m, 'language: en\ndate: "2022-01-22"');
      edit(article(dir, 'en', JULY), /\n\n[^\n]+\n*$/, '\n');
      rmSync(article(dir, 'en', '2024-12-20-hoat-dong-ngoai-giao-kinh-te-ngay-cang-thuc-chat'));
    });
    expect(findings.map((f) => `${f.severity} ${f.message}`)).toEqual([
      'warning the translation has 32 paragraphs, the original 33',
      `error there is no original vi/${DECEMBER}.mdx for this translation`,
      'error date differs from the original\'s ("2022-01-21")',
      'warning no English title or summary: English pages show this article under its Vietnamese title',
    ]);
  });

  test('MDX code in an article, and an article with no text', () => {
    const findings = findingsAfter((dir) => {
      appendFileSync(article(dir, 'vi', JULY), '\nexport const x = 1\n');
      writeFileSync(article(dir, 'en', JANUARY), readFileSync(article(dir, 'en', JANUARY), 'utf8').replace(/\n---\n[\s\S]*$/, '\n---\n'));
      appendFileSync(article(dir, 'vi', JANUARY), '\nGiá {trị\n');
    });
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([
      'the article has no text',
      'an import or export line, which MDX would run: "export const x = 1"',
      expect.stringMatching(/^the text is not valid MDX: /),
    ]);
    const lines = readFileSync(article(pristine, 'vi', JULY), 'utf8').split('\n').length;
    expect(findings.find((f) => f.message.includes('export const'))!.line).toBe(lines + 1);
  });
});

describe('formatFinding', () => {
  test('file:line: message (hint), warnings marked', () => {
    expect(formatFinding({ file: 'a.mdx', line: 3, severity: 'error', message: 'm', hint: 'h' })).toBe('a.mdx:3: m (h)');
    expect(formatFinding({ file: 'a.mdx', line: 3, severity: 'warning', message: 'm', hint: 'h' }, 'b.mdx')).toBe(
      'b.mdx:3: warning: m (h)',
    );
  });
});

test('a language folder the archive does not have', () => {
  const findings = findingsAfter((dir) => {
    mkdirSync(join(dir, 'articles', 'fr'));
    cpSync(article(dir, 'en', JULY), join(dir, 'articles', 'fr', `${JULY}.mdx`));
  });
  expect(findings.map((f) => f.message)).toContain('"fr" is not a language folder of the archive');
});
