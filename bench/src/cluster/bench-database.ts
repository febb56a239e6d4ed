import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const BENCH_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONNECT_TIMEOUT_MS = 3000;

/** Databases this run created and has not dropped yet, by the server that holds them. */
const created = new Map<string, { readonly adminUrl: string }>();

/** A database of its own for one part of the run, on the machine's PostgreSQL. */
export interface BenchDatabase {
  readonly name: string;
  /** What the server instances get as DATABASE_URL. */
  readonly url: string;
  drop(): Promise<void>;
}

/** Connects to `adminUrl` and disconnects: the reason it cannot, or undefined. */
export async function probePostgres(adminUrl: string): Promise<string | undefined> {
  try {
    await withClient(adminUrl, (client) => client.query('SELECT 1'));
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** CREATE DATABASE bench_<random>_<label>, dropped by `drop` or, failing that, at exit. */
export async function createBenchDatabase(adminUrl: string, label: string): Promise<BenchDatabase> {
  const name = `bench_${randomBytes(4).toString('hex')}_${label}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  created.set(name, { adminUrl });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      await withClient(adminUrl, (client) => client.query(dropStatement(name)));
      created.delete(name);
    },
  };
}

/** The process ids of the PostgreSQL backends connected to `database` now. */
export async function backendPids(adminUrl: string, database: string): Promise<number[]> {
  const result = await withClient(adminUrl, (client) =>
    client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [
      database,
    ]),
  );
  return result.rows.map((row) => row.pid);
}

/**
 * Drops every database still left, synchronously so that it also runs in an exit handler: a
 * short child process does the asynchronous work while this one waits.
 */
export function dropLeftoverDatabases(): void {
  for (const [name, { adminUrl }] of created) {
    const script = `const pg = require('pg');
const client = new pg.Client({ connectionString: process.env.ADMIN_URL, connectionTimeoutMillis: ${CONNECT_TIMEOUT_MS} });
client.connect().then(() => client.query(process.env.STATEMENT)).then(() => client.end())
  .catch((error) => { process.stderr.write(error.message + '\\n'); process.exit(1); });`;
    const result = spawnSync(process.execPath, ['-e', script], {
      cwd: BENCH_ROOT,
      env: { PATH: process.env.PATH ?? '', ADMIN_URL: adminUrl, STATEMENT: dropStatement(name) },
      timeout: 15_000,
      encoding: 'utf8',
    });
    if (result.status !== 0)
      process.stderr.write(`Could not drop the database ${name}: ${result.stderr}\n`);
  }
  created.clear();
}

// FORCE ends the sessions of server instances that were killed rather than stopped.
function dropStatement(name: string): string {
  return `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`;
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // An unreachable server is reported by connect(); a later network error must not crash the bench.
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}
