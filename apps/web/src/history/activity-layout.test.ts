import { describe, expect, it } from 'vitest';

import { chartDays, layoutActivity, niceCeiling } from './activity-layout.js';

const day = (date: string, actor: string, updates: number) => ({
  day: date,
  actor,
  updates,
  inserted: 0,
  deleted: 0,
});
const frame = { width: 280, height: 132, maxDays: 14 };

describe('the activity chart layout', () => {
  it('tops the scale with a round number just above the busiest day', () => {
    expect([1, 2, 7, 11, 118, 450, 1001].map(niceCeiling)).toEqual([1, 2, 8, 12, 120, 500, 1200]);
  });

  it('draws every day from the first edit to the last, quiet ones too', () => {
    expect(chartDays([day('2026-11-30', 'a', 1), day('2026-11-28', 'b', 2)], 14)).toEqual([
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
    ]);
  });

  it('draws only the latest active days of a long drafting', () => {
    const activity = [
      day('2026-01-01', 'a', 1),
      day('2026-03-01', 'a', 1),
      day('2026-03-02', 'a', 1),
    ];
    expect(chartDays(activity, 2)).toEqual(['2026-03-01', '2026-03-02']);
  });

  it('stacks each day by person, the busiest person at the bottom, scaled to the top', () => {
    const layout = layoutActivity(
      [
        day('2026-11-28', 'chair', 30),
        day('2026-11-28', 'sec', 90),
        day('2026-11-29', 'chair', 10),
      ],
      frame,
    );
    expect(layout.actors).toEqual([
      { actor: 'sec', updates: 90 },
      { actor: 'chair', updates: 40 },
    ]);
    const [first, second] = layout.bars;
    expect(first!.segments.map((segment) => segment.actor)).toEqual(['sec', 'chair']);
    expect(first!.total).toBe(120);
    // 120 edits reach the top of the plot exactly: the scale is 0..120.
    expect(first!.top).toBeCloseTo(layout.plot.top);
    expect(first!.segments[0]!.y + first!.segments[0]!.height).toBeCloseTo(layout.plot.bottom);
    expect(second!.segments).toHaveLength(1);
    expect(layout.ticks.map((tick) => tick.value)).toEqual([0, 60, 120]);
  });

  it('keeps bars apart and labels, within the frame', () => {
    const activity = Array.from({ length: 14 }, (_, index) =>
      day(`2026-11-${String(index + 1).padStart(2, '0')}`, 'a', index + 1),
    );
    const layout = layoutActivity(activity, frame);
    for (const [index, bar] of layout.bars.entries()) {
      expect(bar.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(layout.plot.right);
      const next = layout.bars[index + 1];
      if (next !== undefined) expect(bar.x + bar.width).toBeLessThan(next.x);
    }
    expect(layout.bars.filter((bar) => bar.labelled).length).toBeLessThanOrEqual(7);
    expect(layout.bars.at(-1)!.labelled).toBe(true);
    expect(layout.bars.some((bar) => bar.counted)).toBe(false);
  });

  it('has nothing to draw before the first edit', () => {
    expect(layoutActivity([], frame).bars).toEqual([]);
  });
});
