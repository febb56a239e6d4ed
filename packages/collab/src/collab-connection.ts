import type { ServerOrigin } from '@rapporteur/draft-log';

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
  /** Set on the server's own connection only: what made its updates, recorded with them. */
  readonly origin?: ServerOrigin;
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
