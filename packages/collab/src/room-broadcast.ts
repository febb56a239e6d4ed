import type * as Y from 'yjs';
import type { CollabConnection } from './collab-connection.js';
import type { RoomChannel } from './fanout/draft-fanout.js';
import type { ClientsOf, StoredUpdate } from './fanout/fanout-message.js';
import { encodeSyncMessage, SYNC_UPDATE } from './protocol.js';

/**
 * Everything a room sends on, called explicitly by whoever changed the room: its own commits
 * (sent to this instance's connections and published to the other instances), updates other
 * instances stored (sent to this instance's connections only: they were published already),
 * and presence. Only what is stored reaches a document, so whatever this sends is in the log.
 */
export class RoomBroadcast {
  constructor(
    private readonly connections: ReadonlySet<CollabConnection>,
    private readonly channel: RoomChannel,
    /** Whether other instances serve the draft too (`DraftFanout.shared`): only then is a commit published. */
    private readonly shared: boolean,
  ) {}

  /**
   * A commit of this room was stored and applied: `applied` is what the document took on (sent
   * to every connection, its senders included: they ignore the echo of their own), `stored`
   * what the other instances apply: made only if there are any (merging a commit's updates
   * costs as much as storing them).
   */
  committed(applied: readonly Uint8Array[], stored: () => StoredUpdate): void {
    this.updates(applied);
    if (this.shared) this.channel.publishStored(stored());
  }

  /** Document updates to send to this instance's connections (their senders stored them). */
  updates(applied: readonly Uint8Array[]): void {
    for (const update of applied) this.message(encodeSyncMessage(SYNC_UPDATE, update));
  }

  /** A message for every connection of this instance (presence, or a document update). */
  message(message: Uint8Array): void {
    for (const connection of this.connections) connection.send(message);
  }

  /** This instance's presence changes, for the other instances. */
  publishPresence(update: Uint8Array, owners: readonly ClientsOf[]): void {
    this.channel.publishAwareness(update, owners);
  }

  /** Stops hearing from and publishing to the other instances. */
  leave(): void {
    this.channel.leave();
  }
}

/** What a change did to a document: the updates it emitted, and whether Yjs refused part of it. */
export type EmittedUpdates =
  | { readonly updates: Uint8Array[]; readonly refused: false }
  | { readonly updates: Uint8Array[]; readonly refused: true; readonly error: unknown };

/**
 * Runs `change` on `doc` and returns the updates the document emitted meanwhile (none when
 * nothing changed), for the caller to send on explicitly. If Yjs throws, what it applied before
 * the throw is returned with the error: that is stored too, and is sent on before the room fails.
 */
export function emittedUpdates(doc: Y.Doc, change: () => void): EmittedUpdates {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array): void => {
    updates.push(update);
  };
  doc.on('update', collect);
  try {
    change();
    return { updates, refused: false };
  } catch (error) {
    return { updates, refused: true, error };
  } finally {
    doc.off('update', collect);
  }
}
