import type * as Y from 'yjs';
import { DEFAULT_BYTE_LIMITS, type ByteLimits } from './byte-budgets.js';
import type { DraftFanout } from './fanout/draft-fanout.js';
import type { LoadRepair } from './load-repair.js';
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
  /** Byte rates per person and per draft, and the draft size limit (defaults in byte-budgets.ts). */
  readonly byteLimits: ByteLimits;
  /** Failures that no client caused (the database is down), with the draft stream: the server logs them. */
  readonly onError: (error: unknown, stream?: string) => void;
  /** Told of commits and of updates from other instances, for metrics. */
  readonly observer: RoomObserver;
  /** How rooms hear of the other instances serving the same drafts (default: there are none). */
  readonly fanout: DraftFanout;
  /**
   * The check each client update passes before it is stored (the server checks the editor
   * schema, decision 23): made afresh for each commit over the room's document, which it must
   * not change, and given the new part of each update of the batch in order. Runs per
   * keystroke. Default: every update fits.
   */
  readonly updateCheck: (doc: Y.Doc) => UpdateCheck;
  /**
   * Asked once as a room loads a draft that is not sealed, before any client joins: a change
   * the server stores under an actor of its own (the server repairs content stored before the
   * schema check, decision 23), or undefined. Must not change `doc`; the change passes
   * `updateCheck` like any other. Never asked per keystroke. Default: no repair.
   */
  readonly repairOnLoad: (doc: Y.Doc) => LoadRepair | undefined;
}

export const DEFAULT_ROOM_OPTIONS: Omit<RoomOptions, 'onError' | 'observer' | 'fanout'> = {
  updateCheck: () => EVERY_UPDATE_FITS,
  repairOnLoad: () => undefined,
  snapshotEvery: 500,
  maxCommitBatch: 1000,
  awarenessIntervalMs: 50,
  maxMessageBytes: 1024 * 1024,
  byteLimits: DEFAULT_BYTE_LIMITS,
};

/** What a room asks of an update before storing it, one commit at a time. */
export interface UpdateCheck {
  /**
   * `fits`: store it (later updates of the commit may build on it); `waits`: it continues
   * content the room does not hold yet, store nothing of it now (its sender's sync reply brings
   * it again); or why it may never be stored, in a sentence.
   */
  verdict(update: Uint8Array): 'fits' | 'waits' | { readonly unfit: string };
}

const EVERY_UPDATE_FITS: UpdateCheck = { verdict: () => 'fits' };
