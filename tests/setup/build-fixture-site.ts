/**
 * Vitest global setup of the browser tests: builds the test archive once; tests of search and
 * browsing read it (inject('fixtureDist')), so what they expect never depends on content/.
 */
import type { TestProject } from 'vitest/node';
import { buildFixtureSite } from '../support/fixture-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureDist: string;
  }
}

export default function setup(project: TestProject): () => void {
  const site = buildFixtureSite();
  project.provide('fixtureDist', site.dist);
  return () => site.remove();
}
