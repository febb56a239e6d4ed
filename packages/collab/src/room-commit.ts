import { ConcurrencyError, StreamSealedError, type EventStore } from '@rapporteur/event-store';
import * as Y from 'yjs';
import type { ClientOwners, ServerOrigin } from '@rapporteur/draft-log';
import { CLOSE_CODES } from './close-codes.js';
import type { Actor, CollabConnection } from './collab-connection.js';
import {
  changesByConnection,
  draftUpdated,
  storedUpdate,
  type ConnectionChange,
  type NewUpdate,
  type PendingUpdate,
} from './commit-events.js';
import type { DraftByteBudget } from './draft-byte-budget.js';
import { GroupCommit } from './group-commit.js';
import { encodeAck } from './protocol.js';
import { refuseForeign, refuseFrozen, refuseReadOnly } from './refusals.js';
import { emittedUpdates, type RoomBroadcast } from './room-broadcast.js';
import type { RoomLog } from './room-log.js';
import type { RoomOptions } from './room-options.js';
import type { RoomSnapshots } from './room-snapshots.js';
import { serverConnection } from './server-connection.js';
import { StageClock } from './stage-clock.js';
import {
  authorsOf,
  firstUnappliable,
  NewContent,
  receivedUpdate,
  unheldOf,
  type ReceivedUpdate,
} from './update-inspection.js';

/** A commit that keeps finding the log moved on (another instance storing without pause) gives up. */
const MAX_COMMIT_ATTEMPTS = 50;

/** What of its room the commit pipeline works on. */
export interface CommittingRoom {
  readonly stream: string;
  readonly doc: Y.Doc;
  readonly store: EventStore;
  readonly options: RoomOptions;
  readonly owners: ClientOwners;
  /** The room's open connections: only they are acknowledged. */
  readonly connections: ReadonlySet<CollabConnection>;
  readonly log: RoomLog;
  readonly bytes: DraftByteBudget;
  readonly broadcast: RoomBroadcast;
  readonly snapshots: RoomSnapshots;
  /** Whether the room has failed: it stores nothing more. */
  failed(): boolean;
  /** The store refused a write, or Yjs what is stored: the room can no longer be trusted. */
  fail(error: unknown): void;
}

/**
 * A room's commit pipeline, in the order an update goes through it: received and checked
 * (decoded once, says what it writes, is new, its sender may edit, fits the byte budgets),
 * queued for the next group commit; then, at the commit, what of the batch is new and fits (own
 * client ids, `updateCheck`), merged into one change per connection that Yjs applies on a trial
 * document, appended to the log expecting the room's revision, applied to the document, sent on
 * (`RoomBroadcast`), and acknowledged. Persist, then broadcast: nothing reaches a connection or
 * another instance before the append resolved.
 */
export class RoomCommits {
  readonly #queue: GroupCommit<PendingUpdate>;

  constructor(private readonly room: CommittingRoom) {
    this.#queue = new GroupCommit(
      (batch) => room.log.exclusive(() => this.#commit(batch)),
      room.options.maxCommitBatch,
    );
  }

  /** Checks an update a connection sent and queues it for the next commit; closes on refusal. */
  receive(connection: CollabConnection, update: Uint8Array): void {
    const clock = new StageClock(this.room.options.observer);
    try {
      this.#receive(connection, update);
    } finally {
      clock.lap('receive');
    }
  }

