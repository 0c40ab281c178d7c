/**
 * The Pagefind index of a built site: only article pages (their data-pagefind-body parts), each in
 * the index form of fold.ts. Pagefind splits pages by <html lang>, so the Vietnamese UI searches the
 * /vi/ pages and the English UI the /en/ pages, which include Vietnamese-only articles shown untranslated.
 */
import * as pagefind from 'pagefind';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SECTIONS } from '../lib/routes.ts';
import { STROKE, toIndexForm } from './fold.ts';

/** Pagefind's own search UIs; the site has its own small one. */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

/** Site paths ("vi/bai-viet/<slug>/") of every built article page. */
export function articlePaths(dist: string): string[] {
  return Object.entries(SECTIONS.articles).flatMap(([lang, section]) => {
    const dir = join(dist, lang, section);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((slug) => existsSync(join(dir, slug, 'index.html')))
      .map((slug) => `${lang}/${section}/${slug}/`);
  });
}

function check(what: string, errors: string[]): void {
  if (errors.length) throw new Error(`${what}: ${errors.join('; ')}`);
}

/** Writes `<dist>/pagefind/`; returns how many pages and files it holds. */
export async function writeSearchIndex(dist: string): Promise<{ pages: number; files: number }> {
  const paths = articlePaths(dist);
  if (paths.length === 0) throw new Error(`${dist}: no article pages to index (run astro build first)`);
  try {
    const { index, errors } = await pagefind.createIndex({ includeCharacters: STROKE });
    check('pagefind', errors);
    for (const path of paths) {
      const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
      check(path, (await index!.addHTMLFile({ url: `/${path}`, content: toIndexForm(html) })).errors);
    }
    const { files, errors: fileErrors } = await index!.getFiles();
    check('pagefind', fileErrors);
    const out = join(dist, 'pagefind');
    rmSync(out, { recursive: true, force: true });
    const kept = files.filter((file) => !UNUSED_FILES.test(file.path));
    for (const file of kept) {
      mkdirSync(dirname(join(out, file.path)), { recursive: true });
      writeFileSync(join(out, file.path), file.content);
    }
    return { pages: paths.length, files: kept.length };
  } finally {
    await pagefind.close();
  }
}
