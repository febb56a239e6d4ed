import type { StoredUpdate } from './fanout/fanout-message.js';
import {
  draftStream,
  loadDraft,
  type ClientOwners,
  type ServerOrigin,
} from '@rapporteur/draft-log';
import type { EventStore } from '@rapporteur/event-store';
import * as Y from 'yjs';
import { AwarenessRelay } from './awareness-relay.js';
import type { PersonByteRates } from './byte-budgets.js';
import { CLOSE_CODES } from './close-codes.js';
import type { Actor, CollabConnection } from './collab-connection.js';
import { DraftByteBudget } from './draft-byte-budget.js';
import { repairAtLoad } from './load-repair.js';
import { encodeSyncMessage, SYNC_STEP_1 } from './protocol.js';
import { RoomBroadcast } from './room-broadcast.js';
import { RoomCommits } from './room-commit.js';
import { receiveFrame, type FrameTarget } from './room-frames.js';
import { RoomLog } from './room-log.js';
import type { RoomOptions } from './room-options.js';
import { RoomSnapshots } from './room-snapshots.js';

/** A draft as loaded from the log, and what its room is given by the rooms of the instance. */
interface DraftAtLoad {
  readonly draftId: string;
  readonly stream: string;
  readonly doc: Y.Doc;
  readonly store: EventStore;
  readonly options: RoomOptions;
  readonly revision: number;
  readonly owners: ClientOwners;
  /** Bytes read to load it (`LoadedDraft.bytes`): the draft's size for its byte budget. */
  readonly bytes: number;
  readonly retire: () => void;
  readonly personRates: PersonByteRates;
}

/**
 * One draft's live room on this instance: its lifecycle (load, fail, close), its connections,
 * and the parts it is made of. An update goes through the commit pipeline (`RoomCommits`):
 * stored as a DraftUpdated event, and only after the commit applied to the room's document and
 * sent on (`RoomBroadcast`): whatever a client sees from the server is already in the log.
 * Updates other instances stored are applied strictly in revision order (`RoomLog`); a gap is
 * read from the log. Whatever moves the room's revision (a commit, a published update, a read
 * of the log) runs one at a time.
 */
export class DraftRoom {
  readonly connections = new Set<CollabConnection>();
  readonly stream: string;
  readonly doc: Y.Doc;
  readonly #relay: AwarenessRelay;
  readonly #broadcast: RoomBroadcast;
  readonly #commits: RoomCommits;
  /** Where a connection's frames go: the commit pipeline, the presence relay. */
  readonly #frames: FrameTarget;
  readonly #log: RoomLog;
  readonly #snapshots: RoomSnapshots;
  readonly #retire: () => void;
  readonly #options: RoomOptions;
  #closing = false;
  #failed = false;

  private constructor(loaded: DraftAtLoad) {
    const { stream, doc, options } = loaded;
    this.stream = stream;
    this.doc = doc;
    this.#retire = loaded.retire;
    this.#options = options;
    this.#snapshots = new RoomSnapshots({
      ...loaded,
      every: options.snapshotEvery,
      onError: options.onError,
    });
    this.#log = new RoomLog({
      ...loaded,
      fail: (error) => {
        this.#fail(error);
      },
      applied: (updates) => {
        this.#broadcast.updates(updates);
      },
    });
    this.#relay = new AwarenessRelay(doc, {
      broadcast: (message) => {
        this.#broadcast.message(message);
      },
      publish: (update, owners) => {
        this.#broadcast.publishPresence(update, owners);
      },
      intervalMs: options.awarenessIntervalMs,
      authorOf: (client) => loaded.owners.ownerOf(client),
    });
    this.#broadcast = new RoomBroadcast(
      this.connections,
      options.fanout.join(loaded.draftId, {
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
      }),
      options.fanout.shared,
    );
    this.#commits = new RoomCommits({
      ...loaded,
      connections: this.connections,
      log: this.#log,
      broadcast: this.#broadcast,
      snapshots: this.#snapshots,
      bytes: new DraftByteBudget({
        limits: options.byteLimits,
        persons: loaded.personRates,
        sizeAtLoad: loaded.bytes,
      }),
      failed: () => this.#failed,
      fail: (error) => {
        this.#fail(error);
      },
    });
    this.#frames = {
      doc,
      maxMessageBytes: options.maxMessageBytes,
      relay: this.#relay,
      commits: this.#commits,
    };
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
    const { doc, revision, owners, bytes } = await loadDraft(store, stream);
    const room = new DraftRoom({
      draftId,
      stream,
      doc,
      store,
      options,
      revision,
      owners,
      bytes,
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

  /** The last revision of the draft's stream the room's document holds. */
  get revision(): number {
    return this.#log.revision;
  }

  /** Greets a new connection the way y-websocket servers do: our state vector, then presence. */
  join(connection: CollabConnection): void {
    this.connections.add(connection);
    // A client arriving from another instance (which may have died) resends what it sent there;
    // whatever of that is in the log must be in this room before its reply is stored, or it
    // would be stored twice. The reply's commit runs after this read.
    if (this.#options.fanout.shared) this.#log.resync();
    connection.send(encodeSyncMessage(SYNC_STEP_1, Y.encodeStateVector(this.doc)));
    const presence = this.#relay.snapshotMessage();
    if (presence !== undefined) connection.send(presence);
  }

  /** Forgets a connection whose socket closed, and its presence. */
  leave(connection: CollabConnection): void {
    this.connections.delete(connection);
    this.#relay.leave(connection);
  }

  /** Handles one frame from a connection. Bad frames close that connection and change nothing. */
  receive(connection: CollabConnection, frame: Uint8Array): void {
    receiveFrame(this.#frames, connection, frame);
  }

  /**
   * Takes on an update that the server stored in the log itself (an accepted suggestion), as it
   * takes on another instance's: in revision order, then sent to every connection.
   */
  absorb(stored: StoredUpdate): void {
    this.#log.published(stored, Date.now());
  }

  /**
   * Stores and applies an update that the server itself makes (an import), through the same
   * path as clients' updates. Resolves with the revision it was stored at; rejects as the store does.
   */
  submit(update: Uint8Array, actor: Actor, origin: ServerOrigin): Promise<number> {
    return this.#commits.submit(update, actor, origin);
  }

  /**
   * Waits for pending commits, then writes a snapshot if the log moved since the last one (not
   * for a failed room: the snapshot is built from the log, and the log is what failed).
   */
  async close(): Promise<void> {
    this.#closing = true;
    this.#broadcast.leave();
    await this.#commits.drain();
    await this.#log.stop();
    if (this.#failed) await this.#snapshots.settled();
    else await this.#snapshots.closing(this.#log.revision);
    this.#relay.destroy();
    this.doc.destroy();
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
    this.#options.onError(error, this.stream);
    this.#retire();
    void this.#log.stop();
    for (const connection of this.connections)
      connection.close(CLOSE_CODES.internalError.code, CLOSE_CODES.internalError.reason);
  }
}
