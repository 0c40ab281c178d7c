import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { metaPolicyFromHeaders } from '../../src/lib/publish/content-security-policy.ts';

const HEADERS = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');

describe('the <meta> policy read from _headers', () => {
  test('is the header’s policy, directive for directive, but for what only a header can set', () => {
    const header = /Content-Security-Policy: (.+)/.exec(HEADERS)![1]!.split('; ');
    const meta = metaPolicyFromHeaders(HEADERS);
    const rebuilt = [
      ...meta.directives,
      `script-src ${meta.scriptDirective.resources!.join(' ')}`,
      `style-src ${meta.styleDirective.resources!.join(' ')}`,
    ];
    expect(rebuilt.sort()).toEqual(header.filter((directive) => !directive.startsWith('frame-ancestors')).sort());
    expect(meta.scriptDirective.resources).toContain("'wasm-unsafe-eval'");
  });

  test('follows the file: a changed policy is the page’s policy', () => {
    const changed = "/*\n  Content-Security-Policy: default-src 'none'; script-src 'self'; img-src 'self' data:; frame-ancestors 'none'\n";
    expect(metaPolicyFromHeaders(changed)).toEqual({
      directives: ["default-src 'none'", "img-src 'self' data:"],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: [] },
    });
  });

  test('a _headers file with no policy for every response is an error naming the rule', () => {
    expect(() => metaPolicyFromHeaders('/raw/*\n  Content-Type: text/plain; charset=utf-8\n')).toThrow(
      /"\/\*" rule sets no Content-Security-Policy/,
    );
  });
});
