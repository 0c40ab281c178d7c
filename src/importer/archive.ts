/**
 * Putting an extracted article into the archive: its place (a slug no other article holds), the
 * MDX file, the kept raw text and registry proposals for officials and outlets not seen before.
 * Every write goes to a temporary file that is renamed into place (registry proposals too), so an
 * interrupted import never leaves half a file.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import matter from 'gray-matter';
import { stringify } from 'yaml';
import { asciiFold, slugify } from '../lib/text/strings.ts';
import { registryPath } from '../lib/archive/registry-files.ts';
import type { ArticleRecord, OfficialRef } from './extract.ts';
import type { OutletRef } from './outlet-refs.ts';
import { toMdxFile } from './mdx.ts';
import { isUnreadable, readArticleText } from '../check/article-file.ts';
import { bodyProblems } from '../check/body.ts';

export function writeAtomic(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'wx'); // a temporary file this import did not create is never touched
  try {
    try {
      writeFileSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (thrown) {
    rmSync(temporary, { force: true });
    throw thrown;
  }
}

/** The slug of an article: its known date, then its title, e.g. "2021-12-18-ngoai-giao-kinh-te-…". */
export function articleSlug(record: Pick<ArticleRecord, 'date' | 'title' | 'sha256'>): string {
  const title = record.title ? slugify(record.title) : `untitled-${record.sha256.slice(0, 8)}`;
  return record.date ? `${record.date}-${title}` : title;
}

/** What an original's frontmatter is made of: an import's record, or anything with those parts (the benchmark's synthetic articles). */
export type FrontmatterSource = Pick<
  ArticleRecord,
  'language' | 'title' | 'date' | 'datePrecision' | 'dateInferred' | 'dateNote' | 'author' | 'topics' | 'sha256'
> & {
  dateKind?: ArticleRecord['dateKind'];
  needsReview?: string[];
  outlet: { id: string } | null;
  originalOutlet: { id: string } | null;
  officials: { id: string; title: string }[];
};

/** Frontmatter of the original-language article file. */
export function articleFrontmatter(
  record: FrontmatterSource,
  slug: string,
  importedAt: string,
  sourceUrl?: string,
): Record<string, unknown> {
  return {
    title: record.title ?? '',
    language: record.language,
    date: record.date,
    datePrecision: record.datePrecision,
    dateInferred: record.dateInferred,
    dateKind: record.dateKind ?? (record.date ? 'published' : null),
    dateNote: record.dateNote,
    outlet: record.outlet?.id ?? null,
    originalOutlet: record.originalOutlet?.id ?? null,
    author: record.author,
    sourceUrl: sourceUrl ?? null,
    officials: record.officials.map((o) => ({ id: o.id, title: o.title })),
    topics: record.topics,
    raw: { path: `raw/${slug}.txt`, sha256: record.sha256 },
    importedAt,
    // what the importer left blank or guessed, until a person has checked it
    needsReview: record.needsReview ?? [],
  };
}

/** The raw checksums already archived, and the article files that hold them. */
export function archivedChecksums(contentDir: string): Map<string, string> {
  const found = new Map<string, string>();
  const articles = join(contentDir, 'articles');
  if (!existsSync(articles)) return found;
  for (const language of readdirSync(articles)) {
    const folder = join(articles, language);
    for (const name of readdirSync(folder)) {
      if (!name.endsWith('.mdx')) continue;
      const file = join(folder, name);
      const sha = (matter(readFileSync(file, 'utf8')).data as { raw?: { sha256?: string } }).raw?.sha256;
      if (sha) found.set(sha, relative(contentDir, file));
    }
  }
  return found;
}

/** The registry file with `entries` appended, or undefined when there are none. */
function withProposals(file: string, entries: Record<string, unknown>[]): string | undefined {
  if (entries.length === 0) return undefined;
  const text = stringify(entries, { lineWidth: 0 });
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const separator = existing && !existing.endsWith('\n') ? '\n' : '';
  return `${existing}${separator}${text}`;
}

/** Writes and renames that can be undone, newest first, when a later one fails. */
function changeSet() {
  const undo: (() => void)[] = [];
  return {
    write(file: string, data: string | Uint8Array) {
      const before = existsSync(file) ? readFileSync(file) : undefined;
      writeAtomic(file, data);
      undo.push(() => (before === undefined ? rmSync(file, { force: true }) : writeAtomic(file, before)));
    },
    rename(from: string, to: string) {
      renameSync(from, to);
      undo.push(() => renameSync(to, from));
    },
    rollback() {
      for (const step of undo.reverse()) step();
    },
  };
}

function officialProposal(official: OfficialRef): Record<string, unknown> {
  return {
    id: official.id,
    name: official.name,
    ascii: asciiFold(official.name),
    aliases: [],
    foreign: official.foreign,
    status: 'proposed',
  };
}

