import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { yWebsocketClient } from '../clients/y-websocket-client.js';
import { freePort, spawnServer } from './server-process.js';
import { draftsByName, type Subject } from './subject.js';

const require = createRequire(import.meta.url);
// The package exports no server entry; its bin is src/server.js, next to package.json.
const SCRIPT = join(
  dirname(require.resolve('@y/websocket-server/package.json')),
  'src',
  'server.js',
);
const BENCH_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The y-websocket reference server, in memory: its LevelDB persistence is not built here. */
export const reference: Subject = {
  name: 'y-websocket ref',
  persists: false,
  durability: 'keeps drafts in memory only (YPERSISTENCE needs LevelDB, not built here)',

  async start() {
    const port = await freePort();
    return spawnServer({
      label: 'y-websocket reference server',
      args: [SCRIPT],
      env: { HOST: '127.0.0.1', PORT: String(port) },
      cwd: BENCH_ROOT,
      ready: /running at/,
      port,
    });
  },

  createDrafts: () =>
    Promise.resolve(
      draftsByName((server, room) => yWebsocketClient(`ws://127.0.0.1:${server.port}`, room)),
    ),

  awaitStored: () => Promise.reject(new Error('The reference server stores nothing here.')),
};
