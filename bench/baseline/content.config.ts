/** Every generated article file, with no schema: the baseline validates nothing. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '{vi,en}/**/*.mdx', base: `${process.env.BENCH_CONTENT_DIR}/articles` }) }),
};
