import { serverConnectionId, type ServerOrigin } from '@rapporteur/draft-log';

import type { Actor, CollabConnection } from './collab-connection.js';

/**
 * The server as the sender of its own updates (an import, a repair): it needs no answer, and
 * its updates record their origin, which the history reads ("the imported original").
 */
export function serverConnection(actor: Actor, origin: ServerOrigin): CollabConnection {
  return {
    id: serverConnectionId(actor.id),
    actor,
    origin,
    wantsAcks: false,
    editRefusal: () => undefined,
    send: () => undefined,
    close: () => undefined,
  };
}
