/** The tree an annotated article's page is rendered from: the site's anchors and heading ids, its components kept with their props. */
import { describe, expect, it } from 'vitest';
import { articleTree, attributesOf, propsOf, type TreeNode } from '../../src/lib/archive/article-tree.ts';
import { annotationsOf } from '../../src/lib/archive/annotations.ts';

const BODY = [
  'Sáng 14/3, <Official id="bui-thanh-son">Bộ trưởng Bùi Thanh Sơn</Official> chủ trì hội nghị.',
  '<Note>\nGhi chú của người lưu trữ.\n</Note>',
  '## Phát biểu',
  '<Quote official="bui-thanh-son">“Ngoại giao kinh tế là động lực.”</Quote>',
  '- mục một',
  '<Figure src="media/a.png" alt="Toàn cảnh" caption="Hội nghị." />',
].join('\n\n');

function* walk(node: TreeNode): Generator<TreeNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}
const textOf = (node: TreeNode): string => node.value ?? (node.children ?? []).map(textOf).join('');

describe('articleTree', () => {
  const nodes = [...walk(articleTree(BODY))];
  const components = nodes.filter((node) => node.type.startsWith('mdxJsx'));

  it('anchors the paragraphs of the text as the annotations reader numbers them, and gives headings their ids', () => {
    const anchored = nodes.filter((node) => node.tagName === 'p' && attributesOf(node).id);
    expect(anchored.map((node) => [attributesOf(node).id, textOf(node)])).toEqual([
      ['p-1', 'Sáng 14/3, Bộ trưởng Bùi Thanh Sơn chủ trì hội nghị.'],
      ['p-2', '“Ngoại giao kinh tế là động lực.”'],
    ]);
    expect(annotationsOf(BODY).quotations.map((quotation) => quotation.anchor)).toEqual(['p-2']);
    expect(nodes.find((node) => node.tagName === 'h2')?.properties).toEqual({ id: 'phát-biểu' });
  });

  it('keeps each component, in order, with the props as written and its words as children', () => {
    expect(components.map((node) => [node.name, propsOf(node)])).toEqual([
      ['Official', { id: 'bui-thanh-son' }],
      ['Note', {}],
      ['Quote', { official: 'bui-thanh-son' }],
      ['Figure', { src: 'media/a.png', alt: 'Toàn cảnh', caption: 'Hội nghị.' }],
    ]);
    expect(components.map(textOf)).toEqual([
      'Bộ trưởng Bùi Thanh Sơn',
      'Ghi chú của người lưu trữ.',
      '“Ngoại giao kinh tế là động lực.”',
      '',
    ]);
  });

  it('gives a fresh tree for each text, its anchors counted from one', () => {
    const second = [...walk(articleTree('Một đoạn.'))];
    expect(second.filter((node) => node.tagName === 'p').map((node) => node.properties)).toEqual([{ id: 'p-1' }]);
  });
});
