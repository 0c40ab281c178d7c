/** Geometry of the small articles-per-year bar chart, drawn as SVG at build time (no script). */
import type { YearCount } from './grouping.ts';

export interface Bar {
  year: number;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the bar, where its year and count labels go. */
  centre: number;
}

export interface BarChart {
  width: number;
  height: number;
  /** y of the axis line; year labels sit below it, counts above each bar. */
  baseline: number;
  bars: Bar[];
}

const BAR = 28;
const GAP = 10;
const PLOT = 72;
/** Room above the tallest bar for its count, and below the axis for the years. */
const TOP = 18;
const BOTTOM = 20;

/** Bars scaled to the largest count; null when there is nothing to draw. */
export function barChart(counts: readonly YearCount[]): BarChart | null {
  if (counts.length === 0) return null;
  const max = Math.max(...counts.map((c) => c.count), 1);
  const baseline = TOP + PLOT;
  const bars = counts.map(({ year, count }, i) => {
    const height = Math.round((count / max) * PLOT);
    const x = GAP + i * (BAR + GAP);
    return { year, count, x, y: baseline - height, width: BAR, height, centre: x + BAR / 2 };
  });
  return { width: GAP + counts.length * (BAR + GAP), height: baseline + BOTTOM, baseline, bars };
}
