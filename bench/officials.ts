/**
 * The people of a synthetic archive: a few hundred invented officials, most senior first, since
 * the generator draws them by rank (the prime minister appears in far more articles than a
 * provincial director). Some change post during the period, as real officials do.
 */
import { asciiFold, slugify } from '../src/lib/text/strings.ts';
import { localiseTitle, type TitleTable } from '../src/lib/archive/titles.ts';
import type { Random } from './random.ts';
import {
  DEPUTY_POSTS,
  FAMILY_NAMES,
  FOREIGN_FAMILY,
  FOREIGN_GIVEN,
  FOREIGN_POST,
  GIVEN_NAMES,
  LOCAL_POSTS,
  MIDDLE_NAMES,
  MISSION_POSTS,
  SENIOR_POSTS,
  type Pair,
} from './vocabulary.ts';

export interface SyntheticOfficial {
  id: string;
  name: string;
  foreign: boolean;
  /** Posts held, oldest first: each from a year on, as a Vietnamese and English title. */
  posts: { from: number; title: Pair }[];
}

export interface Places {
  countries: Pair[];
  provinces: Pair[];
}

function vietnameseName(random: Random): string {
  const total = FAMILY_NAMES.reduce((sum, [, weight]) => sum + weight, 0);
  let target = random.next() * total;
  const family = FAMILY_NAMES.find(([, weight]) => (target -= weight) < 0)?.[0] ?? 'Nguyễn';
  return `${family} ${random.pick(MIDDLE_NAMES)} ${random.pick(GIVEN_NAMES)}`;
}

/** A post for the official of rank `rank`; `{place}` filled with a country or province. */
function post(random: Random, rank: number, places: Places, foreign: boolean): string {
  const fill = (pattern: string, pool: Pair[]) => pattern.replace('{place}', random.pick(pool)[0]);
  if (foreign) return fill(FOREIGN_POST, places.countries);
  if (rank < SENIOR_POSTS.length) return SENIOR_POSTS[rank]!;
  if (rank < 30) return random.pick(DEPUTY_POSTS);
  if (random.chance(0.45)) return fill(random.pick(MISSION_POSTS), places.countries);
  return fill(random.pick(LOCAL_POSTS), places.provinces);
}

/** `count` officials with distinct ids, about one in eight a foreign ambassador. */
export function syntheticOfficials(random: Random, count: number, places: Places, table: TitleTable): SyntheticOfficial[] {
  const officials: SyntheticOfficial[] = [];
  const ids = new Set<string>();
  const english = (vi: string): Pair => [vi, localiseTitle(vi, 'en', table).text];
  while (officials.length < count) {
    const rank = officials.length;
    const foreign = rank >= 30 && random.chance(0.12);
    const name = foreign ? `${random.pick(FOREIGN_GIVEN)} ${random.pick(FOREIGN_FAMILY)}` : vietnameseName(random);
    const id = slugify(name);
    if (ids.has(id)) continue;
    ids.add(id);
    const posts = [{ from: 2015, title: english(post(random, rank, places, foreign)) }];
    // A promotion mid-period: the later articles give the new title.
    if (!foreign && rank >= SENIOR_POSTS.length && random.chance(0.2)) {
      posts.push({ from: random.int(2017, 2025), title: english(post(random, Math.max(0, rank - 25), places, false)) });
    }
    officials.push({ id, name, foreign, posts });
  }
  return officials;
}

/** The title an official held in `year` (their first post for an undated article). */
export function titleIn(official: SyntheticOfficial, year: number | null): Pair {
  const held = year === null ? official.posts[0]! : (official.posts.filter((p) => p.from <= year).at(-1) ?? official.posts[0]!);
  return held.title;
}

/** The registry entries (content/registries/officials.yaml) of the officials. */
export function officialsRegistry(officials: readonly SyntheticOfficial[]): Record<string, unknown>[] {
  return officials.map((o) => ({ id: o.id, name: o.name, ascii: asciiFold(o.name), aliases: [], foreign: o.foreign, status: 'confirmed' }));
}
