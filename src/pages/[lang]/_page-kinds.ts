/**
 * The route map: every kind of page under /vi/ and /en/, with where its pages come from, what
 * each says about itself (its frame) and the view that draws it. [...path].astro renders this
 * table and pages.json.ts lists it; a kind exists only as an entry here, so none can build
 * without its paths, frame and view.
 */
import { LANGUAGES } from '../../schemas/article.ts';
import { loadArchive } from '../../lib/archive/collections.ts';
import type { BrowseContext, Route } from '../../lib/browse/listing.ts';
import { officialPages, outletPages, topicPages } from '../../lib/browse/subject-pages.ts';
import { periodPages } from '../../lib/browse/period-pages.ts';
import { sectionIndexPages, yearsIndexPages } from '../../lib/browse/index-pages.ts';
import {
  articleFrame,
  articlePages,
  browseContext,
  homePages,
  notFoundFrame,
  notFoundPages,
  parallelFrame,
  parallelPages,
  searchPages,
} from '../../lib/site/pages.ts';
import { pagedFrame, sectionFrame, type PageFrame, type ViewProps } from '../../lib/site/frame.ts';
import ArticleView from '../../views/ArticlePage.astro';
import HomeView from '../../views/HomePage.astro';
import SectionIndexView from '../../views/IndexPage.astro';
import OfficialView from '../../views/OfficialPage.astro';
import OutletView from '../../views/OutletPage.astro';
import PeriodView from '../../views/PeriodPage.astro';
import TopicView from '../../views/TopicPage.astro';
import YearsIndexView from '../../views/YearsIndex.astro';
import SearchView from '../../views/SearchPage.astro';
import NotFoundView from '../../views/NotFoundPage.astro';
import ParallelView from '../../views/ParallelPage.astro';

interface PageKind<P> {
  /** Every page of the kind in one language. */
  paths: (ctx: BrowseContext) => Route<P>[];
  frame: (page: P) => PageFrame;
  view: (props: ViewProps<P>) => unknown;
}

/** Ties an entry's paths, frame and view to one page type, so that a mismatch is a type error. */
const kind = <P>(entry: PageKind<P>) => entry;

export const PAGE_KINDS = {
  home: kind({ paths: homePages, frame: (page) => sectionFrame(page.lang), view: HomeView }),
  article: kind({ paths: articlePages, frame: articleFrame, view: ArticleView }),
  parallel: kind({ paths: parallelPages, frame: parallelFrame, view: ParallelView }),
  official: kind({ paths: officialPages, frame: (page) => pagedFrame(page.listing), view: OfficialView }),
  topic: kind({ paths: topicPages, frame: (page) => pagedFrame(page.listing), view: TopicView }),
  outlet: kind({ paths: outletPages, frame: (page) => pagedFrame(page.listing), view: OutletView }),
  period: kind({ paths: periodPages, frame: (page) => pagedFrame(page.listing), view: PeriodView }),
  sectionIndex: kind({ paths: sectionIndexPages, frame: pagedFrame, view: SectionIndexView }),
  yearsIndex: kind({ paths: yearsIndexPages, frame: (page) => sectionFrame(page.lang, 'years'), view: YearsIndexView }),
  search: kind({ paths: searchPages, frame: (page) => sectionFrame(page.lang, 'search'), view: SearchView }),
  notFound: kind({ paths: notFoundPages, frame: notFoundFrame, view: NotFoundView }),
};

type Kinds = typeof PAGE_KINDS;
export type PageKindName = keyof Kinds;
type PageOf<K extends PageKindName> = Parameters<Kinds[K]['frame']>[0];

/** One built page: its route parameters, its kind and its data. */
export type SitePage = { [K in PageKindName]: { params: Route<unknown>['params']; props: { kind: K; page: PageOf<K> } } }[PageKindName];

let pages: Promise<SitePage[]> | undefined;

/** Every page of the site, in both languages, worked out once per build (the pages and pages.json.ts share it). */
export function sitePages(): Promise<SitePage[]> {
  pages ??= loadArchive().then((archive) =>
    LANGUAGES.flatMap((lang) => {
      const ctx = browseContext(archive, lang);
      return (Object.keys(PAGE_KINDS) as PageKindName[]).flatMap((name) =>
        (PAGE_KINDS[name] as unknown as PageKind<unknown>)
          .paths(ctx)
          .map(({ params, props }) => ({ params, props: { kind: name, page: props.page } }) as SitePage),
      );
    }),
  );
  return pages;
}

/** The view and frame of a page, from its kind's entry. */
export function render<K extends PageKindName>({ kind: name, page }: { kind: K; page: PageOf<K> }) {
  const entry = PAGE_KINDS[name] as unknown as PageKind<PageOf<K>>;
  return { View: entry.view, frame: entry.frame(page) };
}