  #receive(connection: CollabConnection, update: Uint8Array): void {
    let received: ReceivedUpdate;
    let unheld: { readonly update: Uint8Array; readonly empty: boolean };
    try {
      // Decoding in full refuses truncated or garbled updates before anything is stored, and so
      // does an item naming its own client's later clocks; whether Yjs can apply it is tried on
      // the whole batch at the commit, before it is stored.
      received = receivedUpdate(update);
      unheld = unheldOf(this.room.doc, received);
    } catch {
      refuseMalformed(connection);
      return;
    }
    if (unheld.empty) {
      this.#acknowledge(connection, received.clients);
      return;
    }
    const refusal = connection.editRefusal();
    if (refusal !== undefined) {
      refuseReadOnly(connection, refusal);
      return;
    }
    // Counted as sent, but only what the room does not hold: a reconnecting client's sync reply
    // repeats the whole draft. A refused update is stored not at all; its sender resends it.
    const overBudget = this.room.bytes.take(connection.actor.id, unheld.update.byteLength);
    if (overBudget !== undefined) {
      connection.close(overBudget.code, overBudget.reason);
      return;
    }
    // What is new, and under whose client ids, is decided at the commit, once the room holds
    // everything stored before it. A refused commit has already told this connection.
    this.#queue
      .add({ connection, update, clients: received.clients, received })
      .catch(() => undefined);
  }

  /**
   * Stores and applies an update that the server itself makes (an import), through the same
   * path as clients' updates. Resolves with the revision it was stored at; rejects as the store does.
   */
  async submit(update: Uint8Array, actor: Actor, origin: ServerOrigin): Promise<number> {
    await this.#queue.add({
      connection: serverConnection(actor, origin),
      update,
      clients: authorsOf(update),
    });
    return this.room.log.revision;
  }

  /** Resolves when every update received so far is stored or refused. */
  drain(): Promise<void> {
    return this.#queue.drain();
  }

  /**
   * Stores what of the waiting updates is new, on top of the revision the room holds: never
   * blindly. If another instance stored first (or a seal arrived), the room reads those events,
   * works out again what is still new, and tries again; so an update that reached the log through
   * another instance, even one that died before telling anyone, is not stored twice.
   */
  async #commit(waiting: readonly PendingUpdate[]): Promise<void> {
    const { log } = this.room;
    if (this.room.failed()) {
      this.#refuseBatch(waiting, new Error('The room failed; its clients reconnect to a new one.'));
      throw new Error('The room failed.');
    }
    let changes: ConnectionChange[] = [];
    let first = 0;
    const clock = new StageClock(this.room.options.observer);
    try {
      for (let attempt = 1; ; attempt += 1) {
        changes = this.#changesToStore(waiting, clock);
        if (changes.length === 0) break;
        const stored = await this.#tryAppend(changes, attempt < MAX_COMMIT_ATTEMPTS);
        clock.lap('append');
        if ('first' in stored) {
          first = stored.first;
          break;
        }
        // Another instance stored first: what it published is usually here already, and costs
        // no read; the log gives the rest.
        if (!log.applyPublished()) throw new Error('The room failed.');
        if (log.revision < stored.head) await log.read(stored.head);
      }
    } catch (error) {
      this.#refuseBatch(waiting, error);
      throw error;
    }
    if (changes.length > 0 && !this.#applyAndSend(changes, first, clock)) return;
    this.#acknowledgeBatch(waiting);
    clock.lap('acknowledge');
    const bytes = changes.reduce((sum, change) => sum + change.update.byteLength, 0);
    this.room.snapshots.reached(log.revision, bytes);
  }

  /**
   * What of the waiting updates is stored, one change per connection (decision 53), once Yjs
   * has applied them all on a trial document: a connection whose change it refuses is closed
   * and the rest decided again without it (stored, an unappliable update would make the draft
   * unreadable).
   */
  #changesToStore(waiting: readonly PendingUpdate[], clock: StageClock): ConnectionChange[] {
    let pending = waiting;
    for (;;) {
      const batch = this.#newOnly(pending);
      clock.lap('check');
      const changes = changesByConnection(batch);
      const refused = firstUnappliable(changes.map((change) => change.update));
      clock.lap('trial');
      if (refused === undefined) return changes;
      const { connection } = changes[refused] as ConnectionChange;
      refuseMalformed(connection);
      pending = pending.filter((update) => update.connection !== connection);
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
    const { doc, owners, options } = this.room;
    const content = new NewContent(doc);
    // At the commit, as what is new: only the new part is checked (a reconnecting client's sync
    // reply repeats what the room holds, and what a log held before the check must not lock its
    // editors out), against the room and the batch before it, as Yjs will apply it.
    const check = options.updateCheck(doc);
    const refused = new Set<CollabConnection>();
    const batch: NewUpdate[] = [];
    for (const pending of waiting) {
      const { connection } = pending;
      if (refused.has(connection)) continue;
      const part = content.partOf(pending.update, pending.received);
      // Ahead of a gap: its sender's sync reply is on its way with what comes before, and it.
      if (part.empty || part.ahead) continue;
      const foreign = owners.foreignClient(part.clients, connection.actor.id);
      if (foreign !== undefined) {
        refused.add(connection);
        refuseForeign(connection, foreign);
        continue;
      }
      const verdict = check.verdict(part.update);
      if (verdict === 'waits') continue;
      if (verdict !== 'fits') {
        refused.add(connection);
        connection.close(CLOSE_CODES.unfitUpdate.code, verdict.unfit);
        continue;
      }
      owners.claim(part.clients, connection.actor.id);
      content.take(part);
      batch.push({ ...pending, update: part.update, authors: part.clients });
    }
    return batch;
  }

  /**
   * Appends the batch expecting the room's revision. Resolves with the first stored revision, or,
   * when the log had moved on and `retry` allows another attempt, with the revision it is at.
   */
  async #tryAppend(
    changes: readonly ConnectionChange[],
    retry: boolean,
  ): Promise<{ readonly first: number } | { readonly head: number }> {
    const { store, stream, log, options } = this.room;
    const started = performance.now();
    try {
      const result = await store.append(stream, changes.map(draftUpdated), {
        expectedRevision: log.revision < 0 ? 'no_stream' : log.revision,
      });
      options.observer.committed({
        updates: changes.reduce((sum, change) => sum + change.updates, 0),
        events: changes.length,
        seconds: (performance.now() - started) / 1000,
      });
      log.stored(result.nextExpectedRevision);
      return { first: result.firstRevision };
    } catch (error) {
      if (retry && error instanceof ConcurrencyError && typeof error.actual === 'number')
        return { head: error.actual };
      throw error;
    }
  }

  /**
   * Applies a stored batch to the document and sends it on: to this instance's connections,
   * and to the other instances. False if Yjs refused it: the room failed.
   */
  #applyAndSend(changes: readonly ConnectionChange[], first: number, clock: StageClock): boolean {
    const { doc, log, broadcast } = this.room;
    // One transaction for the commit, its changes in log order, as loading the log applies them:
    // the document emits one merged update, sent once to every connection (the senders ignore
    // the echo of their own), instead of a frame per keystroke.
    const applying = emittedUpdates(doc, () => {
      Y.transact(
        doc,
        () => {
          for (const { update } of changes) Y.applyUpdate(doc, update, this);
        },
        this,
      );
    });
    if (applying.refused) {
      // Stored, yet Yjs refuses it here: this document can no longer be trusted; a room loaded
      // anew from the log (which skips what cannot be applied) takes over. What it applied is
      // stored: its connections get it before they are closed.
      broadcast.updates(applying.updates);
      this.room.fail(applying.error);
      return false;
    }
    clock.lap('apply');
    const last = log.revision;
    broadcast.committed(applying.updates, () => storedUpdate(changes, first, last));
    clock.lap('broadcast');
    return true;
  }

  #acknowledgeBatch(batch: readonly PendingUpdate[]): void {
    for (const connection of new Set(batch.map((pending) => pending.connection))) {
      const clients = batch
        .filter((pending) => pending.connection === connection)
        .flatMap((pending) => pending.clients);
      this.#acknowledge(connection, clients);
    }
  }

  /** Tells a connection that asked for acknowledgements how far these clients are stored. */
  #acknowledge(connection: CollabConnection, clients: readonly number[]): void {
    if (!connection.wantsAcks || !this.room.connections.has(connection)) return;
    const { doc } = this.room;
    connection.send(
      encodeAck(new Map(clients.map((client) => [client, Y.getState(doc.store, client)]))),
    );
  }

  #refuseBatch(batch: readonly PendingUpdate[], error: unknown): void {
    if (!(error instanceof StreamSealedError)) {
      this.room.fail(error);
      return;
    }
    for (const connection of new Set(batch.map((pending) => pending.connection)))
      refuseFrozen(connection);
  }
}

/** Closes a connection that sent an update Yjs cannot decode or apply; nothing of it was stored. */
function refuseMalformed(connection: CollabConnection): void {
  connection.close(
    CLOSE_CODES.malformed.code,
    'The document update could not be decoded or applied; nothing of it was saved. Reload the page.',
  );
}
