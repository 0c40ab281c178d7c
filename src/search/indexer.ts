/**
 * The Pagefind index of a built site: the pages the build lists as searchable (pages.json: the
 * article pages, each with the year it is filed under), their data-pagefind-body parts, each in
 * the index form of fold.ts, in periods of whole years (periods.ts), each period a Pagefind bundle
 * of its own under pagefind/<period>/. Pagefind splits pages by <html lang>, so the Vietnamese UI
 * searches the /vi/ pages and the English UI the /en/ pages, which include Vietnamese-only articles
 * shown untranslated.
 */
import * as pagefind from 'pagefind';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAGE_LIST, readPageList } from '../lib/site/page-list.ts';
import type { Language } from '../schemas/article.ts';
import { STROKE, toIndexForm } from './fold.ts';
import { holdsYear, MANIFEST, PERIOD_PAGES, periodsOf, UNDATED_DIR, type Period } from './periods.ts';

/** Pagefind's own search UIs; the site has its own small one. */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;
const ENTRY = 'pagefind-entry.json';

/** A page to index: where it is built ("vi/bai-viet/<slug>/") and the year it is filed under (null: undated). */
interface IndexedPage {
  path: string;
  year: number | null;
}

/** The searchable pages of each language, as the build's page list gives them, by path (Pagefind numbers pages in the order they come). */
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

function check(what: string, errors: string[]): void {
  if (errors.length) throw new Error(`${what}: ${errors.join('; ')}`);
}

/** What Pagefind says in pagefind-entry.json: the index of each language, among other things. */
interface Entry {
  languages: Record<string, unknown>;
}

/**
 * Writes the index-form copy of each page into `copies/<lang>/<year or "undated">/`, Pagefind
 * reading a folder in parallel being several times faster than handing pages over one at a time.
 * Returns the pages per year of each language.
 */
function writeCopies(dist: string, copies: string, lang: Language, pages: IndexedPage[]): Map<number | null, number> {
  const perYear = new Map<number | null, number>();
  for (const { path, year } of pages) {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    const target = join(copies, lang, String(year ?? UNDATED_DIR), path);
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, 'index.html'), toIndexForm(html));
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  return perYear;
}

/**
 * Indexes one language, period by period, in a Pagefind process of its own, closed afterwards:
 * Pagefind holds the pages of an index until it writes it, so it only ever holds one period's.
 */
async function writeLanguage(copies: string, out: string, periods: Period[], years: Map<number | null, number>): Promise<Entry[]> {
  const entries: Entry[] = [];
  try {
    for (const period of periods) {
      const { index, errors } = await pagefind.createIndex({ includeCharacters: STROKE });
      check('pagefind', errors);
      for (const year of [...years.keys()].filter((year) => holdsYear(period, year))) {
        const added = await index!.addDirectory({ path: join(copies, String(year ?? UNDATED_DIR)) });
        check('pagefind', added.errors);
        if (added.page_count !== years.get(year))
          throw new Error(`pagefind indexed ${added.page_count} of ${years.get(year)} pages of ${copies} for ${year ?? UNDATED_DIR}`);
      }
      const dir = join(out, period.dir);
      // Written by Pagefind itself: handing the files to Node first would hold the whole index twice.
      check('pagefind', (await index!.writeFiles({ outputPath: dir })).errors);
      await index!.deleteIndex();
      entries.push(JSON.parse(readFileSync(join(dir, ENTRY), 'utf8')) as Entry);
    }
  } finally {
    await pagefind.close();
  }
  return entries;
}

/**
 * Writes `<dist>/pagefind/`: a folder per period holding both languages' indexes, and the list of
 * periods (MANIFEST). Returns how many pages, periods and files it holds.
 */
export async function writeSearchIndex(dist: string, maxPages = PERIOD_PAGES): Promise<{ pages: number; periods: number; files: number }> {
  const byLanguage = indexedPages(dist);
  if (byLanguage.length === 0) throw new Error(`${dist}: no article pages to index (run astro build first)`);
  const out = join(dist, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  const copies = mkdtempSync(join(tmpdir(), 'archive-index-'));
  let periods: Period[];
  try {
    const perLanguage = byLanguage.map(([lang, pages]) => ({ lang, first: pages[0]!.path, years: writeCopies(dist, copies, lang, pages) }));
    // Both languages in the same periods: a page and its translation share their date.
    const largest = new Map<number | null, number>();
    for (const { years } of perLanguage) for (const [year, count] of years) largest.set(year, Math.max(largest.get(year) ?? 0, count));
    periods = periodsOf(largest, maxPages);
    const entries: Entry[][] = [];
    for (const { lang, first, years } of perLanguage) {
      const written = await writeLanguage(join(copies, lang), out, periods, years);
      // Each run must stay in its own language, or its index would be written over the other's.
      const clash = Object.keys(written[0]!.languages).find((code) => entries.some((earlier) => code in earlier[0]!.languages));
      if (clash)
        throw new Error(`${first}: pages under two path prefixes declare <html lang="${clash}">; each language's pages must say their own`);
      entries.push(written);
    }
    periods.forEach((period, i) => {
      const merged = { ...entries[0]![i], languages: Object.assign({}, ...entries.map((written) => written[i]!.languages)) };
      writeFileSync(join(out, period.dir, ENTRY), JSON.stringify(merged));
      for (const name of readdirSync(join(out, period.dir)).filter((file) => UNUSED_FILES.test(file))) rmSync(join(out, period.dir, name));
    });
    writeFileSync(join(out, MANIFEST), JSON.stringify(periods));
  } finally {
    rmSync(copies, { recursive: true, force: true });
  }
  const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return { pages: byLanguage.reduce((sum, [, pages]) => sum + pages.length, 0), periods: periods.length, files: files.length };
}
