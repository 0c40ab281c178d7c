/** /pages.json: every page of the site and what the site map and the search index need of it (src/lib/site/page-list.ts). */
import type { APIRoute } from 'astro';
import { otherLanguage } from '../i18n/index.ts';
import { NOT_FOUND_PATH, type ListedPage } from '../lib/site/page-list.ts';
import { doorwayAlternates } from '../lib/site/pages.ts';
import { type PageFrame } from '../lib/site/frame.ts';
import { absoluteUrl, assetHref } from '../lib/site/routes.ts';
import { render, sitePages } from './[lang]/_page-kinds.ts';

/** A page of the route map, built at `path` below the output folder. */
function listedPage(kind: string, path: string, frame: PageFrame): ListedPage {
  const url = absoluteUrl(assetHref(path));
  const alternates = frame.alternate
    ? [
        { lang: frame.lang, url },
        { lang: otherLanguage(frame.lang), url: absoluteUrl(frame.switchTo) },
      ]
    : [];
  return {
    kind,
    lang: frame.lang,
    path,
    url,
    alternates,
    ...(frame.noindex && { noindex: true as const }),
    ...(frame.modified && { lastmod: frame.modified }),
    ...(frame.search && { search: frame.search }),
  };
}

export const GET: APIRoute = async () => {
  const alternates = doorwayAlternates().map(({ lang, url }) => ({ lang, url: absoluteUrl(url) }));
  const doorway: ListedPage = { kind: 'doorway', lang: 'vi', path: '', url: absoluteUrl(assetHref('')), alternates };
  const pages = (await sitePages()).map(({ params, props }) => {
    // a not-found page is listed where the build leaves it (astro.config.mjs moves it to <lang>/404.html)
    const path =
      params.path === NOT_FOUND_PATH
        ? `${params.lang}/${NOT_FOUND_PATH}.html`
        : [params.lang, params.path]
            .filter(Boolean)
            .map((part) => `${part}/`)
            .join('');
    return listedPage(props.kind, path, render(props).frame);
  });
  return new Response(JSON.stringify([doorway, ...pages]), { headers: { 'Content-Type': 'application/json' } });
};
