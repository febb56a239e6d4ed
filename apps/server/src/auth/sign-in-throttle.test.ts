import { describe, expect, it } from 'vitest';
import { SignInThrottle } from './sign-in-throttle.js';

const MINUTE = 60_000;

describe('SignInThrottle', () => {
  const throttleAt = (clock: { now: number }) =>
    new SignInThrottle({ windowMs: 15 * MINUTE, now: () => clock.now });

  it('refuses an address and account pair past ten attempts, until its window ends', () => {
    const clock = { now: 0 };
    const throttle = throttleAt(clock);
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect(throttle.attempt('10.0.0.1', 'chair@itu.example').kind).toBe('allowed');
      throttle.failed('10.0.0.1', 'chair@itu.example');
    }
    expect(throttle.attempt('10.0.0.1', ' Chair@ITU.example ')).toEqual({
      kind: 'refused',
      retryAfterSeconds: 900,
    });
    clock.now = 15 * MINUTE;
    expect(throttle.attempt('10.0.0.1', 'chair@itu.example').kind).toBe('allowed');
  });

  it('never refuses an account from a new address; it only slows its answers', () => {
    const clock = { now: 0 };
    const throttle = throttleAt(clock);
    for (let address = 0; address < 100; address += 1) {
      expect(throttle.attempt(`10.0.1.${address}`, 'chair@itu.example').kind).toBe('allowed');
      throttle.failed(`10.0.1.${address}`, 'chair@itu.example');
    }
    expect(throttle.attempt('192.0.2.1', 'chair@itu.example')).toEqual({
      kind: 'allowed',
      delayMs: 1000,
    });
    expect(throttle.attempt('192.0.2.1', 'someone@itu.example')).toEqual({
      kind: 'allowed',
      delayMs: 0,
    });
  });

  it('forgives a successful attempt, so an office behind one address is not refused', () => {
    const throttle = throttleAt({ now: 0 });
    for (let person = 0; person < 200; person += 1) {
      expect(throttle.attempt('203.0.113.9', `p${person}@itu.example`).kind).toBe('allowed');
      throttle.succeeded('203.0.113.9', `p${person}@itu.example`);
    }
  });
});
