import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { BenchClient } from './bench-client.js';
import { QuietWebSocket } from './quiet-websocket.js';

/** A y-websocket client that also says which of its connections closed without being asked to. */
export interface YWebsocketClient extends BenchClient {
  /** `<code> <reason>` of each close the client did not ask for (it reconnects after each). */
  unexpectedCloses(): readonly string[];
}

/**
 * A y-websocket provider, as users run it: for our server and for the reference server.
 * `serverUrl` is what comes before `/<room>`; `params` go in the query string.
 */
export function yWebsocketClient(
  serverUrl: string,
  room: string,
  params: Record<string, string> = {},
): YWebsocketClient {
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
  const closes: string[] = [];
  let destroyed = false;
  // `event` is null when the provider closed the socket itself: its 30 s silence watchdog.
  provider.on('connection-close', (event: CloseEvent | null) => {
    if (!destroyed)
      closes.push(
        event === null
          ? 'closed by the client: no message for 30 s'
          : `${event.code} ${event.reason}`,
      );
  });
  return {
    doc,
    synced,
    bufferedAmount: () => provider.ws?.bufferedAmount ?? 0,
    unexpectedCloses: () => closes,
    destroy() {
      destroyed = true;
      provider.destroy();
      doc.destroy();
    },
  };
}
