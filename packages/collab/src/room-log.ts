import { applyStoredUpdates, type ClientOwners } from '@rapporteur/draft-log';
import type { EventStore } from '@rapporteur/event-store';
import * as Y from 'yjs';
import type { StoredUpdate } from './fanout/fanout-message.js';
import { InRevisionOrder } from './fanout/in-revision-order.js';
import { emittedUpdates } from './room-broadcast.js';
import type { RoomOptions } from './room-options.js';

/** How long a published update may wait behind a gap before the room reads the log instead. */
const GAP_GRACE_MS = 100;
/** After a failed read of the log, try again this much later. */
const REPAIR_RETRY_MS = 1000;
/** The origin of updates stored by other instances. */
const REMOTE = Symbol('another instance');

/**
 * How much of its draft's log a room holds, and everything that moves it on, one at a time: the
 * room's own commits, updates other instances stored and published (applied strictly in
 * revision order), and reads of the log when something was missed (decision 17).
 */
export class RoomLog {
  readonly #published = new InRevisionOrder();
  #revision: number;
  /** The tail of the one-at-a-time chain of work on the revision. */
  #serial: Promise<void> = Promise.resolve();
  #repairTimer: ReturnType<typeof setTimeout> | undefined;
  #stopped = false;

  constructor(
    private readonly draft: {
      readonly store: EventStore;
      readonly stream: string;
      readonly doc: Y.Doc;
      readonly owners: ClientOwners;
      readonly revision: number;
      readonly options: RoomOptions;
      /** Told when Yjs refuses what the log holds: the room can no longer be trusted. */
      readonly fail: (error: unknown) => void;
      /** Told of what the document took on from the log or another instance, to send it on. */
      readonly applied: (updates: readonly Uint8Array[]) => void;
    },
  ) {
    this.#revision = draft.revision;
  }

  /** The last revision of the stream the room's document holds. */
  get revision(): number {
    return this.#revision;
  }

  /** Runs `work` after everything else that moves the revision. */
  exclusive<T>(work: () => T | Promise<T>): Promise<T> {
    const run = this.#serial.then(work);
    this.#serial = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /** The room's own append landed: the log is at `revision`. */
  stored(revision: number): void {
    this.#revision = revision;
  }

  /** Another instance stored and published this. */
  published(stored: StoredUpdate, sentAt: number): void {
    this.#published.add({ stored, sentAt });
    void this.exclusive(() => this.applyPublished());
  }

  /** Messages may have been missed: read the log (after whatever runs now). */
  resync(): void {
    void this.exclusive(() => this.#repair());
  }

  /**
   * Applies the published updates that continue the revision, without reading anything; what
   * waits behind a gap is read from the log a moment later. False if Yjs refused one.
   */
  applyPublished(): boolean {
    if (this.#stopped) return true;
    for (const { stored, sentAt } of this.#published.takeContinuing(this.#revision)) {
      const applying = emittedUpdates(this.draft.doc, () => {
        Y.applyUpdate(this.draft.doc, stored.update, REMOTE);
      });
      this.draft.applied(applying.updates);
      if (applying.refused) {
        this.draft.fail(applying.error);
        return false;
      }
      for (const { person, clients } of stored.owners) this.draft.owners.claim(clients, person);
      this.#revision = stored.lastRevision;
      this.draft.options.observer.remoteApplied({
        lagSeconds: Math.max(0, Date.now() - sentAt) / 1000,
      });
    }
    if (this.#published.blocked) this.#scheduleRepair(GAP_GRACE_MS);
    return true;
  }

  /** Applies stored events after the room's revision (up to `to`), as their own updates. */
  async read(to?: number): Promise<void> {
    const before = this.#revision;
    const { store, stream, doc, owners, options } = this.draft;
    // The read applies a page of events per transaction, over several awaits: each page's
    // update is sent on as it lands. Nothing else changes the document meanwhile (all that
    // does runs one at a time, through `exclusive`).
    const sendOn = (update: Uint8Array): void => {
      this.draft.applied([update]);
    };
    doc.on('update', sendOn);
    let reached: number;
    try {
      reached = await applyStoredUpdates(
        store,
        {
          doc,
          owners,
          onUnreadable: (_event, error) => {
            options.onError(error, stream);
          },
        },
        { stream, from: before + 1, ...(to === undefined ? {} : { to }) },
      );
    } finally {
      doc.off('update', sendOn);
    }
    if (reached <= before) return;
    this.#revision = reached;
    options.observer.gapRepaired({ events: reached - before });
  }

  /** Stops listening and waits for the work under way. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#repairTimer);
    this.#published.clear();
    await this.#serial;
  }

  async #repair(): Promise<void> {
    if (this.#stopped) return;
    try {
      await this.read();
    } catch (error) {
      this.draft.options.onError(error, this.draft.stream);
      this.#scheduleRepair(REPAIR_RETRY_MS);
      return;
    }
    this.applyPublished();
  }

  #scheduleRepair(delayMs: number): void {
    if (this.#stopped) return;
    this.#repairTimer ??= setTimeout(() => {
      this.#repairTimer = undefined;
      this.resync();
    }, delayMs);
  }
}
