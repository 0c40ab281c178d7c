/**
 * The paragraphs of the text an article file holds, each with its stable anchor ("p-3"): read from
 * the HTML a plain text was rendered to when loaded, or from an annotated text's MDX
 * (annotations.ts). The side-by-side view pairs them; a page's description is the first.
 */
import { parse } from 'node-html-parser';
import type { CollectionEntry } from 'astro:content';
import { annotationsOf } from './annotations.ts';
import { anchorOf } from './paragraph-anchors.ts';

export interface Paragraph {
  anchor: string;
  text: string;
}

export function paragraphsOf(entry: CollectionEntry<'articles'>): Paragraph[] {
  const { blocks } = annotationsOf(entry.body);
  if (blocks.length)
    return blocks.filter((block) => block.kind === 'paragraph').map((block, i) => ({ anchor: anchorOf(i), text: block.text }));
  return parse(entry.rendered?.html ?? '')
    .querySelectorAll('p[id]')
    .map((p) => ({ anchor: p.id, text: p.text.replace(/\s+/g, ' ').trim() }));
}

const DESCRIPTION_LENGTH = 200;

/** A text's opening words for a page's description: its first paragraph, cut at a word near 200 characters. */
export function leadOf(paragraphs: readonly Paragraph[]): string | null {
  const first = paragraphs.find((paragraph) => paragraph.text)?.text;
  if (!first || first.length <= DESCRIPTION_LENGTH) return first ?? null;
  return `${first.slice(0, first.lastIndexOf(' ', DESCRIPTION_LENGTH))}…`;
}
