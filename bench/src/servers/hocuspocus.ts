import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { hocuspocusClient } from '../clients/hocuspocus-client.js';
import { freePort, spawnServer } from './server-process.js';
import { waitFor } from '../support/wait.js';
import { draftsByName, type Subject } from './subject.js';

const SCRIPT = fileURLToPath(new URL('../peers/hocuspocus-server.ts', import.meta.url));
const BENCH_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Hocuspocus 4 with @hocuspocus/extension-sqlite, and its own provider. */
export const hocuspocus: Subject = {
  name: 'Hocuspocus',
  persists: true,
  durability:
    'stores the whole document to SQLite 2 s after the last change (at most 10 s), and when the last client leaves',

  async start(dataDir) {
    const port = await freePort();
    return spawnServer({
      label: 'Hocuspocus',
      args: ['--import', 'tsx', SCRIPT],
      env: { PORT: String(port), DATABASE: join(dataDir, 'db.sqlite') },
      cwd: BENCH_ROOT,
      ready: /Hocuspocus is listening/,
      port,
    });
  },

  createDrafts: () =>
    Promise.resolve(
      draftsByName((server, room) => hocuspocusClient(`ws://127.0.0.1:${server.port}`, room)),
    ),

  watchStoring({ server, room }) {
    // Its store hook prints `stored <room>`: it stores 2 s after the last change (at most 10 s
    // apart) the whole document, so the last store after the last update holds everything.
    const stores: number[] = [];
    const stop = server.watchLines(new RegExp(`^stored ${room}$`), (_, at) => stores.push(at));
    return {
      stop,
      async settled(since, quietMs) {
        const last = () => stores.at(-1) ?? Number.NEGATIVE_INFINITY;
        const finished = () => last() > since && performance.now() - last() >= quietMs;
        await waitFor(finished, `Hocuspocus to store ${room} and then stay quiet`, 60_000);
        return (last() - since) / 1000;
      },
    };
  },

  async awaitStored({ server, room }) {
    // Called as the last client leaves: with unloadImmediately (its default) that store runs now.
    await server.nextLine(new RegExp(`^stored ${room}$`), 60_000);
    return 'the whole document in one row';
  },
};
