/** What a language's home shows of the archive at a glance: articles per year, the officials named most, the topics, the latest articles. */
import type { ArticleView } from '../archive/collections.ts';
import { articleDate, officialIds, rankIds, topicIds, yearCounts, type YearCount } from './grouping.ts';
import { type BrowseContext } from './listing.ts';
import { linkRanked, officialLink, officialName, topicLabel, topicLink, type LinkedCount } from './links.ts';

const LATEST = 20;
const OFFICIALS = 10;

export interface HomeOverview {
  latest: ArticleView[];
  total: number;
  chart: YearCount[];
  /** Articles whose year is unknown, left out of the chart. */
  undated: number;
  officials: LinkedCount[];
  topics: LinkedCount[];
}

export function homeOverview(ctx: BrowseContext): HomeOverview {
  const { articles } = ctx.archive;
  return {
    latest: articles.slice(0, LATEST).map((article) => ctx.views.get(article.slug)!),
    total: articles.length,
    chart: yearCounts(articles),
    undated: articles.filter((article) => !articleDate(article)).length,
    officials: linkRanked(rankIds(articles, officialIds, { label: officialName(ctx), limit: OFFICIALS }), (id) => officialLink(ctx, id)),
    topics: linkRanked(rankIds(articles, topicIds, { label: topicLabel(ctx) }), (id) => topicLink(ctx, id)),
  };
}
