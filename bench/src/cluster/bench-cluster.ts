import { randomBytes } from 'node:crypto';
import { yWebsocketClient, type YWebsocketClient } from '../clients/y-websocket-client.js';
import { createBenchAccess } from '../servers/rapporteur-api.js';
import { spawnRapporteur } from '../servers/rapporteur.js';
import type { ServerProcess } from '../servers/server-process.js';
import { tempFolder } from '../support/temp-folders.js';
import { waitFor } from '../support/wait.js';
import { createBenchDatabase, type BenchDatabase } from './bench-database.js';
import { heapAfterGcMiB, INSPECTOR_LINE } from './heap-after-gc.js';

/** Server instances sharing one fresh PostgreSQL database and one Redis prefix. */
export interface BenchCluster {
  readonly instances: readonly ServerProcess[];
  readonly database: BenchDatabase;
  /** A client on `draft`, served by instance number `instance`. */
  connect(instance: number, draft: string): YWebsocketClient;
  /** The draft's meeting id, which is also its draft id. */
  room(draft: string): string;
  /** Error-level log lines (pino level 50 and up) each instance printed so far. */
  errorLines(): readonly string[];
  /** Instance number `instance`'s V8 heap right after a full collection (MiB). */
  heapAfterGcMiB(instance: number): Promise<number>;
  /** How many draft rooms instance number `instance` holds open (its /metrics). */
  openRooms(instance: number): Promise<number>;
  stop(): Promise<void>;
}

export interface ClusterSetup {
  readonly adminUrl: string;
  readonly redisUrl: string;
  readonly instances: number;
  /** Names the database and the Redis prefix: `one`, `two`. */
  readonly label: string;
  readonly drafts: readonly string[];
}

/**
 * A fresh database, the drafts' meetings scheduled through one instance, then every instance
 * started afresh on it, so that each one's idle RSS is of a process that has served nothing yet.
 */
export async function startBenchCluster(setup: ClusterSetup): Promise<BenchCluster> {
  const database = await createBenchDatabase(setup.adminUrl, setup.label);
  const errors: string[] = [];
  const env = {
    DATABASE_URL: database.url,
    REDIS_URL: setup.redisUrl,
    // Runs sharing one Redis (or a run and the tests) must not hear each other.
    REDIS_PREFIX: `bench-${randomBytes(4).toString('hex')}-${setup.label}:`,
    // The soak asks each instance for its heap after a full collection, over the inspector.
    NODE_OPTIONS: '--inspect=127.0.0.1:0',
  };
  const instances: ServerProcess[] = [];
  const inspectors = new Map<string, string>();
  const start = async (index: number): Promise<ServerProcess> => {
    const name = String.fromCharCode(65 + index);
    const instance = await spawnRapporteur(
      `Rapporteur ${name}`,
      { ...env, DATA_DIR: tempFolder(`cluster-${name}`) },
      (line) => {
        if (/"level":(5|6)\d/.test(line)) errors.push(`${name}: ${line}`);
        const inspector = INSPECTOR_LINE.exec(line)?.[1];
        if (inspector !== undefined) inspectors.set(name, inspector);
      },
    );
    instances.push(instance);
    return instance;
  };
  try {
    // The first start of an empty database seeds the demo meeting: one instance at a time.
    const first = await start(0);
    const access = await createBenchAccess(first, setup.drafts);
    await first.stop();
    instances.length = 0;
    for (let index = 0; index < setup.instances; index += 1) await start(index);
    const room = (draft: string): string => {
      const meetingId = access.meetings.get(draft);
      if (meetingId === undefined) throw new Error(`No meeting was created for "${draft}".`);
      return meetingId;
    };
    const last = room(setup.drafts.at(-1) ?? '');
    for (const instance of instances) await knowsMeeting(instance, last, access.token);
    return {
      instances,
      database,
      room,
      connect(instance, draft) {
        const server = instances[instance % instances.length];
        if (server === undefined) throw new Error('The cluster has no instance.');
        return yWebsocketClient(`ws://127.0.0.1:${server.port}/collab`, room(draft), {
          token: access.token,
        });
      },
      errorLines: () => errors,
      async heapAfterGcMiB(instance) {
        const inspector = inspectors.get(String.fromCharCode(65 + instance));
        if (inspector === undefined) throw new Error(`Instance ${instance} printed no inspector.`);
        return heapAfterGcMiB(inspector);
      },
      async openRooms(instance) {
        const server = instances[instance];
        if (server === undefined) throw new Error(`There is no instance ${instance}.`);
        const response = await fetch(
          `http://127.0.0.1:${server.metricsPort ?? server.port}/metrics`,
        );
        const match = /^rapporteur_open_rooms (\S+)$/m.exec(await response.text());
        return Number(match?.[1] ?? Number.NaN);
      },
      async stop() {
        await Promise.all(instances.map((instance) => instance.stop()));
        await database.drop();
      },
    };
  } catch (error) {
    await Promise.all(instances.map((instance) => instance.stop()));
    await database.drop();
    throw error;
  }
}

/** Every instance follows the log: waits until this one has read the last meeting scheduled. */
async function knowsMeeting(
  instance: ServerProcess,
  meetingId: string,
  token: string,
): Promise<void> {
  await waitFor(
    async () => {
      const response = await fetch(`http://127.0.0.1:${instance.port}/api/meetings/${meetingId}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      await response.body?.cancel();
      return response.ok;
    },
    `instance on port ${instance.port} to know meeting ${meetingId}`,
    30_000,
  );
}
