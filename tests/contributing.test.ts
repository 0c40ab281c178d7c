/**
 * CONTRIBUTING.md, run: every shell command of the guide runs, as written, in a scratch workspace
 * (a copy of content/ beside links to the code), in the guide's order, from the state the guide
 * describes; what it prints must match the output the guide shows, "…" standing for any text.
 * The guide's YAML examples are the bundled articles' frontmatter and pass the schema.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { articleSchema } from '../src/schemas/article.ts';
import { registryIds } from '../src/lib/archive/registry-files.ts';
import { DECEMBER, JANUARY, JULY, edit } from './check/helpers.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const GUIDE = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
const LATEST = '2024-12-20-hoat-dong-ngoai-giao-kinh-te-ngay-cang-thuc-chat';

interface Step {
  section: string;
  command: string;
  /** The output the guide shows after the command, if any. */
  shown: string[];
}

/** The guide's shell commands, each with its section and the output block that follows it. */
function guideSteps(markdown: string): Step[] {
  const steps: Step[] = [];
  let section = '';
  const blocks = markdown.matchAll(/^## (.+)$|^```(\w*)\n([\s\S]*?)^```$/gm);
  for (const [, heading, language, body] of blocks) {
    if (heading) section = heading.replace(/`/g, '');
    else if (language === 'sh')
      steps.push(
        ...body
          .split('\n')
          .filter((line) => line.trim() && !line.startsWith('#'))
          .map((command) => ({ section, command, shown: [] })),
      );
    else if (language === 'text' && steps.at(-1)?.section === section && steps.at(-1)!.shown.length === 0)
      steps.at(-1)!.shown = body.split('\n').filter(Boolean);
  }
  return steps;
}

const work = mkdtempSync(join(tmpdir(), 'archive-guide-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
for (const name of ['package.json', 'node_modules', 'src', 'astro.config.mjs', 'tsconfig.json'])
  symlinkSync(join(ROOT, name), join(work, name));
cpSync(join(ROOT, 'content'), join(work, 'content'), { recursive: true });
const content = join(work, 'content');
const article = (lang: string, slug: string) => join(content, 'articles', lang, `${slug}.mdx`);
const officials = join(content, 'registries', 'officials.yaml');
const bundled = (path: string) => readFileSync(join(ROOT, 'content', path));

/** The states the guide's examples start from, set up before the command they precede. */
const setups = {
  /** The archive before the article of 18 December 2021 came in: the page saved, the official unknown. */
  beforeImport: () => {
    writeFileSync(join(work, 'page.txt'), bundled(`raw/${DECEMBER}.txt`));
    rmSync(article('vi', DECEMBER));
    rmSync(join(content, 'raw', `${DECEMBER}.txt`));
    edit(officials, /- id: nguyen-quoc-dung\n(?: {2}.*\n)*/, '');
  },
  confirmOfficial: () => {
    edit(officials, /(id: nguyen-quoc-dung[\s\S]*?)status: proposed/, '$1status: confirmed');
    edit(article('vi', DECEMBER), /needsReview:\n(?: {2}- .*\n)+/, 'needsReview: []\n');
  },
  withoutTranslation: () => rmSync(article('en', DECEMBER)),
  translationAdded: () => writeFileSync(article('en', DECEMBER), bundled(`articles/en/${DECEMBER}.mdx`)),
  fourMistakes: () => {
    edit(article('en', DECEMBER), 'translatedAt: 2026-11-23', 'translatedAt: 2026-02-30');
    edit(article('en', LATEST), `translationOf: ${LATEST}`, 'translationOf: 2024-12-20-hoat-dong-ngoai-giao-kinh-te');
    edit(article('vi', JULY), 'id: "bui-thanh-son"', 'id: "bui-thanh-sonn"');
    edit(join(content, 'raw', `${JANUARY}.txt`), 'Chiều tối 21/1', 'Chiều tối ngày 21/1');
  },
  fixed: () => {
    for (const path of [`articles/en/${DECEMBER}.mdx`, `articles/en/${LATEST}.mdx`, `articles/vi/${JULY}.mdx`, `raw/${JANUARY}.txt`])
      writeFileSync(join(content, path), bundled(path));
  },
};

/**
 * Every command of the guide, in order: its section, its exit code, the state it starts from, and
 * what must no longer be printed once the guide's fix is made. (Counts of warnings are left to the
 * guide's "…": the bundled archive may hold warnings of its own.)
 */
const SCENARIO: { section: string; command: string; exit: number; before?: () => void; gone?: RegExp }[] = [
  { section: 'Check the archive', command: 'npm run check', exit: 0 },
  { section: 'Add an article by import', command: 'npm run import -- --dry-run page.txt', exit: 0, before: setups.beforeImport },
  { section: 'Add an article by import', command: 'npm run import -- page.txt', exit: 0 },
  { section: 'Add an article by import', command: 'npm run import -- page.txt', exit: 0 },
  { section: 'Confirm a proposed official', command: 'grep -n "status: proposed" content/registries/*.yaml', exit: 0 },
  { section: 'Confirm a proposed official', command: 'npm run check', exit: 0 },
  { section: 'Confirm a proposed official', command: 'npm run check', exit: 0, before: setups.confirmOfficial, gone: /nguyen-quoc-dung/ },
  { section: 'Add an article by hand', command: `sha256sum content/raw/${JULY}.txt`, exit: 0 },
  { section: 'Add a translation', command: 'npm run check', exit: 0, before: setups.withoutTranslation },
  { section: 'Add a translation', command: 'npm run check', exit: 0, before: setups.translationAdded, gone: new RegExp(DECEMBER) },
  { section: 'Fix what npm run check reports', command: 'npm run check', exit: 1, before: setups.fourMistakes },
  {
    section: 'Fix what npm run check reports',
    command: 'npm run check',
    exit: 0,
    before: setups.fixed,
    gone: /^content\/articles\/[^:]*:\d+: (?!warning)/m,
  },
];

/** `shown` lines appear in `output` in order; "…" matches any text. */
function expectShown(output: string, shown: string[], command: string): void {
  const lines = output.split('\n');
  let at = 0;
  for (const line of shown) {
    const pattern = new RegExp(
      `^${line
        .split('…')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    const found = lines.findIndex((candidate, i) => i >= at && pattern.test(candidate));
    expect(found, `${command}: the guide shows\n${line}\nbut it printed\n${output}`).toBeGreaterThanOrEqual(0);
    at = found + 1;
  }
}

const steps = guideSteps(GUIDE);

test('the test knows every command of the guide, in the guide’s order', () => {
  expect(steps.map(({ section, command }) => ({ section, command }))).toEqual(
    SCENARIO.map(({ section, command }) => ({ section, command })),
  );
});

describe('each command, run as the guide says, in order', () => {
  for (const [i, step] of SCENARIO.entries()) {
    test(`${i + 1}. ${step.section}: ${step.command}`, () => {
      step.before?.();
      const run = spawnSync('bash', ['-c', step.command], {
        cwd: work,
        encoding: 'utf8',
        env: { ...process.env, ARCHIVE_CONTENT_DIR: content },
      });
      const output = `${run.stdout}${run.stderr}`;
      expect(run.status, output).toBe(step.exit);
      expectShown(output, steps[i]?.shown ?? [], step.command);
      if (step.gone) expect(output).not.toMatch(step.gone);
    });
  }

  test('the import wrote the bundled article again, byte for byte but the import date', () => {
    const strip = (text: string) => text.replace(/^importedAt: .*$/m, '');
    expect(strip(readFileSync(article('vi', DECEMBER), 'utf8'))).toBe(strip(bundled(`articles/vi/${DECEMBER}.mdx`).toString()));
    expect(readFileSync(join(content, 'raw', `${DECEMBER}.txt`))).toEqual(bundled(`raw/${DECEMBER}.txt`));
  });
});

describe('the guide’s YAML examples', () => {
  const examples = [...GUIDE.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((match) => parseYaml(match[1]) as Record<string, unknown>);
  const schema = articleSchema({
    officials: registryIds('officials', join(ROOT, 'content')),
    topics: registryIds('topics', join(ROOT, 'content')),
    outlets: registryIds('outlets', join(ROOT, 'content')),
  });

  test('pass the schema', () => {
    expect(examples).toHaveLength(2);
    for (const example of examples) expect(schema.safeParse(example).error?.issues ?? []).toEqual([]);
  });

  test('are the bundled articles’ frontmatter (lists shortened)', () => {
    const [byHand, translation] = examples;
    const original = matter(bundled(`articles/vi/${JULY}.mdx`).toString()).data;
    for (const [key, value] of Object.entries(byHand)) {
      if (Array.isArray(value)) expect(original[key].slice(0, value.length), key).toEqual(value);
      else expect(original[key], key).toEqual(value);
    }
    const english = parseYaml(/^---\n([\s\S]*?)\n---/.exec(bundled(`articles/en/${DECEMBER}.mdx`).toString())![1]);
    expect(translation).toEqual(english);
  });
});

test('every npm script the guide names exists', () => {
  const scripts = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts);
  for (const [, name] of GUIDE.matchAll(/npm run (\w[\w:-]*)/g)) expect(scripts).toContain(name);
});
