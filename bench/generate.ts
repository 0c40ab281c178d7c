/**
 * Writes a synthetic archive of `count` articles into `<root>/content/`, laid out like the real
 * content folder so the site builds it unchanged (ARCHIVE_CONTENT_DIR). Outlets, topics, titles
 * and places are the real registries; the officials are invented and written to match.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { toMdxFile } from '../src/importer/mdx.ts';
import { loadRegistries } from '../src/importer/registries.ts';
import { registryPath } from '../src/lib/archive/registry-files.ts';
import { syntheticArticle, type World } from './article.ts';
import { ANNOTATED_EVERY, annotatedMdx, writeBenchPicture } from './annotate.ts';
import { officialsRegistry, syntheticOfficials, type Places } from './officials.ts';
import { seeded, zipf } from './random.ts';
import { PROVINCES, TOPIC_PHRASES, type Pair } from './vocabulary.ts';

/** Enough people that most appear rarely, as in the real archive's long tail. */
const OFFICIALS = 320;
/** Most originals get the team's English translation; the rest show the fallback page. */
const TRANSLATED_SHARE = 0.85;

export interface GeneratedArchive {
  contentDir: string;
  articles: number;
  translations: number;
  /** Originals that use the archive's components (annotate.ts). */
  annotated: number;
  officials: number;
}

function places(registry: readonly { vi: string; en: string; country: boolean }[]): Places {
  const countries = new Map<string, Pair>();
  // "Mỹ" and "Hoa Kỳ" are one country: keep the first Vietnamese name of each English one.
  for (const place of registry)
    if (place.country && place.vi !== 'Việt Nam' && !countries.has(place.en)) countries.set(place.en, [place.vi, place.en]);
  const known = new Map(registry.map((p) => [p.vi, p.en]));
  const provinces = PROVINCES.filter((vi) => known.has(vi)).map((vi): Pair => [vi, known.get(vi)!]);
  return { countries: [...countries.values()], provinces: provinces.length > 0 ? provinces : PROVINCES.map((vi): Pair => [vi, vi]) };
}

export async function generateArchive(root: string, count: number, registriesFrom = resolve('content')): Promise<GeneratedArchive> {
  const contentDir = join(root, 'content');
  rmSync(contentDir, { recursive: true, force: true });
  for (const dir of ['articles/vi', 'articles/en', 'raw', 'registries']) mkdirSync(join(contentDir, dir), { recursive: true });

  const registries = loadRegistries(registriesFrom);
  for (const name of ['topics', 'outlets', 'titles', 'places'] as const)
    copyFileSync(registryPath(name, registriesFrom), registryPath(name, contentDir));
  const random = seeded(count);
  const where = places(registries.places);
  const officials = syntheticOfficials(random, OFFICIALS, where, { titles: registries.titles, places: registries.places });
  writeFileSync(registryPath('officials', contentDir), stringify(officialsRegistry(officials), { lineWidth: 0 }));

  const outlets = registries.outlets.filter((o) => o.language === 'vi');
  const topics = registries.topics.map((t) => ({
    id: t.id,
    phrases: TOPIC_PHRASES[t.id] ?? [[t.label.vi.toLocaleLowerCase('vi'), t.label.en.toLowerCase()] as Pair],
  }));
  const slugs = new Map<string, number>();
  const world: World = {
    random,
    officials,
    outlets,
    topics,
    places: where,
    drawOfficial: zipf(random, officials.length, 1),
    drawOutlet: zipf(random, outlets.length, 1),
    drawTopic: zipf(random, topics.length, 0.8),
    translatedShare: TRANSLATED_SHARE,
    importedAt: '2026-06-30',
    claimSlug(slug) {
      const n = (slugs.get(slug) ?? 0) + 1;
      slugs.set(slug, n);
      return n === 1 ? slug : `${slug}-${n}`;
    },
  };

  await writeBenchPicture(contentDir);
  let translations = 0;
  let annotated = 0;
  for (let i = 0; i < count; i++) {
    const article = syntheticArticle(world);
    const { frontmatter, paragraphs } = article.original;
    const annotate = i % ANNOTATED_EVERY === 0;
    annotated += Number(annotate);
    writeFileSync(
      join(contentDir, 'articles/vi', `${article.slug}.mdx`),
      annotate ? annotatedMdx(frontmatter, paragraphs, article.firstOfficial) : toMdxFile(frontmatter, paragraphs),
    );
    writeFileSync(join(contentDir, 'raw', `${article.slug}.txt`), article.raw);
    if (article.translation) {
      translations++;
      writeFileSync(
        join(contentDir, 'articles/en', `${article.slug}.mdx`),
        toMdxFile(article.translation.frontmatter, article.translation.paragraphs),
      );
    }
  }
  return { contentDir, articles: count, translations, annotated, officials: officials.length };
}
