import { decodeAckBody, MESSAGE_ACK } from '@rapporteur/collab/protocol';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** When something reached the client, for checking what happened inside a fault window. */
export interface Stamped<T> {
  readonly at: number;
  readonly value: T;
}

/**
 * A real y-websocket client, as an editor runs it, that records what the server acknowledged as
 * saved (per Yjs client id, the highest clock), when acknowledgements and other people's edits
 * arrived, and every close code it was given.
 */
export class DrillClient {
  readonly doc = new Y.Doc();
  readonly text = this.doc.getText('text');
  readonly provider: WebsocketProvider;
  /** Per Yjs client id, the highest clock the server said is stored. */
  readonly acknowledged = new Map<number, number>();
  readonly acks: Stamped<ReadonlyMap<number, number>>[] = [];
  /** Edits from the server that changed this document (other people's, or a resync). */
  readonly remoteEdits: Stamped<Uint8Array>[] = [];
  readonly closes: Stamped<{ code: number; reason: string }>[] = [];
  #typing: NodeJS.Timeout | undefined;

  constructor(
    readonly name: string,
    server: { url: string; meetingId: string; token: string },
  ) {
    this.provider = new WebsocketProvider(
      `${server.url.replace(/^http/, 'ws')}/collab`,
      server.meetingId,
      this.doc,
      {
        // Node has no WebSocket; and without disableBc, clients in one process would sync
        // through a BroadcastChannel with no server at all.
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
        params: { token: server.token, ack: '1' },
        maxBackoffTime: 300,
      },
    );
    this.provider.messageHandlers[MESSAGE_ACK] = (_encoder, decoder) => {
      const clocks = decodeAckBody(decoder);
      this.acks.push({ at: Date.now(), value: clocks });
      for (const [client, clock] of clocks)
        if (clock > (this.acknowledged.get(client) ?? 0)) this.acknowledged.set(client, clock);
    };
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this.provider) this.remoteEdits.push({ at: Date.now(), value: update });
    });
    this.provider.on('connection-close', (event) => {
      if (event !== null)
        this.closes.push({ at: Date.now(), value: { code: event.code, reason: event.reason } });
    });
  }

  /** Resolves once the provider has synced with a server (the stored content has arrived). */
  synced(timeoutMs = 20_000): Promise<void> {
    if (this.provider.synced) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.provider.off('sync', onSync);
        reject(new Error(`${this.name} did not sync within ${timeoutMs} ms`));
      }, timeoutMs);
      const onSync = (isSynced: boolean): void => {
        if (!isSynced) return;
        clearTimeout(timer);
        this.provider.off('sync', onSync);
        resolve();
      };
      this.provider.on('sync', onSync);
    });
  }

  /** Types one character every `intervalMs` at a random place, as a person editing would. */
  startTyping(intervalMs: number): void {
    this.stopTyping();
    const letters = `${this.name.toLowerCase()}.`;
    let typed = 0;
    this.#typing = setInterval(() => {
      const position = Math.floor(Math.random() * (this.text.length + 1));
      this.text.insert(position, letters[typed % letters.length] ?? '.');
      typed += 1;
    }, intervalMs);
  }

  stopTyping(): void {
    clearInterval(this.#typing);
    this.#typing = undefined;
  }

  /** What this client has written, per Yjs client id it wrote under: its own clocks. */
  written(): Map<number, number> {
    return Y.decodeStateVector(Y.encodeStateVector(this.doc));
  }

  /** True when the server has acknowledged everything this client wrote. */
  allSaved(): boolean {
    const own = this.written().get(this.doc.clientID) ?? 0;
    return (this.acknowledged.get(this.doc.clientID) ?? 0) >= own;
  }

  destroy(): void {
    this.stopTyping();
    this.provider.destroy();
    this.doc.destroy();
  }
}
