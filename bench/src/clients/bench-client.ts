import type * as Y from 'yjs';

/** One collaborating client, whichever provider it speaks through, on its own Y.Doc. */
export interface BenchClient {
  readonly doc: Y.Doc;
  /** Resolves once the provider reports that the server's content has arrived. */
  readonly synced: Promise<void>;
  /** Bytes queued on the socket and not yet handed to the operating system. */
  bufferedAmount(): number;
  /** Closes the connection and destroys the Y.Doc (its awareness timer keeps Node alive). */
  destroy(): void;
}
