import {
  draftStream,
  DRAFT_UPDATED,
  loadDraft,
  writeSnapshot,
  type ClientOwners,
} from '@rapporteur/draft-log';
import {
  ConcurrencyError,
  StreamSealedError,
  type EventStore,
  type NewEvent,
} from '@rapporteur/event-store';
import * as Y from 'yjs';
import { AwarenessRelay } from './awareness-relay.js';
import type { PersonByteRates } from './byte-budgets.js';
import { CLOSE_CODES } from './close-codes.js';
import type { Actor, CollabConnection } from './collab-connection.js';
import { DraftByteBudget } from './draft-byte-budget.js';
import { GroupCommit } from './group-commit.js';
import { repairAtLoad } from './load-repair.js';
import { serverConnection } from './server-connection.js';
import {
  appliesCleanly,
  authorsOf,
  inspectUpdate,
  NewContent,
  unheldPart,
  type UpdateContents,
} from './update-inspection.js';
import {
  decodeMessage,
  encodeAck,
  encodePermissionDenied,
  encodeSyncMessage,
  SYNC_STEP_1,
  SYNC_STEP_2,
  SYNC_UPDATE,
} from './protocol.js';
import type { RoomChannel } from './fanout/draft-fanout.js';
import type { StoredUpdate } from './fanout/fanout-message.js';
import { RoomLog } from './room-log.js';
import { carriesUpdate } from './update-frame.js';
import type { RoomOptions } from './room-options.js';

/** A commit that keeps finding the log moved on (another instance storing without pause) gives up. */
const MAX_COMMIT_ATTEMPTS = 50;

/** An update as a connection sent it, waiting for the next commit. */
interface PendingUpdate {
  readonly connection: CollabConnection;
  readonly update: Uint8Array;
  /** The client ids of the update as sent: the acknowledgement covers all of them. */
  readonly clients: readonly number[];
}

/** What of a pending update is stored: its new part, and the client ids that part writes under. */
interface NewUpdate extends PendingUpdate {
  /** The sender's own ids, recorded with the event. */
  readonly authors: readonly number[];
}

/**
 * One draft's live room on this instance. An update is decoded, stored as a DraftUpdated event,
 * and only after the commit applied to the room's document, sent to the other connections and
 * published to the other instances: whatever a client sees from the server is already in the
 * log. Updates other instances stored are applied strictly in revision order; a gap is read
 * from the log. Whatever moves the room's revision (a commit, a published update, a read of the
 * log) runs one at a time.
 */
export class DraftRoom {
  readonly connections = new Set<CollabConnection>();
  readonly #relay: AwarenessRelay;
  readonly #commits: GroupCommit<PendingUpdate>;
  readonly #channel: RoomChannel;
  readonly #log: RoomLog;
  readonly #bytes: DraftByteBudget;
  #snapshotRevision: number;
  #snapshotting: Promise<void> = Promise.resolve();
  #closing = false;
  #failed = false;

  readonly stream: string;
  readonly doc: Y.Doc;
  readonly #owners: ClientOwners;
  readonly #retire: () => void;
  private readonly store: EventStore;
  private readonly options: RoomOptions;

