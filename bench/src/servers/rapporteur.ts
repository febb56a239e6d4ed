import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { draftStream } from '@rapporteur/draft-log';
import { createEventStore } from '@rapporteur/event-store';
import { yWebsocketClient } from '../clients/y-websocket-client.js';
import { waitFor } from '../support/wait.js';
import { createBenchAccess, DEMO_MEETING_ID, demoChairToken } from './rapporteur-api.js';
import { freePort, spawnServer, type ServerProcess } from './server-process.js';
import { StoredDraft } from './stored-draft.js';
import type { Subject } from './subject.js';

/** What `npm start` runs: the server compiled by `npm run build -w @rapporteur/server` (decision 49). */
const MAIN = fileURLToPath(new URL('../../../apps/server/dist/main.js', import.meta.url));
const BENCH_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Every bench client comes from 127.0.0.1 and writes as one bench person, which the server's
 * socket limits would take for one abusive host (300 connections at once, 2,000 frames a second)
 * and its byte budgets for one flooding person (64 KiB a second after a 4 MiB burst; a 64 MiB
 * draft): the bench measures the server, not the limits, so it lifts them far out of reach.
 */
export const UNLIMITED_SOCKETS: Readonly<Record<string, string>> = {
  SOCKET_CONNECTION_BURST: '1000000',
  SOCKET_CONNECTIONS_PER_SECOND: '1000000',
  SOCKET_MESSAGE_BURST: '100000000',
  SOCKET_MESSAGES_PER_SECOND: '100000000',
  SOCKET_PERSON_BYTE_BURST: '100000000000',
  SOCKET_PERSON_BYTES_PER_SECOND: '100000000000',
  SOCKET_DRAFT_BYTE_BURST: '100000000000',
  SOCKET_DRAFT_BYTES_PER_SECOND: '100000000000',
  MAX_DRAFT_BYTES: '100000000000',
};

/**
 * `node --enable-source-maps apps/server/dist/main.js`, as `npm start` runs it, as a child
 * process with `env` on top of ours. `npm run bench` builds it first.
 */
export async function spawnRapporteur(
  label: string,
  env: Readonly<Record<string, string>>,
  onLine?: (line: string) => void,
): Promise<ServerProcess> {
  const port = await freePort();
  // /metrics is served only on a port of its own (decision 27).
  const metricsPort = await freePort();
  return spawnServer({
    label,
    args: ['--enable-source-maps', MAIN],
    env: { ...UNLIMITED_SOCKETS, ...env, PORT: String(port), METRICS_PORT: String(metricsPort) },
    metricsPort,
    cwd: BENCH_ROOT,
    ready: /Rapporteur is running/,
    port,
    ...(onLine === undefined ? {} : { onLine }),
  });
}

/** Our server, as `npm start` runs it, on SQLite in a fresh data folder. */
export const rapporteur: Subject = {
  name: 'Rapporteur',
  persists: true,
  durability:
    'stores every update durably (SQLite WAL, synchronous=FULL, group commit) before broadcasting it',

  start: (dataDir, options) =>
    spawnRapporteur('Rapporteur', {
      DATA_DIR: dataDir,
      DEMO_MEETING: options?.demoMeeting === false ? 'off' : 'on',
    }),

  async openDemoDraft(server) {
    const token = await demoChairToken(server);
    return {
      room: () => DEMO_MEETING_ID,
      connect: (running) =>
        yWebsocketClient(`ws://127.0.0.1:${running.port}/collab`, DEMO_MEETING_ID, { token }),
    };
  },

  async createDrafts(server, drafts) {
    // It serves only meetings that exist, to their participants: one meeting per draft.
    const { token, meetings } = await createBenchAccess(server, drafts);
    const room = (draft: string): string => {
      const meetingId = meetings.get(draft);
      if (meetingId === undefined)
        throw new Error(`No meeting was created for the draft "${draft}".`);
      return meetingId;
    };
    return {
      room,
      connect: (running, draft) =>
        yWebsocketClient(`ws://127.0.0.1:${running.port}/collab`, room(draft), { token }),
    };
  },

  watchStoring({ dataDir, room }) {
    return {
      stop: () => undefined,
      // It stores each update before anyone sees it: the last event of the draft was recorded
      // (its recorded_at, taken as it is appended) before an observer could receive it.
      async settled(since) {
        const store = await createEventStore({
          url: `sqlite:${join(dataDir, 'rapporteur.sqlite')}`,
        });
        try {
          const stream = draftStream(room);
          const [last] = await store.readStream(stream, { direction: 'backwards', limit: 1 });
          if (last === undefined) throw new Error(`The draft ${room} has no event stored.`);
          const recorded = Date.parse(last.recordedAt) - performance.timeOrigin;
          return Math.max(0, recorded - since) / 1000;
        } finally {
          await store.close();
        }
      },
    };
  },

  async awaitStored({ dataDir, room, characters }) {
    // A second connection to the server's file: WAL lets it read while the server writes.
    const store = await createEventStore({ url: `sqlite:${join(dataDir, 'rapporteur.sqlite')}` });
    const stored = new StoredDraft(store, draftStream(room));
    try {
      const complete = async (): Promise<boolean> => (await stored.catchUp()) >= characters;
      await waitFor(complete, `${characters} stored characters in the draft's log`, 120_000);
      return `${stored.events.toLocaleString('en-US')} events in the draft's log`;
    } finally {
      stored.destroy();
      await store.close();
    }
  },
};
