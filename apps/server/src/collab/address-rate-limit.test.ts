import { describe, expect, it } from 'vitest';
import { AddressRateLimit } from './address-rate-limit.js';

describe('AddressRateLimit', () => {
  it('gives the burst at once, then refills at its rate, per address', () => {
    let now = 0;
    const limit = new AddressRateLimit({ burst: 3, perSecond: 2 }, () => now);
    expect([1, 2, 3, 4].map(() => limit.take('10.0.0.1'))).toEqual([true, true, true, false]);
    expect(limit.take('10.0.0.2')).toBe(true);
    now = 499;
    expect(limit.take('10.0.0.1')).toBe(false);
    now = 500;
    expect(limit.take('10.0.0.1')).toBe(true);
    now = 60_000;
    expect([1, 2, 3, 4].map(() => limit.take('10.0.0.1'))).toEqual([true, true, true, false]);
  });
});
