import type * as Y from 'yjs';
import type { DraftFanout } from './fanout/draft-fanout.js';
import type { RoomObserver } from './room-observer.js';

/** How rooms behave; every field has a default in `createCollabRooms`. */
export interface RoomOptions {
  /** Write a snapshot after this many new events (default 500). */
  readonly snapshotEvery: number;
  /** Updates arriving while a commit runs share the next one, up to this many (default 1,000). */
  readonly maxCommitBatch: number;
  /** Presence changes are sent at most this often (default 50 ms). */
  readonly awarenessIntervalMs: number;
  /** Larger frames close the sender's socket (default 1 MiB). */
  readonly maxMessageBytes: number;
  /** Failures that no client caused (the database is down), with the draft stream: the server logs them. */
  readonly onError: (error: unknown, stream?: string) => void;
  /** Told of commits and of updates from other instances, for metrics. */
  readonly observer: RoomObserver;
  /** How rooms hear of the other instances serving the same drafts (default: there are none). */
  readonly fanout: DraftFanout;
  /**
   * Why a client's update may not be stored (it does not fit the document's schema), in a
   * sentence, or undefined when it may. Given the part of the update the room does not hold and
   * the room's document, which it must not change. Runs per keystroke. Default: every update fits.
   */
  readonly updateProblem: (update: Uint8Array, doc: Y.Doc) => string | undefined;
}

export const DEFAULT_ROOM_OPTIONS: Omit<RoomOptions, 'onError' | 'observer' | 'fanout'> = {
  updateProblem: () => undefined,
  snapshotEvery: 500,
  maxCommitBatch: 1000,
  awarenessIntervalMs: 50,
  maxMessageBytes: 1024 * 1024,
};
