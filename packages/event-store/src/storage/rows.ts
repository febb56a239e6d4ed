import { parseJson } from '../canonical-json.js';
import type { JsonObject, JsonValue, Position, RecordedEvent, SealAction } from '../types.js';
import type { EventRow } from './schema.js';

/** Maps a stored row to the event callers see, decoding JSON from the exact stored bytes. */
export function toRecordedEvent(row: EventRow, position: Position): RecordedEvent {
  return {
    position,
    stream: row.stream_id,
    revision: Number(row.revision),
    eventId: row.event_id,
    type: row.type,
    data: jsonDataOf(row.data_kind, row.data),
    payload: payloadOf(row.data_kind, row.data),
    metadata: parseJson(row.metadata) as JsonObject,
    recordedAt: row.recorded_at,
    seal: row.seal as SealAction | null,
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}

/** An event's `data`: the JSON decoded from its stored bytes, or null for a binary event. */
export function jsonDataOf(dataKind: string, stored: Buffer): JsonValue | null {
  return dataKind === 'json' ? parseJson(stored) : null;
}

/** An event's `payload`: its stored bytes as a plain Uint8Array, or null for a JSON event. */
export function payloadOf(dataKind: string, stored: Buffer): Uint8Array | null {
  return dataKind === 'json'
    ? null
    : new Uint8Array(stored.buffer, stored.byteOffset, stored.byteLength);
}
