/**
 * What the benchmark writes and what it asks of each side: the event store and the bare drivers
 * implement the same `Subject`, so every line of the report runs the same loop over both.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { JsonObject, NewEvent } from '../src/index.js';

/** One side of a comparison: the store, or a bare driver on a table of the same shape. */
export interface Subject {
  /** Appends one event to `stream` in its own durable transaction. */
  appendOne(stream: string): Promise<void>;
  /** Appends `size` events to `stream` in one transaction. */
  appendBatch(stream: string, size: number): Promise<void>;
  /** Reads the whole log in position order, `pageSize` events a page; resolves to the count read. */
  readAll(pageSize: number): Promise<number>;
  close(): Promise<void>;
}

/** A bare driver, which also says how its database is set up (versions, durability). */
export interface BareSubject extends Subject {
  readonly settings: string;
}

export const EVENT_TYPE = 'DraftUpdated';

// A Yjs update for one keystroke is about 60 bytes of varint-packed binary. Slices of one random
// buffer keep the bytes incompressible without paying for randomness inside the timed loops.
const PAYLOAD_BYTES = 60;
const PAYLOAD_COUNT = 256;
const payloadPool = randomBytes(PAYLOAD_BYTES * PAYLOAD_COUNT);
let nextPayload = 0;

/** A 60-byte binary payload, like a Yjs keystroke update. */
export function keystroke(): Buffer {
  const start = (nextPayload++ % PAYLOAD_COUNT) * PAYLOAD_BYTES;
  return payloadPool.subarray(start, start + PAYLOAD_BYTES);
}

/** Who typed it: what the collaboration server attaches to every update. */
export function metadataFor(stream: string): JsonObject {
  return { actor: 'user_7f3a9c2e', role: 'editor', connection: `ws-${stream}` };
}

/** The event the store is given: binary payload and metadata; the store makes the id. */
export function storeEvent(stream: string): NewEvent {
  return { type: EVENT_TYPE, payload: keystroke(), metadata: metadataFor(stream) };
}

/** An events row as the bare drivers insert it, in the store's column order. */
export interface BareRow {
  readonly streamId: string;
  readonly revision: number;
  readonly eventId: string;
  readonly type: string;
  readonly data: Buffer;
  readonly metadata: Buffer;
  readonly recordedAt: string;
  readonly previousHash: string;
  readonly hash: string;
}

/** The columns of a `BareRow`, in the order both bare drivers' INSERT names them. */
export const BARE_COLUMNS =
  'stream_id, revision, event_id, type, data, metadata, recorded_at, previous_hash, hash';

/** The values of `row` in the order of `BARE_COLUMNS`, for positional binding. */
export function bareValues(row: BareRow): unknown[] {
  return [
    row.streamId,
    row.revision,
    row.eventId,
    row.type,
    row.data,
    row.metadata,
    row.recordedAt,
    row.previousHash,
    row.hash,
  ];
}

const GENESIS = '0'.repeat(64);

/**
 * Makes the rows a bare writer would: a fresh uuid, JSON metadata, and a sha256 chained in
 * memory per stream, so the text columns hold realistic 64-character hashes.
 */
export function bareRows(): (stream: string, count: number) => BareRow[] {
  const heads = new Map<string, { revision: number; hash: string }>();
  return (stream, count) => {
    let head = heads.get(stream) ?? { revision: -1, hash: GENESIS };
    const recordedAt = new Date().toISOString();
    const rows: BareRow[] = [];
    for (let index = 0; index < count; index += 1) {
      const data = keystroke();
      const hash = createHash('sha256').update(head.hash).update(data).digest('hex');
      rows.push({
        streamId: stream,
        revision: head.revision + 1,
        eventId: randomUUID(),
        type: EVENT_TYPE,
        data,
        metadata: Buffer.from(JSON.stringify(metadataFor(stream)), 'utf8'),
        recordedAt,
        previousHash: head.hash,
        hash,
      });
      head = { revision: head.revision + 1, hash };
    }
    heads.set(stream, head);
    return rows;
  };
}
