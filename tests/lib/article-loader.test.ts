/** The article loader: ids as the glob loader gave them, bodies rendered once and again only when changed, the contract enforced. */
import { rmSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleFiles } from '../../src/lib/archive/loader.ts';
import { checkContent } from '../../src/check/index.ts';
import { formatFinding } from '../../src/check/findings.ts';
import { fixtureArchive, PARAGRAPHS, type Fixture } from '../support/fixture-archive.ts';

type Entry = { id: string; data: Record<string, unknown>; digest?: string; rendered?: { html: string } };

let archive: Fixture;

/** A content store and the parts of Astro's loader context the loader uses; counts what it renders. */
function context() {
  const entries = new Map<string, Entry>();
  const rendered: string[] = [];
  const warnings: string[] = [];
  const ctx = {
    store: {
      get: (id: string) => entries.get(id),
      set: (e: Entry) => entries.set(e.id, e),
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    renderMarkdown: async (text: string) => (rendered.push(text.trim()), { html: `<p>${text.trim()}</p>` }),
    generateDigest: (value: unknown) => JSON.stringify(value),
    config: { root: pathToFileURL(`${archive.dir}/`) },
    logger: { warn: (message: string) => warnings.push(message), error: () => undefined },
  };
  return { entries, rendered, warnings, ctx: ctx as unknown as LoaderContext };
}

beforeEach(() => {
  archive = fixtureArchive();
});
afterEach(() => archive.remove());

describe('articleFiles', () => {
  it('loads vi/ and en/ files as "<lang>/<slug>" with their frontmatter and rendered text', async () => {
    archive.original('bai-mot', { body: 'Đoạn một.' });
    archive.translation('bai-mot', { body: 'Paragraph one.' });
    const { entries, ctx } = context();
    await articleFiles(archive.dir).load(ctx);
    expect([...entries.keys()].sort()).toEqual(['en/bai-mot', 'vi/bai-mot']);
    expect(entries.get('vi/bai-mot')).toMatchObject({
      data: { title: 'Hội nghị ngoại giao kinh tế bai-mot' },
      rendered: { html: '<p>Đoạn một.</p>' },
    });
  });

  it('renders again only what changed, and drops what is gone', async () => {
    archive.original('a', { body: 'Một.' });
    archive.original('b', { body: 'Hai.' });
    const { entries, rendered, ctx } = context();
    await articleFiles(archive.dir).load(ctx);
    archive.original('a', { body: 'Một, đã sửa.' });
    rmSync(archive.original('b'));
    rmSync(`${archive.dir}/raw/b.txt`);
    await articleFiles(archive.dir).load(ctx);
    expect(rendered).toEqual(['Một.', 'Hai.', 'Một, đã sửa.']);
    expect([...entries.keys()]).toEqual(['vi/a']);
  });

  it('refuses an archive the content check refuses, with the check’s own lines, and stores nothing', async () => {
    archive.original('a', { body: `${PARAGRAPHS[0]}\n\nVăn bản <b>đậm</b>.` });
    archive.original('b', { data: { officials: [{ id: 'bui-thanh-sonn', title: 'Bộ trưởng' }] } });
    const expected = checkContent(archive.dir).findings.map((finding) => formatFinding(finding, relative(archive.dir, finding.file)));
    // the two errors, and for each original its missing English title and an official's title with no English form
    expect(expected).toHaveLength(6);
    const { entries, ctx } = context();
    const failure = articleFiles(archive.dir).load(ctx);
    await expect(failure).rejects.toThrow(/^the content check found 2 errors; nothing was built:\n/);
    const message = await failure.catch((thrown: Error) => thrown.message);
    for (const line of expected.filter((text) => !text.includes('warning:'))) expect(message).toContain(line);
    expect(entries.size).toBe(0);
  });

  it('passes warnings on as warnings and composes decomposed letters', async () => {
    archive.original('a', { body: 'Bộ trưởng Bùi Thanh Sơn.'.normalize('NFD') });
    const { entries, warnings, rendered, ctx } = context();
    await articleFiles(archive.dir).load(ctx);
    expect(warnings.some((text) => text.includes('decomposed letters'))).toBe(true);
    expect(rendered).toEqual(['Bộ trưởng Bùi Thanh Sơn.'.normalize('NFC')]);
    expect(entries.has('vi/a')).toBe(true);
  });
});
