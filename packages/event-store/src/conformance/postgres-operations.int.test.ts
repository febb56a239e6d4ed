import { Kysely } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeTargets, type TestStore } from '../../testing/index.js';
import { SearchPathPostgresDialect } from '../index.js';

const OPENINGS = 40;

const postgres = storeTargets().find((target) => target.name === 'postgres');

/** What operating PostgreSQL brings that SQLite never meets: a shared database, a restore. */
describe.skipIf(postgres === undefined)('PostgreSQL in operation', () => {
  let opened: TestStore;
  beforeEach(async () => {
    opened = await postgres!.fresh();
  });
  afterEach(() => opened.cleanup());

  /**
   * A database is often shared: other applications, other test suites, migrations of their own.
   * Opening the store migrates, and migrating looks for its tables; Kysely's own lookup read every
   * schema by name and failed (about one opening in eight, measured) whenever another schema was
   * dropped meanwhile.
   */
  describe('a database shared with others', () => {
    it(`opens the store ${OPENINGS} times while other schemas are created and dropped`, async () => {
      const tag = Math.random().toString(36).slice(2, 8);
      let churning = true;
      const churn = async (worker: number): Promise<void> => {
        for (let round = 0; churning; round += 1) {
          const schema = `churn_${tag}_${worker}_${round}`;
          await opened.raw(`CREATE SCHEMA ${schema}`);
          await opened.raw(`CREATE TABLE ${schema}.t (id serial PRIMARY KEY, note text)`);
          await opened.raw(`DROP SCHEMA ${schema} CASCADE`);
        }
      };
      const churners = [churn(1), churn(2), churn(3)];
      const failures: string[] = [];
      try {
        for (let opening = 0; opening < OPENINGS; opening += 1) {
          const store = await opened.reopen().catch((error: unknown) => {
            failures.push(error instanceof Error ? error.message : String(error));
            return undefined;
          });
          await store?.close();
        }
      } finally {
        churning = false;
        await Promise.all(churners);
      }
      expect(failures).toEqual([]);
    });

    it("describes its own schema's tables, and no other schema's", async () => {
      const { url, schema } = opened.location;
      const pool = new pg.Pool({ connectionString: url, options: `-c search_path=${schema}` });
      const db = new Kysely<unknown>({ dialect: new SearchPathPostgresDialect({ pool }) });
      await opened.raw(`CREATE TABLE public.elsewhere_${schema} (id serial PRIMARY KEY)`);
      try {
        const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
        expect(new Set(tables.map((table) => table.schema))).toEqual(new Set([schema]));
        const events = tables.find((table) => table.name === 'events');
        const position = events?.columns.find((column) => column.name === 'position');
        expect(position).toMatchObject({ isAutoIncrementing: true, isNullable: false });
        const hash = events?.columns.find((column) => column.name === 'hash');
        expect(hash).toMatchObject({ dataType: 'text', isAutoIncrementing: false });
        expect(tables.map((table) => table.name)).toContain('kysely_migration');
        const ours = await db.introspection.getTables();
        expect(ours.map((table) => table.name)).not.toContain('kysely_migration');
      } finally {
        await opened.raw(`DROP TABLE public.elsewhere_${schema}`);
        await db.destroy();
      }
    });
  });

  /**
   * A backup restored into another PostgreSQL cluster keeps its events' transaction ids; if that
   * cluster has not reached them, the global order (which reads below the running transactions)
   * would hide every one of them and the server would look empty. Opening refuses instead.
   */
  describe('events restored from another cluster', () => {
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
});
