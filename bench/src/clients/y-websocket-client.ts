import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { BenchClient } from './bench-client.js';
import { QuietWebSocket } from './quiet-websocket.js';

/**
 * A y-websocket provider, as users run it: for our server and for the reference server.
 * `serverUrl` is what comes before `/<room>`; `params` go in the query string.
 */
export function yWebsocketClient(
  serverUrl: string,
  room: string,
  params: Record<string, string> = {},
): BenchClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(serverUrl, room, doc, {
    WebSocketPolyfill: QuietWebSocket as unknown as typeof globalThis.WebSocket,
    // Node 20 has a global BroadcastChannel: without this, clients in one process would sync
    // with each other without the server, and the bench would measure nothing.
    disableBc: true,
    params,
  });
  const synced = new Promise<void>((resolve) => {
    const onSync = (isSynced: boolean): void => {
      if (!isSynced) return;
      provider.off('sync', onSync);
      resolve();
    };
    provider.on('sync', onSync);
  });
  return {
    doc,
    synced,
    bufferedAmount: () => provider.ws?.bufferedAmount ?? 0,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}
