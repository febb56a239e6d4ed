import type { EventStore } from '@rapporteur/event-store';
import { z } from 'zod';

/** A meeting as the editor needs it now; the domain model arrives with accounts and roles (#4). */
export interface Meeting {
  readonly id: string;
  readonly title: string;
  readonly symbol: string;
  readonly date: string;
}

export const MEETING_SCHEDULED = 'MeetingScheduled';

export function meetingStream(meetingId: string): string {
  return `meeting-${meetingId}`;
}

// Event payloads read back from the database are validated like any other input.
const scheduled = z.object({ title: z.string(), symbol: z.string(), date: z.string() });

/** Answers which meetings exist, from their streams in the log. */
export class MeetingDirectory {
  constructor(private readonly store: EventStore) {}

  async exists(meetingId: string): Promise<boolean> {
    return (await this.store.head(meetingStream(meetingId))) !== undefined;
  }

  async get(meetingId: string): Promise<Meeting | undefined> {
    const [first] = await this.store.readStream(meetingStream(meetingId), { limit: 1 });
    if (first?.type !== MEETING_SCHEDULED) return undefined;
    return { id: meetingId, ...scheduled.parse(first.data) };
  }

  async schedule(meetingId: string, meeting: Omit<Meeting, 'id'>): Promise<void> {
    await this.store.append(meetingStream(meetingId), [{ type: MEETING_SCHEDULED, data: { ...meeting } }], {
      expectedRevision: 'no_stream',
    });
  }
}
