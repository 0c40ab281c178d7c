/**
 * The Pagefind index of a built site: only article pages (their data-pagefind-body parts), each in
 * the index form of fold.ts. Pagefind splits pages by <html lang>, so the Vietnamese UI searches the
 * /vi/ pages and the English UI the /en/ pages, which include Vietnamese-only articles shown untranslated.
 */
import * as pagefind from 'pagefind';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SECTIONS } from '../lib/routes.ts';
import { LANGUAGES, type Language } from '../schemas/article.ts';
import { STROKE, toIndexForm } from './fold.ts';

/** Pagefind's own search UIs; the site has its own small one. */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;
const ENTRY = 'pagefind-entry.json';

/** Site paths ("vi/bai-viet/<slug>/") of the built article pages of one language. */
export function articlePaths(dist: string, lang: Language): string[] {
  const section = SECTIONS.articles[lang];
  const dir = join(dist, lang, section);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((slug) => existsSync(join(dir, slug, 'index.html')))
    .map((slug) => `${lang}/${section}/${slug}/`);
}

function check(what: string, errors: string[]): void {
  if (errors.length) throw new Error(`${what}: ${errors.join('; ')}`);
}

/** What Pagefind says in pagefind-entry.json: the index of each language, among other things. */
interface Entry {
  languages: Record<string, unknown>;
}

/**
 * Indexes one language's pages into `out` with a Pagefind process of its own, closed afterwards:
 * Pagefind holds every page it is given until it writes, so it only ever holds one language's. The pages go to Pagefind as index-form copies in a scratch folder, which it reads in
 * parallel, several times faster than handing them over one message at a time.
 */
async function writeLanguage(dist: string, out: string, paths: string[]): Promise<Entry> {
  const copies = mkdtempSync(join(tmpdir(), 'archive-index-'));
  try {
    for (const path of paths) {
      mkdirSync(join(copies, path), { recursive: true });
      writeFileSync(join(copies, path, 'index.html'), toIndexForm(readFileSync(join(dist, path, 'index.html'), 'utf8')));
    }
    const { index, errors } = await pagefind.createIndex({ includeCharacters: STROKE });
    check('pagefind', errors);
    const added = await index!.addDirectory({ path: copies });
    check('pagefind', added.errors);
    if (added.page_count !== paths.length) throw new Error(`pagefind indexed ${added.page_count} of ${paths.length} pages under ${paths[0]}`);
    // Written by Pagefind itself: handing the files to Node first would hold the whole index twice.
    check('pagefind', (await index!.writeFiles({ outputPath: out })).errors);
    return JSON.parse(readFileSync(join(out, ENTRY), 'utf8')) as Entry;
  } finally {
    await pagefind.close();
    rmSync(copies, { recursive: true, force: true });
  }
}

/**
 * Writes `<dist>/pagefind/`; returns how many pages and files it holds. The languages' files sit
 * side by side under names of their own; the entry file each run writes is merged into one.
 */
export async function writeSearchIndex(dist: string): Promise<{ pages: number; files: number }> {
  const byLanguage = LANGUAGES.map((lang) => articlePaths(dist, lang)).filter((paths) => paths.length > 0);
  if (byLanguage.length === 0) throw new Error(`${dist}: no article pages to index (run astro build first)`);
  const out = join(dist, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  const entries: Entry[] = [];
  for (const paths of byLanguage) {
    const entry = await writeLanguage(dist, out, paths);
    // Each run must stay in its own language, or its index would be written over the other's.
    const clash = Object.keys(entry.languages).find((lang) => entries.some((earlier) => lang in earlier.languages));
    if (clash) throw new Error(`${paths[0]}: pages under two path prefixes declare <html lang="${clash}">; each language's pages must say their own`);
    entries.push(entry);
  }
  const merged = { ...entries[0], languages: Object.assign({}, ...entries.map((entry) => entry.languages)) };
  writeFileSync(join(out, ENTRY), JSON.stringify(merged));
  for (const name of readdirSync(out).filter((file) => UNUSED_FILES.test(file))) rmSync(join(out, name));
  const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return { pages: byLanguage.flat().length, files: files.length };
}
