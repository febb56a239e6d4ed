import { parseJson } from '../canonical-json.js';
import type { JsonObject, Position, RecordedEvent, SealAction } from '../types.js';
import type { EventRow } from './schema.js';

/** Maps a stored row to the event callers see, decoding JSON from the exact stored bytes. */
export function toRecordedEvent(row: EventRow, position: Position): RecordedEvent {
  const isJson = row.data_kind === 'json';
  return {
    position,
    stream: row.stream_id,
    revision: Number(row.revision),
    eventId: row.event_id,
    type: row.type,
    data: isJson ? parseJson(row.data) : null,
    payload: isJson
      ? null
      : new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength),
    metadata: parseJson(row.metadata) as JsonObject,
    recordedAt: row.recorded_at,
    seal: row.seal as SealAction | null,
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}
