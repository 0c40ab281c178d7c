/**
 * Links in the built site: every internal href, src, srcset, form action and CSS url() of every
 * page, stylesheet, sitemap and feed must name a file that the build wrote, inside the base path
 * the site is served under, and a #fragment an id on the page it points to. Outside links are
 * not followed. Run after the build by src/cli/check-links.ts; findings as in the content check.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { error, type Finding } from './findings.ts';

export interface SiteOptions {
  /** The sub-path the site is served under, e.g. "/" or "/archive/". */
  base: string;
  /** The public origin; absolute links to it are internal. */
  site: string;
}

interface Reference {
  url: string;
  /** Where it stands, e.g. `<a href>`. */
  where: string;
}

const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['[href]', 'href'],
  ['[src]', 'src'],
  ['[poster]', 'poster'],
  ['object[data]', 'data'],
  ['form[action]', 'action'],
  ['[formaction]', 'formaction'],
];
const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g;
const XML_URL = /<loc>\s*([^<\s]+)\s*<\/loc>|<link>\s*([^<\s]+)\s*<\/link>|\shref="([^"]+)"/g;

function references(file: string, text: string, page: HTMLElement | undefined): Reference[] {
  if (page) {
    const found: Reference[] = [];
    for (const [selector, attribute] of URL_ATTRIBUTES) {
      for (const element of page.querySelectorAll(selector))
        found.push({ url: element.getAttribute(attribute)!, where: `<${element.rawTagName} ${attribute}>` });
    }
    for (const element of page.querySelectorAll('[srcset]')) {
      for (const candidate of element.getAttribute('srcset')!.split(','))
        found.push({ url: candidate.trim().split(/\s+/)[0], where: `<${element.rawTagName} srcset>` });
    }
    for (const style of page.querySelectorAll('style')) found.push(...cssReferences(style.text));
    return found;
  }
  if (file.endsWith('.css')) return cssReferences(text);
  return [...text.matchAll(XML_URL)].map((match) => ({
    url: (match[1] ?? match[2] ?? match[3]).replace(/&amp;/g, '&'),
    where: 'feed or sitemap',
  }));
}

function cssReferences(css: string): Reference[] {
  return [...css.matchAll(CSS_URL)].map((match) => ({ url: match[2] ?? match[4], where: 'CSS url()' }));
}

/** The site path a built file (relative, "/"-separated) is served at: vi/index.html → /vi/ (under the base). */
function servedAt(path: string, base: string): string {
  return base + (path === 'index.html' || path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path);
}

/** The built file (relative, "/"-separated) a path under the base names, or undefined. */
function fileFor(built: ReadonlySet<string>, rest: string): string | undefined {
  const candidates = rest === '' || rest.endsWith('/') ? [`${rest}index.html`] : [rest, `${rest}/index.html`];
  return candidates.find((candidate) => built.has(candidate));
}

/** The ids and names a fragment may point to on a page. */
function anchors(page: HTMLElement): Set<string> {
  const found = new Set<string>();
  for (const element of page.querySelectorAll('[id], [name]')) {
    for (const attribute of ['id', 'name']) {
      const value = element.getAttribute(attribute);
      if (value !== undefined) found.add(value);
    }
  }
  return found;
}

/**
 * Broken internal links and assets of the site built in `dist`. Each page is parsed once and
 * dropped; only its anchors are kept, so memory stays small however many pages the site has.
 */
export function checkLinks(dist: string, options: SiteOptions): Finding[] {
  const base = `/${options.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const origin = new URL(options.site).origin;
  const built = new Set(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/')),
  );
  const anchorsOn = new Map<string, Set<string>>();
  const anchorsOf = (file: string, page?: HTMLElement) => {
    let found = anchorsOn.get(file);
    if (!found) anchorsOn.set(file, (found = anchors(page ?? parse(readFileSync(join(dist, file), 'utf8')))));
    return found;
  };
  const findings: Finding[] = [];
  for (const name of [...built].filter((file) => /\.(?:html|css|xml)$/.test(file)).sort()) {
    const file = join(dist, name);
    const text = readFileSync(file, 'utf8');
    const page = name.endsWith('.html') ? parse(text) : undefined;
    if (page) anchorsOf(name, page);
    const here = new URL(servedAt(name, base), origin);
    const lineOf = (url: string) => {
      const at = [`"${url}"`, `'${url}'`, url].map((form) => text.indexOf(form)).find((index) => index >= 0) ?? 0;
      return text.slice(0, at).split('\n').length;
    };
    const broken = (url: string, where: string, message: string, hint: string) =>
      findings.push(error(file, lineOf(url), `${where} "${url}": ${message}`, hint));
    for (const { url, where } of references(name, text, page)) {
      if (!url || /^(?:mailto|tel|data|javascript|blob):/i.test(url)) continue;
      let target: URL;
      try {
        target = new URL(url, here);
      } catch {
        broken(url, where, 'is not a valid address', 'fix the link');
        continue;
      }
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(base)) {
        broken(url, where, `is outside the base path ${base}`, 'build links with the base path (routes.ts), not as bare "/…" paths');
        continue;
      }
      const rest = decodeURIComponent(target.pathname.slice(base.length));
      const targetFile = fileFor(built, rest);
      if (!targetFile) {
        broken(url, where, `nothing was built at ${base}${rest}`, 'fix the link, or the page or asset it should point to');
        continue;
      }
      const id = decodeURIComponent(target.hash.slice(1));
      if (id && targetFile.endsWith('.html') && !anchorsOf(targetFile).has(id)) {
        broken(
          url,
          where,
          `no element with id "${id}" on ${servedAt(targetFile, base)}`,
          'fix the fragment or give the target element that id',
        );
      }
    }
  }
  return findings;
}
