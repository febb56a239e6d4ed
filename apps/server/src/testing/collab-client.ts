import { CLOSE_CODES, MESSAGE_AUTH, type CloseCodeName } from '@rapporteur/collab';
import * as decoding from 'lib0/decoding';
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

/** How the client's socket closed: the code and reason the server gave (0 and '' for none). */
export interface ClientClose {
  readonly code: number;
  readonly reason: string;
}

/** The close the server gives for `name` of CLOSE_CODES: its code and its reason. */
export function closeFor(name: CloseCodeName): ClientClose {
  const { code, reason } = CLOSE_CODES[name];
  return { code, reason };
}

/** Resolves when the client's socket next closes. */
export function nextClose(client: TestClient): Promise<ClientClose> {
  return new Promise((resolve) => {
    client.provider.on('connection-close', (event: CloseEvent | null) => {
      resolve({ code: event?.code ?? 0, reason: event?.reason ?? '' });
    });
  });
}

/** The server's y-protocols "permission denied" answers to one client. */
export interface PermissionDenials {
  /** Every reason so far, in order. */
  readonly reasons: readonly string[];
  /** Resolves with the first reason. */
  readonly first: Promise<string>;
}

/** Starts noting the server's permission-denied answers to `client` (y-websocket only logs them). */
export function watchPermissionDenials(client: TestClient): PermissionDenials {
  const reasons: string[] = [];
  let firstReason: (reason: string) => void = () => undefined;
  const first = new Promise<string>((resolve) => {
    firstReason = resolve;
  });
  client.provider.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder) => {
    // The one auth message y-protocols defines: permission denied, with its reason.
    decoding.readVarUint(decoder);
    const reason = decoding.readVarString(decoder);
    reasons.push(reason);
    firstReason(reason);
  };
  return { reasons, first };
}
