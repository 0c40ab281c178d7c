/**
 * The test archive: five articles with their translations and registries, frozen in
 * tests/fixtures/archive/, and their raw pages, the importer's seed pages in tests/fixtures/seeds/.
 * Tests of behaviour read it rather than content/, so an archivist's edits never change their inputs.
 */
import { copyFileSync, cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEEDS } from '../importer/seed-expectations.ts';

export const FIXTURE_ARCHIVE = fileURLToPath(new URL('../fixtures/archive/', import.meta.url));
export const SEEDS_DIR = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));

/** The raw seed page `name` of tests/fixtures/seeds/. */
export const seedPath = (name: string): string => join(SEEDS_DIR, name);

/** Writes the test archive as a content folder at `contentDir`, each seed page as its article's raw text. */
export function copyFixtureArchive(contentDir: string): void {
  cpSync(FIXTURE_ARCHIVE, contentDir, { recursive: true });
  mkdirSync(join(contentDir, 'raw'));
  for (const seed of SEEDS) copyFileSync(seedPath(seed.file), join(contentDir, 'raw', `${seed.slug}.txt`));
}
