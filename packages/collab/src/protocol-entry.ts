// The `@rapporteur/collab/protocol` entry: what a client needs to speak to the rooms (the close
// codes, the message types, the acknowledgement), without the rooms. It reaches lib0 and nothing
// else (`protocol-entry.test.ts`), so the browser bundle gets no Yjs server code, no event store
// and no ioredis through it.

export { CLOSE_CODES, type CloseCodeName } from './close-codes.js';
export {
  AUTH_PERMISSION_DENIED,
  decodeAckBody,
  encodeAck,
  encodePermissionDenied,
  encodeSyncMessage,
  MESSAGE_ACK,
  MESSAGE_AUTH,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
  SYNC_STEP_1,
  SYNC_STEP_2,
  SYNC_UPDATE,
} from './protocol.js';
