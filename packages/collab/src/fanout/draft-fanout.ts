import type { ClientsOf, StoredUpdate } from './fanout-message.js';

/** What a room hears from other instances serving the same draft. */
export interface RoomListener {
  /** Updates another instance stored, published at `sentAt` (ms since the epoch, its clock). */
  stored(update: StoredUpdate, sentAt: number): void;
  /** Presence changes of another instance's connections, with the people they belong to. */
  awareness(update: Uint8Array, owners: readonly ClientsOf[]): void;
  /** Messages may have been missed (the bus was down, or the room just arrived): read the log. */
  resync(): void;
}

/** How a room tells the other instances what it stored and who is present. */
export interface RoomChannel {
  publishStored(update: StoredUpdate): void;
  publishAwareness(update: Uint8Array, owners: readonly ClientsOf[]): void;
  leave(): void;
}

/** Fan-out of a draft's committed updates and presence across server instances. */
export interface DraftFanout {
  /** Whether other instances may write the same drafts' logs. */
  readonly shared: boolean;
  join(draftId: string, listener: RoomListener): RoomChannel;
}

/**
 * One instance alone: its room is the only one for a draft, and the room's own broadcast to its
 * connections is all the fan-out there is.
 */
export const SINGLE_INSTANCE: DraftFanout = {
  shared: false,
  join: () => ({
    publishStored: () => undefined,
    publishAwareness: () => undefined,
    leave: () => undefined,
  }),
};
