/**
 * What an article's date is (frontmatter `dateKind`): the page's publication date, its update
 * date, or the date of the event its lead reports. Pages, lists, feeds and citations say which,
 * and only a publication or update date is given out as the article's own date.
 */
import { t, type MessageKey } from '../../i18n/index.ts';
import type { DateKind, Language } from '../../schemas/article.ts';
import { formatPartialDate } from '../text/dates.ts';

/** A date without a kind is the publication date. */
export const kindOf = (kind: DateKind | null | undefined): DateKind => kind ?? 'published';

/** The date the page itself carries (published or updated); null when the only date is an event's. */
export const pageDate = (date: string | null, kind: DateKind): string | null => (kind === 'event' ? null : date);

/** What follows a date in a list: "event date", "updated", "year inferred from the article". */
export function dateQualifiers(kind: DateKind, inferred: boolean, lang: Language): string[] {
  const notes = kind === 'published' ? [] : [t(lang, `date.note.${kind}` as MessageKey)];
  return inferred ? [...notes, t(lang, 'article.dateInferred')] : notes;
}

/** "29 July 2021 (event date; year inferred from the article)"; null when the date is unknown. */
export function dateWithQualifiers(date: string | null, kind: DateKind, inferred: boolean, lang: Language): string | null {
  const text = formatPartialDate(date, lang);
  const notes = dateQualifiers(kind, inferred, lang);
  return text && notes.length ? `${text} (${notes.join('; ')})` : text;
}
