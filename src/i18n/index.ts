/** UI strings: one dictionary per language, the same keys in both (a test keeps them in step). */
import vi from './vi.json';
import en from './en.json';
import type { Language } from '../schemas/article.ts';
import { fill } from './fill.ts';

export const dictionaries = { vi, en } as const;
export type MessageKey = keyof typeof vi;

/** The string for `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function t(lang: Language, key: MessageKey, values: Record<string, string | number> = {}): string {
  return fill(dictionaries[lang][key], values);
}

export function otherLanguage(lang: Language): Language {
  return lang === 'vi' ? 'en' : 'vi';
}
