import type { ByteLimits, PersonByteRates } from './byte-budgets.js';
import { TokenBucket } from './token-buckets.js';
import { CLOSE_CODES } from './close-codes.js';

/** Why a room will not take an update for storing: the close to send its sender. */
export type ByteRefusal = (typeof CLOSE_CODES)['byteRate' | 'draftFull'];

/**
 * What one draft's room may still take for storing: the sender's byte rate, the draft's, and the
 * draft's size. An update that does not fit is refused whole and takes nothing from any budget.
 */
export class DraftByteBudget {
  readonly #draftRate: TokenBucket;
  readonly #limits: ByteLimits;
  readonly #persons: PersonByteRates;
  #size: number;

  /** `sizeAtLoad`: the draft's size when its room loaded; `now` is for tests (milliseconds). */
  constructor(budget: {
    readonly limits: ByteLimits;
    readonly persons: PersonByteRates;
    readonly sizeAtLoad: number;
    readonly now?: () => number;
  }) {
    this.#limits = budget.limits;
    this.#persons = budget.persons;
    this.#draftRate = new TokenBucket(
      { burst: budget.limits.draftByteBurst, perSecond: budget.limits.draftBytesPerSecond },
      budget.now,
    );
    this.#size = budget.sizeAtLoad;
  }

  /** Takes `bytes` from every budget, or says which refuses them (and takes nothing). */
  take(person: string, bytes: number): ByteRefusal | undefined {
    if (this.#size + bytes > this.#limits.maxDraftBytes) return CLOSE_CODES.draftFull;
    const personRate = this.#persons.bucketOf(person);
    if (!personRate.fits(bytes) || !this.#draftRate.fits(bytes)) return CLOSE_CODES.byteRate;
    personRate.take(bytes);
    this.#draftRate.take(bytes);
    this.#size += bytes;
    return undefined;
  }
}
