import type { Role } from '@rapporteur/domain';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

import { trackConnection, type ConnectionTracker } from './connection-tracker.js';
import { trackPresence, type PresenceTracker } from './presence-tracker.js';
import { trackSaves, type SaveTracker } from './save-tracker.js';

/**
 * How this browser appears to the others, beside its caret and in the presence list: the
 * account's name, its colour, and its role in this meeting.
 */
export interface CollabUser {
  readonly name: string;
  readonly color: string;
  readonly role: Role;
}

/** One open draft: the shared document, its connection, and what the side panel shows. */
export interface CollabSession {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly saves: SaveTracker;
  readonly connection: ConnectionTracker;
  readonly people: PresenceTracker;
  /** Tells everyone this browser's new name or role (after a roster change). */
  readonly setUser: (user: CollabUser) => void;
  readonly destroy: () => void;
}

function collabUrl(location: Location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/collab`;
}

/**
 * Opens the meeting's draft over `/collab/:meetingId`, asking for durable acknowledgements. The
 * server knows who this is from the session cookie sent with the upgrade.
 */
export function openCollabSession(meetingId: string, user: CollabUser): CollabSession {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(collabUrl(window.location), meetingId, doc, {
    params: { ack: '1' },
    // No tab-to-tab shortcut: every edit goes through the server, so what a person sees from
    // others is what the server has stored, and "Saved" in one tab cannot be a sibling's echo.
    disableBc: true,
  });
  provider.awareness.setLocalStateField('user', { ...user });

  const saves = trackSaves(doc, provider);
  const connection = trackConnection(provider, saves);
  const people = trackPresence(provider.awareness);

  return {
    doc,
    provider,
    saves,
    connection,
    people,
    setUser(next) {
      provider.awareness.setLocalStateField('user', { ...next });
    },
    destroy() {
      people.destroy();
      connection.destroy();
      saves.destroy();
      // Tells the others we left (awareness removal) before the socket closes.
      provider.destroy();
      doc.destroy();
    },
  };
}
