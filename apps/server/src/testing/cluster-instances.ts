import { createEventStore, type EventStore } from '@rapporteur/event-store';
import { Accounts } from '../accounts/accounts.js';
import { openAccountsDatabase, type AccountsDatabase } from '../accounts/accounts-database.js';
import { startServer, type RunningServer, type ServerOptions } from '../server.js';

/** One server instance as a deployment runs it: a store and accounts of its own, shared data. */
export interface ClusterInstance {
  readonly store: EventStore;
  readonly accountsDb: AccountsDatabase;
  readonly server: RunningServer;
}

/** Where the instances of one suite meet: a PostgreSQL schema and a Redis channel prefix. */
export interface ClusterPlace {
  readonly postgres: string;
  readonly redis: string;
  readonly schema: string;
  readonly prefix: string;
}

type InstanceOptions = Partial<
  Omit<ServerOptions, 'store' | 'accounts' | 'port' | 'log' | 'cluster'>
>;

/**
 * Instances sharing one database and one Redis, started on port 0 and closed together, with
 * their stores and accounts, by `closeAll`.
 */
export function clusterInstances(place: ClusterPlace) {
  const running: ClusterInstance[] = [];
  return {
    running,
    async start(options: InstanceOptions = {}): Promise<ClusterInstance> {
      const store = await createEventStore({ url: place.postgres, schema: place.schema });
      const accountsDb = await openAccountsDatabase(place.postgres, { schema: place.schema });
      const server = await startServer({
        ...options,
        store,
        accounts: new Accounts(accountsDb),
        port: 0,
        log: () => undefined,
        cluster: { url: place.redis, prefix: place.prefix },
      });
      const instance = { store, accountsDb, server };
      running.push(instance);
      return instance;
    },
    async closeAll(): Promise<void> {
      for (const { server, store, accountsDb } of running.splice(0)) {
        await server.close();
        await store.close();
        await accountsDb.destroy();
      }
    },
  };
}
