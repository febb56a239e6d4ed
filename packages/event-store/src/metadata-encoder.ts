import { sha256, type Digest } from './hash-chain.js';

/** Metadata as stored: its canonical JSON bytes, and their sha256 for the chain hash. */
export interface EncodedMetadata {
  readonly bytes: Buffer;
  readonly digest: Digest;
}

// Enough for every connection of a busy server; small entries only, so the whole stays small.
const MAX_ENTRIES = 512;
const MAX_CACHED_LENGTH = 1024;

/**
 * Encodes metadata once per distinct text. One connection's updates all carry the same
 * metadata (actor, role, connection), so the bytes and the digest of each are made once and
 * shared: they are never changed once made (decision 52).
 */
export class MetadataEncoder {
  readonly #known = new Map<string, EncodedMetadata>();

  encode(canonicalText: string): EncodedMetadata {
    const known = this.#known.get(canonicalText);
    if (known !== undefined) return known;
    const bytes = Buffer.from(canonicalText, 'utf8');
    const encoded = { bytes, digest: sha256(bytes) };
    if (canonicalText.length <= MAX_CACHED_LENGTH) {
      // Forgetting everything at once is crude but cheap, and a full table is rare.
      if (this.#known.size >= MAX_ENTRIES) this.#known.clear();
      this.#known.set(canonicalText, encoded);
    }
    return encoded;
  }
}
