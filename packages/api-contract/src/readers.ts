import { DEFAULT_LINK_TEMPLATE, isRole } from '@rapporteur/domain';
import { z } from 'zod';

import type { Immutable } from './immutable.js';

import {
  AuthoredBlockSchema,
  DraftAtSchema,
  DraftAuthorsSchema,
  DraftDiffSchema,
  HistoryItemSchema,
  HistoryPageSchema,
  SessionItemSchema,
  SessionPageSchema,
  PersonSchema,
} from './history.js';
import { DraftTickSchema, MeetingEventMessageSchema } from './live-events.js';
import {
  FrozenDraftSchema,
  MeetingDocumentSchema,
  MeetingSchema,
  MeetingSummarySchema,
  ParticipantSchema,
  ReopeningSchema,
} from './meeting.js';
import { parseJsonText } from './read.js';
import { UserSchema } from './session.js';
import { VersionSchema, VersionStepSchema } from './version.js';

// How a client reads the answers: the schemas above, with the leniency a client needs towards a
// server older or newer than itself. What it cannot know reads as less (a role it does not know
// is no role, an item of a kind it does not know is left out); a field it knows but cannot read
// makes the whole answer unreadable.

/** `null` and a missing value alike, as null. */
const orNull = <S extends z.ZodType>(schema: S) =>
  schema.nullish().transform((value) => value ?? null);
/** `null` and a missing list alike, as an empty one. */
const orEmpty = <S extends z.ZodType>(item: S) =>
  z
    .array(item)
    .nullish()
    .transform((items) => items ?? []);

/** A meeting in the list; a role this client does not know reads as none: it offers less. */
export const MeetingSummaryReader = MeetingSummarySchema.extend({
  role: z
    .unknown()
    .optional()
    .transform((role) => (isRole(role) ? role : null)),
});

const DocumentReader = MeetingDocumentSchema.extend({
  label: z.string().optional().catch(undefined),
  // A server from before links: no address (an empty href is shown as no link).
  href: z.string().catch(''),
}).transform((document) => ({ ...document, label: document.label ?? document.symbol }));

/** A meeting; a server from before versions sends no label, revision or seal: the original, never frozen. */
export const MeetingReader = MeetingSummaryReader.extend({
  participants: orEmpty(ParticipantSchema),
  documents: orEmpty(DocumentReader),
  documentLabel: MeetingSchema.shape.documentLabel.optional().catch(undefined),
  documentRevision: MeetingSchema.shape.documentRevision.catch(0),
  frozen: orNull(FrozenDraftSchema),
  reopened: orNull(ReopeningSchema),
  endorsementsRequired: MeetingSchema.shape.endorsementsRequired.catch(0),
  underReview: MeetingSchema.shape.underReview.catch(null),
  // A server from before document settings: the defaults.
  documentSettings: MeetingSchema.shape.documentSettings
    .extend({ linkTemplate: z.string().catch(DEFAULT_LINK_TEMPLATE) })
    .catch({
      documentSymbol: null,
      language: 'en',
      timeZone: 'UTC',
      linkTemplate: DEFAULT_LINK_TEMPLATE,
    }),
}).transform((meeting) => ({ ...meeting, documentLabel: meeting.documentLabel ?? meeting.symbol }));

/** A version with every step; steps not taken may be missing as well as null. */
// A step's comment; a server older than comments sends none.
const CommentedStepReader = VersionStepSchema.extend({
  comment: z
    .string()
    .nullish()
    .transform((comment) => comment ?? null),
});

export const VersionRecordReader = VersionSchema.omit({ head: true }).extend({
  submitted: orNull(CommentedStepReader),
  endorsements: orEmpty(CommentedStepReader),
  changesRequested: orNull(VersionStepSchema.extend({ comment: z.string() })),
  approved: orNull(CommentedStepReader),
  frozen: orNull(CommentedStepReader),
});

