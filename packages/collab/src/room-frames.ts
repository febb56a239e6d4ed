import * as Y from 'yjs';
import type { AwarenessRelay } from './awareness-relay.js';
import { CLOSE_CODES } from './close-codes.js';
import type { CollabConnection } from './collab-connection.js';
import { decodeMessage, encodeSyncMessage, SYNC_STEP_2 } from './protocol.js';
import { refuseReadOnly } from './refusals.js';
import type { RoomCommits } from './room-commit.js';
import { carriesUpdate } from './update-frame.js';

/** What of its room a connection's frames reach. */
export interface FrameTarget {
  readonly doc: Y.Doc;
  readonly maxMessageBytes: number;
  readonly relay: AwarenessRelay;
  readonly commits: RoomCommits;
}

/**
 * Handles one frame from a connection: a sync step 1 is answered, an update goes to the commit
 * pipeline, presence to the relay. Bad frames close that connection and change nothing.
 */
export function receiveFrame(
  room: FrameTarget,
  connection: CollabConnection,
  frame: Uint8Array,
): void {
  if (frame.byteLength > room.maxMessageBytes) {
    connection.close(
      CLOSE_CODES.tooBig.code,
      `${CLOSE_CODES.tooBig.reason} (limit ${room.maxMessageBytes} bytes)`,
    );
    return;
  }
  // Read from the frame's header alone: a refused update is never decoded.
  if (carriesUpdate(frame)) {
    const refusal = connection.editRefusal();
    if (refusal !== undefined) {
      refuseReadOnly(connection, refusal);
      return;
    }
  }
  const message = decodeMessage(frame);
  switch (message.kind) {
    case 'sync-step-1':
      answerSyncStep1(room.doc, connection, message.stateVector);
      return;
    case 'update':
      room.commits.receive(connection, message.update);
      return;
    case 'awareness':
      try {
        room.relay.receive(connection, message.update);
      } catch {
        connection.close(CLOSE_CODES.malformed.code, 'The awareness update could not be decoded.');
      }
      return;
    case 'query-awareness': {
      const presence = room.relay.snapshotMessage();
      if (presence !== undefined) connection.send(presence);
      return;
    }
    case 'auth':
      return;
    case 'malformed':
      connection.close(CLOSE_CODES.malformed.code, `Malformed message: ${message.reason}.`);
      return;
  }
}

/** Sends a connection what the room holds beyond its state vector. */
function answerSyncStep1(doc: Y.Doc, connection: CollabConnection, stateVector: Uint8Array): void {
  let diff: Uint8Array;
  try {
    diff = Y.encodeStateAsUpdate(doc, stateVector);
  } catch {
    connection.close(CLOSE_CODES.malformed.code, 'The state vector could not be decoded.');
    return;
  }
  connection.send(encodeSyncMessage(SYNC_STEP_2, diff));
}
