/**
 * The content contract run in a process of its own, for the build. Its parsers (satteri) keep native
 * memory after each text they read, which garbage collection never hands back: checking the
 * 18,519 files of a 10,000-article archive inside the build left about a gigabyte behind for the
 * rest of it. A child process returns all of it when it exits; the findings come back whole.
 */
import { fileURLToPath } from 'node:url';
import { inForkedProcess, whenForked } from '../lib/process/forked.ts';
import { checkContent } from './index.ts';
import type { Finding } from './findings.ts';

const THIS_FILE = fileURLToPath(import.meta.url);

export async function checkInChildProcess(dir: string): Promise<Finding[]> {
  try {
    return await inForkedProcess<string, Finding[]>(THIS_FILE, dir, 'the content check');
  } catch (error) {
    throw new Error(`${(error as Error).message}; run npm run check to see why`, { cause: error });
  }
}

whenForked(THIS_FILE, (dir: string) => checkContent(dir).findings);
