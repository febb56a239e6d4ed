import { z } from 'zod';

// What `GET /api/meetings/{meetingId}/events` sends as Server-Sent Events: the meeting's own
// events (`event: meeting`, one per stored event, in order) and ticks of the draft's progress
// (`event: draft`, at most twice a second while someone types).

const Revision = z.number().int().min(0);

/** The data of an `event: meeting`: one stored event of the meeting. */
export const MeetingEventMessageSchema = z.object({
  type: z.string(),
  /** Its revision in the meeting's stream, also the SSE id a reconnection resumes from. */
  revision: Revision,
  at: z.string(),
  /** The person who did it (a person id). */
  actor: z.string(),
  /** What the actor did, as the words after their name: "froze the draft at version “Final”". */
  summary: z.string(),
  /** The event's own data, as stored. */
  data: z.unknown(),
});

/** The data of an `event: draft`: the draft's latest stored revision, and its last event's type. */
export const DraftTickSchema = z.object({ revision: Revision, type: z.string() });

/** How the stream's position is given back: `?after=` or `Last-Event-ID`, a meeting revision. */
export const LastEventIdPattern = /^\d{1,12}$/;

export type MeetingEventMessage = z.infer<typeof MeetingEventMessageSchema>;
export type DraftTick = z.infer<typeof DraftTickSchema>;
