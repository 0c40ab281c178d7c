/** RSS feeds: the latest articles of each language, and of each official and topic, in that language. */
import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import { t } from '../../i18n/index.ts';
import { LANGUAGES, type Language } from '../../schemas/article.ts';
import { articleView, loadArchive, type ArticleView } from '../archive/collections.ts';
import { groupByKeys, officialIds, topicIds } from '../browse/grouping.ts';
import { attributionText } from '../archive/attribution.ts';
import { dateWithQualifiers, pageDate } from '../archive/date-kinds.ts';
import { absoluteUrl, feedHref, href, SECTIONS } from '../site/routes.ts';
import { feedContent } from './feed-content.ts';

const FEED_LENGTH = 50;

export interface Feed {
  lang: Language;
  /** The feed's path inside its language: undefined for the language's own feed, else "quan-chuc/<id>". */
  path: string | undefined;
  self: string;
  title: string;
  description: string;
  /** The page the feed follows. */
  page: string;
  /** Items carry the article's whole text (the language's own feed; an official's or topic's carries descriptions). */
  fullText: boolean;
  articles: ArticleView[];
}

/** A partial date is given its first day: RSS requires a full date. Undated articles, and those dated only by an event, carry none. */
const pubDate = (date: string | null) => (date ? new Date(`${date}-01-01`.slice(0, 10)) : undefined);

async function feedItem(view: ArticleView, lang: Language, fullText: boolean): Promise<RSSFeedItem> {
  const byline = [attributionText(view, lang), dateWithQualifiers(view.date, view.dateKind, view.dateInferred, lang)];
  return {
    title: view.title.text,
    link: absoluteUrl(view.url),
    pubDate: pubDate(pageDate(view.date, view.dateKind)),
    description: view.summary ?? byline.filter(Boolean).join(' · '),
    content: fullText ? await feedContent(view) : undefined,
    categories: view.topics.map((topic) => topic.label),
  };
}

/**
 * A feed beside its page: a language's own, whose items carry their whole text, or (with `subject`)
 * an official's or a topic's, whose items carry descriptions.
 */
function feed(
  lang: Language,
  name: string,
  description: string,
  articles: ArticleView[],
  subject?: { section: 'officials' | 'topics'; id: string },
): Feed {
  return {
    lang,
    path: subject && `${SECTIONS[subject.section][lang]}/${subject.id}`,
    self: feedHref(lang, subject?.section, subject?.id),
    page: href(lang, subject?.section, subject?.id),
    fullText: !subject,
    title: t(lang, 'feed.site', { site: name }),
    description,
    articles,
  };
}

/** Every feed of the site. */
export async function allFeeds(): Promise<Feed[]> {
  const archive = await loadArchive();
  const feeds: Feed[] = [];
  for (const lang of LANGUAGES) {
    const views = new Map(archive.articles.map((a) => [a.slug, articleView(archive, a, lang)]));
    const site = t(lang, 'site.name');
    const latest = (slugs: { slug: string }[]) => slugs.slice(0, FEED_LENGTH).map((a) => views.get(a.slug)!);
    feeds.push(feed(lang, site, t(lang, 'site.tagline'), latest(archive.articles)));
    for (const [id, articles] of groupByKeys(archive.articles, officialIds)) {
      const name = archive.officials.get(id)!.name;
      const description = t(lang, 'feed.officialDescription', { site, name });
      feeds.push(feed(lang, name, description, latest(articles), { section: 'officials', id }));
    }
    for (const [id, articles] of groupByKeys(archive.articles, topicIds)) {
      const label = archive.topics.get(id)!.label[lang];
      feeds.push(feed(lang, label, t(lang, 'feed.topicDescription', { site, label }), latest(articles), { section: 'topics', id }));
    }
  }
  return feeds;
}

/** The feed as RSS 2.0 text, with its language and a self link. */
export async function renderFeed(feed: Feed): Promise<string> {
  return getRssString({
    title: feed.title,
    description: feed.description,
    site: absoluteUrl(feed.page),
    items: await Promise.all(feed.articles.map((view) => feedItem(view, feed.lang, feed.fullText))),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${feed.lang}</language><atom:link href="${absoluteUrl(feed.self)}" rel="self" type="application/rss+xml"/>`,
  });
}
