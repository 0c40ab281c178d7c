/**
 * What the importer could not settle, reported until a person has: each field an original's
 * `needsReview` lists, and an original with no outlet at all. Warnings, never errors: the article
 * is publishable, its record is not yet trustworthy.
 */
import { warning, type Finding } from './findings.ts';
import type { Content } from './load.ts';

const WHAT: Record<string, string> = {
  title: 'the importer found no headline',
  date: 'the date is missing, inferred, or the date of the event rather than of the page',
  outlet: 'the outlet is missing or was proposed from how the page names itself',
  originalOutlet: 'the original outlet was proposed from a credit line',
  author: 'the importer found no byline',
};

export function checkReview(content: Content): Finding[] {
  return content.articles.flatMap((article) => {
    if (article.data.translationOf !== undefined) return [];
    const findings: Finding[] = [];
    const flagged = Array.isArray(article.data.needsReview) ? article.data.needsReview.map(String) : [];
    for (const field of flagged) {
      const what = field.startsWith('official:')
        ? `official "${field.slice(9)}" is new to the registry: check the name and the title`
        : (WHAT[field] ?? 'the importer guessed it');
      findings.push(
        warning(
          article.file,
          article.lineOf(['needsReview']),
          `needsReview: ${field}: ${what}`,
          'check it against the raw text, correct the frontmatter, then remove it from needsReview',
        ),
      );
    }
    // a republished copy whose page does not say who republished it still names its original
    if (article.data.outlet === null && !article.data.originalOutlet && !flagged.includes('outlet')) {
      findings.push(
        warning(
          article.file,
          article.lineOf(['outlet']),
          'no outlet: the archive does not say who published this article',
          'name the outlet from the page (masthead, lead marker, footer) or its address, adding it to content/registries/outlets.yaml if new',
        ),
      );
    }
    return findings;
  });
}
