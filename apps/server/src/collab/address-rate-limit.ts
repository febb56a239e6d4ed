import { TokenBuckets, type TokenRate } from '@rapporteur/collab';

/**
 * A token bucket per client address: `burst` at once, then `perSecond`. In memory, per instance:
 * behind a load balancer an address gets the budget once per instance it reaches.
 */
export class AddressRateLimit {
  readonly #buckets: TokenBuckets;

  constructor(rate: TokenRate, now?: () => number) {
    this.#buckets = new TokenBuckets(rate, now);
  }

  /** Takes one token for `address`; false when its bucket is empty. */
  take(address: string): boolean {
    return this.#buckets.bucketOf(address).tryTake(1);
  }
}
