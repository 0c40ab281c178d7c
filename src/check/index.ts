/** `checkContent`: every check over the content folder, findings in file and line order. */
import { sortFindings, type Finding } from './findings.ts';
import { loadContent } from './load.ts';
import { checkArticleSchemas, checkRegistrySchemas } from './schemas.ts';
import { checkPaths } from './paths.ts';
import { checkDuplicateRaw, checkFixity, checkOrphanRaw } from './raw.ts';
import { checkDates } from './dates.ts';
import { checkTranslations } from './translations.ts';
import { checkBodies } from './body.ts';

export interface CheckResult {
  findings: Finding[];
  articles: number;
}

export function checkContent(dir: string, now = new Date()): CheckResult {
  const content = loadContent(dir);
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
    ...checkBodies(content),
  ];
  return { findings: sortFindings(findings), articles: content.articles.length };
}
