import { parseJson } from '../canonical-json.js';
import type { JsonObject, JsonValue, Position, RecordedEvent, SealAction } from '../types.js';
import type { EventRow } from './schema.js';

/**
 * Maps a stored row to the event callers see. JSON is decoded from the exact stored bytes on
 * first access: a reader that only looks at types or payloads (a room replaying a draft) does
 * not pay for parsing every event's metadata.
 */
export function toRecordedEvent(row: EventRow, position: Position): RecordedEvent {
  const isJson = row.data_kind === 'json';
  let data: JsonValue | null | undefined;
  let metadata: JsonObject | undefined;
  return {
    position,
    stream: row.stream_id,
    revision: Number(row.revision),
    eventId: row.event_id,
    type: row.type,
    get data() {
      if (!isJson) return null;
      return (data ??= parseJson(row.data));
    },
    payload: isJson ? null : new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength),
    get metadata() {
      return (metadata ??= parseJson(row.metadata) as JsonObject);
    },
    recordedAt: row.recorded_at,
    seal: row.seal as SealAction | null,
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}
