import type { NewEvent } from '@rapporteur/event-store';
import * as Y from 'yjs';
import type { CollabConnection } from './collab-connection.js';
import { DRAFT_UPDATED } from '@rapporteur/draft-log';
import type { StoredUpdate } from './fanout/fanout-message.js';
import type { ReceivedUpdate } from './update-inspection.js';

/** An update as a connection sent it, waiting for the next commit. */
export interface PendingUpdate {
  readonly connection: CollabConnection;
  readonly update: Uint8Array;
  /** The client ids of the update as sent: the acknowledgement covers all of them. */
  readonly clients: readonly number[];
  /** The update decoded as it was received (absent for the server's own updates). */
  readonly received?: ReceivedUpdate;
}

/** What of a pending update is stored: its new part, and the client ids that part writes under. */
export interface NewUpdate extends PendingUpdate {
  /** The sender's own ids, recorded with the event. */
  readonly authors: readonly number[];
}

/**
 * What one commit stores of one connection: the new parts of everything it sent since the last
 * commit, merged into one update (decision 53). A keystroke stays recoverable inside it (Yjs
 * keeps every item with its client id and clock); the event records who, when and under which
 * ids once for them all.
 */
export interface ConnectionChange {
  readonly connection: CollabConnection;
  readonly update: Uint8Array;
  readonly authors: readonly number[];
  /** How many updates of the connection the change merges. */
  readonly updates: number;
}

/**
 * Most bytes of updates merged into one change: well under the event log's limit on one event
 * (1 MiB), which a few large pastes from one person in one commit would otherwise pass.
 */
export const MAX_CHANGE_BYTES = 256 * 1024;

/**
 * The batch as one change per connection, in the order each connection first appears (a
 * connection that sent more than MAX_CHANGE_BYTES gets a further change where it passed it).
 * Only the order between different connections' changes moves: Yjs applies an update whose
 * items continue another's after it arrives, so loading the log gives the same document.
 */
export function changesByConnection(batch: readonly NewUpdate[]): ConnectionChange[] {
  type Gathering = {
    readonly connection: CollabConnection;
    readonly updates: Uint8Array[];
    readonly authors: Set<number>;
    bytes: number;
  };
  const gathered: Gathering[] = [];
  const open = new Map<CollabConnection, Gathering>();
  for (const { connection, update, authors } of batch) {
    let change = open.get(connection);
    if (change === undefined || change.bytes + update.byteLength > MAX_CHANGE_BYTES) {
      change = { connection, updates: [], authors: new Set<number>(), bytes: 0 };
      gathered.push(change);
      open.set(connection, change);
    }
    change.updates.push(update);
    change.bytes += update.byteLength;
    for (const author of authors) change.authors.add(author);
  }
  return gathered.map(({ connection, updates, authors }) => ({
    connection,
    update: updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates),
    authors: [...authors],
    updates: updates.length,
  }));
}

/** The event that stores one connection's change, with who sent it and the client ids it writes under. */
export function draftUpdated({ connection, update, authors }: ConnectionChange): NewEvent {
  return {
    type: DRAFT_UPDATED,
    payload: update,
    metadata: {
      actor: connection.actor.id,
      name: connection.actor.name,
      role: connection.actor.role,
      connection: connection.id,
      clients: [...authors],
      ...(connection.origin === undefined ? {} : { origin: connection.origin }),
    },
  };
}

/** What a commit publishes: its events merged into one update, and who wrote under which ids. */
export function storedUpdate(
  changes: readonly ConnectionChange[],
  firstRevision: number,
  lastRevision: number,
): StoredUpdate {
  const owners = new Map<string, number[]>();
  for (const { connection, authors } of changes)
    owners.set(connection.actor.id, [...(owners.get(connection.actor.id) ?? []), ...authors]);
  return {
    firstRevision,
    lastRevision,
    update:
      changes.length === 1
        ? (changes[0] as ConnectionChange).update
        : Y.mergeUpdates(changes.map((change) => change.update)),
    owners: [...owners].map(([person, clients]) => ({ person, clients: [...new Set(clients)] })),
  };
}
