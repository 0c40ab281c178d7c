/** Open data files under /data/ (see src/lib/publish/open-data.ts and the README's "Open data"). */
import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/archive/collections.ts';
import { articlesCsv, articlesJson, officialsJson, quotesJson, topicsJson } from '../../lib/publish/open-data.ts';

const json = (value: unknown) => ({ body: `${JSON.stringify(value, null, 2)}\n`, type: 'application/json; charset=utf-8' });

const FILES = {
  'articles.json': async () => json(articlesJson(await loadArchive())),
  'articles.csv': async () => ({ body: articlesCsv(await loadArchive()), type: 'text/csv; charset=utf-8' }),
  'officials.json': async () => json(officialsJson(await loadArchive())),
  'topics.json': async () => json(topicsJson(await loadArchive())),
  'quotes.json': async () => json(quotesJson(await loadArchive())),
};

export function getStaticPaths() {
  return Object.keys(FILES).map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { body, type } = await FILES[params.file as keyof typeof FILES]();
  return new Response(body, { headers: { 'Content-Type': type } });
};
