/**
 * The MDX writer: every paragraph must come back as exactly its text when MDX parses the output.
 * The output is parsed as MDX with remark-parse + remark-mdx (the micromark MDX syntax); the
 * property tests in tests/hostile/ compile and run it with both MDX compilers.
 */
import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { parse as parseYaml } from 'yaml';
import { paragraphsToMdx, toMdxFile } from '../../src/importer/mdx.ts';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

const parser = unified().use(remarkParse).use(remarkMdx);

/** Parses MDX and returns each top-level block's plain text; fails on anything but paragraphs of text. */
function mdxParagraphTexts(mdx: string): string[] {
  const root = parser.parse(mdx) as unknown as MdNode;
  return (root.children ?? []).map((block) => {
    expect(block.type, `block in ${JSON.stringify(mdx)}`).toBe('paragraph');
    return (block.children ?? [])
      .map((inline) => {
        expect(inline.type, `inline node in ${JSON.stringify(mdx)}`).toBe('text');
        return inline.value ?? '';
      })
      .join('');
  });
}

const TRICKY = [
  'Giá trị {x} và {1 + 1} không phải biểu thức.',
  'Mở ngoặc { mà không đóng',
  'Đóng ngoặc } mà không mở',
  'So sánh a < b và c > d, còn <Component /> không phải JSX.',
  '<div>thẻ HTML</div> ở đầu đoạn',
  '<!-- không phải chú thích -->',
  'Dùng `code` và ``hai dấu`` trong câu, thêm một dấu ` lẻ.',
  'import khẩu hàng hóa tăng 10% so với cùng kỳ.',
  'export sang Hoa Kỳ đạt 100 tỷ USD.',
  'import',
  'export default function () {}',
  '# không phải tiêu đề',
  '## cũng không phải',
  '- không phải danh sách',
  '* dấu sao đầu đoạn',
  '+ dấu cộng đầu đoạn',
  '1. không phải danh sách đánh số',
  '2) kiểu ngoặc đơn',
  '> không phải trích dẫn',
  '---',
  '***',
  '===',
  '_nghiêng_ và **đậm** và [liên kết](https://baoquocte.vn) và ![ảnh](a.png)',
  'Ký tự &amp; và &#123; giữ nguyên, dấu \\ và \\{ cũng vậy.',
  'Dòng có    nhiều dấu cách bên trong',
  'Kết thúc bằng dấu gạch chéo ngược\\',
  '[^1]: chú thích cuối trang',
  '[nhãn]: https://example.com',
  'Thứ nhất: 1 < 2 && 3 > 2 {a: "b"} `c` <d e="f">',
];

describe('paragraphsToMdx', () => {
  test('a plain Vietnamese paragraph is written as it is', () => {
    const p = 'Thứ trưởng Ngoại giao Vũ Quang Minh cho biết, năm 2022, công tác ngoại giao kinh tế sẽ tập trung vào một số nội dung.';
    expect(paragraphsToMdx([p]).trim()).toBe(p);
  });

  test.each(TRICKY)('round-trips %j', (text) => {
    expect(mdxParagraphTexts(paragraphsToMdx([text]))).toEqual([text]);
  });

  test('all tricky paragraphs together round-trip as separate paragraphs, in order', () => {
    const paragraphs = [...TRICKY];
    expect(mdxParagraphTexts(paragraphsToMdx(paragraphs))).toEqual(paragraphs);
  });

  test('the MDX output contains no MDX syntax nodes anywhere', () => {
    const root = parser.parse(paragraphsToMdx(TRICKY)) as unknown as MdNode;
    const types = new Set<string>();
    const walk = (node: MdNode) => {
      types.add(node.type);
      node.children?.forEach(walk);
    };
    walk(root);
    expect([...types].sort()).toEqual(['paragraph', 'root', 'text']);
  });
});

describe('toMdxFile', () => {
  test('frontmatter strings stay strings (a date is not a Date) and the body follows', () => {
    const frontmatter = {
      title: 'Ngoại giao kinh tế năm 2022: Tranh thủ xu hướng "phục hồi" # của các nước',
      date: '2024-12-20',
      author: 'T. ĐẠT',
      tags: ['economic-diplomacy', 'yes', 'null'],
    };
    const file = toMdxFile(frontmatter, ['Đoạn {một}.', '# Đoạn hai']);
    const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(file);
    expect(match).not.toBeNull();
    expect(parseYaml(match![1])).toEqual(frontmatter);
    expect(mdxParagraphTexts(match![2])).toEqual(['Đoạn {một}.', '# Đoạn hai']);
  });
});
