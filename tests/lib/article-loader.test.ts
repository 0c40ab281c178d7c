/** The article loader: ids as the glob loader gave them, bodies rendered once and again only when changed, markup refused. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleFiles } from '../../src/lib/article-loader.ts';

type Entry = { id: string; data: Record<string, unknown>; digest?: string; rendered?: { html: string } };

let base: string;
const write = (path: string, body: string, title = 'Tiêu đề') => {
  mkdirSync(join(base, path, '..'), { recursive: true });
  writeFileSync(join(base, path), `---\ntitle: "${title}"\n---\n\n${body}\n`);
};

/** A content store and the parts of Astro's loader context the loader uses; counts what it renders. */
function context() {
  const entries = new Map<string, Entry>();
  const rendered: string[] = [];
  const ctx = {
    store: { get: (id: string) => entries.get(id), set: (e: Entry) => entries.set(e.id, e), keys: () => [...entries.keys()], delete: (id: string) => entries.delete(id) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    renderMarkdown: async (text: string) => (rendered.push(text), { html: `<p>${text.trim()}</p>` }),
    generateDigest: (text: string) => String(text.length) + text.slice(-20),
    config: { root: pathToFileURL(`${base}/`) },
    logger: { error: () => undefined },
  };
  return { entries, rendered, ctx: ctx as unknown as LoaderContext };
}

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'article-loader-'));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('articleFiles', () => {
  it('loads vi/ and en/ files as "<lang>/<slug>" with their frontmatter and rendered text', async () => {
    write('vi/bai-mot.mdx', 'Đoạn một.');
    write('en/bai-mot.mdx', 'Paragraph one.', 'Title');
    const { entries, ctx } = context();
    await articleFiles(base).load(ctx);
    expect([...entries.keys()].sort()).toEqual(['en/bai-mot', 'vi/bai-mot']);
    expect(entries.get('vi/bai-mot')).toMatchObject({ data: { title: 'Tiêu đề' }, rendered: { html: '<p>Đoạn một.</p>' } });
  });

  it('renders again only what changed, and drops what is gone', async () => {
    write('vi/a.mdx', 'Một.');
    write('vi/b.mdx', 'Hai.');
    const { entries, rendered, ctx } = context();
    await articleFiles(base).load(ctx);
    write('vi/a.mdx', 'Một, đã sửa.');
    rmSync(join(base, 'vi/b.mdx'));
    await articleFiles(base).load(ctx);
    expect(rendered.map((text) => text.trim())).toEqual(['Một.', 'Hai.', 'Một, đã sửa.']);
    expect([...entries.keys()]).toEqual(['vi/a']);
  });

  it.each([
    ['markup', 'Văn bản <b>đậm</b>.'],
    ['an expression', 'Năm {2022}.'],
    ['an import line', 'import x from "y"'],
    ['an indented line', '    thụt lề'],
  ])('refuses a text holding %s, which Markdown and MDX would render differently', async (_, body) => {
    write('vi/x.mdx', `Đoạn đầu.\n\n${body}`);
    await expect(articleFiles(base).load(context().ctx)).rejects.toThrow(/^vi\/x\.mdx:7: the text holds markup/);
  });

  it('accepts what the importer escapes', async () => {
    write('vi/x.mdx', 'Giá \\{ước tính\\} và \\<50%.');
    const { entries, ctx } = context();
    await articleFiles(base).load(ctx);
    expect(entries.has('vi/x')).toBe(true);
  });
});
