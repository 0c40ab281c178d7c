/**
 * The importer on the three page corpora (tests/fixtures/pages, and the real pages held out from
 * tuning in tests/fixtures/held-out/dev and test): every field of every page is right, except the
 * failures named below. A case that starts passing must come off the list, and a new failure
 * must be fixed or named. `npm run evaluate -- --verbose` shows what each page gets wrong.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { extractArticle } from '../../src/importer/extract.ts';
import { loadRegistries } from '../../src/importer/registries.ts';
import { toContractJson } from '../../src/importer/report.ts';
import { CORPORA, FIELDS, readCorpus, scorePage, type Field } from '../../src/importer/evaluation.ts';
import { FIXTURE_ARCHIVE } from '../support/test-archive.ts';

const root = new URL('../../', import.meta.url).pathname;

/** Known failures, by corpus folder and case: the fields the importer still gets wrong there. */
const KNOWN_FAILURES: Record<string, Partial<Record<string, Field[]>>> = {
  'tests/fixtures/pages': {
    'vi-provincial-portal-template-tokens-year-only': ['date'],
  },
  'tests/fixtures/held-out/dev': {
    'en-angiang-portal-no-headline-marker-captions-without-stop': ['officialsFound'],
    'en-banklesstimes-wire-copy-reporting-credit-patreon-box': ['originalOutlet'],
    'en-baobinhduong-no-headline-directive-quotes': ['date'],
    'en-brecorder-caretaker-minister-for-deputy-trade-representative': ['boilerplateRemoved', 'keptWhole'],
    'en-chinagate-wire-headlines-minister-of-trade-counterpart': ['title', 'date', 'originalOutlet', 'boilerplateRemoved'],
    'en-eoibeijing-press-release-commerce-secretary-vice-minister': ['title', 'officialsFound', 'boilerplateRemoved'],
    'en-fruitnet-trade-magazine-tagline-byline-disqus-keep-informed': [
      'title',
      'author',
      'officialTitles',
      'boilerplateRemoved',
      'keptWhole',
    ],
    'en-indonesiatribune-long-title-three-part-name-according-to-vna': ['originalOutlet'],
    'en-infographics-tag-page-two-teasers-footer': ['rejection'],
    'en-kmgovcn-foreign-city-portal-updated-only-short-story': ['officialsFound'],
    'en-koreaherald-trade-minister-counterpart-president-of': [
      'title',
      'originalOutlet',
      'boilerplateRemoved',
      'keptWhole',
      'blanksFlagged',
    ],
    'en-pacrimbusiness-tag-page-teaser-hit-counter': ['rejection'],
    'en-peoplecn-date-prefix-half-credit-time-line-wire-dateline': ['originalOutlet', 'officialsFound', 'officialTitles'],
    'en-songv-vinhphuc-dept-portal-no-date-attendee-list-titles': ['officialsFound'],
    'en-supremacy-no-date-trade-minister-us-representative': ['officialsFound'],
    'en-urdupoint-trade-representative-minister-of-commerce-sputnik': [
      'date',
      'outlet',
      'originalOutlet',
      'boilerplateRemoved',
      'keptWhole',
    ],
    'en-vietnamaujourdhui-byline-source-date-at-end-cookie-fr': ['outlet', 'blanksFlagged'],
    'en-vietnamembassyusa-vna-marker-former-spokesman-title-before-comma-name': ['outlet', 'originalOutlet', 'blanksFlagged'],
    'en-vietnamtimes-interview-reporter-labels-lead-twice-headline-alt': ['outlet', 'officialsFound', 'officialTitles'],
    'vi-bankviet-related-titles-pipe-glued-no-headline': ['title', 'noStrayOfficials', 'blanksFlagged'],
    'vi-baolaocai-lcdt-marker-caption-twice': ['date'],
    'vi-baoninhthuan-forum-caption-wrapped-before-name-nguon-www': ['originalOutlet', 'boilerplateRemoved', 'keptWhole'],
    'vi-cema-agency-bulletin-time-first-date-view-counter-section-label': ['title', 'keptWhole'],
    'vi-chg-topic-page-teasers-no-headlines': ['rejection'],
    'vi-dnvn247-amp-headline-and-one-sentence-sapo': ['rejection'],
    'vi-la34-header-today-date-font-row-caption-cut-mid-word': ['officialsFound'],
    'vi-okgdy-copy-foreign-prefecture-director-no-year': ['rejection'],
    'vi-rgbet-copy-glued-words-consul-general-farewell': ['author', 'boilerplateRemoved', 'keptWhole'],
    'vi-songoaivu-binhduong-font-size-row-image-file-names': ['outlet', 'blanksFlagged'],
    'vi-tannamchinh-company-copy-caption-first-nguon-url': ['title', 'outlet', 'keptWhole', 'blanksFlagged'],
    'vi-tinmoi-news-of-the-day-digest-sapo-twice': ['outlet'],
    'vi-tuyengiaotiengiang-tag-page-teaser-without-headline': ['rejection'],
    'vi-yijie6-copy-laos-party-and-assembly-offices-after-name': ['rejection'],
  },
  'tests/fixtures/held-out/test': {
    'en-baoquangnam-qno-marker-comments-powered-by': ['officialsFound', 'boilerplateRemoved'],
    'en-baoquangnam-translated-by-with-date-line': ['officialsFound'],
    'en-dangcongsan-weekday-date-inline-related-mr': ['officialsFound', 'boilerplateRemoved'],
    'en-dtinews-print-source-vov-at-top': ['officialsFound'],
    'en-talkvietnam-one-block-vice-state-president': ['officialTitles'],
    'en-vietstock-title-twice-lowercase-titles': ['officialsFound'],
    'en-vir-caption-first-multi-office-title': ['title', 'keptWhole', 'blanksFlagged'],
    'en-vir-interview-date-pipe-user-say': ['outlet', 'boilerplateRemoved'],
    'vi-24hbinhphuoc-no-headline-us-secretary': ['officialTitles'],
    'vi-baodantoc-masthead-typo-byline-time-date': ['officialTitles'],
    'vi-baomoi-mobile-aggregator-caption': ['officialTitles'],
    'vi-baotuyenquang-caption-first-foreign-ambassador': ['officialTitles', 'boilerplateRemoved', 'keptWhole'],
    'vi-doanhnghiepvn-dnvn-marker-inline-related': ['boilerplateRemoved'],
    'vi-hatinh24h-photo-captions-chinese-name': ['keptWhole'],
    'vi-kinhtedothi-ktdt-marker-no-headline': ['officialTitles'],
    'vi-lyluanchinhtri-breadcrumb-month-word-date-views': ['title', 'outlet', 'boilerplateRemoved'],
    'vi-nghean-ngoaivu-wrapped-lines-date-above': ['rejection'],
    'vi-tapchimattran-republished-tccs-in-standfirst': ['originalOutlet'],
    'vi-vietnammaker-dash-titles-one-block': ['officialsFound'],
    'vi-xsdinh-copy-dn-marker-caption-pipes': ['date', 'author', 'boilerplateRemoved'],
  },
};

describe.each(Object.values(CORPORA))('importer on %s', (dir) => {
  const registries = loadRegistries(FIXTURE_ARCHIVE);
  const cases = readCorpus(join(root, dir));
  const known = KNOWN_FAILURES[dir]!;

  it('names only cases that exist', () => {
    expect(Object.keys(known).filter((name) => !cases.some((c) => c.name === name))).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: right except its known failures', (_, { name, input, expected }) => {
    const score = scorePage(toContractJson(name, extractArticle(input, registries, { today: new Date('2026-11-23T23:59:59Z') })), expected);
    expect(FIELDS.filter((field) => score[field] === false)).toEqual(known[name] ?? []);
  });
});
