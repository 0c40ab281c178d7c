/**
 * What an annotated article's text records, read from its MDX: the quotations attributed to
 * officials (with the anchor of the paragraph each stands in), the officials it marks, its
 * corrections, its figures, and its blocks as plain text (for feeds: the words without markup, an
 * archivist's note left out, a figure as a picture with its caption). A plain article (no body
 * kept: see loader.ts) records none of these.
 */
import { mdxToMdast } from 'satteri';
import { ARTICLE_FEATURES } from '../../check/markdown-settings.ts';
import { ARCHIVE_ADDITIONS } from '../../check/components.ts';
import { anchorOf, outsideText, standsAsParagraph } from './paragraph-anchors.ts';

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

export interface Quotation {
  official: string;
  text: string;
  /** The paragraph it stands in, e.g. "p-3". */
  anchor: string | null;
}
export interface Correction {
  date: string;
  text: string;
  anchor: string | null;
}
export interface FigureRef {
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
}
export type TextBlock = { kind: 'paragraph'; text: string } | ({ kind: 'figure' } & FigureRef);

export interface Annotations {
  quotations: Quotation[];
  /** Officials marked with <Official> or <Quote>. */
  officials: string[];
  corrections: Correction[];
  figures: FigureRef[];
  blocks: TextBlock[];
}

const NONE: Annotations = { quotations: [], officials: [], corrections: [], figures: [], blocks: [] };

const prop = (node: Node, name: string) => {
  const value = node.attributes?.find((attribute) => attribute.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
};
const isJsx = (node: Node) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/**
 * The words of a node as a reader sees them in the text, an archivist's addition inside it left
 * out; or, for an addition itself (a correction), all its words.
 */
function wordsOf(node: Node, withAdditions = false): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return ' ';
  if (!withAdditions && isJsx(node) && ARCHIVE_ADDITIONS.has(node.name ?? '')) return '';
  const words = (node.children ?? []).map((child) => wordsOf(child, withAdditions));
  return node.type === 'paragraph' || node.type === 'heading'
    ? words.join('')
    : words.join(node.children?.some((child) => child.type === 'paragraph') ? '\n\n' : '');
}

/**
 * Each text is read once: listings, pages and feeds ask again about the same articles (every
 * official's page about every article), and each parse costs native memory as well as time
 * (README, "Performance").
 */
const read = new Map<string, Annotations>();

/** Everything the text of an article records; plain text (undefined body) records nothing. Shared: not to be changed. */
export function annotationsOf(body: string | undefined): Annotations {
  if (!body) return NONE;
  let found = read.get(body);
  if (!found) read.set(body, (found = readAnnotations(body)));
  return found;
}

function readAnnotations(body: string): Annotations {
  const found: Annotations = { quotations: [], officials: [], corrections: [], figures: [], blocks: [] };
  let paragraphs = 0;
  const visit = (node: Node, ancestors: Node[], enclosing: string | null): void => {
    const counted = (node.type === 'paragraph' || standsAsParagraph(node)) && !outsideText(ancestors);
    const anchor = counted ? anchorOf(paragraphs++) : enclosing;
    if (counted)
      found.blocks.push({
        kind: 'paragraph',
        text: wordsOf(node)
          .replace(/\s{2,}/g, ' ')
          .trim(),
      });
    const first = paragraphs;
    for (const child of node.children ?? []) visit(child, [node, ...ancestors], anchor);
    if (!isJsx(node)) return;
    // A block component's place is its first paragraph; an inline one's, the paragraph around it.
    const place = counted ? anchor : (enclosing ?? (paragraphs > first ? anchorOf(first) : null));
    const text = wordsOf(node).trim();
    if (node.name === 'Quote') {
      found.quotations.push({ official: prop(node, 'official') ?? '', text, anchor: place });
      found.officials.push(prop(node, 'official') ?? '');
    } else if (node.name === 'Official') {
      found.officials.push(prop(node, 'id') ?? '');
    } else if (node.name === 'Correction') {
      found.corrections.push({ date: prop(node, 'date') ?? '', text: wordsOf(node, true).trim(), anchor: place });
    } else if (node.name === 'Figure') {
      const figure = {
        src: prop(node, 'src') ?? '',
        alt: prop(node, 'alt') ?? '',
        caption: prop(node, 'caption'),
        credit: prop(node, 'credit'),
      };
      found.figures.push(figure);
      found.blocks.push({ kind: 'figure', ...figure });
    }
  };
  visit(mdxToMdast(body, { features: ARTICLE_FEATURES, position: false }) as Node, [], null);
  found.officials = [...new Set(found.officials)];
  return found;
}
