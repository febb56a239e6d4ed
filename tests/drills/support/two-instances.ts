import type { DrillClient } from './drill-client.js';
import { startLoadBalancer, type LoadBalancer } from './load-balancer.js';
import { auditLog, type LogAudit } from './log-audit.js';
import { startPrivatePostgres, type PrivatePostgres } from './private-postgres.js';
import { startPrivateRedis, type PrivateRedis } from './private-redis.js';
import { createDrillAccess, getJson } from './rapporteur-api.js';
import { startInstance, type ServerInstance } from './server-instance.js';
import type { Teardown } from './teardown.js';
import { tempFolder } from './temp-folder.js';
import { waitUntil } from './waiting.js';

/** The production topology in small: one PostgreSQL, one Redis, two instances, a balancer. */
export interface TwoInstances {
  readonly postgres: PrivatePostgres;
  readonly redis: PrivateRedis;
  readonly a: ServerInstance;
  readonly b: ServerInstance;
  readonly balancer: LoadBalancer;
  /** The administrator's token and the meeting, created through A. */
  readonly access: { readonly token: string; readonly meetingId: string };
  /** Audits the shared log against what `clients` saw, asking `instance` to verify the chain. */
  readonly auditThrough: (
    instance: ServerInstance,
    clients: readonly DrillClient[],
  ) => Promise<LogAudit>;
}

/** Starts the topology, its parts removed at teardown; the meeting exists on both instances. */
export async function startTwoInstances(teardown: Teardown): Promise<TwoInstances> {
  const [postgres, redis] = await Promise.all([
    startPrivatePostgres(teardown),
    startPrivateRedis(teardown),
  ]);
  const settings = { databaseUrl: postgres.url, redisUrl: redis.url };
  // One after the other: the first start of an empty database seeds the demo meeting.
  const a = await startInstance(teardown, {
    name: 'A',
    dataDir: tempFolder(teardown, 'a'),
    ...settings,
  });
  const access = await createDrillAccess(a);
  const b = await startInstance(teardown, {
    name: 'B',
    dataDir: tempFolder(teardown, 'b'),
    ...settings,
  });
  await waitUntil(
    async () =>
      (await getJson(`${b.url}/api/meetings/${access.meetingId}`, access.token)).status === 200,
    'instance B to know the meeting created through A',
    { timeoutMs: 10_000 },
  );
  const balancer = await startLoadBalancer(teardown, [a.port, b.port]);
  const auditThrough = (instance: ServerInstance, clients: readonly DrillClient[]) =>
    auditLog({ kind: 'postgres', url: postgres.url }, { url: instance.url, ...access }, clients);
  return { postgres, redis, a, b, balancer, access, auditThrough };
}
