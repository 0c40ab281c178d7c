/**
 * Noto Serif, self-hosted from @fontsource/noto-serif: only its Latin and Vietnamese subsets, in the three styles
 * the pages use. Each face carries its subset's unicode-range from the package (its per-subset stylesheets leave
 * it out), so the browser fetches a subset only for the letters it needs, and a page never mixes faces mid-word
 * ("Phạm", "Sơn") on a machine without Noto Serif; text shows at once in a fallback face until the file arrives (swap).
 * The stylesheets get these rules as FONT_FACES_CSS (astro.config.mjs serves it, src/layouts/Base.astro imports it).
 */
import ranges from '@fontsource/noto-serif/unicode.json' with { type: 'json' };

export const FONT_FACES_CSS = 'virtual:font-faces.css';

const STYLES = [
  { weight: 400, style: 'normal' },
  { weight: 700, style: 'normal' },
  { weight: 400, style: 'italic' },
];
/** Vietnamese before Latin, as Fontsource orders them: for the combining marks both ranges hold, the face declared last (Latin) is tried first. */
const SUBSETS = ['vietnamese', 'latin'] as const;

/** One @font-face rule per style and subset. */
export const fontFaces = (): string =>
  STYLES.flatMap(({ weight, style }) =>
    SUBSETS.map(
      (subset) => `@font-face {
  font-family: 'Noto Serif';
  font-style: ${style};
  font-weight: ${weight};
  font-display: swap;
  src: url('@fontsource/noto-serif/files/noto-serif-${subset}-${weight}-${style}.woff2') format('woff2');
  unicode-range: ${ranges[subset]};
}`,
    ),
  ).join('\n');
