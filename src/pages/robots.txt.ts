/** robots.txt: everything may be crawled; the sitemap lists the pages. (Under SITE_BASE it sits below the host's root, where crawlers do not look; the host's own robots.txt should name the sitemap then.) */
import type { APIRoute } from 'astro';
import { absoluteUrl, assetHref } from '../lib/site/routes.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(assetHref('sitemap-index.xml'))}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
