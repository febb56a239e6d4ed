import { Kysely } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeTargets, type TestStore } from '../../testing/index.js';
import { SearchPathPostgresDialect } from '../index.js';

const OPENINGS = 40;

const postgres = storeTargets().find((target) => target.name === 'postgres');

/**
 * A PostgreSQL database is often shared: other applications, other test suites, migrations of
 * their own. Opening the store migrates, and migrating looks for its tables; Kysely's own lookup
 * read every schema by name and failed (about one opening in eight, measured) whenever another
 * schema was dropped meanwhile.
 */
describe.skipIf(postgres === undefined)('a PostgreSQL database shared with others', () => {
  let opened: TestStore;
  beforeEach(async () => {
    opened = await postgres!.fresh();
  });
  afterEach(() => opened.cleanup());

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
