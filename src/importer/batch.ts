/**
 * Importing many raw files: extract each, put it into the archive, and count what happened so the
 * archivist gets one table at the end. An article whose source changed is only reported (with a
 * summary of the differences) unless `update` is asked for, a file edited by hand is never
 * overwritten, and an article that merely shares another's slug is archived beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import matter from 'gray-matter';
import { extractArticle, pageLines, type ArticleRecord, type ImportResult, type Registries } from './extract.ts';
import { learnChrome } from './learned-chrome.ts';
import { loadRegistries } from './registries.ts';
import { archivedChecksums, articleFrontmatter, articleSlug, placeArticle, writeArticle } from './archive.ts';
import { toMdxFile } from './mdx.ts';

export interface BatchOptions {
  contentDir: string;
  today: Date;
  dryRun: boolean;
  /** Rewrite an article whose raw text changed, when its file was not edited by hand. */
  update: boolean;
  sourceUrl?: string;
  /** The headline a person gives a page whose own the importer cannot find (one input file only): the raw text stays as scraped. */
  title?: string;
}

export interface FileOutcome {
  file: string;
  result: ImportResult | null;
  status: 'imported' | 'updated' | 'skipped' | 'failed' | 'extracted';
  message: string;
}

export interface BatchSummary {
  outcomes: FileOutcome[];
  proposedOfficials: string[];
  proposedOutlets: string[];
  /** Files whose record holds fields the importer left blank or guessed, with those fields. */
  needsReview: { file: string; fields: string[] }[];
}

const CHANGED_FIELDS = ['title', 'date', 'outlet', 'author'] as const;

/** What differs between an archived article and a new extraction of its source. */
export function describeChange(existing: string, record: ArticleRecord): string {
  const { data, content } = matter(existing);
  const oldParagraphs = content
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  const fresh = toMdxFile({}, record.paragraphs)
    .split(/\n{2,}/)
    .slice(1)
    .map((p) => p.trim())
    .filter(Boolean);
  const removed = oldParagraphs.filter((p) => !fresh.includes(p)).length;
  const added = fresh.filter((p) => !oldParagraphs.includes(p)).length;
  const fields = CHANGED_FIELDS.filter((field) => {
    const now = field === 'outlet' ? (record.outlet?.id ?? null) : record[field];
    return (data[field] ?? null) !== (now ?? null);
  });
  return `${added} paragraph(s) added, ${removed} removed${fields.length ? `; changed: ${fields.join(', ')}` : ''}`;
}

/** An archived original: its file's text and frontmatter, and the importer's reading of its kept raw text when that reads. */
function archivedOriginal(file: string, registries: Registries, options: BatchOptions) {
  const text = readFileSync(file, 'utf8');
  const { data } = matter(text);
  const rawPath = join(options.contentDir, String(data.raw?.path ?? ''));
  const reading =
    data.raw?.path && existsSync(rawPath)
      ? extractArticle(readFileSync(rawPath), registries, { today: options.today, sourceUrl: data.sourceUrl ?? undefined })
      : undefined;
  return { text, data, previous: reading?.ok ? reading : undefined };
}

/**
 * Whether `record` is a new version of the archived article in `file`, not another article that
 * happens to share its slug: the same page address when both have one, otherwise the same headline
 * and at least one paragraph in common with what its kept raw text gave.
 */
function isNewVersion(file: string, record: ArticleRecord, registries: Registries, options: BatchOptions): boolean {
  const { data, previous } = archivedOriginal(file, registries, options);
  if (options.sourceUrl && data.sourceUrl) return data.sourceUrl === options.sourceUrl;
  return previous?.title === record.title && previous.paragraphs.some((paragraph) => record.paragraphs.includes(paragraph));
}

/** True when the file is exactly what the importer makes of its kept raw text: no hand edits. */
function isUntouched(file: string, registries: Registries, options: BatchOptions): boolean {
  const { text, data, previous } = archivedOriginal(file, registries, options);
  if (!previous) return false;
  const frontmatter = articleFrontmatter(previous, basename(file, '.mdx'), String(data.importedAt), data.sourceUrl ?? undefined);
  return toMdxFile(frontmatter, previous.paragraphs, previous.quotes) === text;
}

/** Each file's chrome as learned from the other files of its outlet in this batch (files that cannot be read have none). */
function batchChrome(files: readonly string[], registries: Registries, today: Date): Map<string, Set<string>> {
  if (files.length < 2) return new Map();
  const pages = new Map<string, { outlet: string | null; lines: string[]; title: string | null }>();
  for (const file of files) {
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    const result = extractArticle(bytes, registries, { today });
    if (result.ok) pages.set(file, { outlet: result.outlet?.id ?? null, lines: pageLines(bytes), title: result.title });
  }
  return learnChrome(pages);
}

/** What the system's error codes for a file that cannot be read mean, in words (others are given as they are). */
const UNREADABLE: Record<string, string> = {
  ENOENT: 'there is no such file (check the name and the folder)',
  EISDIR: 'it is a folder, not a file (name the files in it, e.g. folder/*.txt)',
  EACCES: 'you are not allowed to read it (check its permissions)',
};

