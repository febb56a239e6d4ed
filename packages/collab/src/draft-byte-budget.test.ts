import { describe, expect, it } from 'vitest';
import { PersonByteRates, type ByteLimits } from './byte-budgets.js';
import { CLOSE_CODES } from './close-codes.js';
import { DraftByteBudget } from './draft-byte-budget.js';

const LIMITS: ByteLimits = {
  personByteBurst: 1000,
  personBytesPerSecond: 100,
  draftByteBurst: 1500,
  draftBytesPerSecond: 100,
  maxDraftBytes: 10_000,
};

/** A clock the test moves by hand, in milliseconds. */
function manualClock() {
  let now = 0;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}

/**
 * A draft's budget on `clock`, charging `persons` (the instance's rates: pass the same to share
 * them between drafts) and starting from `sizeAtLoad` stored bytes.
 */
function draftBudget(
  clock: ReturnType<typeof manualClock>,
  options: { persons?: PersonByteRates; sizeAtLoad?: number } = {},
): DraftByteBudget {
  return new DraftByteBudget({
    limits: LIMITS,
    persons: options.persons ?? new PersonByteRates(LIMITS, clock.now),
    sizeAtLoad: options.sizeAtLoad ?? 0,
    now: clock.now,
  });
}

describe('DraftByteBudget', () => {
  it("refuses a person past their burst until their rate has refilled it, without touching the draft's", () => {
    const clock = manualClock();
    const budget = draftBudget(clock);
    expect(budget.take('chair', 900)).toBeUndefined();
    expect(budget.take('chair', 200)).toBe(CLOSE_CODES.byteRate);
    expect(budget.take('vice-chair', 200)).toBeUndefined();
    clock.advance(1000);
    expect(budget.take('chair', 200)).toBeUndefined();
  });

  it("counts a person's bytes over every draft of the instance", () => {
    const clock = manualClock();
    const persons = new PersonByteRates(LIMITS, clock.now);
    const one = draftBudget(clock, { persons });
    const other = draftBudget(clock, { persons });
    expect(one.take('chair', 800)).toBeUndefined();
    expect(other.take('chair', 800)).toBe(CLOSE_CODES.byteRate);
  });

  it("refuses everyone past the draft's burst", () => {
    const clock = manualClock();
    const budget = draftBudget(clock);
    expect(budget.take('chair', 800)).toBeUndefined();
    expect(budget.take('secretariat', 800)).toBe(CLOSE_CODES.byteRate);
  });

  it('refuses for good once the draft, counted from its size at load, would pass its limit', () => {
    const clock = manualClock();
    const budget = draftBudget(clock, { sizeAtLoad: 9_500 });
    expect(budget.take('chair', 400)).toBeUndefined();
    expect(budget.take('chair', 200)).toBe(CLOSE_CODES.draftFull);
    clock.advance(60_000);
    expect(budget.take('chair', 200)).toBe(CLOSE_CODES.draftFull);
  });
});
