/**
 * The Pagefind index of a built site: the pages the build lists as searchable (pages.json: the
 * article pages, each with the year it is filed under), their data-pagefind-body parts, each in
 * the index form of fold.ts, in periods of whole years (periods.ts), each period a Pagefind bundle
 * of its own under pagefind/<period>/. Pagefind splits pages by <html lang>, so the Vietnamese UI
 * searches the /vi/ pages and the English UI the /en/ pages, which include Vietnamese-only articles
 * shown untranslated.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { PAGE_LIST, readPageList } from '../lib/site/page-list.ts';
import type { Language } from '../schemas/article.ts';
import { ENTRY, indexLanguage, type IndexedPage } from './language-index.ts';
import { MANIFEST, PERIOD_PAGES, periodsOf, type Period } from './periods.ts';

/** Pagefind's own search UIs; the site has its own small one. */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

/** The searchable pages of each language, as the build's page list gives them, in the order of their paths. */
function indexedPages(dist: string): [Language, IndexedPage[]][] {
  if (!existsSync(join(dist, PAGE_LIST))) return [];
  const byLanguage = new Map<Language, IndexedPage[]>();
  for (const { lang, path, search } of readPageList(dist)) {
    if (!search) continue;
    const pages = byLanguage.get(lang) ?? [];
    pages.push({ path, year: search.year });
    byLanguage.set(lang, pages);
  }
  return [...byLanguage].map(([lang, pages]) => [lang, pages.sort((a, b) => (a.path < b.path ? -1 : 1))]);
}

/** Moves every file under `from` to the same place under `to`; a file both languages write (Pagefind's scripts) is the same in each. */
function moveInto(from: string, to: string): void {
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const target = join(to, relative(from, join(entry.parentPath, entry.name)));
    mkdirSync(dirname(target), { recursive: true });
    renameSync(join(entry.parentPath, entry.name), target);
  }
  rmSync(from, { recursive: true, force: true });
}

/** The periods both languages share (a page and its translation share their date): sized by the larger language of each year. */
function sharedPeriods(byLanguage: [Language, IndexedPage[]][], maxPages: number): Period[] {
  const largest = new Map<number | null, number>();
  for (const [, pages] of byLanguage) {
    const perYear = new Map<number | null, number>();
    for (const { year } of pages) perYear.set(year, (perYear.get(year) ?? 0) + 1);
    for (const [year, count] of perYear) largest.set(year, Math.max(largest.get(year) ?? 0, count));
  }
  return periodsOf(largest, maxPages);
}

/**
 * Writes `<dist>/pagefind/`: a folder per period holding both languages' indexes, and the list of
 * periods (MANIFEST). Each language is indexed in a process of its own, at the same time as the
 * other, Pagefind leaving a core idle much of the time. Returns how many pages, periods and files it holds.
 */
export async function writeSearchIndex(dist: string, maxPages = PERIOD_PAGES): Promise<{ pages: number; periods: number; files: number }> {
  const byLanguage = indexedPages(dist);
  if (byLanguage.length === 0) throw new Error(`${dist}: no article pages to index (run astro build first)`);
  const out = join(dist, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  const periods = sharedPeriods(byLanguage, maxPages);
  const written = await Promise.all(
    byLanguage.map(([lang, pages]) => indexLanguage({ dist, pages, periods, out: join(out, `.${lang}`) }, `the ${lang} search index`)),
  );
  // Each language's pages must declare it, or one index would be written over the other's.
  written.forEach((entries, i) => {
    const clash = Object.keys(entries[0]!.languages).find((code) => written.slice(0, i).some((earlier) => code in earlier[0]!.languages));
    if (!clash) return;
    rmSync(out, { recursive: true, force: true });
    throw new Error(
      `${byLanguage[i]![1][0]!.path}: pages under two path prefixes declare <html lang="${clash}">; each language's pages must say their own`,
    );
  });
  for (const [lang] of byLanguage) moveInto(join(out, `.${lang}`), out);
  periods.forEach((period, i) => {
    const merged = { ...written[0]![i], languages: Object.assign({}, ...written.map((entries) => entries[i]!.languages)) };
    writeFileSync(join(out, period.dir, ENTRY), JSON.stringify(merged));
    for (const name of readdirSync(join(out, period.dir)).filter((file) => UNUSED_FILES.test(file))) rmSync(join(out, period.dir, name));
  });
  writeFileSync(join(out, MANIFEST), JSON.stringify(periods));
  const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return { pages: byLanguage.reduce((sum, [, pages]) => sum + pages.length, 0), periods: periods.length, files: files.length };
}
