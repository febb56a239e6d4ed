import type { NewEventRow } from './sql-dialect.js';

/** The columns an append writes, in the one order both dialects' INSERT statements name them. */
export const INSERT_COLUMNS = [
  'stream_id',
  'revision',
  'event_id',
  'type',
  'data_kind',
  'data',
  'metadata',
  'recorded_at',
  'seal',
  'previous_hash',
  'hash',
] as const satisfies readonly (keyof NewEventRow)[];

/** The values of `row` in the order of `INSERT_COLUMNS`, for positional binding. */
export function insertValues(row: NewEventRow): NewEventRow[(typeof INSERT_COLUMNS)[number]][] {
  // Written out rather than mapped over INSERT_COLUMNS: this runs for every event appended.
  // insert-columns.test.ts holds the two orders together.
  return [
    row.stream_id,
    row.revision,
    row.event_id,
    row.type,
    row.data_kind,
    row.data,
    row.metadata,
    row.recorded_at,
    row.seal,
    row.previous_hash,
    row.hash,
  ];
}
