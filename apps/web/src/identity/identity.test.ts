import { describe, expect, it } from 'vitest';

import { colorFor, PALETTE } from './identity.js';

describe('identity', () => {
  it('gives the same account the same colour, from the palette', () => {
    expect(colorFor('u-minkin')).toBe(colorFor('u-minkin'));
    expect(PALETTE).toContain(colorFor('u-ahmadova'));
  });

  it('spreads a working group over several colours', () => {
    const ids = ['u-1', 'u-2', 'u-3', 'u-4', 'u-5', 'u-6'];
    expect(new Set(ids.map(colorFor)).size).toBeGreaterThanOrEqual(4);
  });
});
