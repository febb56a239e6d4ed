import { createConnection } from 'node:net';
import { probePostgres } from './bench-database.js';

const DEFAULT_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';
const DEFAULT_REDIS = 'redis://127.0.0.1:6379';
const PROBE_TIMEOUT_MS = 3000;

/** PostgreSQL and Redis for the multi-instance part, or why that part is skipped. */
export type ClusterServices =
  | {
      readonly kind: 'ready';
      /** Where the bench creates and drops its databases. */
      readonly adminUrl: string;
      readonly redisUrl: string;
    }
  | { readonly kind: 'skipped'; readonly reason: string };

/**
 * The machine's PostgreSQL (TEST_DATABASE_URL's server if set) and Redis (TEST_REDIS_URL if
 * set). A laptop has neither: then the part is skipped, and the rest of the bench still runs.
 */
export async function findClusterServices(
  env: NodeJS.ProcessEnv = process.env,
): Promise<ClusterServices> {
  const adminUrl = nonEmpty(env.TEST_DATABASE_URL) ?? DEFAULT_POSTGRES;
  const redisUrl = nonEmpty(env.TEST_REDIS_URL) ?? DEFAULT_REDIS;
  const [postgres, redis] = await Promise.all([probePostgres(adminUrl), probeRedis(redisUrl)]);
  const missing: string[] = [];
  if (postgres !== undefined) missing.push(`PostgreSQL at ${hostOf(adminUrl)} (${postgres})`);
  if (redis !== undefined) missing.push(`Redis at ${hostOf(redisUrl)} (${redis})`);
  if (missing.length > 0) return { kind: 'skipped', reason: `unreachable: ${missing.join('; ')}` };
  return { kind: 'ready', adminUrl, redisUrl };
}

/** Sends PING over a bare socket: any RESP answer means a Redis is there. */
function probeRedis(url: string): Promise<string | undefined> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    const finish = (problem: string | undefined): void => {
      socket.destroy();
      resolve(problem);
    };
    socket.setTimeout(PROBE_TIMEOUT_MS, () => {
      finish('no answer');
    });
    socket.once('error', (error) => {
      finish(error.message);
    });
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      finish(/^[+-]/.test(data.toString('utf8')) ? undefined : 'not a Redis server');
    });
  });
}

function hostOf(url: string): string {
  const { hostname, port } = new URL(url);
  return `${hostname}:${port}`;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
