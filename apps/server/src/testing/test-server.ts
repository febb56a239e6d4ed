import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventStore, type EventStore } from '@rapporteur/event-store';
import { Accounts } from '../accounts/accounts.js';
import { openAccountsDatabase, type AccountsDatabase } from '../accounts/accounts-database.js';
import { startServer, type RunningServer, type ServerOptions } from '../server.js';

/** A real server on port 0 over a fresh SQLite file, and everything needed to look inside. */
export interface TestServer {
  readonly server: RunningServer;
  readonly store: EventStore;
  readonly accounts: Accounts;
  readonly url: string;
  /** Stops the server and opens a new one on the same data (and port, unless told otherwise). */
  restart(options?: Partial<ServerOptions>): Promise<void>;
  /** Stops the server (with its drain, if given) and removes its data. */
  close(options?: { drainMs?: number }): Promise<void>;
}

/**
 * Starts one. `testing.clock` stamps the log's `recorded_at` (a test that needs ten minutes of
 * history moves it instead of waiting); it exists only here, never in the server's settings.
 */
export async function startTestServer(
  options: Partial<ServerOptions> = {},
  testing: { readonly clock?: () => Date } = {},
): Promise<TestServer> {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-server-'));
  const url = `sqlite:${join(folder, 'rapporteur.sqlite')}`;
  const storeOptions = { url, ...(testing.clock === undefined ? {} : { clock: testing.clock }) };
  let store = await createEventStore(storeOptions);
  let database: AccountsDatabase = await openAccountsDatabase(url);
  let accounts = new Accounts(database);
  let server = await startServer({ store, accounts, port: 0, log: () => undefined, ...options });
  const handle: TestServer = {
    get server() {
      return server;
    },
    get store() {
      return store;
    },
    get accounts() {
      return accounts;
    },
    get url() {
      return server.url;
    },
    async restart(more = {}) {
      const port = Number(new URL(server.url).port);
      await server.close();
      await store.close();
      await database.destroy();
      store = await createEventStore(storeOptions);
      database = await openAccountsDatabase(url);
      accounts = new Accounts(database);
      server = await startServer({
        store,
        accounts,
        port,
        log: () => undefined,
        ...options,
        ...more,
      });
    },
    async close(stopOptions) {
      await server.close(stopOptions);
      await store.close();
      await database.destroy();
      rmSync(folder, { recursive: true, force: true });
    },
  };
  return handle;
}
