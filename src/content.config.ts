/** Wires the content folder to Astro collections; the schemas live in src/schemas/. */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { officialSchema, outletSchema, placeSchema, titleSchema, topicSchema } from './schemas/registries.ts';
import { contentDir, readRegistry, registryIds, type RegistryName } from './lib/registry-files.ts';
import { articleFiles } from './lib/article-loader.ts';

/** Loads a YAML registry; a parse error or a duplicate id fails the build naming file and line. */
function registry(name: RegistryName): Loader {
  return {
    name: `registry-${name}`,
    load: async ({ store, parseData }) => {
      store.clear();
      for (const entry of readRegistry(name)) {
        store.set({ id: entry.id, data: await parseData({ id: entry.id, data: entry.data }) });
      }
    },
  };
}

const dir = contentDir();

export const collections = {
  articles: defineCollection({
    loader: articleFiles(`${dir}/articles`),
    schema: articleSchema({ officials: registryIds('officials'), topics: registryIds('topics'), outlets: registryIds('outlets') }),
  }),
  officials: defineCollection({ loader: registry('officials'), schema: officialSchema }),
  topics: defineCollection({ loader: registry('topics'), schema: topicSchema }),
  outlets: defineCollection({ loader: registry('outlets'), schema: outletSchema }),
  titles: defineCollection({ loader: registry('titles'), schema: titleSchema }),
  places: defineCollection({ loader: registry('places'), schema: placeSchema }),
};
