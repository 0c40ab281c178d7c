/**
 * The harness the browser tests and the search benchmark share: serves a built site on 127.0.0.1
 * (optionally under a sub-path) and drives Debian's Chromium through playwright-core. Never
 * downloads a browser. It lives outside src/ and tests/ so that neither depends on the other.
 */
import { chromium, type Browser } from 'playwright-core';
import { serveSite } from '../src/lib/publish/static-host.ts';

export interface StaticSite {
  origin: string;
  /** The URL of a site path, e.g. `url('/vi/')`, with the base path applied. */
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves `dir` at `base` (e.g. "/" or "/archive/") on a free loopback port, as a host does (src/lib/publish/static-host.ts), adding `headers` to every response. */
export async function serveStatic(
  dir: string,
  base = '/',
  headers: Record<string, string> | ((path: string) => Record<string, string>) = {},
): Promise<StaticSite> {
  const site = await serveSite(dir, base, typeof headers === 'function' ? headers : () => headers);
  return { ...site, url: (path: string) => `${site.origin}${base}${path.replace(/^\//, '')}` };
}

/** Debian's Chromium, headless, with no background network traffic. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}
