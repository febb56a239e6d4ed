import {
  AUTH_PERMISSION_DENIED,
  decodeAckBody,
  MESSAGE_ACK,
  MESSAGE_AUTH,
} from '@rapporteur/collab/protocol';
import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

import { createStore, type ReadableStore } from './store.js';

/** How much of what this browser wrote the server has not yet stored. */
export interface SaveProgress {
  /** Yjs clock units not yet acknowledged: about one per character typed or deleted. */
  readonly unsaved: number;
  /** The server's reason when it refused to store our edits (a frozen draft, a reader). */
  readonly refused: string | undefined;
}

export interface SaveTracker extends ReadableStore<SaveProgress> {
  readonly destroy: () => void;
}

const sameProgress = (a: SaveProgress, b: SaveProgress): boolean =>
  a.unsaved === b.unsaved && a.refused === b.refused;

function deletedLength(transaction: Y.Transaction): number {
  let length = 0;
  for (const items of transaction.deleteSet.clients.values()) {
    for (const item of items) length += item.len;
  }
  return length;
}

/**
 * Compares what this document wrote (its state-vector clock for each client id it has written
 * under) with what the server acknowledged as durable. Every id is tracked, not only the current
 * `doc.clientID`, because Yjs picks a new id when it detects a clash, and the edits made under
 * the old one still need saving.
 *
 * Deletions advance no clock, so a clock cannot acknowledge an edit that only deletes. Such an
 * edit counts as unsaved (by the characters it removed) until an acknowledgement arrives after
 * everything inserted before it is acknowledged: the server stores one connection's updates in
 * the order they arrive, so that acknowledgement covers it (an acknowledgement of a later insert
 * covers it exactly).
 */
export function trackSaves(doc: Y.Doc, provider: WebsocketProvider): SaveTracker {
  const acked = new Map<number, number>();
  const authored = new Set<number>();
  const store = createStore<SaveProgress>({ unsaved: 0, refused: undefined }, sameProgress);
  let pendingDeletes = 0;
  // The own clock when the last deletion-only edit was made: what must be acknowledged first.
  let deleteFence = { client: doc.clientID, clock: 0 };

  const recompute = (): void => {
    const clocks = Y.decodeStateVector(Y.encodeStateVector(doc));
    let unsaved = pendingDeletes;
    for (const client of authored) {
      unsaved += Math.max(0, (clocks.get(client) ?? 0) - (acked.get(client) ?? 0));
    }
    // A refusal matters only while the refused edits are still unsaved.
    store.set({ unsaved, refused: unsaved > 0 ? store.getSnapshot().refused : undefined });
  };

  // The provider applies what the server sends with itself as the origin; anything else is ours.
  const onTransaction = (transaction: Y.Transaction): void => {
    if (transaction.origin === provider) return;
    const client = doc.clientID;
    const before = transaction.beforeState.get(client) ?? 0;
    const after = transaction.afterState.get(client) ?? 0;
    if (after > before) {
      authored.add(client);
    } else if (transaction.deleteSet.clients.size > 0) {
      pendingDeletes += deletedLength(transaction);
      deleteFence = { client, clock: after };
    } else {
      return;
    }
    recompute();
  };
  doc.on('afterTransaction', onTransaction);

  // The server's durable acknowledgement (sent because we connect with `ack=1`): every update
  // of a Yjs client id up to its clock is stored.
  provider.messageHandlers[MESSAGE_ACK] = (_encoder, decoder) => {
    for (const [client, clock] of decodeAckBody(decoder)) {
      // Acks can arrive out of order across a reconnect; durability only ever grows.
      if (clock > (acked.get(client) ?? 0)) acked.set(client, clock);
    }
    if ((acked.get(deleteFence.client) ?? 0) >= deleteFence.clock) pendingDeletes = 0;
    recompute();
  };

  // y-protocols' auth message; its only kind so far says a write was refused, and why.
  provider.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder) => {
    if (decoding.readVarUint(decoder) !== AUTH_PERMISSION_DENIED) return;
    const reason = decoding.readVarString(decoder);
    store.set({
      ...store.getSnapshot(),
      refused: reason === '' ? 'The server refused the change.' : reason,
    });
  };

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    destroy() {
      doc.off('afterTransaction', onTransaction);
    },
  };
}
