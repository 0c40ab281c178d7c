/** Shared helpers for the importer tests: paths, registries, and running the pure extractor. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { extractArticle, type ArticleRecord, type ImportResult } from '../../src/importer/extract.ts';
import { loadRegistries } from '../../src/importer/registries.ts';
import { FIXTURE_ARCHIVE, seedPath } from '../support/test-archive.ts';

/** The repository root, from this file's location. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A fixed import date, later than every article under test. */
export const TODAY = new Date('2026-06-30T23:59:59Z');

/** The test archive's registries: the bundled ones change as archivists confirm officials. */
export const registries = loadRegistries(FIXTURE_ARCHIVE);

export const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

export function readSeed(name: string): Uint8Array {
  return readFileSync(seedPath(name));
}

/** Runs the importer on raw bytes or a string. */
export function extract(input: string | Uint8Array, today: Date = TODAY): ImportResult {
  return extractArticle(typeof input === 'string' ? encode(input) : input, registries, { today });
}

/** Runs the importer and fails the test (showing the errors) unless it produced an article. */
export function extractOk(input: string | Uint8Array, today: Date = TODAY): ArticleRecord {
  const result = extract(input, today);
  if (!result.ok) expect.fail(`expected an article, got errors: ${result.errors.join('; ')}`);
  return result;
}

/** The page as a scraper writes it: lines joined by newlines. */
export const page = (...lines: string[]): string => lines.join('\n');

/** Real article paragraphs used to build small hand-written pages. */
export const TITLE = 'Ngoại giao kinh tế đồng hành cùng doanh nghiệp mở rộng thị trường xuất khẩu';
export const DATE_LINE = '15/03/2023 - 08:30';
export const P1 =
  'Sáng 14/3, tại Hà Nội, Bộ Ngoại giao phối hợp với Bộ Công Thương tổ chức hội nghị kết nối doanh nghiệp với các cơ quan đại diện Việt Nam ở nước ngoài nhằm thúc đẩy xuất khẩu nông sản sang các thị trường mới.';
export const P2 =
  'Phát biểu tại hội nghị, đại diện Bộ Ngoại giao cho biết các cơ quan đại diện sẽ tiếp tục cung cấp thông tin thị trường, hỗ trợ doanh nghiệp tìm kiếm đối tác và tháo gỡ vướng mắc về rào cản kỹ thuật.';
export const P3 =
  'Các doanh nghiệp tham dự đánh giá cao hình thức kết nối trực tuyến, đồng thời đề nghị tăng cường tổ chức các đoàn xúc tiến thương mại tại chỗ ở châu Phi, Trung Đông và Mỹ Latinh trong năm tới.';
export const P4 =
  'Dịp này, hai bộ đã ký kết chương trình phối hợp triển khai công tác ngoại giao kinh tế giai đoạn 2023 - 2025, trong đó tập trung vào chuyển đổi số và phát triển thương hiệu quốc gia.';
export const ARTICLE = [P1, P2, P3, P4];

/** Asserts no paragraph is a lone punctuation or symbol line. */
export function expectNoPunctuationOnlyParagraphs(paragraphs: readonly string[]): void {
  for (const p of paragraphs) expect(p, `paragraph ${JSON.stringify(p)}`).not.toMatch(/^[\p{P}\p{S}\s]*$/u);
}
