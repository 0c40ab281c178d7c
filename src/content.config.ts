/** Wires the content folder to Astro collections; the schemas live in src/schemas/. */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { officialSchema, outletSchema, placeSchema, titleSchema, topicSchema } from './schemas/registries.ts';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  contentDir,
  readRegistry,
  registryIds,
  RegistryError,
  type LocatedEntry,
  type RegistryName,
} from './lib/archive/registry-files.ts';
import { registryProblem } from './check/load.ts';
import { formatFinding } from './check/findings.ts';
import { articleFiles } from './lib/archive/loader.ts';

/** Loads a YAML registry; a parse error or a duplicate id fails the build with the content check's words. */
function registry(name: RegistryName): Loader {
  return {
    name: `registry-${name}`,
    load: async ({ store, parseData, config }) => {
      store.clear();
      for (const entry of readRegistryOrFinding(name, fileURLToPath(config.root))) {
        store.set({ id: entry.id, data: await parseData({ id: entry.id, data: entry.data }) });
      }
    },
  };
}

function readRegistryOrFinding(name: RegistryName, root: string): LocatedEntry[] {
  try {
    return readRegistry(name);
  } catch (thrown) {
    if (!(thrown instanceof RegistryError)) throw thrown;
    const finding = registryProblem(thrown);
    // eslint-disable-next-line preserve-caught-error -- the finding's one line replaces the YAML error, which the build would print again as its cause
    throw new Error(formatFinding(finding, relative(root, finding.file)));
  }
}

/** The ids references are checked against; a registry that cannot be read is the registry loader's to report. */
function knownIds(name: RegistryName): string[] {
  try {
    return registryIds(name);
  } catch (thrown) {
    if (thrown instanceof RegistryError) return [];
    throw thrown;
  }
}

const dir = contentDir();

export const collections = {
  articles: defineCollection({
    loader: articleFiles(dir),
    schema: articleSchema({ officials: knownIds('officials'), topics: knownIds('topics'), outlets: knownIds('outlets') }),
  }),
  officials: defineCollection({ loader: registry('officials'), schema: officialSchema }),
  topics: defineCollection({ loader: registry('topics'), schema: topicSchema }),
  outlets: defineCollection({ loader: registry('outlets'), schema: outletSchema }),
  titles: defineCollection({ loader: registry('titles'), schema: titleSchema }),
  places: defineCollection({ loader: registry('places'), schema: placeSchema }),
};
