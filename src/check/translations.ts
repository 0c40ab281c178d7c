/**
 * Translation pairs: every translation has its original at the same slug in the other language,
 * carries no metadata that disagrees with it, and keeps its paragraphs; every Vietnamese original
 * has English metadata (a missing one is a warning: the site shows the Vietnamese title instead).
 */
import { error, warning, type Finding } from './findings.ts';
import type { ArticleSource, Content } from './load.ts';
import { usesComponents } from './body.ts';
import { annotationsOf } from '../lib/archive/annotations.ts';

/** Facts about the source, kept on the original; a translation that repeats one must agree. */
const ORIGINAL_FIELDS = [
  'date',
  'datePrecision',
  'dateInferred',
  'dateKind',
  'outlet',
  'originalOutlet',
  'author',
  'sourceUrl',
  'officials',
  'topics',
  'raw',
  'importedAt',
];

const OTHER_LANGUAGE: Record<string, string> = { vi: 'en', en: 'vi' };

/** Paragraphs of the text itself: an annotated text's notes, corrections and figures are the archive's, not the text's. */
const paragraphCount = (body: string) =>
  usesComponents(body)
    ? annotationsOf(body).blocks.filter((block) => block.kind === 'paragraph').length
    : body.split(/\n[ \t]*\n/).filter((block) => block.trim()).length;

function checkPair(translation: ArticleSource, byPath: Map<string, ArticleSource>, unreadable: ReadonlySet<string>): Finding[] {
  const of = translation.data.translationOf;
  const at = (field: string) => translation.lineOf([field]);
  const otherLang = OTHER_LANGUAGE[translation.lang];
  if (typeof of !== 'string' || !otherLang) return [];
  if (of !== translation.slug) {
    return [
      error(
        translation.file,
        at('translationOf'),
        `translationOf "${of}" is not this file's slug "${translation.slug}"`,
        'a translation has the same file name as its original, in the other language folder',
      ),
    ];
  }
  const original = byPath.get(`${otherLang}/${of}`);
  // (an original that is there but cannot be read has its own error)
  if (!original && unreadable.has(`${otherLang}/${of}`)) return [];
  if (!original) {
    return [
      error(
        translation.file,
        at('translationOf'),
        `there is no original ${otherLang}/${of}.mdx for this translation`,
        `add the original at content/articles/${otherLang}/${of}.mdx, or fix translationOf`,
      ),
    ];
  }
  if (original.data.translationOf !== undefined) {
    return [
      error(
        translation.file,
        at('translationOf'),
        `${otherLang}/${of}.mdx is itself a translation, not an original`,
        'one of the two files must be the original: remove translationOf from it',
      ),
    ];
  }
  const findings = ORIGINAL_FIELDS.filter(
    (field) => field in translation.data && JSON.stringify(translation.data[field]) !== JSON.stringify(original.data[field]),
  ).map((field) =>
    error(
      translation.file,
      at(field),
      `${field} differs from the original's (${JSON.stringify(original.data[field] ?? null)})`,
      `remove ${field}: a translation takes it from its original`,
    ),
  );
  const [mine, theirs] = [paragraphCount(translation.body), paragraphCount(original.body)];
  if (mine !== theirs) {
    findings.push(
      warning(
        translation.file,
        translation.bodyLine,
        `the translation has ${mine} paragraphs, the original ${theirs}`,
        "translate paragraph by paragraph, in the original's order",
      ),
    );
  }
  return findings;
}

export function checkTranslations(content: Content): Finding[] {
  const byPath = new Map(content.articles.map((article) => [`${article.lang}/${article.slug}`, article]));
  return content.articles.flatMap((article) => {
    if (article.data.translationOf !== undefined) return checkPair(article, byPath, content.unreadable);
    if (article.lang === 'vi' && !byPath.has(`en/${article.slug}`) && !content.unreadable.has(`en/${article.slug}`)) {
      return [
        warning(
          article.file,
          article.lineOf(['title']),
          'no English title or summary: English pages show this article under its Vietnamese title',
          `add content/articles/en/${article.slug}.mdx with translationOf: ${article.slug}; see CONTRIBUTING.md, "Add a translation"`,
        ),
      ];
    }
    if (article.lang === 'en' && !article.data.summary) {
      return [
        warning(
          article.file,
          article.lineOf(['title']),
          'no summary',
          'add summary: with two or three sentences on what the article reports',
        ),
      ];
    }
    return [];
  });
}
