import { DISPOSITIONS, ROLES, SUGGESTION_KINDS, type MeetingEvent } from '@rapporteur/domain';
import type { RecordedEvent } from '@rapporteur/event-store';
import { ID_PATTERN } from '@rapporteur/api-contract';
import { z } from 'zod';

/** What a meeting id looks like: in URLs, and in the names of its streams. */
export const MEETING_ID = ID_PATTERN;

/** The stream of a meeting's own events (its draft is `draft-<id>`). */
export function meetingStream(meetingId: string): string {
  return `meeting-${meetingId}`;
}

export function meetingIdOf(stream: string): string | undefined {
  return stream.startsWith('meeting-') ? stream.slice('meeting-'.length) : undefined;
}

// Event payloads read back from the database are checked like any other input: an event
// written by an older or broken version must not bring the server down.
const role = z.enum(ROLES);
const stamp = { at: z.string(), by: z.object({ personId: z.string(), admin: z.boolean() }) };
const person = { personId: z.string(), name: z.string(), email: z.string() };
const hash = z.string().regex(/^[0-9a-f]{64}$/);
const revision = z.number().int().min(0);
const versionId = z.string();
// What a person said taking a step: absent in steps stored before comments were recorded.
const comment = z.string().nullish();
const anchor = z.object({ start: z.string(), end: z.string() });
const schemas: Record<MeetingEvent['type'], z.ZodType> = {
  MeetingScheduled: z.object({
    ...stamp,
    meetingId: z.string(),
    title: z.string(),
    symbol: z.string(),
    date: z.string(),
    chair: z.object(person),
  }),
  ParticipantInvited: z.object({ ...stamp, ...person, role }),
  ParticipantRoleChanged: z.object({ ...stamp, personId: z.string(), previousRole: role, role }),
  ParticipantRemoved: z.object({ ...stamp, personId: z.string() }),
  DocumentRegistered: z.object({
    ...stamp,
    documentId: z.string(),
    symbol: z.string(),
    title: z.string(),
    source: z.string(),
    revision,
  }),
  DocumentEdited: z.object({
    ...stamp,
    documentId: z.string(),
    symbol: z.string(),
    title: z.string(),
    source: z.string(),
    revision,
  }),
  VersionNamed: z.object({
    ...stamp,
    versionId,
    name: z.string(),
    draftRevision: revision,
    contentHash: hash,
    chainHash: hash,
    documentRevision: revision,
  }),
  VersionSubmitted: z.object({
    ...stamp,
    versionId,
    draftRevision: revision.nullish(),
    contentHash: hash.nullish(),
    chainHash: hash.nullish(),
    comment,
  }),
  VersionEndorsed: z.object({ ...stamp, versionId, comment }),
  ChangesRequested: z.object({ ...stamp, versionId, comment: z.string() }),
  VersionApproved: z.object({
    ...stamp,
    versionId,
    draftRevision: revision.nullish(),
    contentHash: hash.nullish(),
    chainHash: hash.nullish(),
    comment,
  }),
  DraftFrozen: z.object({
    ...stamp,
    versionId,
    draftRevision: revision,
    chainHash: hash,
    documentRevision: revision,
    comment,
  }),
  DraftReopened: z.object({ ...stamp, documentRevision: revision, reason: z.string().nullable() }),
  CommentAdded: z.object({
    ...stamp,
    commentId: z.string(),
    anchor,
    quote: z.string(),
    paragraph: z.string().nullable(),
    body: z.string(),
  }),
  CommentReplied: z.object({
    ...stamp,
    commentId: z.string(),
    replyId: z.string(),
    body: z.string(),
  }),
  CommentResolved: z.object({
    ...stamp,
    commentId: z.string(),
    disposition: z.enum(DISPOSITIONS),
    reason: z.string().nullable(),
  }),
  CommentReopened: z.object({ ...stamp, commentId: z.string() }),
  SuggestionProposed: z.object({
    ...stamp,
    suggestionId: z.string(),
    anchor,
    kind: z.enum(SUGGESTION_KINDS),
    quote: z.string(),
    replacement: z.string(),
    paragraph: z.string().nullable(),
    note: z.string().nullable(),
  }),
  SuggestionAccepted: z.object({
    ...stamp,
    suggestionId: z.string(),
    reason: z.string().nullable(),
    draftRevision: revision,
    contentHash: hash,
  }),
  SuggestionRejected: z.object({
    ...stamp,
    suggestionId: z.string(),
    reason: z.string().nullable(),
  }),
  EndorsementsRequiredChanged: z.object({ ...stamp, endorsementsRequired: revision }),
  DocumentSettingsChanged: z.object({
    ...stamp,
    documentSymbol: z.string().nullable(),
    language: z.string(),
    timeZone: z.string(),
    // Absent from settings recorded before links: the domain reads them as the default.
    linkTemplate: z.string().optional(),
  }),
};

/** A stored event as the domain's meeting event, or undefined when it is not a valid one. */
export function asMeetingEvent(event: RecordedEvent): MeetingEvent | undefined {
  if (!Object.hasOwn(schemas, event.type)) return undefined;
  const schema = schemas[event.type as MeetingEvent['type']];
  return schema.safeParse(event.data).success
    ? ({ type: event.type, data: event.data } as unknown as MeetingEvent)
    : undefined;
}
