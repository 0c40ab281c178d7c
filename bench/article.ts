/**
 * One synthetic article: a Vietnamese original with the frontmatter the importer would write,
 * the raw page text it came from, and (for most) the archive team's English translation.
 */
import { articleFrontmatter, articleSlug, type FrontmatterSource } from '../src/importer/archive.ts';
import { sha256 } from '../src/importer/extract.ts';
import { MONTHS_EN } from '../src/lib/text/dates.ts';
import type { Outlet } from '../src/schemas/registries.ts';
import { titleIn, type Places, type SyntheticOfficial } from './officials.ts';
import type { Random } from './random.ts';
import { cap, lead, paragraph, type Cast } from './sentences.ts';
import { ACTIONS, AUTHORS, EVENTS, FIELDS, GOALS, TIMES_OF_DAY, type Pair } from './vocabulary.ts';

/** Everything articles are drawn from; the draw functions return skewed indexes. */
export interface World {
  random: Random;
  officials: SyntheticOfficial[];
  drawOfficial: () => number;
  outlets: Outlet[];
  drawOutlet: () => number;
  topics: { id: string; phrases: Pair[] }[];
  drawTopic: () => number;
  places: Places;
  translatedShare: number;
  importedAt: string;
  /** The slug made unique in the archive (a suffix when two articles share date and title). */
  claimSlug: (slug: string) => string;
}

export interface ArticleFile {
  frontmatter: Record<string, unknown>;
  paragraphs: string[];
}

export interface SyntheticArticle {
  slug: string;
  /** The first official the article names, for an annotated copy to mark. */
  firstOfficial: { id: string; name: string };
  original: ArticleFile;
  translation: ArticleFile | null;
  raw: string;
}

const two = (n: number) => String(n).padStart(2, '0');

interface Publication {
  date: string | null;
  precision: 'day' | 'month' | 'year' | null;
  inferred: boolean;
  note: string;
  when: Pair | null;
  year: number | null;
  dateLine: string | null;
}

/** Mostly full dates; some only a month or a year, a few none, as the importer finds them. */
function publication(r: Random): Publication {
  const year = r.int(2015, 2026);
  const month = year === 2026 ? r.int(1, 5) : r.int(1, 12);
  const day = r.int(1, 28);
  const kind = r.next();
  if (kind < 0.82) {
    const inferred = r.chance(0.25);
    const [tod, todEn] = r.pick(TIMES_OF_DAY);
    const when: Pair = [`${tod} ${day}/${month}`, `${todEn} ${day} ${MONTHS_EN[month - 1]}`];
    const dateLine = inferred ? null : `Cập nhật: ${two(r.int(6, 22))}:${two(r.int(0, 59))}, ${two(day)}/${two(month)}/${year}`;
    const note = inferred
      ? `the lead gives "${when[0]}"; the year ${year} is inferred from the article`
      : `the date line gives "${dateLine}"`;
    return { date: `${year}-${two(month)}-${two(day)}`, precision: 'day', inferred, note, when, year, dateLine };
  }
  if (kind < 0.91) {
    const when: Pair = [`Trong tháng ${month}/${year}`, `In ${MONTHS_EN[month - 1]} ${year}`];
    return {
      date: `${year}-${two(month)}`,
      precision: 'month',
      inferred: false,
      note: `the text gives "tháng ${month}/${year}" only`,
      when,
      year,
      dateLine: null,
    };
  }
  if (kind < 0.95)
    return {
      date: String(year),
      precision: 'year',
      inferred: false,
      note: `the text gives "năm ${year}" only`,
      when: [`Trong năm ${year}`, `In ${year}`],
      year,
      dateLine: null,
    };
  return { date: null, precision: null, inferred: false, note: 'the page gives no date', when: null, year: null, dateLine: null };
}

