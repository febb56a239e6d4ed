import { WebSocket } from 'ws';
import { within } from '../support/wait.js';

/** A session on another Node process's inspector (`--inspect=127.0.0.1:0`). */
export interface InspectorSession {
  call(method: string, params?: Record<string, unknown>): Promise<Record<string, unknown>>;
  close(): void;
}

/** Opens a session on the inspector at `url` (the `ws://` address the process printed). */
export async function openInspector(url: string): Promise<InspectorSession> {
  const socket = new WebSocket(url);
  await within(
    new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    }),
    'the inspector to accept a session',
    5000,
  );
  let lastId = 0;
  return {
    call(method, params = {}) {
      const id = (lastId += 1);
      const answer = new Promise<Record<string, unknown>>((resolve, reject) => {
        const onMessage = (data: Buffer): void => {
          const message = JSON.parse(data.toString()) as {
            id?: number;
            result?: Record<string, unknown>;
            error?: { message: string };
          };
          if (message.id !== id) return;
          socket.off('message', onMessage);
          if (message.error !== undefined) reject(new Error(message.error.message));
          else resolve(message.result ?? {});
        };
        socket.on('message', onMessage);
      });
      socket.send(JSON.stringify({ id, method, params }));
      return within(answer, `the inspector to answer ${method}`, 60_000);
    },
    close() {
      socket.close();
    },
  };
}
