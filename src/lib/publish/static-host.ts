/**
 * Serving the built site as a static host does: files by extension, a folder's index.html, the
 * nearest 404.html for a missing path (the language's own, /en/404.html, under /en/), and the
 * response headers of public/_headers (the Netlify / Cloudflare Pages format). `npm run preview`
 * and the browser tests serve the site through it, so both see what such a host sends.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

/** Types as hosts send them: plain text gets no charset of its own, so _headers must give it. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/** Rules in file order: an unindented line opens a rule, indented "Name: value" lines belong to it. */
export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const [, name, value] = /^\s+([\w-]+):\s*(.+)$/.exec(line) ?? [];
    if (!name || rules.length === 0) throw new Error(`_headers: cannot read "${line}"`);
    rules.at(-1)!.headers[name] = value;
  }
  return rules;
}

/** A rule's path as a pattern: `*` matches anything, `:name` one path segment. */
const patternOf = (path: string) =>
  new RegExp(
    `^${path
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/:\w+/g, '[^/]+')}$`,
  );

/** The headers of every rule matching `path` (a path below the base, starting with "/"). */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((rule) => patternOf(rule.path).test(path)).map((rule) => rule.headers));
}

/** The closest 404.html above `file` inside `dir`. */
function notFoundPage(dir: string, file: string): string {
  for (let folder = dirname(file); folder.startsWith(dir); folder = dirname(folder)) {
    if (existsSync(join(folder, '404.html'))) return join(folder, '404.html');
  }
  return join(dir, '404.html');
}

export interface ServedSite {
  origin: string;
  close(): Promise<void>;
}

/** Serves `dir` at `base` ("/" or "/archive/") on `port` (0: any free one), each response with `headers(path)`. */
export async function serveSite(
  folder: string,
  base: string,
  headers: (path: string) => Record<string, string>,
  port = 0,
): Promise<ServedSite> {
  const dir = resolve(folder);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(base)) return void response.writeHead(404).end();
    const path = `/${pathname.slice(base.length)}`;
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    const served = found ? file : notFoundPage(dir, file);
    response.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream', ...headers(path) });
    createReadStream(served).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The rules of a built site's _headers file (none when it has no such file). */
export const siteRules = (dir: string): HeaderRule[] =>
  existsSync(join(dir, '_headers')) ? parseHeaderRules(readFileSync(join(dir, '_headers'), 'utf8')) : [];
