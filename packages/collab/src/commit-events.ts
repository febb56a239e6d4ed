import type { NewEvent } from '@rapporteur/event-store';
import * as Y from 'yjs';
import type { CollabConnection } from './collab-connection.js';
import { DRAFT_UPDATED } from '@rapporteur/draft-log';
import type { StoredUpdate } from './fanout/fanout-message.js';

/** An update as a connection sent it, waiting for the next commit. */
export interface PendingUpdate {
  readonly connection: CollabConnection;
  readonly update: Uint8Array;
  /** The client ids of the update as sent: the acknowledgement covers all of them. */
  readonly clients: readonly number[];
}

/** What of a pending update is stored: its new part, and the client ids that part writes under. */
export interface NewUpdate extends PendingUpdate {
  /** The sender's own ids, recorded with the event. */
  readonly authors: readonly number[];
}

/** The event that stores one update, with who sent it and the client ids it writes under. */
export function draftUpdated({ connection, update, authors }: NewUpdate): NewEvent {
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
  batch: readonly NewUpdate[],
  firstRevision: number,
  lastRevision: number,
): StoredUpdate {
  const owners = new Map<string, number[]>();
  for (const { connection, authors } of batch)
    owners.set(connection.actor.id, [...(owners.get(connection.actor.id) ?? []), ...authors]);
  return {
    firstRevision,
    lastRevision,
    update: Y.mergeUpdates(batch.map((pending) => pending.update)),
    owners: [...owners].map(([person, clients]) => ({ person, clients: [...new Set(clients)] })),
  };
}
