/** Where article files stand: language folders, slugs that make good URLs, one original per slug. */
import { LANGUAGES } from '../schemas/article.ts';
import { slugify } from '../lib/text/strings.ts';
import { idSchema } from '../schemas/registries.ts';
import { error, type Finding } from './findings.ts';
import type { ArticleSource, Content } from './load.ts';

const isOriginal = (article: ArticleSource) => article.data.translationOf === undefined;

export function checkPaths(content: Content): Finding[] {
  const findings: Finding[] = [];
  const originals = new Map<string, ArticleSource>();
  for (const article of content.articles) {
    if (!(LANGUAGES as readonly string[]).includes(article.lang)) {
      findings.push(
        error(
          article.file,
          1,
          `"${article.lang}" is not a language folder of the archive`,
          `move the file to content/articles/vi/ or content/articles/en/`,
        ),
      );
      continue;
    }
    if (!idSchema.safeParse(article.slug).success) {
      findings.push(
        error(
          article.file,
          1,
          `the file name "${article.slug}" is not a slug: lowercase ASCII words joined by hyphens`,
          `rename it, e.g. to "${slugify(article.slug, 80)}.mdx"`,
        ),
      );
    }
    if (article.data.language !== undefined && article.data.language !== article.lang) {
      findings.push(
        error(
          article.file,
          article.lineOf(['language']),
          `language "${String(article.data.language)}" does not match the folder "${article.lang}"`,
          `set language: ${article.lang}, or move the file to content/articles/${String(article.data.language)}/`,
        ),
      );
    }
    if (!isOriginal(article)) continue;
    const other = originals.get(article.slug);
    if (other) {
      findings.push(
        error(
          article.file,
          1,
          `two originals share the slug "${article.slug}" (the other is ${other.lang}/${other.slug}.mdx)`,
          'make one of them the translation of the other (translationOf) or rename it',
        ),
      );
    } else {
      originals.set(article.slug, article);
    }
  }
  return findings;
}
