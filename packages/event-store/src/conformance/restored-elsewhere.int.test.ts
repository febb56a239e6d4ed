import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeTargets, type TestStore } from '../../testing/index.js';

const postgres = storeTargets().find((target) => target.name === 'postgres');

/**
 * A backup restored into another PostgreSQL cluster keeps its events' transaction ids; if that
 * cluster has not reached them, the global order (which reads below the running transactions)
 * would hide every one of them and the server would look empty. Opening refuses instead.
 */
describe.skipIf(postgres === undefined)('events restored from another PostgreSQL cluster', () => {
  let opened: TestStore;
  beforeEach(async () => {
    opened = await postgres!.fresh();
  });
  afterEach(() => opened.cleanup());

  it('opens while every stored transaction id is behind this cluster', async () => {
    await opened.store.append('meeting-1', [{ type: 'Scheduled', data: { title: 'CWG' } }]);
    const again = await opened.reopen();
    expect((await again.readStream('meeting-1')).length).toBe(1);
  });

  it('refuses to open on a transaction id this cluster has not reached, saying what to do', async () => {
    await opened.store.append('meeting-1', [{ type: 'Scheduled', data: { title: 'CWG' } }]);
    // As if restored from a cluster far ahead: the same row, its transaction id from the future.
    await opened.raw(
      `INSERT INTO events (transaction_id, stream_id, revision, event_id, type, data_kind, data,
                           metadata, recorded_at, seal, previous_hash, hash)
       SELECT (pg_snapshot_xmax(pg_current_snapshot())::text::bigint + 1000000)::text::xid8,
              stream_id, revision + 1, event_id || '-restored', type, data_kind, data, metadata,
              recorded_at, seal, hash, hash
         FROM events WHERE stream_id = 'meeting-1'`,
    );
    await expect(opened.reopen()).rejects.toThrow(
      /restored from another cluster[\s\S]*Advance the transaction counter/,
    );
  });
});
