/** The second step of `npm run build`: the search index of the built site in ARCHIVE_DIST (default ./dist). */
import { resolve } from 'node:path';
import { writeSearchIndex } from '../search/indexer.ts';

const dist = resolve(process.env.ARCHIVE_DIST ?? 'dist');
try {
  const { pages, periods, files } = await writeSearchIndex(dist);
  console.log(`search index: ${pages} article pages in ${periods} period(s), ${files} files under ${dist}/pagefind/`);
} catch (error) {
  console.error(`search index: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
