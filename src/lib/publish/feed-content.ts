/**
 * The full text of an article for the language feeds: its words as paragraphs, without the
 * archive's markup (an archivist's note left out), and each <Figure> as a picture with its caption.
 */
import { getImage } from 'astro:assets';
import type { ArticleView } from '../archive/collections.ts';
import { annotationsOf, type FigureRef } from '../archive/annotations.ts';
import { picture } from '../archive/media.ts';
import { absoluteUrl } from '../site/routes.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const FEED_PICTURE_WIDTH = 960;

async function figureHtml(figure: FigureRef): Promise<string> {
  const source = await picture(figure.src);
  const image = await getImage({ src: source, width: Math.min(FEED_PICTURE_WIDTH, source.width) });
  const caption = [figure.caption, figure.credit]
    .filter(Boolean)
    .map((part) => escapeHtml(part!))
    .join(' — ');
  return `<figure><img src="${absoluteUrl(image.src)}" alt="${escapeHtml(figure.alt)}">${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
}

/** The text the page shows, as feed HTML: plain text is already paragraphs; annotated text is rebuilt from its blocks. */
export async function feedContent(view: ArticleView): Promise<string> {
  const { blocks } = annotationsOf(view.version.file.body);
  // (a plain text's paragraphs without the anchors the page gives them: "<p id="p-3">" is the archive's markup, not the text's)
  if (!blocks.length) return (view.entry.rendered?.html ?? '').replace(/<p id="p-\d+">/g, '<p>');
  const html = await Promise.all(
    blocks.map((block) => (block.kind === 'figure' ? figureHtml(block) : Promise.resolve(`<p>${escapeHtml(block.text)}</p>`))),
  );
  return html.join('\n');
}
