import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * Keeps the entries of an awareness update whose client id `keep` accepts, in the encoding
 * y-protocols reads (count, then client id, clock and JSON state for each); undefined when none
 * is kept. Throws on bytes that are not an awareness update.
 */
export function awarenessEntries(
  update: Uint8Array,
  keep: (client: number) => boolean,
): Uint8Array | undefined {
  const decoder = decoding.createDecoder(update);
  const kept: { client: number; clock: number; state: string }[] = [];
  for (let count = decoding.readVarUint(decoder); count > 0; count -= 1) {
    const client = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    if (keep(client)) kept.push({ client, clock, state });
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
