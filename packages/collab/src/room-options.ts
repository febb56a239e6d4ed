/** How rooms behave; every field has a default in `createCollabRooms`. */
export interface RoomOptions {
  /** Write a snapshot after this many new events (default 500). */
  readonly snapshotEvery: number;
  /** Updates arriving within this window share one transaction (default 2 ms). */
  readonly groupCommitMs: number;
  /** Presence changes are sent at most this often (default 50 ms). */
  readonly awarenessIntervalMs: number;
  /** Larger frames close the sender's socket (default 1 MiB). */
  readonly maxMessageBytes: number;
  /** Failures that no client caused (the database is down): the server logs them. */
  readonly onError: (error: unknown) => void;
}

export const DEFAULT_ROOM_OPTIONS: Omit<RoomOptions, 'onError'> = {
  snapshotEvery: 500,
  groupCommitMs: 2,
  awarenessIntervalMs: 50,
  maxMessageBytes: 1024 * 1024,
};