/** A registry entry for an outlet the page named: never a site the page did not show. */
function outletProposal(outlet: OutletRef, language: string): Record<string, unknown> {
  const markers = [...new Set([outlet.name, ...outlet.markers])];
  return { id: outlet.id, name: outlet.name, ...(outlet.site ? { site: outlet.site } : {}), language, markers, status: 'proposed' };
}

/**
 * True when no article in `language` stands at `slug` and raw/<slug>.txt, which an original in
 * either language keeps, is absent or holds `raw` (left by an interrupted import of this text).
 * A translation in the other language does not take the slug: it is this original's.
 */
function slugFree(contentDir: string, language: string, slug: string, raw: Uint8Array): boolean {
  if (existsSync(join(contentDir, 'articles', language, `${slug}.mdx`))) return false;
  const rawFile = join(contentDir, 'raw', `${slug}.txt`);
  return !existsSync(rawFile) || Buffer.from(raw).equals(readFileSync(rawFile));
}

/**
 * Where an article goes: the first of its slug, then slug-2, slug-3, … that either holds the
 * archived article `record` is a new version of (`replaces`) or is free. Two titles that share
 * their first words on one day both get a place; one never takes the other's.
 */
export function placeArticle(
  record: ArticleRecord,
  raw: Uint8Array,
  contentDir: string,
  isNewVersionOf: (file: string) => boolean,
): { slug: string; replaces: boolean } {
  const base = articleSlug(record);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const file = join(contentDir, 'articles', record.language, `${slug}.mdx`);
    if (existsSync(file) && isNewVersionOf(file)) return { slug, replaces: true };
    if (slugFree(contentDir, record.language, slug, raw)) return { slug, replaces: false };
  }
}

export type WriteOutcome =
  { status: 'imported'; file: string; proposedOfficials: string[]; proposedOutlets: string[] } | { status: 'failed'; message: string };

/** The first error the content contract finds in the article text the importer made (none is expected: the property tests say so). */
function contractRefusal(mdx: string, record: ArticleRecord, contentDir: string): string | undefined {
  const read = readArticleText(mdx);
  if (isUnreadable(read)) return read.message;
  const named = new Set(record.officials.map((official) => official.id));
  const context = { contentDir, officialIds: [...named], namedOfficials: named, today: '9999-12-31' };
  return bodyProblems(read.body, context).find((problem) => problem.severity === 'error')?.message;
}

/**
 * Writes one extracted article at `slug` (from placeArticle), its raw text and its registry
 * proposals; with `replace`, the raw text it replaces is kept beside the new one.
 */
export function writeArticle(
  record: ArticleRecord,
  raw: Uint8Array,
  options: { contentDir: string; importedAt: string; sourceUrl?: string | undefined; slug: string; replace: boolean },
): WriteOutcome {
  const { slug } = options;
  const file = join(options.contentDir, 'articles', record.language, `${slug}.mdx`);
  const rawFile = join(options.contentDir, 'raw', `${slug}.txt`);
  // Everything is prepared before the first write and the article is written last; a failed write
  // undoes the others, so an article is archived whole or not at all.
  const mdx = toMdxFile(articleFrontmatter(record, slug, options.importedAt, options.sourceUrl), record.paragraphs, record.quotes);
  const refused = contractRefusal(mdx, record, options.contentDir);
  if (refused)
    return {
      status: 'failed',
      message: `the text as written would break the content contract (${refused}); nothing was written: please report this page`,
    };
  const newOfficials = record.officials.filter((o) => !o.known);
  const newOutlets = [record.outlet, record.originalOutlet]
    .filter((o): o is OutletRef => o !== null && !o.known)
    .filter((o, i, all) => all.findIndex((other) => other.id === o.id) === i);
  const registries = [
    [registryPath('officials', options.contentDir), newOfficials.map(officialProposal)],
    [registryPath('outlets', options.contentDir), newOutlets.map((o) => outletProposal(o, record.language))],
  ] as const;
  const changes = changeSet();
  try {
    // the superseded raw text is kept beside the new one, never thrown away
    if (options.replace && existsSync(rawFile))
      changes.rename(rawFile, join(options.contentDir, 'raw', `${slug}.superseded-${Date.now()}.txt`));
    changes.write(rawFile, raw);
    for (const [registry, entries] of registries) {
      const text = withProposals(registry, entries);
      if (text !== undefined) changes.write(registry, text);
    }
    changes.write(file, mdx);
  } catch (thrown) {
    changes.rollback();
    return {
      status: 'failed',
      message: `could not write ${relative(options.contentDir, file)} (${(thrown as NodeJS.ErrnoException).code ?? String(thrown)}); nothing was changed`,
    };
  }
  return { status: 'imported', file, proposedOfficials: newOfficials.map((o) => o.id), proposedOutlets: newOutlets.map((o) => o.id) };
}
