/**
 * Hocuspocus with its SQLite extension, run by the bench as a child process:
 * `PORT=<port> DATABASE=<file> node --import tsx src/peers/hocuspocus-server.ts`.
 * It prints a line when it listens and one each time it has stored a document.
 */
import { SQLite } from '@hocuspocus/extension-sqlite';
import { Server } from '@hocuspocus/server';

const port = Number(process.env.PORT);
const database = process.env.DATABASE;
if (!Number.isInteger(port) || port <= 0 || database === undefined) {
  throw new Error('Set PORT and DATABASE.');
}

const server = new Server({
  port,
  address: '127.0.0.1',
  quiet: true,
  // Its defaults, written out: a store 2 s after the last change, at most 10 s apart.
  debounce: 2000,
  maxDebounce: 10_000,
  extensions: [
    new SQLite({ database }),
    {
      afterStoreDocument({ documentName }: { documentName: string }) {
        process.stdout.write(`stored ${documentName}\n`);
        return Promise.resolve();
      },
    },
  ],
});
await server.listen();
process.stdout.write(`Hocuspocus is listening on ${port}\n`);
