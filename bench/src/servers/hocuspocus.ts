import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hocuspocusClient } from '../clients/hocuspocus-client.js';
import { freePort, spawnServer } from './server-process.js';
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

  async awaitStored({ server, room }) {
    // Called as the last client leaves: with unloadImmediately (its default) that store runs now.
    await server.nextLine(new RegExp(`^stored ${room}$`), 60_000);
    return 'the whole document in one row';
  },
};
