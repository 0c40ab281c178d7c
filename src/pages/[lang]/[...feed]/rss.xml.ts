/** RSS feeds: /vi/rss.xml, /en/rss.xml and one per official and topic page (see src/lib/publish/feeds.ts). */
import type { APIRoute } from 'astro';
import { allFeeds, renderFeed, type Feed } from '../../../lib/publish/feeds.ts';

export async function getStaticPaths() {
  return (await allFeeds()).map((feed) => ({ params: { lang: feed.lang, feed: feed.path }, props: { feed } }));
}

export const GET: APIRoute<{ feed: Feed }> = async ({ props }) =>
  new Response(await renderFeed(props.feed), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
