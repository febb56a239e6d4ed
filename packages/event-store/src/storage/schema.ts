import type { Generated } from 'kysely';

/** The tables as Kysely sees them. Rows stay inside this package; callers get RecordedEvent. */
export interface Database {
  events: EventsTable;
  snapshots: SnapshotsTable;
}

export interface EventsTable {
  position: Generated<number | string>;
  /** PostgreSQL only: the writing transaction's id, which orders the global log there. */
  transaction_id: Generated<string>;
  stream_id: string;
  revision: number | string;
  event_id: string;
  type: string;
  data_kind: 'json' | 'binary';
  data: Buffer;
  metadata: Buffer;
  recorded_at: string;
  seal: 'seal' | 'unseal' | null;
  previous_hash: string;
  hash: string;
}

export interface SnapshotsTable {
  stream_id: string;
  revision: number | string;
  state: Buffer;
  chain_hash: string;
  created_at: string;
}

/** An events row as read back (PostgreSQL returns bigints as strings). */
export interface EventRow {
  readonly position: number | string;
  readonly transaction_id?: string;
  readonly stream_id: string;
  readonly revision: number | string;
  readonly event_id: string;
  readonly type: string;
  readonly data_kind: string;
  readonly data: Buffer;
  readonly metadata: Buffer;
  readonly recorded_at: string;
  readonly seal: string | null;
  readonly previous_hash: string;
  readonly hash: string;
}
