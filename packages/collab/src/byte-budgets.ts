import { TokenBuckets } from './token-buckets.js';

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

/** One bucket of bytes per person, shared by all the rooms of an instance. */
export class PersonByteRates extends TokenBuckets {
  constructor(
    limits: Pick<ByteLimits, 'personByteBurst' | 'personBytesPerSecond'>,
    now?: () => number,
  ) {
    super({ burst: limits.personByteBurst, perSecond: limits.personBytesPerSecond }, now);
  }
}
