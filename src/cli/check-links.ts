/**
 * The last step of `npm run build`: fails the build when a built page links to a page or asset
 * that was not built. Reads where and under which base the site was built from astro.config.mjs.
 */
import { relative, resolve } from 'node:path';
import config from '../../astro.config.mjs';
import { checkLinks } from '../check/links.ts';
import { formatFinding } from '../check/findings.ts';

const SHOWN_PER_LINK = 3;

const dist = resolve(config.outDir ?? 'dist');
const findings = checkLinks(dist, { base: config.base ?? '/', site: config.site! });
// one broken link in the page template breaks every page: show a few of each
const byProblem = Map.groupBy(findings, (finding) => finding.message);
for (const [, same] of byProblem) {
  for (const finding of same.slice(0, SHOWN_PER_LINK)) console.error(formatFinding(finding, relative(process.cwd(), finding.file)));
  if (same.length > SHOWN_PER_LINK) console.error(`  … and ${same.length - SHOWN_PER_LINK} more files with the same link`);
}
if (findings.length > 0) {
  console.error(
    `links: ${findings.length} broken internal link(s) in ${relative(process.cwd(), dist) || '.'}; the site must not be published like this`,
  );
  process.exitCode = 1;
} else {
  console.log(`links: every internal link and asset in ${relative(process.cwd(), dist) || '.'} resolves`);
}
