/**
 * The content contract: every rule an archive must meet, over the content folder, findings in file
 * and line order. `npm run check` reports them, the build (src/lib/archive/loader.ts) refuses to
 * run on an error, and the importer writes only files that pass (src/importer/archive.ts).
 */
import { sortFindings, type Finding } from './findings.ts';
import { loadContent, type Content } from './load.ts';
import { checkArticleSchemas, checkRegistrySchemas } from './schemas.ts';
import { checkPaths } from './paths.ts';
import { checkDuplicateRaw, checkFixity, checkOrphanRaw } from './raw.ts';
import { checkDates } from './dates.ts';
import { checkTranslations } from './translations.ts';
import { checkBodies } from './body.ts';
import { checkReview } from './review.ts';
import { checkEnglishTitles } from './english-titles.ts';

export interface CheckResult {
  findings: Finding[];
  articles: number;
}

export function checkContent(dir: string, now = new Date()): CheckResult {
  const content = loadContent(dir);
  return { findings: checkLoaded(content, now), articles: content.articles.length };
}

/** Every check over content already read. */
export function checkLoaded(content: Content, now = new Date()): Finding[] {
  const findings = [
    ...content.problems,
    ...checkRegistrySchemas(content),
    ...checkArticleSchemas(content),
    ...checkPaths(content),
    ...checkDuplicateRaw(content),
    ...checkFixity(content),
    ...checkOrphanRaw(content),
    ...checkDates(content, now),
    ...checkTranslations(content),
    ...checkBodies(content, now),
    ...checkReview(content),
    ...checkEnglishTitles(content),
  ];
  return sortFindings(findings);
}
