import type { ServerOrigin } from '@rapporteur/draft-log';
import type { EventStore } from '@rapporteur/event-store';
import { PersonByteRates } from './byte-budgets.js';
import { CLOSE_CODES } from './close-codes.js';
import type { Actor, CollabConnection } from './collab-connection.js';
import { DraftRoom } from './draft-room.js';
import { SINGLE_INSTANCE, type RoomListener } from './fanout/draft-fanout.js';
import type { StoredUpdate } from './fanout/fanout-message.js';
import { SILENT_OBSERVER } from './room-observer.js';
import { DEFAULT_ROOM_OPTIONS, type RoomOptions } from './room-options.js';

/** A listener for a channel joined only to publish: it hears nothing. */
const DEAF: RoomListener = {
  stored: () => undefined,
  awareness: () => undefined,
  resync: () => undefined,
};

/** A connection's place in a room: hand it every frame, and tell it when the socket closes. */
export interface RoomSession {
  receive(frame: Uint8Array): void;
  leave(): Promise<void>;
}

/**
 * The rooms of one server instance: a room is loaded when its first client arrives and, once
 * its last client has left, drained, snapshotted and unloaded.
 */
export class CollabRooms {
  readonly #rooms = new Map<string, Promise<DraftRoom>>();
  readonly #unloading = new Map<string, Promise<void>>();
  readonly #options: RoomOptions;
  /** Each person's byte rate, over every draft of this instance. */
  readonly #personRates: PersonByteRates;

  constructor(
    private readonly store: EventStore,
    options: Partial<RoomOptions> = {},
  ) {
    this.#options = {
      ...DEFAULT_ROOM_OPTIONS,
      onError: () => undefined,
      observer: SILENT_OBSERVER,
      fanout: SINGLE_INSTANCE,
      ...options,
    };
    this.#personRates = new PersonByteRates(this.#options.byteLimits);
  }

  /** Joins a connection to a draft's room, loading the room first if needed. */
  async join(draftId: string, connection: CollabConnection): Promise<RoomSession> {
    let room = await this.#room(draftId);
    // The room may have started closing while we waited for it: wait for that, then reload.
    while (room.closing) {
      await this.#unloading.get(draftId);
      room = await this.#room(draftId);
    }
    room.join(connection);
    return {
      receive: (frame) => {
        room.receive(connection, frame);
      },
      leave: async () => {
        room.leave(connection);
        if (room.connections.size === 0) await this.#unload(draftId, room);
      },
    };
  }

  /**
   * Stores an update made by the server (an import) through the draft's room, so that open
   * editors receive it like any other edit, recording who asked for it and its origin. Returns
   * the revision it was stored at.
   */
  async submit(
    draftId: string,
    update: Uint8Array,
    { actor, origin }: { readonly actor: Actor; readonly origin: ServerOrigin },
  ): Promise<number> {
    let room = await this.#room(draftId);
    while (room.closing) {
      await this.#unloading.get(draftId);
      room = await this.#room(draftId);
    }
    try {
      return await room.submit(update, actor, origin);
    } finally {
      if (room.connections.size === 0) await this.#unload(draftId, room);
    }
  }

  /**
   * Tells the draft's rooms, on this instance and on the others, of an update the server appended
   * to the log itself rather than through a room (an accepted suggestion, which must share a
   * transaction with its meeting event). A room that misses this hears of it on its next read of
   * the log.
   */
  announce(draftId: string, stored: StoredUpdate): void {
    void this.#rooms.get(draftId)?.then(
      (room) => {
        room.absorb(stored);
      },
      () => undefined,
    );
    const { fanout } = this.#options;
    if (!fanout.shared) return;
    const channel = fanout.join(draftId, DEAF);
    channel.publishStored(stored);
    channel.leave();
  }

  /** The loaded room of a draft, if any (for tests and health checks). */
  loaded(draftId: string): Promise<DraftRoom> | undefined {
    return this.#rooms.get(draftId);
  }

  /** How many rooms this instance holds (loaded or loading). */
  get size(): number {
    return this.#rooms.size;
  }

  /** Closes every connection with `goingAway` and unloads every room (server shutdown). */
  async closeAll(close: { code: number; reason: string } = CLOSE_CODES.goingAway): Promise<void> {
    const rooms = await Promise.all(this.#rooms.values());
    for (const room of rooms)
      for (const connection of room.connections) connection.close(close.code, close.reason);
    await Promise.all(rooms.map((room) => room.close()));
    this.#rooms.clear();
  }

  async #room(draftId: string): Promise<DraftRoom> {
    // A room that is unloading finishes first, so its last snapshot is in place before reloading.
    await this.#unloading.get(draftId);
    let room = this.#rooms.get(draftId);
    if (room === undefined) {
      const loading = DraftRoom.load(this.store, draftId, {
        options: this.#options,
        personRates: this.#personRates,
        retire: () => {
          this.#retire(draftId, loading);
        },
      });
      room = loading;
      this.#rooms.set(draftId, loading);
      loading.catch(() => {
        if (this.#rooms.get(draftId) === loading) this.#rooms.delete(draftId);
      });
    }
    return room;
  }

  /**
   * A failed room leaves the map at once, so that reconnecting clients get a new room loaded
   * from the log; it closes, without a snapshot, once its last connection has gone.
   */
  #retire(draftId: string, room: Promise<DraftRoom>): void {
    if (this.#rooms.get(draftId) === room) this.#rooms.delete(draftId);
  }

  async #unload(draftId: string, room: DraftRoom): Promise<void> {
    if (room.connections.size > 0) return;
    if (room.failed) {
      // Retired already: whatever room the map holds now is a new one.
      await room.close();
      return;
    }
    if (room.closing) return;
    // Synchronously with the last leave, so that no join can slip into a closing room.
    const unloading = room.close().finally(() => this.#unloading.delete(draftId));
    this.#rooms.delete(draftId);
    this.#unloading.set(draftId, unloading);
    await unloading;
  }
}
