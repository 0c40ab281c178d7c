/** Loads and validates the registries for the importer, its evaluation and the benchmark (the content check reads them itself, finding every problem rather than the first). */
import { z } from 'astro/zod';
import { readRegistry, registryPath, RegistryError, type RegistryName } from '../lib/archive/registry-files.ts';
import { officialSchema, outletSchema, placeSchema, titleSchema, topicSchema } from '../schemas/registries.ts';
import type { Registries } from './extract.ts';
import type { TitleTranslation } from '../schemas/registries.ts';

function load<T>(name: RegistryName, schema: z.ZodType<T>, dir?: string): T[] {
  return readRegistry(name, dir).map((entry) => {
    const parsed = schema.safeParse(entry.data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new RegistryError(
        registryPath(name, dir),
        entry.line,
        `entry "${entry.id}": ${issue.path.join('.') || 'entry'}: ${issue.message}`,
      );
    }
    return parsed.data;
  });
}

export function loadRegistries(dir?: string): Registries & { titles: TitleTranslation[] } {
  return {
    officials: load('officials', officialSchema, dir),
    topics: load('topics', topicSchema, dir),
    outlets: load('outlets', outletSchema, dir),
    places: load('places', placeSchema, dir),
    titles: load('titles', titleSchema, dir),
  };
}
