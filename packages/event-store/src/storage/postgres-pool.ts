import type pg from 'pg';
import { loadPg } from './load-pg.js';

/** A database that does not answer fails the call instead of holding it forever. */
const CONNECT_TIMEOUT_MS = 5000;

export interface PostgresPoolOptions {
  readonly url: string;
  /** Every connection's search_path (default: the server's, `"$user", public`). */
  readonly schema?: string;
  readonly max: number;
}

/**
 * A pg pool that a database outage cannot crash: every place that opens one for Rapporteur
 * (the event log, the accounts) takes it from here, so that the listeners below are never
 * forgotten in one of them.
 */
export function openPostgresPool(options: PostgresPoolOptions): pg.Pool {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) {
    throw new Error(`The schema name "${options.schema}" is not a plain lower-case identifier.`);
  }
  const pool = new (loadPg().Pool)({
    ...postgresConnection(options),
    max: options.max,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // An idle connection that the server drops (a restart, a failover) reports here; without a
  // listener Node would end the process. The pool discards it; the next query connects again.
  pool.on('error', () => undefined);
  // A connection taken from the pool has no listener of the pool's: when the database ends it
  // just after a query (a shutdown tells every backend at once), pg emits 'error' on it and Node
  // would end the process. The next query on it fails instead, and the pool discards it.
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
  return pool;
}

/** How to connect, for a pool or a single client (the change listener). */
export function postgresConnection(options: Omit<PostgresPoolOptions, 'max'>): pg.ClientConfig {
  return {
    connectionString: options.url,
    ...(options.schema === undefined ? {} : { options: `-c search_path=${options.schema}` }),
  };
}
