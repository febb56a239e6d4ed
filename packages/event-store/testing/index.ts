/**
 * Test helpers for the event store: the dialects a suite should run on, each able to open a
 * fresh, empty store (its own SQLite file, or its own PostgreSQL schema) and to run raw SQL
 * against it, for the tests that play the part of an attacker with database access.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { createEventStore, type EventStore } from '../src/index.js';
import type { StoreOptions, StoreTarget } from './test-store.js';

export type { StoreOptions, StoreTarget, TestStore } from './test-store.js';

const sqliteTarget: StoreTarget = {
  name: 'sqlite',
  async fresh(options = {}) {
    const folder = mkdtempSync(join(tmpdir(), 'rapporteur-store-'));
    const url = `sqlite:${join(folder, 'events.sqlite')}`;
    const opened: EventStore[] = [];
    const open = async (more: StoreOptions = options): Promise<EventStore> => {
      const store = await createEventStore({ ...more, url });
      opened.push(store);
      return store;
    };
    let raw: BetterSqlite3.Database | undefined;
    return {
      store: await open(),
      location: { url },
      reopen: open,
      async raw(statement, parameters = []) {
        await Promise.resolve();
        raw ??= new BetterSqlite3(url.slice('sqlite:'.length), { timeout: 5000 });
        const prepared = raw.prepare(statement);
        if (prepared.reader) return prepared.all(...parameters) as Record<string, unknown>[];
        prepared.run(...parameters);
        return [];
      },
      async cleanup() {
        raw?.close();
        await Promise.all(opened.map((store) => store.close().catch(() => undefined)));
        rmSync(folder, { recursive: true, force: true });
      },
    };
  },
};

function postgresTarget(url: string): StoreTarget {
  return {
    name: 'postgres',
    async fresh(options = {}) {
      const schema = `test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
      const opened: EventStore[] = [];
      const open = async (more: StoreOptions = options): Promise<EventStore> => {
        const store = await createEventStore({ ...more, url, schema });
        opened.push(store);
        return store;
      };
      const pool = new pg.Pool({
        connectionString: url,
        options: `-c search_path=${schema}`,
        max: 4,
      });
      return {
        store: await open(),
        location: { url, schema },
        reopen: open,
        async raw(statement, parameters = []) {
          let index = 0;
          const numbered = statement.replace(/\?/g, () => `$${++index}`);
          const result = await pool.query(numbered, [...parameters]);
          return result.rows as Record<string, unknown>[];
        },
        async cleanup() {
          await Promise.all(opened.map((store) => store.close().catch(() => undefined)));
          await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          await pool.end();
        },
      };
    },
  };
}

/**
 * The dialects to run a suite on: SQLite always; PostgreSQL when TEST_DATABASE_URL is set.
 * Under CI the PostgreSQL suite is required: a missing URL fails instead of skipping.
 */
export function storeTargets(): StoreTarget[] {
  const url = process.env.TEST_DATABASE_URL;
  if (url === undefined || url === '') {
    if (process.env.CI === 'true') {
      throw new Error(
        'CI must run the PostgreSQL suite: set TEST_DATABASE_URL (for example postgres://127.0.0.1:5432/test).',
      );
    }
    announceSkip();
    return [sqliteTarget];
  }
  return [sqliteTarget, postgresTarget(url)];
}

let skipAnnounced = false;
function announceSkip(): void {
  if (skipAnnounced) return;
  skipAnnounced = true;
  process.stderr.write(
    'PostgreSQL suite skipped: TEST_DATABASE_URL is not set. To run it: TEST_DATABASE_URL=postgres://127.0.0.1:5432/test npm test\n',
  );
}

export { collect } from './collect.js';
export { freshStoreEach, type FreshStoreSetup } from './fresh-store-each.js';
export { memoryStoreEach, type MemoryStore } from './memory-store-each.js';
export { note } from './note.js';
