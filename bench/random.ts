/**
 * A seeded random source, so a benchmark archive of a given size is the same on every run and
 * two runs measure the same work.
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** `count` distinct items, each drawn by `draw` (which may repeat itself). */
  distinct<T>(count: number, draw: () => T): T[];
}

/** mulberry32: tiny, fast and good enough for picking words. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
    distinct(count, draw) {
      const seen = new Set<ReturnType<typeof draw>>();
      // A bounded number of tries: a small pool may hold fewer than `count` distinct items.
      for (let tries = 0; seen.size < count && tries < count * 20; tries++) seen.add(draw());
      return [...seen];
    },
  };
}

/**
 * Draws index i of `size` items with weight 1/(i+1)^exponent: a few items (the prime minister,
 * the big outlets) come up very often and a long tail rarely, as in real news.
 */
export function zipf(random: Random, size: number, exponent = 1): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < size; i++) cumulative.push((total += 1 / (i + 1) ** exponent));
  return () => {
    const target = random.next() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}
