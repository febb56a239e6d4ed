import type { JsonObject, JsonValue } from '../types.js';

// Distinct metadata in one page: a few connections at a time, so a small table is enough.
const MAX_ENTRIES = 64;
const MAX_KEY_LENGTH = 2048;

/**
 * Decodes the metadata of the rows of one page, each distinct stored form once. One
 * connection's updates all carry the same metadata, so a page of a busy draft holds a few
 * distinct values among a thousand rows; the events that share one share one object, frozen so
 * that no caller can change another event's metadata through it (decision 52).
 */
export class MetadataDecoder {
  readonly #known = new Map<string, JsonObject>();

  /** The metadata stored as `key` (its text, or any exact form of its bytes), parsed by `parse`. */
  decode(key: string, parse: (key: string) => JsonValue): JsonObject {
    const known = this.#known.get(key);
    if (known !== undefined) return known;
    const value = deepFreeze(parse(key)) as JsonObject;
    if (key.length <= MAX_KEY_LENGTH && this.#known.size < MAX_ENTRIES) this.#known.set(key, value);
    return value;
  }
}

function deepFreeze(value: JsonValue): JsonValue {
  if (typeof value === 'object' && value !== null) {
    for (const member of Object.values(value)) deepFreeze(member);
    Object.freeze(value);
  }
  return value;
}
