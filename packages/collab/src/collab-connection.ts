/** Who is on the other end of a connection, as the server authenticated them. */
export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly role: string;
}

/**
 * One client's connection, independent of the transport: the server wraps a WebSocket in it.
 * The room never sees sockets, HTTP or cookies.
 */
export interface CollabConnection {
  readonly id: string;
  readonly actor: Actor;
  /** Whether the client asked for durable acknowledgements when it connected. */
  readonly wantsAcks: boolean;
  /**
   * Asked for every update: why this connection's person may not edit the draft now (a reader,
   * a frozen draft, a version under review), or undefined when they may.
   */
  editRefusal(): string | undefined;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}
