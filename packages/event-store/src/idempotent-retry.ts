import { DuplicateEventError } from './errors.js';
import type { PreparedEvent, PreparedStreamAppend } from './prepared-append.js';
import type { EventRow } from './storage/schema.js';
import type { SqlDialect } from './storage/sql-dialect.js';
import type { AppendResult } from './types.js';

const LOOKUP_CHUNK = 500;

/**
 * Looks for an append whose event ids are stored already. Returns the original result when the
 * stored events are exactly these (same streams, contiguous revisions in this order, same type,
 * bytes and seal); undefined when none of the ids is stored; throws DuplicateEventError for
 * anything in between, which would otherwise be a silent half-success.
 */
export async function findOriginalAppend(
  dialect: SqlDialect,
  appends: readonly PreparedStreamAppend[],
): Promise<readonly AppendResult[] | undefined> {
  const ids = appends.flatMap((append) => append.events.map((event) => event.eventId));
  const stored = new Map<string, EventRow>();
  for (let start = 0; start < ids.length; start += LOOKUP_CHUNK) {
    const rows = await dialect.db
      .selectFrom('events')
      .selectAll()
      .where('event_id', 'in', ids.slice(start, start + LOOKUP_CHUNK))
      .execute();
    for (const row of rows) stored.set(row.event_id, row);
  }
  if (stored.size === 0) return undefined;
  if (stored.size < ids.length) {
    throw new DuplicateEventError(
      [...stored.keys()],
      `${stored.size} of the ${ids.length} ids are stored, not all`,
    );
  }
  return appends.map((append) => {
    let first: number | undefined;
    let last: EventRow | undefined;
    append.events.forEach((event, index) => {
      const row = stored.get(event.eventId);
      if (row === undefined) throw new DuplicateEventError([event.eventId], 'it is not stored');
      first ??= Number(row.revision);
      const expectedSeal = index === append.events.length - 1 ? append.seal : null;
      const mismatch = describeMismatch(event, row, {
        stream: append.stream,
        revision: first + index,
        seal: expectedSeal,
      });
      if (mismatch !== undefined) throw new DuplicateEventError([event.eventId], mismatch);
      last = row;
    });
    if (first === undefined || last === undefined)
      throw new Error('prepareAppends lets no append through without events.');
    return {
      stream: append.stream,
      firstRevision: first,
      nextExpectedRevision: Number(last.revision),
      position: dialect.positionOf(last),
      hash: last.hash,
    };
  });
}

function describeMismatch(
  event: PreparedEvent,
  row: EventRow,
  place: { stream: string; revision: number; seal: string | null },
): string | undefined {
  if (row.stream_id !== place.stream) return `stored in stream "${row.stream_id}"`;
  if (Number(row.revision) !== place.revision)
    return `stored at revision ${String(row.revision)}, out of this order`;
  if (row.type !== event.type) return `stored with type ${row.type}`;
  if (row.data_kind !== event.dataKind || !event.data.equals(row.data))
    return 'stored with other data';
  if (!event.metadata.equals(row.metadata)) return 'stored with other metadata';
  if (row.seal !== place.seal) return 'stored with another seal';
  return undefined;
}
