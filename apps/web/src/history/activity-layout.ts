import { formatDay } from './history-format.js';
import type { DailyActivity } from './history-types.js';

/** The chart's frame, in SVG units: the panel draws it one unit to a pixel. */
export interface ChartFrame {
  readonly width: number;
  readonly height: number;
  /** Most days drawn; a longer drafting shows its latest active days. */
  readonly maxDays: number;
}

export interface BarSegment {
  readonly actor: string;
  readonly updates: number;
  readonly y: number;
  readonly height: number;
}

export interface Bar {
  readonly day: string;
  readonly label: string;
  /** Only some days are labelled when many are drawn, so that labels never overlap. */
  readonly labelled: boolean;
  /** Whether the day's total is written above its bar: only when the bars are few and wide. */
  readonly counted: boolean;
  readonly x: number;
  readonly width: number;
  /** Where the stack ends, at its top. */
  readonly top: number;
  readonly total: number;
  /** Bottom to top, in the order of `actors`. */
  readonly segments: readonly BarSegment[];
}

export interface ChartLayout {
  readonly bars: readonly Bar[];
  /** Gridlines: the value and where it is drawn. */
  readonly ticks: readonly { readonly value: number; readonly y: number }[];
  /** Everyone drawn, most edits first (the bottom of each stack), with their totals. */
  readonly actors: readonly { readonly actor: string; readonly updates: number }[];
  readonly plot: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_BAR = 28;
const LABEL_EVERY = 7;

// Round tops for the scale, close enough above the busiest day that its bar fills the chart.
const STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The top of the scale: the smallest round number at least `value` (118 -> 120, 7 -> 8). */
export function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = STEPS.find((factor) => factor * power >= value) ?? 10;
  return Math.round(step * power);
}

/**
 * The days to draw: every day from the first edit to the last (quiet days too, so that a pause
 * shows), or, past `maxDays`, only the latest days with edits.
 */
export function chartDays(activity: readonly DailyActivity[], maxDays: number): string[] {
  const active = [...new Set(activity.map((entry) => entry.day))].sort();
  const first = active[0];
  const last = active[active.length - 1];
  if (first === undefined || last === undefined) return [];
  const span = Math.round((Date.parse(last) - Date.parse(first)) / DAY_MS) + 1;
  if (!Number.isFinite(span) || span > maxDays) return active.slice(-maxDays);
  return Array.from({ length: span }, (_, index) =>
    new Date(Date.parse(first) + index * DAY_MS).toISOString().slice(0, 10),
  );
}

/** Bars stacked by person, one per day, scaled to the busiest day. */
export function layoutActivity(activity: readonly DailyActivity[], frame: ChartFrame): ChartLayout {
  // Room on the left for the scale, above for a total, below for the days.
  const plot = { left: 28, right: frame.width - 4, top: 16, bottom: frame.height - 20 };
  const days = chartDays(activity, frame.maxDays);
  const drawn = activity.filter((entry) => days.includes(entry.day));
  const totals = new Map<string, number>();
  for (const entry of drawn)
    totals.set(entry.actor, (totals.get(entry.actor) ?? 0) + entry.updates);
  const actors = [...totals]
    .map(([actor, updates]) => ({ actor, updates }))
    .sort((a, b) => b.updates - a.updates || a.actor.localeCompare(b.actor));
  const dayTotal = (day: string): number =>
    drawn.filter((entry) => entry.day === day).reduce((sum, entry) => sum + entry.updates, 0);
  const max = niceCeiling(Math.max(0, ...days.map(dayTotal)));
  const scale = (plot.bottom - plot.top) / max;
  const band = days.length === 0 ? 0 : (plot.right - plot.left) / days.length;
  const width = Math.min(MAX_BAR, band * 0.62);
  const every = Math.ceil(days.length / LABEL_EVERY);

  const bars = days.map((day, index): Bar => {
    let y = plot.bottom;
    const segments: BarSegment[] = [];
    for (const { actor } of actors) {
      const updates = drawn
        .filter((entry) => entry.day === day && entry.actor === actor)
        .reduce((sum, entry) => sum + entry.updates, 0);
      if (updates === 0) continue;
      const height = updates * scale;
      y -= height;
      segments.push({ actor, updates, y, height });
    }
    return {
      day,
      label: formatDay(day),
      // The latest day is always labelled; the others every few days back from it.
      labelled: (days.length - 1 - index) % every === 0,
      counted: days.length <= LABEL_EVERY && dayTotal(day) > 0,
      x: plot.left + band * index + (band - width) / 2,
      width,
      top: y,
      total: dayTotal(day),
      segments,
    };
  });
  const ticks = (max % 2 === 0 ? [0, max / 2, max] : [0, max]).map((value) => ({
    value,
    y: plot.bottom - value * scale,
  }));
  return { bars, ticks, actors, plot };
}
