// @ts-check
// The benchmark's bare baseline: Astro with MDX and one plain page per article file, none of the
// archive's features, built from the same generated folder the archive is (BENCH_CONTENT_DIR).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/** @param {string} name */
const required = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set; the baseline is built by npm run bench`);
  return value;
};

const cacheDir = required('BENCH_BASELINE_CACHE');

export default defineConfig({
  srcDir: '.',
  outDir: required('BENCH_BASELINE_DIST'),
  cacheDir,
  build: { format: 'directory' },
  integrations: [mdx()],
  vite: { cacheDir: `${cacheDir}/vite` },
});
