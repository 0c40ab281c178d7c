/**
 * The kept raw texts: each original's raw file exists in content/raw/ and still has the checksum
 * recorded when it was imported (fixity); no raw text is archived twice; no raw file is orphaned.
 */
import { join } from 'node:path';
import { error, warning, type Finding } from './findings.ts';
import type { ArticleSource, Content } from './load.ts';

interface RawRef {
  path: string;
  sha256: string;
}

function rawOf(article: ArticleSource): RawRef | undefined {
  const raw = article.data.raw as Partial<RawRef> | undefined;
  // a malformed raw field is the schema check's to report
  return typeof raw?.path === 'string' && typeof raw.sha256 === 'string' ? { path: raw.path, sha256: raw.sha256 } : undefined;
}

/** The file each article's raw.path names exists and holds the bytes its raw.sha256 was taken of. */
export function checkFixity(content: Content): Finding[] {
  return content.articles.flatMap((article) => {
    const raw = rawOf(article);
    if (!raw) return [];
    if (!/^raw\/[^/]+\.txt$/.test(raw.path)) {
      return [
        error(
          article.file,
          article.lineOf(['raw', 'path']),
          `raw.path "${raw.path}" is not a file in content/raw/`,
          'write it as "raw/<slug>.txt"',
        ),
      ];
    }
    const actual = content.raw.get(raw.path);
    if (actual === undefined) {
      return [
        error(
          article.file,
          article.lineOf(['raw', 'path']),
          `the raw file ${raw.path} does not exist`,
          'put the raw text there (as it was imported, never edited) or fix raw.path',
        ),
      ];
    }
    if (actual !== raw.sha256) {
      return [
        error(
          article.file,
          article.lineOf(['raw', 'sha256']),
          `the raw file ${raw.path} has sha256 ${actual}, not the recorded ${raw.sha256}: the raw text changed`,
          'a raw text is never edited: restore the file as it was imported; if the source page itself changed, import the new text with npm run import -- --update',
        ),
      ];
    }
    return [];
  });
}

/** The same raw text (same checksum) archived as two articles. */
export function checkDuplicateRaw(content: Content): Finding[] {
  const first = new Map<string, ArticleSource>();
  const findings: Finding[] = [];
  for (const article of content.articles) {
    const raw = rawOf(article);
    if (!raw) continue;
    const earlier = first.get(raw.sha256);
    if (!earlier) {
      first.set(raw.sha256, article);
      continue;
    }
    findings.push(
      error(
        article.file,
        article.lineOf(['raw', 'sha256']),
        `the same raw text (sha256 ${raw.sha256.slice(0, 12)}…) is already archived as ${earlier.lang}/${earlier.slug}.mdx`,
        'keep one of the two articles and delete the other with its raw file',
      ),
    );
  }
  return findings;
}

/** A raw file no article names: left over from a deleted article, or an article not yet written. */
export function checkOrphanRaw(content: Content): Finding[] {
  const named = new Set(content.articles.map((article) => rawOf(article)?.path));
  // an article file that cannot be read may name it: its raw text (named after it, as the importer writes it) is not said to be
  // left over, and no raw text is to be deleted before those files are mended
  const unreadableSlugs = new Set([...content.unreadable].map((path) => path.split('/').at(-1)));
  return [...content.raw.keys()]
    .filter((path) => !named.has(path) && !/\.superseded-\d+\.txt$/.test(path))
    .filter((path) => !unreadableSlugs.has(path.replace(/^raw\//, '').replace(/\.txt$/, '')))
    .map((path) =>
      warning(
        join(content.dir, path),
        1,
        'no article names this raw text',
        content.unreadable.size > 0
          ? 'an article file the check cannot read may name it: mend those first; then write its article (raw.path) or delete the file if its article was removed'
          : 'write its article (raw.path) or delete the file if its article was removed',
      ),
    );
}
