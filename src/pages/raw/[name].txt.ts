/** Publishes each kept raw text byte for byte, so readers can verify the checksum themselves. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { contentDir } from '../../lib/archive/registry-files.ts';

const rawDir = () => join(contentDir(), 'raw');

export function getStaticPaths() {
  return readdirSync(rawDir())
    .filter((file) => file.endsWith('.txt'))
    .map((file) => ({ params: { name: file.slice(0, -'.txt'.length) } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(rawDir(), `${params.name}.txt`)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
