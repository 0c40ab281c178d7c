/**
 * A page saved as HTML ("Save page as…") instead of its text: turned into the text a reader would
 * copy from the browser — one block per line, no scripts, styles, images or link addresses — so
 * the rest of the importer treats it like any pasted page. The raw file kept is the HTML itself.
 */
import { compile } from 'html-to-text';

/** HTML source rather than text: it opens with a doctype or tag and holds document or block tags. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text) && /<(?:!doctype\s+html|html|head|body|p|div|article)[\s>]/i.test(text.slice(0, 100_000));
}

const NOT_TEXT = ['img', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'form', 'button', 'select'].map(
  (selector) => ({ selector, format: 'skip' }),
);

const convert = compile({
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
    // list items and table cells as the browser's copy gives them: one per line, no bullets
    // (an empty prefix would fall back to the default " * ")
    { selector: 'ul', options: { itemPrefix: ' ' } },
    { selector: 'ol', format: 'unorderedList', options: { itemPrefix: ' ' } },
    ...['table', 'tr', 'td', 'th'].map((selector) => ({ selector, format: 'block' })),
    ...NOT_TEXT,
  ],
});

/** The page's visible text, one block per line, blocks apart by blank lines as the HTML has them. */
export function htmlToText(html: string): string {
  return convert(html);
}
