/**
 * The `citation_*` meta tags (Highwire Press names) that Zotero, Google Scholar and other reference
 * managers read from an article page: title, author, date, publisher, language, addresses.
 */
import type { ArticleView } from '../archive/collections.ts';
import { attributionText } from '../archive/attribution.ts';
import { pageDate } from '../archive/date-kinds.ts';
import { absoluteUrl } from '../site/routes.ts';

/** [name, content] pairs, in the order a page writes them. */
export function citationMeta(view: ArticleView): [string, string][] {
  const date = pageDate(view.date, view.dateKind);
  const publisher = attributionText(view, view.lang);
  const tags: [string, string | null][] = [
    ['citation_title', view.title.text],
    ['citation_author', view.author],
    // Google Scholar reads dates as YYYY/MM/DD, or as much of it as is known.
    ['citation_publication_date', date && date.replace(/-/g, '/')],
    ['citation_publisher', publisher],
    ['citation_language', view.version.file.data.language],
    ['citation_public_url', absoluteUrl(view.url)],
    ['citation_fulltext_html_url', absoluteUrl(view.url)],
  ];
  return tags.filter((tag): tag is [string, string] => tag[1] !== null);
}
