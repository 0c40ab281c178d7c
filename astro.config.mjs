// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// SITE_URL is the public origin (for canonical links, feeds, the sitemap); SITE_BASE the
// sub-path the archive is served under, e.g. "/archive/" (see README, "Hosting").
// ARCHIVE_DIST and ASTRO_CACHE_DIR let a second build (sub-path tests, benchmarks) run beside the first.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://ngoaigiaokinhte.example.org',
  base: process.env.SITE_BASE ?? '/',
  outDir: process.env.ARCHIVE_DIST ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Archived text is shown as written: no typographic quote or dash substitution.
  markdown: { smartypants: false },
  integrations: [mdx()],
  i18n: {
    locales: ['vi', 'en'],
    defaultLocale: 'vi',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
});
