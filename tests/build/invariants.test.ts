/** The bundled archive's site holds what any archive's must (tests/support/site-invariants.ts). */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { siteProblems } from '../support/site-invariants.ts';
import { dist, root } from './helpers.ts';

it('has both language pages of every article, its raw text, complete official pages and open data, and no broken link', () => {
  expect(siteProblems(dist, join(root, 'content'))).toEqual([]);
});
