/** Importing into an archive: re-imports, changed sources, hand edits, the closing table. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importBatch } from '../../src/importer/batch.ts';
import { summaryTable } from '../../src/importer/report.ts';
import { FIXTURE_ARCHIVE, SEEDS_DIR, seedPath } from '../support/test-archive.ts';

const today = new Date('2026-11-23T23:59:59Z');
const seed = (prefix: string) => seedPath(readdirSync(SEEDS_DIR).find((name) => name.startsWith(prefix))!);

let dir: string;
let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'archive-batch-'));
  dir = join(work, 'content');
  cpSync(join(FIXTURE_ARCHIVE, 'registries'), join(dir, 'registries'), { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const run = (files: string[], update = false) => importBatch(files, { contentDir: dir, today, dryRun: false, update });

describe('batch import', () => {
  it('imports, then says "already archived as …" and changes nothing on a second run', () => {
    const first = run([seed('001'), seed('004')]);
    expect(first.outcomes.map((o) => o.status)).toEqual(['imported', 'imported']);
    const file = join(dir, 'articles/vi/2021-12-18-ngoai-giao-kinh-te-la-don-bay-quan-trong-huong-toi.mdx');
    const before = readFileSync(file, 'utf8');
    const second = run([seed('004')]);
    expect(second.outcomes[0]!.status).toBe('skipped');
    expect(second.outcomes[0]!.message).toMatch(/^already archived as articles\/vi\/2021-12-18-/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('reports a changed source with a summary and writes it only with --update', () => {
    run([seed('004')]);
    const file = join(dir, 'articles/vi/2021-12-18-ngoai-giao-kinh-te-la-don-bay-quan-trong-huong-toi.mdx');
    const before = readFileSync(file, 'utf8');
    const changed = join(work, 'changed.txt');
    writeFileSync(
      changed,
      readFileSync(seed('004'), 'utf8')
        .replace('Năm là,', 'Năm là, (đã sửa)')
        .replace('Theo VOV', 'Đoạn mới được bổ sung vào cuối bài viết để kiểm tra việc nhập lại khi nguồn thay đổi nội dung.\n\nTheo VOV'),
    );
    const reported = run([changed]);
    expect(reported.outcomes[0]!.status).toBe('skipped');
    expect(reported.outcomes[0]!.message).toMatch(/changed \(2 paragraph\(s\) added, 1 removed\); run again with --update/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    const updated = run([changed], true);
    expect(updated.outcomes[0]!.status).toBe('updated');
    expect(readFileSync(file, 'utf8')).toContain('(đã sửa)');
    expect(readdirSync(join(dir, 'raw')).filter((name) => name.includes('superseded'))).toHaveLength(1);
  });

  it('never overwrites a file edited by hand, even with --update', () => {
    run([seed('004')]);
    const file = join(dir, 'articles/vi/2021-12-18-ngoai-giao-kinh-te-la-don-bay-quan-trong-huong-toi.mdx');
    const edited = readFileSync(file, 'utf8').replace('author: null', 'author: "Biên tập viên"');
    writeFileSync(file, edited);
    const changed = join(work, 'changed.txt');
    writeFileSync(changed, readFileSync(seed('004'), 'utf8').replace('Năm là,', 'Năm là, (đã sửa)'));
    const outcome = run([changed], true).outcomes[0]!;
    expect(outcome.status).toBe('skipped');
    expect(outcome.message).toMatch(/edited by hand: it is left as it is \(carry the new text over by hand, .* or delete the article/);
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });

  it('previews in a dry run what the import would do: write, skip an archived text, refuse a page without a headline', () => {
    run([seed('004')]);
    const headless = join(work, 'headless.txt');
    // (the seed's paragraphs without the lines above its first paragraph, the headline among them)
    writeFileSync(headless, readFileSync(seed('001'), 'utf8').split('\n\n').slice(3).join('\n\n'));
    const preview = importBatch([seed('001'), seed('004'), seed('001')], { contentDir: dir, today, dryRun: true, update: false });
    expect(preview.outcomes.map((o) => o.status)).toEqual(['extracted', 'extracted', 'extracted']);
    expect(preview.outcomes.map((o) => o.message)).toEqual([
      expect.stringMatching(/^dry run: nothing written; the import would write .*articles\/vi\/2024-12-20-/),
      expect.stringMatching(/^dry run: nothing written; the import would skip it: already archived as articles\/vi\/2021-12-18-/),
      expect.stringMatching(/^dry run: nothing written; the import would skip it: already archived as articles\/vi\/2024-12-20-/),
    ]);
    // a preview counts for review only the pages the import would write
    expect(preview.needsReview.map((entry) => entry.file)).not.toContain(seed('004'));
    expect(readdirSync(join(dir, 'articles/vi'))).toHaveLength(1);
    const refused = importBatch([headless], { contentDir: dir, today, dryRun: true, update: false }).outcomes[0]!;
    expect(refused.message).toMatch(/^dry run: nothing written; the import would refuse it: no title found/);
    const real = run([headless]);
    expect(real.outcomes[0]!.status).toBe('failed');
    // a page the import refuses needs no review
    expect(real.needsReview).toEqual([]);
    // a headline given by a person: the article takes it, the raw text is kept as it was scraped
    const titled = importBatch([headless], {
      contentDir: dir,
      today,
      dryRun: false,
      update: false,
      title: 'Hội nghị Ngoại giao kinh tế 2024',
    });
    expect(titled.outcomes[0]!.status).toBe('imported');
    expect(titled.needsReview.flatMap((entry) => entry.fields)).not.toContain('title');
    const written = readdirSync(join(dir, 'articles/vi')).find((name) => name.includes('hoi-nghi-ngoai-giao-kinh-te-2024'))!;
    expect(readFileSync(join(dir, 'articles/vi', written), 'utf8')).toMatch(/^title: "Hội nghị Ngoại giao kinh tế 2024"$/m);
    const raw = readdirSync(join(dir, 'raw')).find((name) => name.includes('hoi-nghi-ngoai-giao-kinh-te-2024'))!;
    expect(readFileSync(join(dir, 'raw', raw))).toEqual(readFileSync(headless));
  });

  it('ends with a table of imported, skipped, failed, proposals and fields that need a person', () => {
    writeFileSync(join(dir, 'registries', 'officials.yaml'), '');
    const missing = join(work, 'missing.txt');
    const summary = run([seed('000'), seed('003'), missing]);
    const table = summaryTable(summary);
    expect(table).toMatch(/imported\s+2/);
    expect(table).toMatch(/failed\s+1/);
    expect(table).toMatch(/new officials proposed\s+.*vu-quang-minh/);
    expect(table).toMatch(/fields to review\s+date 2, author 1, official 2/);
    expect(table).toMatch(/files to review\s+.*000_.*\(date, author, official:vu-quang-minh\)/);
    expect(table).toMatch(/quotations proposed \(to confirm\)\s+0/);
    expect(table).toContain(`failed: ${missing}: cannot read the file: there is no such file (check the name and the folder)`);
  });
});
