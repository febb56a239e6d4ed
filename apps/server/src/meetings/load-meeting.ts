import { meetingDecider, type MeetingState } from '@rapporteur/domain';
import type { EventStore } from '@rapporteur/event-store';
import { asMeetingEvent, meetingStream } from './meeting-events.js';

/** Reads a meeting's stream into its state, with the revision it was read at. */
export async function loadMeeting(
  store: EventStore,
  meetingId: string,
): Promise<{ state: MeetingState; revision: number | undefined }> {
  let state = meetingDecider.initialState();
  let revision: number | undefined;
  for (const event of await store.readStream(meetingStream(meetingId), { limit: 10_000 })) {
    const meetingEvent = asMeetingEvent(event);
    if (meetingEvent !== undefined) state = meetingDecider.evolve(state, meetingEvent);
    revision = event.revision;
  }
  return { state, revision };
}
