/** How many bytes of document updates a room takes for storing (issue #12: 30 x 1 MB in 1.2 s). */
export interface ByteLimits {
  /** Per person and instance, over all their connections and drafts: at once, then per second. */
  readonly personByteBurst: number;
  readonly personBytesPerSecond: number;
  /** Per draft and instance, over everyone writing to it: at once, then per second. */
  readonly draftByteBurst: number;
  readonly draftBytesPerSecond: number;
  /** A draft's size (its document when its room loaded, plus the bytes taken since) stops here. */
  readonly maxDraftBytes: number;
}

const MIB = 1024 * 1024;

/**
 * Far above a real meeting: typing stores tens of bytes a keystroke, and pasting the whole
 * 77-paragraph summary of a real meeting is about 100 KB.
 */
export const DEFAULT_BYTE_LIMITS: ByteLimits = {
  personByteBurst: 4 * MIB,
  personBytesPerSecond: 64 * 1024,
  draftByteBurst: 8 * MIB,
  draftBytesPerSecond: 256 * 1024,
  maxDraftBytes: 64 * MIB,
};

/** A token bucket of bytes: `burst` at once, then `perSecond`. */
export class ByteBucket {
  #bytes: number;
  #at: number;

  constructor(
    private readonly rate: { readonly burst: number; readonly perSecond: number },
    private readonly now: () => number = () => performance.now(),
  ) {
    this.#bytes = rate.burst;
    this.#at = now();
  }

  /** Whether `bytes` fit now (taking nothing). */
  fits(bytes: number): boolean {
    this.#refill();
    return bytes <= this.#bytes;
  }

  take(bytes: number): void {
    this.#refill();
    this.#bytes -= bytes;
  }

  /** Whether the bucket has refilled completely: it then costs nothing to forget it. */
  get full(): boolean {
    this.#refill();
    return this.#bytes >= this.rate.burst;
  }

  #refill(): void {
    const now = this.now();
    this.#bytes = Math.min(
      this.rate.burst,
      this.#bytes + ((now - this.#at) / 1000) * this.rate.perSecond,
    );
    this.#at = now;
  }
}

/** One bucket per person, shared by all the rooms of an instance; full buckets are forgotten. */
export class PersonByteRates {
  readonly #buckets = new Map<string, ByteBucket>();

  constructor(
    private readonly limits: Pick<ByteLimits, 'personByteBurst' | 'personBytesPerSecond'>,
    private readonly now?: () => number,
  ) {}

  bucketOf(person: string): ByteBucket {
    let bucket = this.#buckets.get(person);
    if (bucket === undefined) {
      if (this.#buckets.size >= 10_000) this.#forgetFull();
      bucket = new ByteBucket(
        { burst: this.limits.personByteBurst, perSecond: this.limits.personBytesPerSecond },
        this.now,
      );
      this.#buckets.set(person, bucket);
    }
    return bucket;
  }

  #forgetFull(): void {
    for (const [person, bucket] of this.#buckets) if (bucket.full) this.#buckets.delete(person);
  }
}
