import { meetingDecider, type MeetingState } from '@rapporteur/domain';
import type { EventStore } from '@rapporteur/event-store';
import { asMeetingEvent, meetingStream } from './meeting-events.js';

// Events read at once: a meeting with a long review holds thousands.
const PAGE = 2000;

/** A meeting's state with the revision of its stream it was read at (undefined: no stream). */
export interface LoadedMeeting {
  readonly state: MeetingState;
  readonly revision: number | undefined;
}

/**
 * Reads a meeting's stream into its state, with the revision it was read at. Given a state
 * already read (the catalog's), it reads only the events after it: a command on a meeting with a
 * thousand review events then folds one or two events, not the whole stream again.
 */
export async function loadMeeting(
  store: EventStore,
  meetingId: string,
  from: LoadedMeeting = { state: meetingDecider.initialState(), revision: undefined },
): Promise<LoadedMeeting> {
  let { state, revision } = from;
  for (;;) {
    const events = await store.readStream(meetingStream(meetingId), {
      from: (revision ?? -1) + 1,
      limit: PAGE,
    });
    for (const event of events) {
      const meetingEvent = asMeetingEvent(event);
      if (meetingEvent !== undefined) state = meetingDecider.evolve(state, meetingEvent);
      revision = event.revision;
    }
    if (events.length < PAGE) return { state, revision };
  }
}
