export { CollabRooms, type RoomSession } from './collab-rooms.js';
export type { Actor, CollabConnection } from './collab-connection.js';
export { CLOSE_CODES, type CloseCodeName } from './close-codes.js';
export { DEFAULT_ROOM_OPTIONS, type RoomOptions, type UpdateCheck } from './room-options.js';
export type { LoadRepair } from './load-repair.js';
export { DEFAULT_BYTE_LIMITS, type ByteLimits } from './byte-budgets.js';
export { TokenBuckets, type TokenRate } from './token-buckets.js';
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
export {
  COMMIT_STAGES,
  SILENT_OBSERVER,
  type CommitStage,
  type RoomObserver,
} from './room-observer.js';
export {
  SINGLE_INSTANCE,
  type DraftFanout,
  type RoomChannel,
  type RoomListener,
} from './fanout/draft-fanout.js';
export { PubSubFanout, type PubSubFanoutOptions } from './fanout/pub-sub-fanout.js';
export type { PubSub } from './fanout/pub-sub.js';
export { RedisPubSub } from './fanout/redis-pub-sub.js';
export type { StoredUpdate } from './fanout/fanout-message.js';
