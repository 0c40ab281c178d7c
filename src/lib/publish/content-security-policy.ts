/**
 * The Content-Security-Policy is written once, in public/_headers, for hosts that send headers;
 * the build puts the same policy in every page as a <meta>, for hosts that send none (GitHub
 * Pages). This reads the header into Astro's `security.csp` shape, so the two cannot drift.
 */
import type { AstroUserConfig } from 'astro';
import { parseHeaderRules } from './static-host.ts';

/** Astro's `security.csp` options. */
type CspOptions = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
export type MetaPolicy = Required<Pick<CspOptions, 'directives' | 'scriptDirective' | 'styleDirective'>>;

/** Directives a <meta> policy ignores: only a header can set them. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy of the rule for every response ("/*") in a _headers file, as Astro takes it. */
export function metaPolicyFromHeaders(headersFile: string): MetaPolicy {
  const policy = parseHeaderRules(headersFile).find((rule) => rule.path === '/*')?.headers['Content-Security-Policy'];
  if (!policy) throw new Error('_headers: the "/*" rule sets no Content-Security-Policy');
  const directives = policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .filter(([name]) => name && !HEADER_ONLY.has(name));
  const sources = (wanted: string) => directives.find(([name]) => name === wanted)?.slice(1) ?? [];
  return {
    // read from a file, so typed only as Astro's directive names once written there
    directives: directives
      .filter(([name]) => name !== 'script-src' && name !== 'style-src')
      .map((words) => words.join(' ')) as MetaPolicy['directives'],
    scriptDirective: { resources: sources('script-src') },
    styleDirective: { resources: sources('style-src') },
  };
}
