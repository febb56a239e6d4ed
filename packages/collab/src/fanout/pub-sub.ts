/**
 * A publish/subscribe bus between server instances. Delivery is a fast hint, never the truth:
 * messages can be lost while the bus is down, so whoever listens must be able to catch up from
 * the log when `onReconnect` fires.
 */
export interface PubSub {
  /** Sends to every instance subscribed to `channel`, this one included. Never throws. */
  publish(channel: string, message: Uint8Array): void;
  /**
   * Calls `handler` for each message on `channel` until the returned function is called, and
   * `onActive` once messages published from now on will arrive (earlier ones may be missing).
   */
  subscribe(
    channel: string,
    handler: (message: Uint8Array) => void,
    onActive?: () => void,
  ): () => void;
  /** Calls `listener` each time the bus comes back after being lost (messages may be missing). */
  onReconnect(listener: () => void): () => void;
  /** Resolves when the bus answers; rejects when it does not (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
