import { ROLES } from '@rapporteur/domain';
import { z } from 'zod';

/** A role in a meeting, as the domain lists them. */
export const RoleSchema = z.enum(ROLES).meta({ id: 'Role' });

/** Someone taking part in a meeting, with their role in it. */
export const ParticipantSchema = z
  .object({ personId: z.string(), name: z.string(), email: z.string(), role: RoleSchema })
  .meta({ id: 'Participant' });

/** A meeting as the list shows it; `role` is yours in it (null: an administrator looking in). */
export const MeetingSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    symbol: z.string(),
    date: z.string(),
    role: RoleSchema.nullable(),
  })
  .meta({ id: 'MeetingSummary' });

/** A contribution registered for the meeting, as the summary cites it (`label`). */
export const MeetingDocumentSchema = z
  .object({
    documentId: z.string(),
    symbol: z.string(),
    title: z.string(),
    source: z.string(),
    revision: z.number().int(),
    label: z.string(),
    /** Where the summary's links to it point: the meeting's link template filled in. */
    href: z.string(),
  })
  .meta({ id: 'MeetingDocument' });

/** What `POST /meetings/{meetingId}/documents` takes: a contribution to register. */
export const NewDocumentSchema = z
  .object({
    /** 'S19-CWGWSIS34-C-0019', without the revision. */
    symbol: z.string().max(64),
    title: z.string().max(500),
    /** Who submitted it: 'Saudi Arabia'. */
    source: z.string().max(200),
    /** 0 for the original, 4 for Rev.4. */
    revision: z.number().int().min(0).max(999).default(0),
  })
  .strict()
  .meta({ id: 'NewDocument' });

/** What `PATCH /meetings/{meetingId}/documents/{documentId}` takes: any of the four, at least one. */
export const DocumentPatchSchema = z
  .object({
    symbol: z.string().max(64),
    title: z.string().max(500),
    source: z.string().max(200),
    revision: z.number().int().min(0).max(999),
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, {
    message: 'give symbol, title, source or revision',
  })
  .meta({ id: 'DocumentPatch' });

/** The seal on a frozen draft: the version it was frozen at, when, and by whom (a person id). */
export const FrozenDraftSchema = z.object({
  versionId: z.string(),
  versionName: z.string(),
  at: z.string(),
  by: z.string(),
});

/** The latest reopening of the draft: when, by whom (a person id), and the chair's reason. */
export const ReopeningSchema = z.object({
  at: z.string(),
  by: z.string(),
  reason: z.string().nullable(),
});

/** How exports present the summary: its own symbol, the draft's language, the meeting's zone. */
export const DocumentSettingsSchema = z
  .object({
    /** The summary's symbol ('CWG-WSIS&SDG-34/6'), apart from the meeting code; null: none yet. */
    documentSymbol: z.string().max(60).nullable(),
    /** A BCP 47 language code: 'en' prints "Original: English". */
    language: z.string().min(2).max(35),
    /** An IANA time zone ('Europe/Zurich', 'UTC'): every time in an export is shown in it. */
    timeZone: z.string().min(1).max(64),
    /** Where a contribution's link points: a web address with {symbol} in it. */
    linkTemplate: z.string().min(1).max(300),
  })
  .meta({ id: 'DocumentSettings' });

/** What `PATCH /meetings/{meetingId}/document-settings` takes: any of them, at least one. */
export const DocumentSettingsPatchSchema = DocumentSettingsSchema.partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, {
    message: 'give documentSymbol, language, timeZone or linkTemplate',
  });

/** A meeting, as `GET /api/meetings/{meetingId}` gives it. */
export const MeetingSchema = MeetingSummarySchema.extend({
  participants: z.array(ParticipantSchema),
  documents: z.array(MeetingDocumentSchema),
  /** The summary's label with its revision: 'CWG-WSIS&SDG-34', then 'CWG-WSIS&SDG-34 Rev.1'. */
  documentLabel: z.string(),
  /** 0 for the original, 1 for Rev.1: each reopening of a frozen draft starts the next. */
  documentRevision: z.number().int(),
  /** Set while the draft is frozen: nobody may edit it until the chair reopens it. */
  frozen: FrozenDraftSchema.nullable(),
  /** The latest reopening, which started this document revision; null before any. */
  reopened: ReopeningSchema.nullable(),
  /** How many distinct vice-chairs must endorse a version before the chair may approve it. */
  endorsementsRequired: z.number().int(),
  /** The version under review (its id): direct edits wait and typing makes suggestions. */
  underReview: z.string().nullable(),
  documentSettings: DocumentSettingsSchema,
}).meta({ id: 'Meeting' });

/** What `POST /meetings` takes. */
export const NewMeetingSchema = z.object({
  title: z.string(),
  symbol: z.string(),
  date: z.string(),
  /** Optional: English, UTC and no symbol of its own when not given. */
  documentSettings: DocumentSettingsSchema.partial().strict().optional(),
});

/** An invitation, asked and answered: the same answer whether or not the email has an account. */
export const InvitationSchema = z
  .object({ email: z.string().max(254), role: RoleSchema })
  .meta({ id: 'Invitation' });

export type MeetingSummary = z.infer<typeof MeetingSummarySchema>;
export type Participant = z.infer<typeof ParticipantSchema>;
export type MeetingDocumentRef = z.infer<typeof MeetingDocumentSchema>;
export type NewDocument = z.infer<typeof NewDocumentSchema>;
export type DocumentPatch = z.infer<typeof DocumentPatchSchema>;
export type FrozenDraft = z.infer<typeof FrozenDraftSchema>;
export type Reopening = z.infer<typeof ReopeningSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type NewMeeting = z.infer<typeof NewMeetingSchema>;
export type Invitation = z.infer<typeof InvitationSchema>;
