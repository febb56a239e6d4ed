import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { CollabConnection } from './collab-connection.js';
import { selectAwarenessEntries, type AwarenessEntry } from './awareness-entries.js';
import type { ClientsOf } from './fanout/fanout-message.js';
import { stampIdentity } from './presence-identity.js';
import { PresenceOwners } from './presence-owners.js';
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
  /** The awareness client ids each connection has spoken for, to clear them when it leaves. */
  #clientsOf = new Map<CollabConnection, Set<number>>();
  readonly #owners: PresenceOwners;

  readonly #broadcast: (message: Uint8Array) => void;
  readonly #publish: (update: Uint8Array, owners: readonly ClientsOf[]) => void;
  readonly #intervalMs: number;
  readonly #authorOf: (client: number) => string | undefined;

  /**
   * `broadcast` sends a message to this instance's connections; `publish` sends this instance's
   * own changes to the other instances; `authorOf` names the person who owns a Yjs client id in
   * the document (decision 11), whose presence nobody else may take either.
   */
  constructor(
    doc: Y.Doc,
    relay: {
      readonly broadcast: (message: Uint8Array) => void;
      readonly publish: (update: Uint8Array, owners: readonly ClientsOf[]) => void;
      readonly intervalMs: number;
      readonly authorOf: (client: number) => string | undefined;
    },
  ) {
    this.#broadcast = relay.broadcast;
    this.#publish = relay.publish;
    this.#intervalMs = relay.intervalMs;
    this.#authorOf = relay.authorOf;
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.#owners = new PresenceOwners((client) => this.awareness.states.has(client));
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.#onUpdate);
  }

  /**
   * Applies a client's awareness update; throws if it does not decode. A connection speaks only
   * for presences its person owns (decision 24): an entry for an id that another person owns, here
   * or on another instance, is dropped, and so is a removal of a presence it never spoke for.
   * A new id (or its person's id, newer than the room holds) is taken on while the connection
   * speaks for fewer than MAX_PRESENCES_PER_CONNECTION.
   * Every state kept carries the person's name and role as the server knows them. Dropping is never
   * a reason to close: y-websocket clients echo the others' presences.
   */
  receive(connection: CollabConnection, update: Uint8Array): void {
    const person = connection.actor.id;
    const credited = this.#clientsOf.get(connection) ?? new Set<number>();
    this.#clientsOf.set(connection, credited);
    const kept = selectAwarenessEntries(update, (entry): AwarenessEntry | undefined => {
      const { client } = entry;
      const owner = this.#owners.ownerOf(client) ?? this.#authorOf(client);
      if (owner !== undefined && owner !== person) return undefined;
      if (entry.state === 'null') return credited.has(client) ? entry : undefined;
      if (!credited.has(client)) {
        // An echo of what the room holds changes nothing and credits nobody; the owner's own
        // reconnect brings a newer clock (y-protocols raises it when told it is gone).
        if (entry.clock <= (this.awareness.meta.get(client)?.clock ?? 0)) return undefined;
        if (credited.size >= MAX_PRESENCES_PER_CONNECTION) return undefined;
        credited.add(client);
        this.#owners.claim(client, person);
      }
      return { ...entry, state: stampIdentity(entry.state, connection.actor) };
    });
    if (kept !== undefined)
      awarenessProtocol.applyAwarenessUpdate(this.awareness, kept, connection);
  }

  /**
   * Applies presence published by another instance; throws if it does not decode. That instance
   * checked and stamped it; an entry for an id that a different person owns here is dropped all
   * the same (both claimed it at once).
   */
  receiveRemote(update: Uint8Array, owners: readonly ClientsOf[]): void {
    const ownerOf = new Map<number, string>();
    for (const { person, clients } of owners)
      for (const client of clients) ownerOf.set(client, person);
    const kept = selectAwarenessEntries(update, (entry) => {
      const known = this.#owners.ownerOf(entry.client) ?? this.#authorOf(entry.client);
      const claimed = ownerOf.get(entry.client);
      if (claimed === undefined) return known === undefined ? entry : undefined;
      if (known !== undefined && known !== claimed) return undefined;
      this.#owners.claim(entry.client, claimed);
      return entry;
    });
    if (kept !== undefined) awarenessProtocol.applyAwarenessUpdate(this.awareness, kept, REMOTE);
  }

  /** Every current state, for a client that joins or asks. */
  snapshotMessage(): Uint8Array | undefined {
    const clients = [...this.awareness.getStates().keys()];
    if (clients.length === 0) return undefined;
    return encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
  }

  /**
   * Removes a departed connection's presences, and tells the others at once; not one that
   * another connection of the same person speaks for now (the person reconnected first).
   */
  leave(connection: CollabConnection): void {
    const clients = this.#clientsOf.get(connection);
    this.#clientsOf.delete(connection);
    if (clients === undefined) return;
    for (const others of this.#clientsOf.values())
      for (const client of others) clients.delete(client);
    if (clients.size > 0)
      awarenessProtocol.removeAwarenessStates(this.awareness, [...clients], null);
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
    // A presence that is gone is nobody's to clear any more (its owner is remembered).
    for (const clients of this.#clientsOf.values())
      for (const client of removed) clients.delete(client);
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
    this.#publish(
      awarenessProtocol.encodeAwarenessUpdate(this.awareness, ours),
      this.#ownersOf(ours),
    );
  }

  #ownersOf(clients: readonly number[]): ClientsOf[] {
    const byPerson = new Map<string, number[]>();
    for (const client of clients) {
      const person = this.#owners.ownerOf(client);
      if (person !== undefined) byPerson.set(person, [...(byPerson.get(person) ?? []), client]);
    }
    return [...byPerson].map(([person, owned]) => ({ person, clients: owned }));
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
