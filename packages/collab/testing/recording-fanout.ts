import type { DraftFanout, RoomListener } from '../src/fanout/draft-fanout.js';
import type { StoredUpdate } from '../src/fanout/fanout-message.js';

/**
 * The other instances, as a room sees them: what the room published, and a way to deliver what
 * another instance stored. Set `onPublish` to record when a publish happens.
 */
export interface RecordingFanout extends DraftFanout {
  readonly published: StoredUpdate[];
  /** The listener of the room that joined last. */
  listener(): RoomListener;
  onPublish: (stored: StoredUpdate) => void;
}

/** A fan-out to other instances that keeps what it is given, for tests. */
export function recordingFanout(): RecordingFanout {
  let joined: RoomListener | undefined;
  const fanout: RecordingFanout = {
    shared: true,
    published: [],
    onPublish: () => undefined,
    listener: () => {
      if (joined === undefined) throw new Error('No room joined the fan-out.');
      return joined;
    },
    join: (_draftId, listener) => {
      joined = listener;
      return {
        publishStored: (stored) => {
          fanout.published.push(stored);
          fanout.onPublish(stored);
        },
        publishAwareness: () => undefined,
        leave: () => {
          joined = undefined;
        },
      };
    },
  };
  return fanout;
}
