/**
 * Writing an article as MDX: YAML frontmatter (every string double-quoted, so a date stays a
 * string and no value can turn into YAML syntax) and a body of plain paragraphs serialised
 * through remark with the MDX extension, which escapes whatever MDX would read as code.
 */
import { unified } from 'unified';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { stringify } from 'yaml';
import type { PhrasingContent, Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { QuoteProposal } from './quotes.ts';
import { composed } from '../lib/text/strings.ts';

// remark escapes what opens MDX code ({ and <). Also escaped, always: a lone }, on which MDX
// compilers differ, and the emphasis marks, whose flanking rules next to rare symbols differ
// between remark and the site's renderer (the property test found "𛲜___¹_𞻰").
const ALWAYS_ESCAPED = ['}', '_', '*'].map((character) => ({ character, inConstruct: 'phrasing' as const }));
const serializer = unified().use(remarkMdx).use(remarkStringify, { bullet: '-', emphasis: '_', unsafe: ALWAYS_ESCAPED });

/** A paragraph's text, with each proposed quotation (spans in order) inside a <Quote> of its own. */
function paragraphContent(text: string, quotes: readonly QuoteProposal[]): PhrasingContent[] {
  const children: PhrasingContent[] = [];
  let at = 0;
  for (const quote of quotes) {
    if (quote.start > at) children.push({ type: 'text', value: text.slice(at, quote.start) });
    const element: MdxJsxTextElement = {
      type: 'mdxJsxTextElement',
      name: 'Quote',
      attributes: [{ type: 'mdxJsxAttribute', name: 'official', value: quote.official }],
      children: [{ type: 'text', value: text.slice(quote.start, quote.end) }],
    };
    children.push(element);
    at = quote.end;
  }
  if (at < text.length) children.push({ type: 'text', value: text.slice(at) });
  return children;
}

/** The paragraphs as an MDX body that renders to exactly their text, proposed quotations marked. */
export function paragraphsToMdx(paragraphs: readonly string[], quotes: readonly QuoteProposal[] = []): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((text, index) => ({
      type: 'paragraph',
      children: paragraphContent(
        text,
        quotes.filter((quote) => quote.paragraph === index),
      ),
    })),
  };
  // MDX reads a paragraph opening with `import`/`export` as code; a character reference keeps it text.
  return serializer.stringify(tree).replace(/^(?:import|export)\b/gm, (word) => `&#x${word.charCodeAt(0).toString(16)};${word.slice(1)}`);
}

/**
 * A whole MDX file: frontmatter block and body, its text in Unicode NFC. The text is composed
 * before it is escaped: composing afterwards could fuse an escaped ">" with a combining stroke.
 */
export function toMdxFile(
  frontmatter: Record<string, unknown>,
  paragraphs: readonly string[],
  quotes: readonly QuoteProposal[] = [],
): string {
  const yaml = stringify(composed(frontmatter), { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  // composing does not move a quotation's span: the texts it is found in are composed already (normaliseText)
  return `---\n${yaml}---\n\n${paragraphsToMdx(
    paragraphs.map((text) => text.normalize('NFC')),
    quotes,
  )}`;
}
