import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** A real y-websocket client, as users run it, on its own document. */
export interface TestClient {
  readonly doc: Y.Doc;
  readonly text: Y.Text;
  readonly provider: WebsocketProvider;
  /** Resolves when the provider reports `synced`: the server's stored content has arrived. */
  readonly synced: Promise<void>;
  destroy(): void;
}

export function connectClient(
  serverUrl: string,
  meetingId: string,
  params: Record<string, string> = {},
): TestClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(
    `${serverUrl.replace(/^http/, 'ws')}/collab`,
    meetingId,
    doc,
    {
      // Node's WebSocket polyfill; and no BroadcastChannel, or clients in one process would sync
      // with each other without the server and the test would prove nothing.
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params,
      maxBackoffTime: 200,
    },
  );
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
    text: doc.getText('text'),
    provider,
    synced,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Polls until `condition` holds, or fails with `what` after `timeoutMs`. */
export async function waitFor(
  condition: () => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
