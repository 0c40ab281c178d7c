/**
 * Small archives that tests build for themselves: registries with a few entries and articles
 * written as an archivist would, each original with its kept raw text and checksum. Tests of
 * behaviour use these, so an archivist's change to content/ never changes what they assert.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

const REGISTRIES: Record<string, unknown[]> = {
  officials: [
    { id: 'bui-thanh-son', name: 'Bùi Thanh Sơn', ascii: 'Bui Thanh Son', status: 'confirmed' },
    { id: 'nguyen-minh-vu', name: 'Nguyễn Minh Vũ', ascii: 'Nguyen Minh Vu', status: 'confirmed' },
  ],
  topics: [
    {
      id: 'economic-diplomacy',
      label: { vi: 'Ngoại giao kinh tế', en: 'Economic diplomacy' },
      description: { vi: 'Ngoại giao phục vụ phát triển kinh tế.', en: 'Diplomacy in the service of the economy.' },
      keywords: { vi: ['ngoại giao kinh tế'], en: ['economic diplomacy'] },
    },
  ],
  outlets: [
    {
      id: 'baoquocte',
      name: 'Báo Thế giới và Việt Nam',
      nameEn: 'The World and Vietnam Report',
      site: 'baoquocte.vn',
      language: 'vi',
      markers: ['TG&VN'],
    },
  ],
  titles: [],
  places: [],
};

export const PARAGRAPHS = [
  'Sáng 14/3, tại Hà Nội, Bộ Ngoại giao tổ chức hội nghị về công tác ngoại giao kinh tế năm 2023.',
  'Phát biểu tại hội nghị, Bộ trưởng Bùi Thanh Sơn nhấn mạnh vai trò của các cơ quan đại diện ở nước ngoài.',
  'Các doanh nghiệp đề nghị tăng cường xúc tiến thương mại tại châu Phi và Trung Đông.',
];
export const TRANSLATED = [
  'On the morning of 14 March in Ha Noi, the Ministry of Foreign Affairs held a conference on economic diplomacy in 2023.',
  'Speaking at the conference, Minister Bui Thanh Son stressed the role of the representative missions abroad.',
  'Businesses asked for more trade promotion in Africa and the Middle East.',
];

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const frontmatterFile = (data: Record<string, unknown>, body: string) => `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`;

export interface Fixture {
  /** The content folder. */
  dir: string;
  /** The temporary folder holding it, where a test may build the site. */
  work: string;
  /** Writes `content/<path>`. */
  write(path: string, text: string | Uint8Array): void;
  /** Adds an original with its raw text; `data` overrides frontmatter fields (undefined removes one). */
  original(slug: string, options?: { lang?: 'vi' | 'en'; body?: string; data?: Record<string, unknown>; raw?: string }): string;
  /** Adds the English translation of a Vietnamese original. */
  translation(slug: string, options?: { body?: string; data?: Record<string, unknown> }): string;
  remove(): void;
}

const withOverrides = (data: Record<string, unknown>, overrides: Record<string, unknown> = {}) => {
  const merged = { ...data, ...overrides };
  for (const [key, value] of Object.entries(merged)) if (value === undefined) delete merged[key];
  return merged;
};

/** A new archive in a temporary folder with the registries above and no articles. */
export function fixtureArchive(): Fixture {
  const work = mkdtempSync(join(tmpdir(), 'archive-fixture-'));
  const dir = join(work, 'content');
  const write = (path: string, text: string | Uint8Array) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  for (const [name, entries] of Object.entries(REGISTRIES)) write(`registries/${name}.yaml`, entries.length ? stringify(entries) : '[]\n');
  return {
    dir,
    work,
    write,
    original(slug, { lang = 'vi', body = PARAGRAPHS.join('\n\n'), data, raw = `${slug}\n\n${PARAGRAPHS.join('\n')}\n` } = {}) {
      write(`raw/${slug}.txt`, raw);
      const frontmatter = {
        title: `Hội nghị ngoại giao kinh tế ${slug}`,
        language: lang,
        date: '2023-03-14',
        datePrecision: 'day',
        dateInferred: false,
        outlet: 'baoquocte',
        originalOutlet: null,
        author: 'Trung Hiếu',
        sourceUrl: `https://baoquocte.vn/${slug}.html`,
        officials: [{ id: 'bui-thanh-son', title: 'Bộ trưởng Bộ Ngoại giao' }],
        topics: ['economic-diplomacy'],
        raw: { path: `raw/${slug}.txt`, sha256: sha256(raw) },
        importedAt: '2023-03-15',
      };
      const path = `articles/${lang}/${slug}.mdx`;
      write(path, frontmatterFile(withOverrides(frontmatter, data), body));
      return join(dir, path);
    },
    translation(slug, { body = TRANSLATED.join('\n\n'), data } = {}) {
      const frontmatter = {
        title: `Economic diplomacy conference ${slug}`,
        summary: 'The ministry met businesses on economic diplomacy.',
        language: 'en',
        translationOf: slug,
        translator: 'Archive staff',
        translationKind: 'unofficial',
      };
      const path = `articles/en/${slug}.mdx`;
      write(path, frontmatterFile(withOverrides(frontmatter, data), body));
      return join(dir, path);
    },
    remove: () => rmSync(work, { recursive: true, force: true }),
  };
}
