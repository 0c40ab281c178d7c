/** Reading public/_headers (the Netlify / Cloudflare Pages format) in tests: one rule per path pattern. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHeaderRules, type HeaderRule } from '../../src/lib/publish/static-host.ts';

export type { HeaderRule };

export const HEADERS_FILE = join(new URL('../../', import.meta.url).pathname, 'public', '_headers');

export const readHeaderRules = (file = HEADERS_FILE): HeaderRule[] => parseHeaderRules(readFileSync(file, 'utf8'));

/** The headers every response gets: the rule for "/*". */
export function siteHeaders(): Record<string, string> {
  const rule = readHeaderRules().find((r) => r.path === '/*');
  if (!rule) throw new Error('_headers has no rule for /*');
  return rule.headers;
}
