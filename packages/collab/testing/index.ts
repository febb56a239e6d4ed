/**
 * Test helpers for rooms: connections that record what a room sends them, a store whose appends
 * can be held back or broken, and a fan-out that records what a room publishes.
 */
export {
  readSent,
  recordingConnection,
  type RecordingConnection,
  type SentMessage,
} from './recording-connection.js';
export { heldAppends, type HeldAppends } from './held-appends.js';
export { recordingFanout, type RecordingFanout } from './recording-fanout.js';
export { openRoom, textOf, TypingClient, type OpenedRoom } from './open-room.js';
