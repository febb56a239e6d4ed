export { CollabRooms, type RoomSession } from './collab-rooms.js';
export type { Actor, CollabConnection } from './collab-connection.js';
export { CLOSE_CODES, type CloseCodeName } from './close-codes.js';
export { DEFAULT_ROOM_OPTIONS, type RoomOptions } from './room-options.js';
export { DRAFT_UPDATED, draftStream, loadDraft, writeSnapshot } from './draft-stream.js';
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