/** A version as the history panel names it: any status, read as text. */
export const VersionNameReader = VersionSchema.pick({
  versionId: true,
  name: true,
  draftRevision: true,
}).extend({ status: z.string() });

const PersonReader = PersonSchema.extend({
  participant: z
    .unknown()
    .optional()
    .transform((participant) => participant !== false),
});

const KNOWN_ITEM_KINDS: readonly unknown[] = ['edit', 'meeting'];
/** An item of a kind this client does not know: left out (null), not an error. */
const UnknownItem = z
  .looseObject({ kind: z.unknown().optional() })
  .refine((item) => !KNOWN_ITEM_KINDS.includes(item.kind))
  .transform(() => null);

/** A page of the timeline, without the items of kinds this client does not know. */
export const HistoryPageReader = HistoryPageSchema.extend({
  items: z
    .array(z.union([HistoryItemSchema, UnknownItem]))
    .transform((items) => items.filter((item) => item !== null)),
  people: z.array(PersonReader),
});

const KNOWN_SESSION_KINDS: readonly unknown[] = ['session', 'meeting'];
const UnknownSessionItem = z
  .looseObject({ kind: z.unknown().optional() })
  .refine((item) => !KNOWN_SESSION_KINDS.includes(item.kind))
  .transform(() => null);

/** A page of the timeline in sessions, without the items of kinds this client does not know. */
export const SessionPageReader = SessionPageSchema.extend({
  items: z
    .array(z.union([SessionItemSchema, UnknownSessionItem]))
    .transform((items) => items.filter((item) => item !== null)),
  people: z.array(PersonReader),
  original: SessionPageSchema.shape.original.catch(null),
});

/** The draft at a revision, without its Tiptap JSON: a client shows the HTML. */
export const DraftAtReader = DraftAtSchema.omit({ json: true });

/** A diff's summary: its sections, counts and HTML, without every block's changes. */
export const DraftDiffReader = DraftDiffSchema.extend({
  diff: DraftDiffSchema.shape.diff.omit({ changes: true }),
  people: z.array(PersonReader),
});

/** Who wrote each run; a level that is not a number is left out. */
export const DraftAuthorsReader = DraftAuthorsSchema.extend({
  blocks: z.array(AuthoredBlockSchema.extend({ level: z.number().optional().catch(undefined) })),
  people: z.array(PersonReader),
});

/** The account; a server that does not say who may create meetings means administrators alone. */
export const UserReader = UserSchema.extend({
  admin: z
    .unknown()
    .optional()
    .transform((admin) => admin === true),
  mayCreateMeetings: z.boolean().optional().catch(undefined),
}).transform((user) => ({ ...user, mayCreateMeetings: user.mayCreateMeetings ?? user.admin }));

/** The data of an `event: meeting`, from its JSON text. */
export const MeetingEventMessageReader = z
  .unknown()
  .transform(parseJsonText)
  .pipe(MeetingEventMessageSchema.omit({ data: true }));

/** The data of an `event: draft`, from its JSON text. */
export const DraftTickReader = z
  .unknown()
  .optional()
  .transform(parseJsonText)
  .pipe(DraftTickSchema);

export type MeetingSummaryRead = Immutable<z.output<typeof MeetingSummaryReader>>;
export type MeetingRead = Immutable<z.output<typeof MeetingReader>>;
export type VersionRecord = Immutable<z.output<typeof VersionRecordReader>>;
export type VersionName = Immutable<z.output<typeof VersionNameReader>>;
export type HistoryPageRead = Immutable<z.output<typeof HistoryPageReader>>;
export type SessionPageRead = Immutable<z.output<typeof SessionPageReader>>;
export type DraftAtRead = Immutable<z.output<typeof DraftAtReader>>;
export type DraftDiffRead = Immutable<z.output<typeof DraftDiffReader>>;
export type DraftAuthorsRead = Immutable<z.output<typeof DraftAuthorsReader>>;
export type UserRead = Immutable<z.output<typeof UserReader>>;
