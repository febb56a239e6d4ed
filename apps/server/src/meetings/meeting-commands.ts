import {
  meetingDecider,
  type MeetingCommand,
  type MeetingState,
  type ScheduledMeeting,
} from '@rapporteur/domain';
import { ConcurrencyError, type EventStore } from '@rapporteur/event-store';
import { asMeetingEvent, meetingStream } from './meeting-events.js';

// Two people inviting at once: the loser decides again on the winner's events.
const ATTEMPTS = 3;

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

/**
 * Runs a command: decide on the meeting as stored, append the events expecting exactly the
 * revision decided on, and return the meeting after them. Domain errors pass through.
 */
export async function executeMeetingCommand(
  store: EventStore,
  meetingId: string,
  command: MeetingCommand,
): Promise<ScheduledMeeting> {
  for (let attempt = 1; ; attempt += 1) {
    const { state, revision } = await loadMeeting(store, meetingId);
    const events = meetingDecider.decide(command, state);
    try {
      if (events.length > 0) {
        await store.append(
          meetingStream(meetingId),
          events.map((event) => ({
            type: event.type,
            data: event.data,
            metadata: { actor: command.data.by.personId },
          })),
          { expectedRevision: revision ?? 'no_stream' },
        );
      }
    } catch (error) {
      if (error instanceof ConcurrencyError && attempt < ATTEMPTS) continue;
      throw error;
    }
    const after = events.reduce(meetingDecider.evolve, state);
    if (after.kind !== 'scheduled')
      throw new Error('A meeting command left the meeting unscheduled.');
    return after;
  }
}
