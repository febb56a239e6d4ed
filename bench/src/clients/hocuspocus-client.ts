import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { BenchClient } from './bench-client.js';
import { QuietWebSocket } from './quiet-websocket.js';

/** Hocuspocus' own provider, on a socket of its own (no multiplexing, like the other clients). */
export function hocuspocusClient(serverUrl: string, name: string): BenchClient {
  const doc = new Y.Doc();
  // Node 20 has no global WebSocket: the socket half of the provider takes the polyfill.
  const socket = new HocuspocusProviderWebsocket({
    url: serverUrl,
    WebSocketPolyfill: QuietWebSocket,
  });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc });
  const synced = new Promise<void>((resolve) => {
    const onSynced = ({ state }: { state: boolean }): void => {
      if (!state) return;
      provider.off('synced', onSynced);
      resolve();
    };
    provider.on('synced', onSynced);
  });
  // With a socket passed in, the provider does not attach itself.
  provider.attach();
  return {
    doc,
    synced,
    bufferedAmount: () => socket.webSocket?.bufferedAmount ?? 0,
    destroy() {
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}
