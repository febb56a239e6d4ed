import { WebSocket } from 'ws';
import { within } from '../support/wait.js';

const MIB = 1024 * 1024;

/** The Node inspector's address in the line it prints at start (`--inspect=127.0.0.1:0`). */
export const INSPECTOR_LINE = /Debugger listening on (ws:\/\/\S+)/;

/**
 * V8's used heap of another process right after a full garbage collection, in MiB, asked over
 * its inspector: what the process really keeps, without the garbage that a heap sample taken at
 * any moment also counts. The server itself offers nothing for this; only the bench asks.
 */
export async function heapAfterGcMiB(inspectorUrl: string): Promise<number> {
  const socket = new WebSocket(inspectorUrl);
  try {
    await within(
      new Promise((resolve, reject) => {
        socket.once('open', resolve);
        socket.once('error', reject);
      }),
      'the inspector to accept a session',
      5000,
    );
    let lastId = 0;
    const call = (method: string): Promise<Record<string, unknown>> => {
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
      socket.send(JSON.stringify({ id, method }));
      return within(answer, `the inspector to answer ${method}`, 30_000);
    };
    await call('HeapProfiler.collectGarbage');
    const { usedSize } = await call('Runtime.getHeapUsage');
    return typeof usedSize === 'number' ? usedSize / MIB : Number.NaN;
  } finally {
    socket.close();
  }
}
