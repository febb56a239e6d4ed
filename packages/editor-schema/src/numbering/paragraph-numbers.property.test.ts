import { describe, expect, it } from 'vitest';

import { MAX_LEVEL, paragraphNumbers } from './paragraph-numbers.js';

// fast-check is not a dependency of this package: a seeded generator keeps failures replayable.
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomLevels(random: () => number): number[] {
  const length = Math.floor(random() * 60);
  return Array.from({ length }, () => 1 + Math.floor(random() * MAX_LEVEL));
}

/** The definition, written the slow way: component k counts level-k paragraphs since the last shallower one. */
function referenceNumber(levels: readonly number[], index: number): number[] {
  const level = levels[index] ?? 1;
  const components: number[] = [];
  for (let k = 1; k <= level; k += 1) {
    let count = 0;
    for (let j = index; j >= 0; j -= 1) {
      const other = levels[j] ?? 1;
      if (other < k) break;
      if (other === k) count += 1;
    }
    components.push(count);
  }
  return components;
}

const runs = 500;

describe('paragraphNumbers over random level sequences', () => {
  it('gives every paragraph a well-formed number with one component per level', () => {
    const random = seededRandom(20190925);
    for (let run = 0; run < runs; run += 1) {
      const levels = randomLevels(random);
      const numbers = paragraphNumbers(levels);
      expect(numbers).toHaveLength(levels.length);
      numbers.forEach((number, i) => {
        expect(number).toMatch(new RegExp(`^(\\d+\\.){${levels[i] ?? 0}}$`));
        // The paragraph itself always counts: only skipped levels above it may show 0.
        expect(Number(number.split('.').at(-2))).toBeGreaterThanOrEqual(1);
      });
    }
  });

  it('never gives two paragraphs the same number', () => {
    const random = seededRandom(34);
    for (let run = 0; run < runs; run += 1) {
      const numbers = paragraphNumbers(randomLevels(random));
      expect(new Set(numbers).size).toBe(numbers.length);
    }
  });

  it('agrees with the counting definition on every paragraph', () => {
    const random = seededRandom(1332);
    for (let run = 0; run < runs; run += 1) {
      const levels = randomLevels(random);
      const numbers = paragraphNumbers(levels);
      numbers.forEach((number, i) => {
        expect(number).toBe(referenceNumber(levels, i).join('.') + '.');
      });
    }
  });

  it('leaves every number before an insertion untouched', () => {
    const random = seededRandom(140);
    for (let run = 0; run < runs; run += 1) {
      const levels = randomLevels(random);
      const at = Math.floor(random() * (levels.length + 1));
      const inserted = [
        ...levels.slice(0, at),
        1 + Math.floor(random() * MAX_LEVEL),
        ...levels.slice(at),
      ];
      expect(paragraphNumbers(inserted).slice(0, at)).toEqual(
        paragraphNumbers(levels).slice(0, at),
      );
    }
  });

  it('numbers two sections inserted at once by two people as one sequence after the merge', () => {
    // Yjs merges the flat block list as a sequence, so whatever interleaving it picks, the
    // numbers are a function of the merged sequence and need no repair.
    const base = [1, 2, 1, 2];
    const alice = [1, 2, 1, 1, 2]; // a new section 3 with a paragraph moved under it
    const bob = [1, 2, 2, 1, 2]; // a new 1.2.
    const merged = [1, 2, 2, 1, 1, 2];
    expect(paragraphNumbers(base)).toEqual(['1.', '1.1.', '2.', '2.1.']);
    expect(paragraphNumbers(alice)).toEqual(['1.', '1.1.', '2.', '3.', '3.1.']);
    expect(paragraphNumbers(bob)).toEqual(['1.', '1.1.', '1.2.', '2.', '2.1.']);
    expect(paragraphNumbers(merged)).toEqual(['1.', '1.1.', '1.2.', '2.', '3.', '3.1.']);
  });
});
