/**
 * An official's title that English pages cannot give in English: the titles registry (with the places one) has no form of it,
 * so the English page shows it as the article writes it, in Vietnamese. A warning: the page is right, only not translated.
 */
import { localiseTitle, type TitleTable } from '../lib/archive/titles.ts';
import { warning, type Finding } from './findings.ts';
import type { Content } from './load.ts';

/** The registry's pairs of Vietnamese and English forms, as a title table. */
function pairs(content: Content, name: 'titles' | 'places'): { vi: string; en: string }[] {
  return (content.registries.get(name) ?? []).flatMap(({ data }) =>
    typeof data.vi === 'string' && typeof data.en === 'string' ? [{ vi: data.vi, en: data.en }] : [],
  );
}

export function checkEnglishTitles(content: Content): Finding[] {
  // (a registry that cannot be read has its own error: no title is said to be untranslated for it)
  if (!content.registries.has('titles') || !content.registries.has('places')) return [];
  const table: TitleTable = { titles: pairs(content, 'titles'), places: pairs(content, 'places') };
  return content.articles.flatMap((article) => {
    if (article.data.translationOf !== undefined || article.data.language !== 'vi' || !Array.isArray(article.data.officials)) return [];
    return article.data.officials.flatMap((official: unknown, index: number) => {
      const title = (official as { title?: unknown } | null)?.title;
      if (typeof title !== 'string' || !title.trim() || localiseTitle(title, 'en', table).lang === 'en') return [];
      return [
        warning(
          article.file,
          article.lineOf(['officials', index, 'title']),
          `the title "${title}" has no English form: English pages show it in Vietnamese`,
          'add it to content/registries/titles.yaml, or write it there with {place} for its place and add the place to places.yaml; see CONTRIBUTING.md, "Confirm a proposed official"',
        ),
      ];
    });
  });
}
