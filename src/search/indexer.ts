/**
 * The Pagefind index of a built site: only article pages (their data-pagefind-body parts), each in
 * the index form of fold.ts, in periods of whole years (periods.ts), each period a Pagefind bundle
 * of its own under pagefind/<period>/. Pagefind splits pages by <html lang>, so the Vietnamese UI
 * searches the /vi/ pages and the English UI the /en/ pages, which include Vietnamese-only articles
 * shown untranslated.
 */
import * as pagefind from 'pagefind';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SECTIONS } from '../lib/site/routes.ts';
import { LANGUAGES, type Language } from '../schemas/article.ts';
import { STROKE, toIndexForm } from './fold.ts';
import { holdsYear, MANIFEST, PERIOD_PAGES, periodsOf, UNDATED_DIR, type Period } from './periods.ts';

/** Pagefind's own search UIs; the site has its own small one. */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;
const ENTRY = 'pagefind-entry.json';
/** The year filter SearchRecord.astro writes into an article page's head. */
const YEAR_TAG = /<meta data-pagefind-filter="year\[content\]" content="(\d{4})"/;

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
 * Writes the index-form copy of each page into `copies/<lang>/<year or "undated">/`, Pagefind
 * reading a folder in parallel being several times faster than handing pages over one at a time.
 * Returns the pages per year of each language.
 */
function writeCopies(dist: string, copies: string, lang: Language, paths: string[]): Map<number | null, number> {
  const perYear = new Map<number | null, number>();
  for (const path of paths) {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    const year = html.match(YEAR_TAG)?.[1];
    const target = join(copies, lang, year ?? UNDATED_DIR, path);
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, 'index.html'), toIndexForm(html));
    const key = year ? Number(year) : null;
    perYear.set(key, (perYear.get(key) ?? 0) + 1);
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
        if (added.page_count !== years.get(year)) throw new Error(`pagefind indexed ${added.page_count} of ${years.get(year)} pages of ${copies} for ${year ?? UNDATED_DIR}`);
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
  const byLanguage = LANGUAGES.map((lang) => [lang, articlePaths(dist, lang)] as const).filter(([, paths]) => paths.length > 0);
  if (byLanguage.length === 0) throw new Error(`${dist}: no article pages to index (run astro build first)`);
  const out = join(dist, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  const copies = mkdtempSync(join(tmpdir(), 'archive-index-'));
  let periods: Period[];
  try {
    const perLanguage = byLanguage.map(([lang, paths]) => ({ lang, first: paths[0]!, years: writeCopies(dist, copies, lang, paths) }));
    // Both languages in the same periods: a page and its translation share their date.
    const largest = new Map<number | null, number>();
    for (const { years } of perLanguage) for (const [year, count] of years) largest.set(year, Math.max(largest.get(year) ?? 0, count));
    periods = periodsOf(largest, maxPages);
    const entries: Entry[][] = [];
    for (const { lang, first, years } of perLanguage) {
      const written = await writeLanguage(join(copies, lang), out, periods, years);
      // Each run must stay in its own language, or its index would be written over the other's.
      const clash = Object.keys(written[0]!.languages).find((code) => entries.some((earlier) => code in earlier[0]!.languages));
      if (clash) throw new Error(`${first}: pages under two path prefixes declare <html lang="${clash}">; each language's pages must say their own`);
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
  return { pages: byLanguage.reduce((sum, [, paths]) => sum + paths.length, 0), periods: periods.length, files: files.length };
}
