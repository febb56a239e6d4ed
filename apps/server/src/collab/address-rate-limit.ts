/**
 * A token bucket per client address: `burst` at once, then `perSecond`. In memory, per instance:
 * behind a load balancer an address gets the budget once per instance it reaches.
 * Buckets that have refilled are forgotten, so an address costs memory only while it is busy.
 */
export class AddressRateLimit {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly rate: { readonly burst: number; readonly perSecond: number },
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes one token for `address`; false when its bucket is empty. */
  take(address: string): boolean {
    const now = this.now();
    const bucket = this.#buckets.get(address) ?? { tokens: this.rate.burst, at: now };
    bucket.tokens = Math.min(
      this.rate.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * this.rate.perSecond,
    );
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.#buckets.set(address, bucket);
      return false;
    }
    bucket.tokens -= 1;
    this.#buckets.set(address, bucket);
    if (this.#buckets.size > 10_000) this.#forgetFull(now);
    return true;
  }

  #forgetFull(now: number): void {
    for (const [address, bucket] of this.#buckets) {
      const tokens = bucket.tokens + ((now - bucket.at) / 1000) * this.rate.perSecond;
      if (tokens >= this.rate.burst) this.#buckets.delete(address);
    }
  }
}