function headline(r: Random, cast: Cast): Pair {
  const [topic, goal, field, action] = [cast.topics[0]!, r.pick(GOALS), r.pick(FIELDS), r.pick(ACTIONS)];
  const headlines: Pair[] = [
    [`${cap(topic[0])} góp phần ${goal[0]}`, `${cap(topic[1])} contributes to ${goal[1]}`],
    [`Đẩy mạnh ${topic[0]} phục vụ ${goal[0]}`, `Stepping up ${topic[1]} for ${goal[1]}`],
    [`Việt Nam - ${cast.country[0]} thúc đẩy hợp tác ${field[0]}`, `Viet Nam and ${cast.country[1]} promote cooperation in ${field[1]}`],
    [`${cast.province[0]} tăng cường ${topic[0]}`, `${cast.province[1]} strengthens ${topic[1]}`],
    [`${cap(cast.event[0])} bàn giải pháp ${action[0]}`, `${cap(cast.event[1])} discusses ${action[1]}`],
  ];
  return r.pick(headlines);
}

/** The page text as saved from the outlet's site: title, date line, lead marker, body, chrome. */
function rawText(title: string, pub: Publication, outlet: Outlet, author: string | null, paragraphs: string[]): string {
  const marker = outlet.markers[0] ?? outlet.name;
  const [first, ...rest] = paragraphs;
  const lines = [
    title,
    ...(pub.dateLine ? [`${pub.dateLine} (GMT+7)`] : []),
    `(${marker}) - ${first}`,
    ...rest,
    ...(author ? [author] : []),
  ];
  return `${lines.join('\n\n')}\n\nChia sẻ\nBình luận\nTin liên quan\n`;
}

export function syntheticArticle(world: World): SyntheticArticle {
  const r = world.random;
  const pub = publication(r);
  const people = r.distinct(r.int(1, 5), () => world.officials[world.drawOfficial()]!);
  const topics = r.distinct(r.int(1, 4), () => world.topics[world.drawTopic()]!);
  const titles = people.map((o) => titleIn(o, pub.year));
  const cast: Cast = {
    officials: people.map((o, i) => ({ full: [`${titles[i]![0]} ${o.name}`, `${titles[i]![1]} ${o.name}`], name: o.name })),
    topics: topics.map((t) => r.pick(t.phrases)),
    country: r.pick(world.places.countries),
    province: r.pick(world.places.provinces),
    event: r.pick(EVENTS),
    when: pub.when,
  };
  const title = headline(r, cast);
  const pairs = [lead(r, cast), ...Array.from({ length: r.int(5, 14) }, () => paragraph(r, cast))];
  const outlet = world.outlets[world.drawOutlet()]!;
  const republished = r.chance(0.08) ? world.outlets[world.drawOutlet()]! : null;
  const author = r.chance(0.75) ? r.pick(AUTHORS) : null;
  const slug = world.claimSlug(articleSlug({ date: pub.date, title: title[0], sha256: '' }));
  const paragraphs = pairs.map((p) => p[0]);
  const raw = rawText(title[0], pub, outlet, author, paragraphs);
  const sourceUrl = r.chance(0.7) ? `https://${outlet.site}/${slug}-${r.int(100000, 999999)}.html` : undefined;
  const record: FrontmatterSource = {
    language: 'vi',
    title: title[0],
    date: pub.date,
    datePrecision: pub.precision,
    dateInferred: pub.inferred,
    dateNote: pub.note,
    author,
    outlet,
    originalOutlet: republished && republished.id !== outlet.id ? republished : null,
    officials: people.map((o, i) => ({ id: o.id, title: titles[i]![0] })),
    topics: topics.map((t) => t.id),
    sha256: sha256(new TextEncoder().encode(raw)),
  };
  const original = articleFrontmatter(record, slug, world.importedAt, sourceUrl);
  const translation = r.chance(world.translatedShare)
    ? {
        frontmatter: {
          title: title[1],
          summary: pairs[0]![1],
          language: 'en',
          translationOf: slug,
          translator: 'Economic Diplomacy Archive team',
          translationKind: 'unofficial',
          translatedAt: world.importedAt,
        },
        paragraphs: pairs.map((p) => p[1]),
      }
    : null;
  return {
    slug,
    firstOfficial: { id: people[0]!.id, name: people[0]!.name },
    original: { frontmatter: original, paragraphs },
    translation,
    raw,
  };
}
