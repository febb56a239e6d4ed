import * as encoding from 'lib0/encoding';

/** One presence entry as a raw client sends it: a client id, a clock and a state (null: gone). */
export interface PresenceEntry {
  readonly client: number;
  readonly clock: number;
  readonly state: unknown;
}

/** A y-websocket awareness frame (type 1) carrying these entries, exactly as sent on the wire. */
export function awarenessFrame(entries: readonly PresenceEntry[]): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const { client, clock, state } of entries) {
    encoding.writeVarUint(update, client);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, JSON.stringify(state));
  }
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, 1);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}
