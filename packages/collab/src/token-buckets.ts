/** A rate: `burst` tokens at once, then `perSecond` (tokens are frames, connections or bytes). */
export interface TokenRate {
  readonly burst: number;
  readonly perSecond: number;
}

/** A token bucket: `burst` at once, refilled at `perSecond`. */
export class TokenBucket {
  #tokens: number;
  #at: number;

  constructor(
    private readonly rate: TokenRate,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.#tokens = rate.burst;
    this.#at = now();
  }

  /** Whether `tokens` fit now (taking nothing). */
  fits(tokens: number): boolean {
    this.#refill();
    return tokens <= this.#tokens;
  }

  take(tokens: number): void {
    this.#refill();
    this.#tokens -= tokens;
  }

  /** Takes `tokens` if they fit; false, taking nothing, when they do not. */
  tryTake(tokens: number): boolean {
    if (!this.fits(tokens)) return false;
    this.#tokens -= tokens;
    return true;
  }

  /** Whether the bucket has refilled completely: it then costs nothing to forget it. */
  get full(): boolean {
    this.#refill();
    return this.#tokens >= this.rate.burst;
  }

  #refill(): void {
    const now = this.now();
    this.#tokens = Math.min(
      this.rate.burst,
      this.#tokens + ((now - this.#at) / 1000) * this.rate.perSecond,
    );
    this.#at = now;
  }
}

/** Past this many keys, the full buckets are forgotten before a new one is made. */
const KEYS_BEFORE_FORGETTING = 10_000;

/**
 * A bucket per key (a client address, a person), all at one rate. In memory, per instance.
 * Buckets that have refilled are forgotten, so a key costs memory only while it is busy.
 */
export class TokenBuckets {
  readonly #buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly rate: TokenRate,
    private readonly now?: () => number,
  ) {}

  bucketOf(key: string): TokenBucket {
    let bucket = this.#buckets.get(key);
    if (bucket === undefined) {
      if (this.#buckets.size >= KEYS_BEFORE_FORGETTING) this.#forgetFull();
      bucket = new TokenBucket(this.rate, this.now);
      this.#buckets.set(key, bucket);
    }
    return bucket;
  }

  #forgetFull(): void {
    for (const [key, bucket] of this.#buckets) if (bucket.full) this.#buckets.delete(key);
  }
}
