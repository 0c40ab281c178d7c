/**
 * `npm run check`: validates content/ (or ARCHIVE_CONTENT_DIR) without building the site.
 * Prints `file:line: message (hint)` per finding; exits 1 when there is an error.
 */
import { relative } from 'node:path';
import { contentDir } from '../lib/archive/registry-files.ts';
import { checkContent } from '../check/index.ts';
import { formatFinding } from '../check/findings.ts';

const dir = contentDir();
const { findings, articles } = checkContent(dir);
for (const finding of findings) console.log(formatFinding(finding, relative(process.cwd(), finding.file)));
const errors = findings.filter((finding) => finding.severity === 'error').length;
const warnings = findings.length - errors;
const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
console.log(
  errors ? `\n${counts}: fix the errors above, then run npm run check again` : `content check: ${articles} article files, ${counts}`,
);
process.exitCode = errors ? 1 : 0;