const NO_TITLE =
  'no title found (a headline is a line of at most 300 characters above the first paragraph): give the headline with --title "…", then import again (the raw text stays as it was scraped)';

/**
 * What an import does with a page it extracted: write it at `slug` (replacing the article it is a new version of), or skip or
 * refuse it, and why.
 */
function placement(
  result: ArticleRecord,
  bytes: Uint8Array,
  archived: ReadonlyMap<string, string>,
  registries: Registries,
  options: BatchOptions,
): { status: 'skipped' | 'failed'; message: string } | { slug: string; replaces: boolean; target: string } {
  const already = archived.get(result.sha256);
  if (already) return { status: 'skipped', message: `already archived as ${already}` };
  if (!result.title) return { status: 'failed', message: NO_TITLE };
  const { slug, replaces } = placeArticle(result, bytes, options.contentDir, (existing) =>
    isNewVersion(existing, result, registries, options),
  );
  const target = join(options.contentDir, 'articles', result.language, `${slug}.mdx`);
  if (!replaces) return { slug, replaces, target };
  const difference = describeChange(readFileSync(target, 'utf8'), result);
  if (!options.update)
    return { status: 'skipped', message: `the source of ${target} changed (${difference}); run again with --update to rewrite it` };
  if (!isUntouched(target, registries, options))
    return {
      status: 'skipped',
      message: `the source of ${target} changed (${difference}), but the file was edited by hand: it is left as it is (carry the new text over by hand, as --dry-run --json prints it, or delete the article and its raw text and import again, losing the edits)`,
    };
  return { slug, replaces, target };
}

/** Imports `files`, calling `onFile` after each so a caller can show progress. */
export function importBatch(
  files: readonly string[],
  options: BatchOptions,
  onFile: (outcome: FileOutcome) => void = () => {},
): BatchSummary {
  const summary: BatchSummary = { outcomes: [], proposedOfficials: [], proposedOutlets: [], needsReview: [] };
  let registries = loadRegistries(options.contentDir);
  const archived = archivedChecksums(options.contentDir);
  const importedAt = options.today.toISOString().slice(0, 10);
  const chrome = batchChrome(files, registries, options.today);
  const finish = (outcome: FileOutcome) => {
    summary.outcomes.push(outcome);
    onFile(outcome);
  };
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      const reason = `cannot read the file: ${UNREADABLE[code] ?? code}`;
      finish({ file, result: { ok: false, errors: [reason], sha256: null }, status: 'failed', message: reason });
      continue;
    }
    const extracted = extractArticle(bytes, registries, { today: options.today, sourceUrl: options.sourceUrl, chrome: chrome.get(file) });
    // (a headline a person gave is no blank or guess to review)
    const result: ImportResult =
      extracted.ok && options.title
        ? { ...extracted, title: options.title, needsReview: extracted.needsReview.filter((field) => field !== 'title') }
        : extracted;
    if (!result.ok) {
      finish({ file, result, status: 'failed', message: result.errors.join('; ') });
      continue;
    }
    const place = placement(result, bytes, archived, registries, options);
    if (options.dryRun) {
      // (the same decisions as an import, so the preview says what the import would do)
      if (result.needsReview.length > 0 && 'slug' in place) summary.needsReview.push({ file, fields: result.needsReview });
      if ('slug' in place) archived.set(result.sha256, relative(options.contentDir, place.target));
      const would =
        'slug' in place
          ? `the import would write ${place.target}`
          : `the import would ${place.status === 'skipped' ? 'skip' : 'refuse'} it: ${place.message}`;
      finish({ file, result, status: 'extracted', message: `dry run: nothing written; ${would}` });
      continue;
    }
    if (!('slug' in place)) {
      finish({ file, result, ...place });
      continue;
    }
    const { slug, replaces } = place;
    const outcome = writeArticle(result, bytes, {
      contentDir: options.contentDir,
      importedAt,
      sourceUrl: options.sourceUrl,
      slug,
      replace: replaces,
    });
    if (outcome.status === 'failed') {
      finish({ file, result, status: 'failed', message: outcome.message });
      continue;
    }
    archived.set(result.sha256, relative(options.contentDir, outcome.file));
    if (result.needsReview.length > 0) summary.needsReview.push({ file, fields: result.needsReview });
    summary.proposedOfficials.push(...outcome.proposedOfficials);
    summary.proposedOutlets.push(...outcome.proposedOutlets);
    if (outcome.proposedOfficials.length + outcome.proposedOutlets.length > 0) registries = loadRegistries(options.contentDir);
    const moved = slug === articleSlug(result) ? '' : ` (another article has the slug ${articleSlug(result)})`;
    finish({ file, result, status: replaces ? 'updated' : 'imported', message: `wrote ${outcome.file}${moved}` });
  }
  return summary;
}
