/** Reading public/_headers (the Netlify / Cloudflare Pages format) in tests: one rule per path pattern. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

export const HEADERS_FILE = join(new URL('../../', import.meta.url).pathname, 'public', '_headers');

/** Rules in file order: an unindented line opens a rule, indented "Name: value" lines belong to it. */
export function readHeaderRules(file = HEADERS_FILE): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
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

/** The headers every response gets: the rule for "/*". */
export function siteHeaders(): Record<string, string> {
  const rule = readHeaderRules().find((r) => r.path === '/*');
  if (!rule) throw new Error('_headers has no rule for /*');
  return rule.headers;
}
