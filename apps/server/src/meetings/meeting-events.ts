import type { MeetingEvent } from '@rapporteur/domain';
import type { RecordedEvent } from '@rapporteur/event-store';

const MEETING_EVENT_TYPES = new Set<string>([
  'MeetingScheduled',
  'ParticipantInvited',
  'ParticipantRoleChanged',
  'ParticipantRemoved',
  'DocumentRegistered',
]);

/** The stream of a meeting's own events (its draft is `draft-<id>`). */
export function meetingStream(meetingId: string): string {
  return `meeting-${meetingId}`;
}

export function meetingIdOf(stream: string): string | undefined {
  return stream.startsWith('meeting-') ? stream.slice('meeting-'.length) : undefined;
}

/**
 * A stored event as the domain's meeting event, or undefined when it is not one. The domain's
 * evolve treats events as facts and ignores what does not fit, so a shape check suffices here.
 */
export function asMeetingEvent(event: RecordedEvent): MeetingEvent | undefined {
  if (!MEETING_EVENT_TYPES.has(event.type)) return undefined;
  const data = event.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  return { type: event.type, data } as unknown as MeetingEvent;
}
