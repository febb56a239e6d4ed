import { describe, expect, it } from 'vitest';
import { collect, freshStoreEach, storeTargets, type TestStore } from '../../testing/index.js';
import type { EventStore } from '../index.js';

const WRITERS = 8;
const APPENDS_EACH = 300;
const TOTAL = WRITERS * APPENDS_EACH;

/** Eight writers append one event at a time, each to its own stream, all at once. */
async function writeConcurrently(store: EventStore): Promise<void> {
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, writer) => {
      for (let index = 0; index < APPENDS_EACH; index += 1) {
        await store.append(
          `writer-${writer}`,
          [{ eventId: `w${writer}-${index}`, type: 'Written', data: { writer, index } }],
          {
            expectedRevision: index === 0 ? 'no_stream' : index - 1,
          },
        );
      }
    }),
  );
}

/**
 * The reader that the design warns against: remember the highest position seen and ask for more
 * than it. On PostgreSQL a position is taken at insert but seen at commit, so it skips events.
 */
async function naiveReader(opened: TestStore, writing: Promise<void>): Promise<Set<string>> {
  const seen = new Set<string>();
  let last = 0;
  const writers = { done: false };
  void writing.finally(() => {
    writers.done = true;
  });
  for (;;) {
    const finished = writers.done;
    const rows = await opened.raw(
      'SELECT position, event_id FROM events WHERE position > ? ORDER BY position LIMIT 1000',
      [last],
    );
    for (const row of rows) {
      seen.add(String(row.event_id));
      last = Number(row.position);
    }
    if (finished && rows.length === 0) return seen;
  }
}

describe.each(storeTargets())('global order on $name', (target) => {
  const opened = freshStoreEach(target);

  it(`delivers every event of ${WRITERS} concurrent writers × ${APPENDS_EACH} appends to a live subscriber exactly once, in order`, async () => {
    const { store } = opened;
    const receiving = collect(store.subscribe(), TOTAL, 60_000);
    await writeConcurrently(store);
    const received = await receiving;
    const ids = received.map((event) => event.eventId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(TOTAL);
    const log = [];
    for (let after = undefined as (typeof received)[number]['position'] | undefined; ;) {
      const page = await store.readAll({ after, limit: 1000 });
      if (page.length === 0) break;
      log.push(...page);
      after = page[page.length - 1]!.position;
    }
    expect(ids).toEqual(log.map((event) => event.eventId));
    for (let writer = 0; writer < WRITERS; writer += 1) {
      expect(await store.verify(`writer-${writer}`)).toMatchObject({
        ok: true,
        revision: APPENDS_EACH - 1,
      });
    }
  });

  it.runIf(target.name === 'postgres')(
    'shows that a naive "position > N" reader misses events under the same load',
    async () => {
      const writing = writeConcurrently(opened.store);
      const seen = await naiveReader(opened, writing);
      await writing;
      const missed = TOTAL - seen.size;
      expect(
        missed,
        'the naive reader should have skipped events that committed late',
      ).toBeGreaterThan(0);
    },
  );

  it.runIf(target.name === 'postgres')(
    'holds back an event until the older transaction before it commits',
    async () => {
      const { store } = opened;
      // An older transaction takes position N and stays open, as a slow append would.
      const holder = await import('pg').then(
        ({ default: pg }) =>
          new pg.Client({
            connectionString: opened.location.url,
            options: `-c search_path=${opened.location.schema}`,
          }),
      );
      await holder.connect();
      try {
        await holder.query('BEGIN');
        await holder.query(
          `INSERT INTO events (stream_id, revision, event_id, type, data_kind, data, metadata, recorded_at, previous_hash, hash)
         VALUES ('slow', 0, 'slow-0', 'Written', 'json', '\\x7b7d', '\\x7b7d', '2026-11-28T00:00:00.000Z', 'x', 'y')`,
        );
        await store.append('fast', [{ eventId: 'fast-0', type: 'Written', data: {} }]);
        const naive = await opened.raw(
          'SELECT event_id FROM events WHERE position > 0 ORDER BY position',
        );
        expect(naive.map((row) => row.event_id)).toEqual(['fast-0']);
        expect(await store.readAll()).toEqual([]);
        await holder.query('COMMIT');
        expect((await store.readAll()).map((event) => event.eventId)).toEqual(['slow-0', 'fast-0']);
      } finally {
        await holder.end();
      }
    },
  );

  // A long transaction of another application on the same PostgreSQL server (a report, a
  // migration) must not stop every live reader here for as long as it runs.
  it.runIf(target.name === 'postgres' && databaseOf(process.env.TEST_DATABASE_URL) !== 'postgres')(
    'does not wait for a transaction in another database',
    async () => {
      const { store } = opened;
      const elsewhere = await import('pg').then(
        ({ default: pg }) =>
          new pg.Client({ connectionString: otherDatabaseUrl(opened.location.url) }),
      );
      await elsewhere.connect();
      try {
        await elsewhere.query('BEGIN');
        // Takes a transaction id, as any write would, and keeps it while the test runs.
        await elsewhere.query('SELECT pg_current_xact_id()');
        await store.append('fast', [{ eventId: 'fast-0', type: 'Written', data: {} }]);
        expect((await store.readAll()).map((event) => event.eventId)).toEqual(['fast-0']);
      } finally {
        await elsewhere.query('ROLLBACK');
        await elsewhere.end();
      }
    },
  );
});

function databaseOf(url: string | undefined): string | undefined {
  return url === undefined || url === '' ? undefined : new URL(url).pathname.slice(1);
}

/** The same server's `postgres` database, which every PostgreSQL installation has. */
function otherDatabaseUrl(url: string): string {
  const other = new URL(url);
  other.pathname = '/postgres';
  return other.toString();
}
