import { CLOSE_CODES } from './close-codes.js';
import type { CollabConnection } from './collab-connection.js';
import { encodePermissionDenied } from './protocol.js';

/**
 * Tells a connection that may not edit now why, and that its change was not saved; it stays
 * open to read.
 */
export function refuseReadOnly(connection: CollabConnection, why: string): void {
  connection.send(encodePermissionDenied(`${why} Your change was not saved.`));
}

/**
 * Tells a connection that the draft's stream is sealed, frozen or under review (decision 36):
 * nothing of its change was saved.
 */
export function refuseFrozen(connection: CollabConnection): void {
  connection.send(
    encodePermissionDenied(
      'This draft is frozen or under review; your change was not saved. Under review, propose changes as suggestions.',
    ),
  );
}

/** Closes a connection that wrote under another person's Yjs client id, saying which. */
export function refuseForeign(connection: CollabConnection, client: number): void {
  connection.send(
    encodePermissionDenied(
      `This change is written under Yjs client id ${client}, which belongs to another person; it was not saved.`,
    ),
  );
  connection.close(CLOSE_CODES.forbidden.code, 'A client id of another person was used.');
}
