import type { Actor, CollabConnection } from './collab-connection.js';

/** The server as the sender of its own updates (an import): it needs no answer. */
export function serverConnection(actor: Actor): CollabConnection {
  return {
    id: `server:${actor.id}`,
    actor,
    wantsAcks: false,
    editRefusal: () => undefined,
    send: () => undefined,
    close: () => undefined,
  };
}
