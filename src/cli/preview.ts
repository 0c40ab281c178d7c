/**
 * `npm run preview`: serves the built site as a host reading public/_headers would (the policy,
 * the raw texts' charset, the language's own 404 page), at SITE_BASE, on PORT (default 4321).
 */
import { resolve } from 'node:path';
import { headersFor, serveSite, siteRules } from '../lib/publish/static-host.ts';

const dir = resolve(process.env.ARCHIVE_DIST ?? 'dist');
const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
const rules = siteRules(dir);
const site = await serveSite(dir, base, (path) => headersFor(rules, path), Number(process.env.PORT ?? 4321));
console.log(`serving ${dir} at ${site.origin}${base}`);
