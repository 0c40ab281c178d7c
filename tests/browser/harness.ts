/**
 * Browser-test harness: serves a built site on 127.0.0.1 (optionally under a sub-path) and drives
 * Debian's Chromium through playwright-core. Never downloads a browser.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveSite } from '../../src/lib/publish/static-host.ts';

export interface StaticSite {
  origin: string;
  /** The URL of a site path, e.g. `url('/vi/')`, with the base path applied. */
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves `dir` at `base` (e.g. "/" or "/archive/") on a free loopback port, as a host does (src/lib/publish/static-host.ts), adding `headers` to every response. */
export async function serveStatic(dir: string, base = '/', headers: Record<string, string> | ((path: string) => Record<string, string>) = {}): Promise<StaticSite> {
  const site = await serveSite(dir, base, typeof headers === 'function' ? headers : () => headers);
  return { ...site, url: (path: string) => `${site.origin}${base}${path.replace(/^\//, '')}` };
}

/** Debian's Chromium, headless, with no background network traffic. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Runs axe-core in the page and returns its violations (rule id and the offending targets). */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string | null; targets: string[] }[]> {
  const axeSource = await import('node:fs').then((fs) => fs.readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8'));
  // Evaluated through the DevTools protocol, not as a <script>: the pages' own policy (a <meta>) allows no inline script.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: { id: string; impact: string | null; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}
