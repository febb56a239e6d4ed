import {
  documentLabel,
  documentRevisionLabel,
  type Role,
  type ScheduledMeeting,
} from '@rapporteur/domain';
import { z } from '@hono/zod-openapi';

const RoleSchema = z.enum(['chair', 'vice-chair', 'secretariat', 'delegate']).openapi('Role');

export const ParticipantSchema = z
  .object({ personId: z.string(), name: z.string(), email: z.string(), role: RoleSchema })
  .openapi('Participant');

export const MeetingSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    symbol: z.string(),
    date: z.string(),
    role: RoleSchema.nullable(),
  })
  .openapi('MeetingSummary');

export const MeetingSchema = MeetingSummarySchema.extend({
  participants: z.array(ParticipantSchema),
  documents: z.array(
    z.object({
      documentId: z.string(),
      symbol: z.string(),
      title: z.string(),
      source: z.string(),
      revision: z.number().int(),
      label: z.string(),
    }),
  ),
  /** The summary's label with its revision: 'CWG-WSIS&SDG-34', then 'CWG-WSIS&SDG-34 Rev.1'. */
  documentLabel: z.string(),
  documentRevision: z.number().int(),
  /** Set while the draft is frozen: nobody may edit it until the chair reopens it. */
  frozen: z
    .object({ versionId: z.string(), versionName: z.string(), at: z.string(), by: z.string() })
    .nullable(),
}).openapi('Meeting');

/** A meeting as one person sees it in the list: with their role in it (null: an administrator looking in). */
export function presentSummary(
  meeting: ScheduledMeeting,
  role: Role | undefined,
): z.infer<typeof MeetingSummarySchema> {
  return {
    id: meeting.meetingId,
    title: meeting.title,
    symbol: meeting.symbol,
    date: meeting.date,
    role: role ?? null,
  };
}

export function presentMeeting(
  meeting: ScheduledMeeting,
  role: Role | undefined,
): z.infer<typeof MeetingSchema> {
  return {
    ...presentSummary(meeting, role),
    participants: [...meeting.participants.values()].map(
      ({ personId, name, email, role: participantRole }) => ({
        personId,
        name,
        email,
        role: participantRole,
      }),
    ),
    documents: [...meeting.documents.values()].map((document) => ({
      documentId: document.documentId,
      symbol: document.symbol,
      title: document.title,
      source: document.source,
      revision: document.revision,
      label: documentLabel(document),
    })),
    documentLabel: documentRevisionLabel(meeting),
    documentRevision: meeting.documentRevision,
    frozen:
      meeting.frozen === undefined
        ? null
        : {
            versionId: meeting.frozen.versionId,
            versionName: meeting.versions.get(meeting.frozen.versionId)?.name ?? '',
            at: meeting.frozen.at,
            by: meeting.frozen.by.personId,
          },
  };
}