  private constructor(loaded: {
    draftId: string;
    stream: string;
    doc: Y.Doc;
    store: EventStore;
    options: RoomOptions;
    revision: number;
    owners: ClientOwners;
    retire: () => void;
    personRates: PersonByteRates;
  }) {
    const { stream, doc, options } = loaded;
    this.#bytes = new DraftByteBudget({
      limits: options.byteLimits,
      persons: loaded.personRates,
      sizeAtLoad: Y.encodeStateAsUpdate(doc).byteLength,
    });
    this.#retire = loaded.retire;
    this.stream = stream;
    this.doc = doc;
    this.#owners = loaded.owners;
    this.store = loaded.store;
    this.options = options;
    this.#snapshotRevision = loaded.revision;
    this.#log = new RoomLog({
      ...loaded,
      fail: (error) => {
        this.#fail(error);
      },
    });
    this.#relay = new AwarenessRelay(doc, {
      broadcast: (message) => {
        this.#broadcast(message, undefined);
      },
      publish: (update, owners) => {
        this.#channel.publishAwareness(update, owners);
      },
      intervalMs: options.awarenessIntervalMs,
      authorOf: (client) => this.#owners.ownerOf(client),
    });
    this.#commits = new GroupCommit(
      (batch) => this.#log.exclusive(() => this.#commit(batch)),
      options.maxCommitBatch,
    );
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      this.#broadcast(encodeSyncMessage(SYNC_UPDATE, update), origin);
    });
    this.#channel = options.fanout.join(loaded.draftId, {
      stored: (stored, sentAt) => {
        this.#log.published(stored, sentAt);
      },
      awareness: (update, owners) => {
        try {
          this.#relay.receiveRemote(update, owners);
        } catch (error) {
          options.onError(error, stream);
        }
      },
      resync: () => {
        this.#log.resync();
      },
    });
  }

  /**
   * Loads a draft from its latest snapshot and the events after it, and stores the repair
   * `repairOnLoad` asks for, if any, before anyone joins. `retire` is called if the
   * room fails (the store refused a write it should have taken): it must take no new connection.
   */
  static async load(
    store: EventStore,
    draftId: string,
    {
      options,
      retire,
      personRates,
    }: {
      readonly options: RoomOptions;
      readonly retire: () => void;
      readonly personRates: PersonByteRates;
    },
  ): Promise<DraftRoom> {
    const stream = draftStream(draftId);
    const { doc, revision, owners } = await loadDraft(store, stream);
    const room = new DraftRoom({
      draftId,
      stream,
      doc,
      store,
      options,
      revision,
      owners,
      retire,
      personRates,
    });
    await repairAtLoad(room, store, options.repairOnLoad);
    return room;
  }

  /** True once the store refused a write: the room is retired and stores nothing more. */
  get failed(): boolean {
    return this.#failed;
  }

  /** True once `close` has begun, or the room failed: the room takes no new connection. */
  get closing(): boolean {
    return this.#closing || this.#failed;
  }

  get revision(): number {
    return this.#log.revision;
  }

  /** Greets a new connection the way y-websocket servers do: our state vector, then presence. */
  join(connection: CollabConnection): void {
    this.connections.add(connection);
    // A client arriving from another instance (which may have died) resends what it sent there;
    // whatever of that is in the log must be in this room before its reply is stored, or it
    // would be stored twice. The reply's commit runs after this read.
    if (this.options.fanout.shared) this.#log.resync();
    connection.send(encodeSyncMessage(SYNC_STEP_1, Y.encodeStateVector(this.doc)));
    const presence = this.#relay.snapshotMessage();
    if (presence !== undefined) connection.send(presence);
  }

  leave(connection: CollabConnection): void {
    this.connections.delete(connection);
    this.#relay.leave(connection);
  }

  /** Handles one frame from a connection. Bad frames close that connection and change nothing. */
  receive(connection: CollabConnection, frame: Uint8Array): void {
    if (frame.byteLength > this.options.maxMessageBytes) {
      connection.close(
        CLOSE_CODES.tooBig.code,
        `${CLOSE_CODES.tooBig.reason} (limit ${this.options.maxMessageBytes} bytes)`,
      );
      return;
    }
    if (carriesUpdate(frame) && !connection.canEdit()) {
      this.#refuseReadOnly(connection);
      return;
    }
    const message = decodeMessage(frame);
    switch (message.kind) {
      case 'sync-step-1':
        this.#answerSyncStep1(connection, message.stateVector);
        return;
      case 'update':
        this.#receiveUpdate(connection, message.update);
        return;
      case 'awareness':
        try {
          this.#relay.receive(connection, message.update);
        } catch {
          connection.close(
            CLOSE_CODES.malformed.code,
            'The awareness update could not be decoded.',
          );
        }
        return;
      case 'query-awareness': {
        const presence = this.#relay.snapshotMessage();
        if (presence !== undefined) connection.send(presence);
        return;
      }
      case 'auth':
        return;
      case 'malformed':
        connection.close(CLOSE_CODES.malformed.code, `Malformed message: ${message.reason}.`);
        return;
    }
  }

  /**
   * Waits for pending commits, then writes a snapshot if the log moved since the last one (not
   * for a failed room: the snapshot is built from the log, and the log is what failed).
   */
  async close(): Promise<void> {
    this.#closing = true;
    this.#channel.leave();
    await this.#commits.drain();
    await this.#log.stop();
    await this.#snapshotting;
    if (!this.#failed && this.#log.revision > this.#snapshotRevision)
      await this.#snapshot(this.#log.revision);
    this.#relay.destroy();
    this.doc.destroy();
  }

  #answerSyncStep1(connection: CollabConnection, stateVector: Uint8Array): void {
    let diff: Uint8Array;
    try {
      diff = Y.encodeStateAsUpdate(this.doc, stateVector);
    } catch {
      connection.close(CLOSE_CODES.malformed.code, 'The state vector could not be decoded.');
      return;
    }
    connection.send(encodeSyncMessage(SYNC_STEP_2, diff));
  }

  #receiveUpdate(connection: CollabConnection, update: Uint8Array): void {
    let clients: number[];
    let unheld: Uint8Array;
    let contents: UpdateContents;
    try {
      // Decoding and applying in full refuse truncated or garbled updates before anything is
      // stored, and so does an item naming its own client's later clocks, which Yjs would throw
      // on only when applying the commit, with the update already stored.
      if (!appliesCleanly(update)) throw new Error('Yjs cannot apply this update.');
      clients = authorsOf(update);
      unheld = unheldPart(this.doc, update, clients);
      contents = inspectUpdate(unheld);
    } catch {
      connection.close(
        CLOSE_CODES.malformed.code,
        'The document update could not be decoded or applied; nothing of it was saved. Reload the page.',
      );
      return;
    }
    if (contents.empty) {
      this.#acknowledge(connection, clients);
      return;
    }
    if (!connection.canEdit()) {
      this.#refuseReadOnly(connection);
      return;
    }
    // Counted as sent, but only what the room does not hold: a reconnecting client's sync reply
    // repeats the whole draft. A refused update is stored not at all; its sender resends it.
    const overBudget = this.#bytes.take(connection.actor.id, unheld.byteLength);
    if (overBudget !== undefined) {
      connection.close(overBudget.code, overBudget.reason);
      return;
    }
    // What is new, and under whose client ids, is decided at the commit, once the room holds
    // everything stored before it. A refused commit has already told this connection.
    this.#commits.add({ connection, update, clients }).catch(() => undefined);
  }

  /**
   * Stores and applies an update that the server itself makes (an import), through the same
   * path as clients' updates. Resolves with the revision it was stored at; rejects as the store does.
   */
  async submit(update: Uint8Array, actor: Actor): Promise<number> {
    await this.#commits.add({
      connection: serverConnection(actor),
      update,
      clients: authorsOf(update),
    });
    return this.#log.revision;
  }

  /**
   * Stores what of the waiting updates is new, on top of the revision the room holds: never
   * blindly. If another instance stored first (or a seal arrived), the room reads those events,
   * works out again what is still new, and tries again; so an update that reached the log through
   * another instance, even one that died before telling anyone, is not stored twice.
   */
  async #commit(waiting: readonly PendingUpdate[]): Promise<void> {
    if (this.#failed) {
      this.#refuseBatch(waiting, new Error('The room failed; its clients reconnect to a new one.'));
      throw new Error('The room failed.');
    }
    let batch: NewUpdate[] = [];
    let first = 0;
    try {
      for (let attempt = 1; ; attempt += 1) {
        batch = this.#newOnly(waiting);
        if (batch.length === 0) break;
        const stored = await this.#tryAppend(batch, attempt < MAX_COMMIT_ATTEMPTS);
        if ('first' in stored) {
          first = stored.first;
          break;
        }
        // Another instance stored first: what it published is usually here already, and costs
        // no read; the log gives the rest.
        if (!this.#log.applyPublished()) throw new Error('The room failed.');
        if (this.#log.revision < stored.head) await this.#log.read(stored.head);
      }
    } catch (error) {
      this.#refuseBatch(waiting, error);
      throw error;
    }
    if (batch.length > 0) {
      // One transaction for the batch: the document emits one merged update, sent once to every
      // connection (the senders ignore the echo of their own), instead of a frame per keystroke.
      try {
        Y.transact(
          this.doc,
          () => {
            for (const { update } of batch) Y.applyUpdate(this.doc, update, this);
          },
          this,
        );
      } catch (error) {
        // Stored, yet Yjs refuses it here: this document can no longer be trusted; a room
        // loaded anew from the log (which skips what cannot be applied) takes over.
        this.#fail(error);
        return;
      }
      this.#channel.publishStored(storedUpdate(batch, first, this.#log.revision));
    }
    this.#acknowledgeBatch(waiting);
    const revision = this.#log.revision;
    if (revision - this.#snapshotRevision >= this.options.snapshotEvery) {
      this.#snapshotting = this.#snapshotting.then(() => this.#snapshot(revision));
    }
  }

  /**
   * Appends the batch expecting the room's revision. Resolves with the first stored revision, or,
   * when the log had moved on and `retry` allows another attempt, with the revision it is at.
   */
  async #tryAppend(
    batch: readonly NewUpdate[],
    retry: boolean,
  ): Promise<{ readonly first: number } | { readonly head: number }> {
    const started = performance.now();
    try {
      const result = await this.store.append(this.stream, batch.map(draftUpdated), {
        expectedRevision: this.#log.revision < 0 ? 'no_stream' : this.#log.revision,
      });
      this.options.observer.committed({
        events: batch.length,
        seconds: (performance.now() - started) / 1000,
      });
      this.#log.stored(result.nextExpectedRevision);
      return { first: result.firstRevision };
    } catch (error) {
      if (retry && error instanceof ConcurrencyError && typeof error.actual === 'number')
        return { head: error.actual };
      throw error;
    }
  }

  /**
   * What of the waiting updates is to be stored: the new part of each, once, under client ids
   * that are its sender's own (claimed now: the first to store under an id owns it). Taken at
   * the commit, when the room holds everything stored before: a client reconnecting from another
   * instance resends what may be there already, and a room that lagged behind would otherwise
   * store it twice, or take another person's content for the sender's.
   */
  #newOnly(waiting: readonly PendingUpdate[]): NewUpdate[] {
    const content = new NewContent(this.doc);
    // At the commit, as what is new: only the new part is checked (a reconnecting client's sync
    // reply repeats what the room holds, and what a log held before the check must not lock its
    // editors out), against the room and the batch before it, as Yjs will apply it.
    const check = this.options.updateCheck(this.doc);
    const refused = new Set<CollabConnection>();
    const batch: NewUpdate[] = [];
    for (const pending of waiting) {
      const { connection } = pending;
      if (refused.has(connection)) continue;
      const part = content.partOf(pending.update);
      // Ahead of a gap: its sender's sync reply is on its way with what comes before, and it.
      if (part.empty || part.ahead) continue;
      const foreign = this.#owners.foreignClient(part.clients, connection.actor.id);
      if (foreign !== undefined) {
        refused.add(connection);
        this.#refuseForeign(connection, foreign);
        continue;
      }
      const verdict = check.verdict(part.update);
      if (verdict === 'waits') continue;
      if (verdict !== 'fits') {
        refused.add(connection);
        connection.close(CLOSE_CODES.unfitUpdate.code, verdict.unfit);
        continue;
      }
      this.#owners.claim(part.clients, connection.actor.id);
      content.take(part);
      batch.push({ ...pending, update: part.update, authors: part.clients });
    }
    return batch;
  }

  #refuseReadOnly(connection: CollabConnection): void {
    connection.send(
      encodePermissionDenied('You may read this draft but not edit it; your change was not saved.'),
    );
  }

  #refuseForeign(connection: CollabConnection, client: number): void {
    connection.send(
      encodePermissionDenied(
        `This change is written under Yjs client id ${client}, which belongs to another person; it was not saved.`,
      ),
    );
    connection.close(CLOSE_CODES.forbidden.code, 'A client id of another person was used.');
  }

  #acknowledgeBatch(batch: readonly PendingUpdate[]): void {
    for (const connection of new Set(batch.map((pending) => pending.connection))) {
      const clients = batch
        .filter((pending) => pending.connection === connection)
        .flatMap((pending) => pending.clients);
      this.#acknowledge(connection, clients);
    }
  }

  #refuseBatch(batch: readonly PendingUpdate[], error: unknown): void {
    const connections = new Set(batch.map((pending) => pending.connection));
    if (error instanceof StreamSealedError) {
      for (const connection of connections)
        connection.send(encodePermissionDenied('This draft is frozen; your change was not saved.'));
      return;
    }
    this.#fail(error);
  }

  /**
   * The store refused a write (the database is down, the disk is full). The append may even have
   * committed without our knowing, so this room's revision can no longer be trusted: every client
   * is closed with a retryable code, keeps its edits and resends what a new room, loaded from
   * the log, lacks. Nothing unsaved was acknowledged or sent to anyone.
   */
  #fail(error: unknown): void {
    if (this.#failed) return;
    this.#failed = true;
    this.options.onError(error, this.stream);
    this.#retire();
    void this.#log.stop();
    for (const connection of this.connections)
      connection.close(CLOSE_CODES.internalError.code, CLOSE_CODES.internalError.reason);
  }

  #acknowledge(connection: CollabConnection, clients: readonly number[]): void {
    if (!connection.wantsAcks || !this.connections.has(connection)) return;
    connection.send(
      encodeAck(new Map(clients.map((client) => [client, Y.getState(this.doc.store, client)]))),
    );
  }

  async #snapshot(revision: number): Promise<void> {
    try {
      await writeSnapshot(this.store, this.stream, revision);
      this.#snapshotRevision = Math.max(this.#snapshotRevision, revision);
    } catch (error) {
      this.options.onError(error, this.stream);
    }
  }

  #broadcast(message: Uint8Array, except: unknown): void {
    for (const connection of this.connections) if (connection !== except) connection.send(message);
  }
}

/** The event that stores one update, with who sent it and the client ids it writes under. */
function draftUpdated({ connection, update, authors }: NewUpdate): NewEvent {
  return {
    type: DRAFT_UPDATED,
    payload: update,
    metadata: {
      actor: connection.actor.id,
      name: connection.actor.name,
      role: connection.actor.role,
      connection: connection.id,
      clients: [...authors],
    },
  };
}

/** What a commit publishes: its events merged into one update, and who wrote under which ids. */
function storedUpdate(
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
