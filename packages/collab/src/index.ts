export { CollabRooms, type RoomSession } from './collab-rooms.js';
export type { Actor, CollabConnection } from './collab-connection.js';
export { CLOSE_CODES, type CloseCodeName } from './close-codes.js';
export { DEFAULT_ROOM_OPTIONS, type RoomOptions } from './room-options.js';
export {
  applyStoredUpdates,
  DRAFT_UPDATED,
  draftStream,
  loadDraft,
  writeSnapshot,
  type LoadedDraft,
} from './draft-stream.js';
export { ClientOwners } from './client-owners.js';
export type { DraftRoom } from './draft-room.js';
export {
  decodeAckBody,
  encodeAck,
  MESSAGE_ACK,
  MESSAGE_AUTH,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
} from './protocol.js';
