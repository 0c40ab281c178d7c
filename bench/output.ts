/**
 * What a build wrote: file count and size, the weight of article pages as a reader downloads
 * them (HTML and its stylesheets gzipped, as a host compresses them; any JavaScript), and the
 * longest list of articles on any other page (a list page that is not paginated shows up here).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SECTIONS } from '../src/lib/site/routes.ts';

export interface OutputStats {
  files: number;
  bytes: number;
}

export interface PageWeights {
  pages: number;
  /** Gzipped HTML plus the gzipped stylesheets it links, in bytes. */
  median: number;
  largest: number;
  largestPage: string;
  /** Pages that load or embed JavaScript (JSON-LD is data, not script), and the most bytes one does. */
  withScript: number;
  scriptBytes: number;
}

export interface ListStats {
  pages: number;
  /** The longest list (most links to pages of one kind) on a page that is not an article, and which page. */
  mostLinks: number;
  mostLinksPage: string;
}

/** Every file under `dir`, as paths relative to it (none when a failed build wrote nothing). */
function walk(dir: string, prefix = ''): string[] {
  if (!existsSync(join(dir, prefix))) return [];
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? walk(dir, path) : [path];
  });
}

export function outputStats(dir: string): OutputStats {
  const files = walk(dir);
  return { files: files.length, bytes: files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0) };
}

/** A site path ("/_astro/x.css") as a file in the build. */
const fileOf = (dir: string, url: string) => join(dir, url.replace(/^\/+/, '').split(/[?#]/)[0]!);

/** Article pages of a build: the archive's localised sections, or every page of the bare baseline. */
export function articlePages(dir: string, baseline: boolean): string[] {
  const sections = baseline ? ['vi', 'en'] : Object.entries(SECTIONS.articles).map(([lang, section]) => `${lang}/${section}`);
  return sections.flatMap((section) => {
    const folder = join(dir, section);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .map((slug) => `${section}/${slug}/index.html`)
      .filter((page) => existsSync(join(dir, page)));
  });
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const isData = (attributes: string) => /type="application\/(?:ld\+)?json"/.test(attributes);

export function pageWeights(dir: string, pages: string[]): PageWeights {
  const gzipped = new Map<string, number>();
  const cssSize = (url: string) => {
    if (!gzipped.has(url)) gzipped.set(url, gzipSync(readFileSync(fileOf(dir, url))).length);
    return gzipped.get(url)!;
  };
  const weights: { page: string; bytes: number }[] = [];
  let withScript = 0;
  let scriptBytes = 0;
  for (const page of pages) {
    const html = readFileSync(join(dir, page), 'utf8');
    const stylesheets = [...html.matchAll(/<link\b[^>]*>/g)]
      .filter(([tag]) => /rel="stylesheet"/.test(tag))
      .map(([tag]) => cssSize(/href="([^"]+)"/.exec(tag)![1]!));
    weights.push({ page, bytes: gzipSync(html).length + stylesheets.reduce((a, b) => a + b, 0) });
    let script = 0;
    for (const [, attributes, body] of html.matchAll(SCRIPT)) {
      if (isData(attributes!)) continue;
      const src = /src="([^"]+)"/.exec(attributes!)?.[1];
      script += src ? statSync(fileOf(dir, src)).size : Buffer.byteLength(body!);
    }
    if (script > 0) withScript++;
    scriptBytes = Math.max(scriptBytes, script);
  }
  weights.sort((a, b) => a.bytes - b.bytes);
  const largest = weights.at(-1);
  return {
    pages: weights.length,
    median: weights[Math.floor(weights.length / 2)]?.bytes ?? 0,
    largest: largest?.bytes ?? 0,
    largestPage: largest?.page ?? '',
    withScript,
    scriptBytes,
  };
}

/**
 * The longest list on any HTML page that is not an article: distinct links to pages of one kind
 * (articles, officials, topics or outlets), so both article lists and index pages are covered.
 */
export function listStats(dir: string, articles: readonly string[]): ListStats {
  const isArticle = new Set(articles);
  const kinds = (['articles', 'officials', 'topics', 'outlets'] as const).map(
    (section) =>
      new RegExp(
        `href="[^"]*/(?:${Object.entries(SECTIONS[section])
          .map(([lang, s]) => `${lang}/${s}`)
          .join('|')})/[^"/]+/"`,
        'g',
      ),
  );
  let most = { count: 0, page: '' };
  let pages = 0;
  for (const page of walk(dir).filter((file) => file.endsWith('.html') && !isArticle.has(file))) {
    pages++;
    const html = readFileSync(join(dir, page), 'utf8');
    const count = Math.max(...kinds.map((link) => new Set(html.match(link) ?? []).size));
    if (count > most.count) most = { count, page };
  }
  return { pages, mostLinks: most.count, mostLinksPage: most.page };
}
