/**
 * How the site renders article text, set once for astro.config.mjs and the content check.
 * Archived text is shown as written: no typographic quote or dash substitution, and no GFM
 * (an address in the text would become a link, "~~x~~" struck through).
 */
export const ARTICLE_FEATURES = { gfm: false, smartPunctuation: false } as const;
