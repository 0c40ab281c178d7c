// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { contentDir } from './src/lib/archive/registry-files.ts';
import { MEDIA_FOLDER } from './src/check/components.ts';
import { sitemapSerializer } from './src/lib/publish/sitemap.ts';
import { metaPolicyFromHeaders } from './src/lib/publish/content-security-policy.ts';
import { NOT_FOUND_PATH } from './src/lib/site/page-list.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { ARTICLE_PROCESSING } from './src/lib/archive/article-tree.ts';
import { FONT_FACES_CSS, fontFaces } from './src/styles/font-faces.ts';

// SITE_URL is the public origin (for canonical links, feeds, the sitemap); SITE_BASE the
// sub-path the archive is served under, e.g. "/archive/" (see README, "Deploying").
// ARCHIVE_DIST and ASTRO_CACHE_DIR let a second build (sub-path tests, benchmarks) run beside the first.

/** Where the pages were written (CLI flags included), for the sitemap to read the build's list of them. */
const built = { outDir: '' };
/** @type {import('astro').AstroIntegration} */
const builtPages = {
  name: 'archive-built-pages',
  hooks: {
    'astro:config:done': ({ config }) => {
      built.outDir = fileURLToPath(config.outDir);
    },
  },
};

/**
 * Each language's not-found page is built at <lang>/404/index.html; hosts look for <lang>/404.html
 * (Cloudflare Pages takes the nearest one, nginx and Netlify are pointed at it: README, "Deploying").
 * Runs after the sitemap, which leaves the page out (it asks not to be indexed).
 */
/** @type {import('astro').AstroIntegration} */
const languageNotFoundPages = {
  name: 'archive-language-404',
  hooks: {
    'astro:build:done': ({ dir }) => {
      for (const lang of ['vi', 'en']) {
        const folder = join(fileURLToPath(dir), lang, NOT_FOUND_PATH);
        if (!existsSync(folder)) continue;
        renameSync(join(folder, 'index.html'), `${folder}.html`);
        rmSync(folder, { recursive: true });
      }
    },
  },
};

/** The text face's @font-face rules, made from a table (src/styles/font-faces.ts), as a stylesheet pages import. */
/** @type {import('vite').Plugin} */
const fontFacesStylesheet = {
  name: 'archive-font-faces',
  resolveId: (id) => (id === FONT_FACES_CSS ? `\0${FONT_FACES_CSS}` : undefined),
  load: (id) => (id === `\0${FONT_FACES_CSS}` ? fontFaces() : undefined),
};

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://ngoaigiaokinhte.example.org',
  base: process.env.SITE_BASE ?? '/',
  outDir: process.env.ARCHIVE_DIST ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Stylesheets as files, never inline: the Content-Security-Policy (public/_headers) allows no inline style.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Article text as the content check reads it (src/check/markdown-settings.ts), its paragraphs anchored.
  markdown: { syntaxHighlight: false, processor: satteri(ARTICLE_PROCESSING) },
  // The sitemap lists pages only (not feeds, data or raw files); each page's hreflang alternates
  // come from the build's list of its pages (pages.json), since localised paths defeat the integration's own i18n pairing.
  // A <Figure>'s picture is read from the content folder's media/ (src/components/article/Figure.astro).
  vite: { plugins: [fontFacesStylesheet], resolve: { alias: { '@archive-media': join(contentDir(), MEDIA_FOLDER) } } },
  integrations: [
    mdx({ syntaxHighlight: false }),
    builtPages,
    // the not-found pages ask not to be indexed, and are moved out of their <lang>/404/ folders
    sitemap({
      filter: (url) => url.endsWith('/') && !url.endsWith(`/${NOT_FOUND_PATH}/`),
      serialize: sitemapSerializer(() => built.outDir),
    }),
    languageNotFoundPages,
  ],
  // The Content-Security-Policy of public/_headers, also as a <meta> in every page, for hosts that
  // send no headers of their own (GitHub Pages); frame-ancestors only the header can send.
  security: { csp: metaPolicyFromHeaders(readFileSync(new URL('./public/_headers', import.meta.url), 'utf8')) },
});
