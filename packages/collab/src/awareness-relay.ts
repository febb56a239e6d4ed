import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { CollabConnection } from './collab-connection.js';
import { awarenessEntries } from './awareness-entries.js';
import { encodeAwarenessMessage } from './protocol.js';

/** Presence ids one connection may speak for (a browser tab uses one). */
export const MAX_PRESENCES_PER_CONNECTION = 4;

/** The origin of presence changes that came from another instance: they are not sent back. */
const REMOTE = Symbol('another instance');

/**
 * Relays presence (cursors, names, role colours) between a room's connections, and to the other
 * instances serving the draft. It is kept in memory only, never persisted, and throttled: changes
 * are gathered and sent at most once per `intervalMs`, so a burst of cursor moves costs one
 * message per peer and one on the bus.
 */
export class AwarenessRelay {
  readonly awareness: awarenessProtocol.Awareness;
  #changed = new Set<number>();
  /** The changed clients that are this instance's own, published to the other instances. */
  #changedHere = new Set<number>();
  /** Clients whose presence was removed: forgotten once their removal has been sent. */
  #departed = new Set<number>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The awareness client ids each connection has announced, to clear them when it leaves. */
  #clientsOf = new Map<CollabConnection, Set<number>>();

  readonly #broadcast: (message: Uint8Array) => void;
  readonly #publish: (update: Uint8Array) => void;
  readonly #intervalMs: number;

  /**
   * `broadcast` sends a message to this instance's connections; `publish` sends this instance's
   * own changes to the other instances.
   */
  constructor(
    doc: Y.Doc,
    relay: {
      readonly broadcast: (message: Uint8Array) => void;
      readonly publish: (update: Uint8Array) => void;
      readonly intervalMs: number;
    },
  ) {
    this.#broadcast = relay.broadcast;
    this.#publish = relay.publish;
    this.#intervalMs = relay.intervalMs;
    this.awareness = new awarenessProtocol.Awareness(doc);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.#onUpdate);
  }

  /**
   * Applies a client's awareness update; throws if it does not decode. A connection speaks for
   * its own presence, and y-websocket clients echo the others' too: entries for presences the
   * room holds, or already credits to this connection, pass; a new one passes while the
   * connection has fewer than MAX_PRESENCES_PER_CONNECTION. The rest are dropped, never a
   * reason to close: an echo can arrive before the presence it repeats (from another instance,
   * or after a timeout), and a flood of made-up ids would otherwise cost memory in every room.
   */
  receive(connection: CollabConnection, update: Uint8Array): void {
    const credited = this.#clientsOf.get(connection) ?? new Set<number>();
    let budget = MAX_PRESENCES_PER_CONNECTION - credited.size;
    const kept = awarenessEntries(update, (client) => {
      if (credited.has(client) || this.awareness.states.has(client)) return true;
      budget -= 1;
      return budget >= 0;
    });
    if (kept !== undefined)
      awarenessProtocol.applyAwarenessUpdate(this.awareness, kept, connection);
  }

  /** Applies presence published by another instance; throws if it does not decode. */
  receiveRemote(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REMOTE);
  }

  /** Every current state, for a client that joins or asks. */
  snapshotMessage(): Uint8Array | undefined {
    const clients = [...this.awareness.getStates().keys()];
    if (clients.length === 0) return undefined;
    return encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
  }

  /** Removes a departed connection's presence, and tells the others at once. */
  leave(connection: CollabConnection): void {
    const clients = this.#clientsOf.get(connection);
    this.#clientsOf.delete(connection);
    if (clients !== undefined && clients.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...clients], null);
    }
  }

  destroy(): void {
    clearTimeout(this.#timer);
    this.awareness.off('update', this.#onUpdate);
    this.awareness.destroy();
  }

  #onUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const connection = origin as CollabConnection | null;
    if (connection !== null && typeof connection === 'object') {
      const clients = this.#clientsOf.get(connection) ?? new Set<number>();
      // Only a presence this connection brought in is its own to clear when it leaves.
      for (const client of added) clients.add(client);
      for (const client of removed) clients.delete(client);
      this.#clientsOf.set(connection, clients);
    }
    for (const client of [...added, ...updated, ...removed]) {
      this.#changed.add(client);
      if (origin !== REMOTE) this.#changedHere.add(client);
    }
    for (const client of removed) this.#departed.add(client);
    if (removed.length > 0) {
      this.#flush();
      return;
    }
    this.#timer ??= setTimeout(() => {
      this.#flush();
    }, this.#intervalMs);
  };

  #flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#changed.size === 0) return;
    try {
      this.#send();
    } finally {
      this.#forgetDeparted();
    }
  }

  #send(): void {
    const clients = [...this.#changed];
    this.#changed.clear();
    this.#broadcast(
      encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients)),
    );
    if (this.#changedHere.size === 0) return;
    const ours = [...this.#changedHere];
    this.#changedHere.clear();
    this.#publish(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ours));
  }

  /**
   * y-protocols keeps a clock for every id it has ever seen, present or not: made-up ids would
   * cost memory for good. A departed one is forgotten once its removal has been sent.
   */
  #forgetDeparted(): void {
    for (const client of this.#departed)
      if (!this.awareness.states.has(client)) this.awareness.meta.delete(client);
    this.#departed.clear();
  }
}
