/**
 * Importing many raw files: extract each, put it into the archive, and count what happened so the
 * archivist gets one table at the end. An article whose source changed is only reported (with a
 * summary of the differences) unless `update` is asked for, and a file edited by hand is never
 * overwritten.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { extractArticle, type ArticleRecord, type ImportResult } from './extract.ts';
import { loadRegistries } from './registries.ts';
import { archivedChecksums, articleFrontmatter, articleSlug, writeArticle } from './archive.ts';
import { toMdxFile } from './mdx.ts';

export interface BatchOptions {
  contentDir: string;
  today: Date;
  dryRun: boolean;
  /** Rewrite an article whose raw text changed, when its file was not edited by hand. */
  update: boolean;
  sourceUrl?: string;
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
  /** Files whose article lacks a field a person must supply. */
  needsReview: { file: string; fields: string[] }[];
}

const CHANGED_FIELDS = ['title', 'date', 'outlet', 'author'] as const;

/** What differs between an archived article and a new extraction of its source. */
export function describeChange(existing: string, record: ArticleRecord): string {
  const { data, content } = matter(existing);
  const oldParagraphs = content.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  const fresh = toMdxFile({}, record.paragraphs).split(/\n{2,}/).slice(1).map((p) => p.trim()).filter(Boolean);
  const removed = oldParagraphs.filter((p) => !fresh.includes(p)).length;
  const added = fresh.filter((p) => !oldParagraphs.includes(p)).length;
  const fields = CHANGED_FIELDS.filter((field) => {
    const now = field === 'outlet' ? (record.outlet?.id ?? null) : record[field];
    return (data[field] ?? null) !== (now ?? null);
  });
  return `${added} paragraph(s) added, ${removed} removed${fields.length ? `; changed: ${fields.join(', ')}` : ''}`;
}

/** True when the file is exactly what the importer makes of its kept raw text: no hand edits. */
function isUntouched(file: string, contentDir: string, today: Date): boolean {
  const existing = readFileSync(file, 'utf8');
  const { data } = matter(existing);
  const rawPath = join(contentDir, String(data.raw?.path ?? ''));
  if (!data.raw?.path || !existsSync(rawPath)) return false;
  const registries = loadRegistries(contentDir);
  const previous = extractArticle(readFileSync(rawPath), registries, { today, sourceUrl: data.sourceUrl ?? undefined });
  if (!previous.ok) return false;
  const slug = articleSlug(previous);
  return toMdxFile(articleFrontmatter(previous, slug, String(data.importedAt), data.sourceUrl ?? undefined), previous.paragraphs) === existing;
}

/** Imports `files`, calling `onFile` after each so a caller can show progress. */
export function importBatch(files: readonly string[], options: BatchOptions, onFile: (outcome: FileOutcome) => void = () => {}): BatchSummary {
  const summary: BatchSummary = { outcomes: [], proposedOfficials: [], proposedOutlets: [], needsReview: [] };
  let registries = loadRegistries(options.contentDir);
  const archived = archivedChecksums(options.contentDir);
  const importedAt = options.today.toISOString().slice(0, 10);
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
      finish({ file, result: { ok: false, errors: [`cannot read the file: ${code}`], sha256: null }, status: 'failed', message: `cannot read the file: ${code}` });
      continue;
    }
    const result = extractArticle(bytes, registries, { today: options.today, sourceUrl: options.sourceUrl });
    if (!result.ok) {
      finish({ file, result, status: 'failed', message: result.errors.join('; ') });
      continue;
    }
    if (result.needsReview.length > 0) summary.needsReview.push({ file, fields: result.needsReview });
    if (options.dryRun) {
      finish({ file, result, status: 'extracted', message: 'dry run: nothing written' });
      continue;
    }
    const target = join(options.contentDir, 'articles', result.language, `${articleSlug(result)}.mdx`);
    const changed = existsSync(target) && !archived.has(result.sha256);
    if (changed) {
      const difference = describeChange(readFileSync(target, 'utf8'), result);
      if (!options.update) {
        finish({ file, result, status: 'skipped', message: `the source of ${target} changed (${difference}); run again with --update to rewrite it` });
        continue;
      }
      if (!isUntouched(target, options.contentDir, options.today)) {
        finish({ file, result, status: 'skipped', message: `the source of ${target} changed (${difference}), but the file was edited by hand: it is left as it is` });
        continue;
      }
    }
    const outcome = writeArticle(result, bytes, { contentDir: options.contentDir, importedAt, sourceUrl: options.sourceUrl, archived, replace: changed });
    if (outcome.status === 'imported') {
      summary.proposedOfficials.push(...outcome.proposedOfficials);
      summary.proposedOutlets.push(...outcome.proposedOutlets);
      if (outcome.proposedOfficials.length + outcome.proposedOutlets.length > 0) registries = loadRegistries(options.contentDir);
      finish({ file, result, status: changed ? 'updated' : 'imported', message: `wrote ${outcome.file}` });
    } else {
      finish({ file, result, status: outcome.status, message: outcome.message });
    }
  }
  return summary;
}
