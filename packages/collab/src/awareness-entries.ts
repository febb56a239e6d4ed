import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** One entry of an awareness update: a client id, its clock, and its state as JSON text. */
export interface AwarenessEntry {
  readonly client: number;
  readonly clock: number;
  readonly state: string;
}

/**
 * Rewrites an awareness update entry by entry: `select` returns the entry to keep (the same, or
 * with another state) or undefined to drop it. The result is in the encoding y-protocols reads
 * (count, then client id, clock and JSON state for each); undefined when nothing is kept.
 * Throws on bytes that are not an awareness update.
 */
export function selectAwarenessEntries(
  update: Uint8Array,
  select: (entry: AwarenessEntry) => AwarenessEntry | undefined,
): Uint8Array | undefined {
  const decoder = decoding.createDecoder(update);
  const kept: AwarenessEntry[] = [];
  for (let count = decoding.readVarUint(decoder); count > 0; count -= 1) {
    const client = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    const selected = select({ client, clock, state });
    if (selected !== undefined) kept.push(selected);
  }
  if (kept.length === 0) return undefined;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const { client, clock, state } of kept) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}
