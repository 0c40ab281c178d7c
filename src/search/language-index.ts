/**
 * One language's share of the search index (indexer.ts), done in a process of its own: the
 * index-form copies of its pages, then a Pagefind index per period.
 */
import * as pagefind from 'pagefind';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inForkedProcess, whenForked } from '../lib/process/forked.ts';
import { STROKE, toIndexForm } from './fold.ts';
import { holdsYear, type Period } from './periods.ts';

export const ENTRY = 'pagefind-entry.json';
/** A folder kept in memory on Linux. */
const MEMORY_FOLDER = '/dev/shm';

/** A page to index: where it is built ("vi/bai-viet/<slug>/") and the year it is filed under (null: undated). */
export interface IndexedPage {
  path: string;
  year: number | null;
}

function check(what: string, errors: string[]): void {
  if (errors.length) throw new Error(`${what}: ${errors.join('; ')}`);
}

/** What Pagefind says in pagefind-entry.json: the index of each language, among other things. */
export interface Entry {
  languages: Record<string, unknown>;
}

/** One language's share of the work, done in a process of its own. */
export interface LanguageTask {
  dist: string;
  pages: IndexedPage[];
  periods: Period[];
  /** Where its periods' folders are written, to be merged with the other languages' (in `out`, for a rename to move them). */
  out: string;
}

const THIS_FILE = fileURLToPath(import.meta.url);

/** An id attribute inside a tag. */
const ELEMENT_ID = /(<[a-z][^<>]*?)\sid="[^"]*"/g;

/**
 * A page as Pagefind is given it: in index form (fold.ts) and without element ids. Pagefind keeps
 * each element with an id as an anchor holding its text, for sub-results the search page does not
 * show; with every paragraph anchored (for links to a quotation), each result would download the
 * article's text twice.
 */
function indexCopy(html: string): string {
  return toIndexForm(html).replace(ELEMENT_ID, '$1');
}

/**
 * Writes the index-form copy of each page into a scratch folder and returns it, Pagefind reading a
 * folder in parallel being several times faster than handing pages over one at a time. The copies
 * are written and read once, so they go to memory where the system keeps a folder there (on a disk,
 * creating and deleting 20,000 small files took from 9 to over 30 s), or to the temporary folder
 * when that one is missing or full (a container's is often small).
 */
export function writeCopies(
  dist: string,
  pages: IndexedPage[],
  places = existsSync(MEMORY_FOLDER) ? [MEMORY_FOLDER, tmpdir()] : [tmpdir()],
): string {
  const [place, ...others] = places;
  let copies: string | undefined;
  try {
    copies = mkdtempSync(join(place!, 'archive-index-'));
    for (const { path } of pages) {
      const target = join(copies, path);
      mkdirSync(target, { recursive: true });
      writeFileSync(join(target, 'index.html'), indexCopy(readFileSync(join(dist, path, 'index.html'), 'utf8')));
    }
    return copies;
  } catch (error) {
    if (copies) rmSync(copies, { recursive: true, force: true });
    // A memory folder that is full or closed to this user: the next place (a page that cannot be read fails in each).
    if (others.length > 0) return writeCopies(dist, pages, others);
    throw error;
  }
}

/**
 * Indexes one language, period by period, with one Pagefind index at a time: Pagefind holds the
 * pages of an index until it writes it, so it only ever holds one period's, and only one period's
 * copies exist at a time. Returns each period's entry.
 */
async function writeLanguage({ dist, pages, periods, out }: LanguageTask): Promise<Entry[]> {
  const entries: Entry[] = [];
  try {
    for (const period of periods) {
      const held = pages.filter((page) => holdsYear(period, page.year));
      const copies = writeCopies(dist, held);
      try {
        const { index, errors } = await pagefind.createIndex({ includeCharacters: STROKE });
        check('pagefind', errors);
        const added = await index!.addDirectory({ path: copies });
        check('pagefind', added.errors);
        if (added.page_count !== held.length)
          throw new Error(`pagefind indexed ${added.page_count} of ${held.length} pages of ${period.dir}`);
        const dir = join(out, period.dir);
        // Written by Pagefind itself: handing the files to Node first would hold the whole index twice.
        check('pagefind', (await index!.writeFiles({ outputPath: dir })).errors);
        await index!.deleteIndex();
        entries.push(JSON.parse(readFileSync(join(dir, ENTRY), 'utf8')) as Entry);
      } finally {
        rmSync(copies, { recursive: true, force: true });
      }
    }
  } finally {
    await pagefind.close();
  }
  return entries;
}

whenForked(THIS_FILE, writeLanguage);

/** Indexes one language in a process of its own (`what` names it in an error). */
export function indexLanguage(task: LanguageTask, what: string): Promise<Entry[]> {
  return inForkedProcess(THIS_FILE, task, what);
}
