/** An MDX component's children rendered as blocks (paragraphs) or inline, which decides its element. */
export const isBlock = (html: string) => /^\s*<(?:p|ul|ol|blockquote|h\d|figure)[\s>]/.test(html);
