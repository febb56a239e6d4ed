import { z } from 'zod';

// The shapes the history endpoints answer with. Roles are strings here: the import that made
// the demo draft is the role `system`, which no participant holds.

/** Someone a history answer names: a participant, or someone who wrote and has since left. */
export const PersonSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.string(),
    /** False for someone who wrote in the draft and has since left the meeting. */
    participant: z.boolean(),
  })
  .meta({ id: 'HistoryPerson' });

/** A burst of edits by one person: one entry of the timeline. */
export const EditEntrySchema = z
  .object({
    kind: z.literal('edit'),
    actor: z.string(),
    name: z.string(),
    role: z.string(),
    startedAt: z.string(),
    endedAt: z.string(),
    fromRevision: z.number().int(),
    toRevision: z.number().int(),
    /** How many stored updates the entry groups: what the activity chart counts as edits. */
    updates: z.number().int(),
    inserted: z.number().int(),
    deleted: z.number().int(),
    /** The numbered paragraphs it touched, as numbered when it ended ('8.4.3.'). */
    sections: z.array(z.string()),
    /** The start of the text it inserted (a server before sessions did not say). */
    written: z.string().optional(),
    /** The start of the text it deleted. */
    removed: z.string().optional(),
  })
  .meta({ id: 'EditEntry' });

/** Someone a session names as its author. */
const AuthorSchema = z.object({ id: z.string(), name: z.string(), role: z.string() });

/**
 * Consecutive edits by one person, Google Docs style: it ends after a pause of five minutes or
 * when someone else edits one of its sections. Its edits are the entries of the plain timeline.
 */
export const SessionEntrySchema = z
  .object({
    kind: z.literal('session'),
    startedAt: z.string(),
    endedAt: z.string(),
    /** Its first revision. */
    fromRevision: z.number().int(),
    /** Its last revision: the draft as the session left it. */
    toRevision: z.number().int(),
    authors: z.array(AuthorSchema),
    /** The numbered paragraphs it touched ('8.2.'), each once. */
    sections: z.array(z.string()),
    /** A short excerpt of what it wrote, or 'removed “…”' when it only deleted. */
    snippet: z.string(),
    updates: z.number().int(),
    inserted: z.number().int(),
    deleted: z.number().int(),
    /** Its edits, newest first. */
    edits: z.array(EditEntrySchema),
  })
  .meta({ id: 'SessionEntry' });

/** A step of the meeting itself, between the edits: "invited X as a vice-chair". */
export const MeetingItemSchema = z
  .object({
    kind: z.literal('meeting'),
    type: z.string(),
    at: z.string(),
    revision: z.number().int(),
    actor: z.string(),
    /** What the actor did, as the words after their name. */
    summary: z.string(),
  })
  .meta({ id: 'MeetingItem' });

/** An item of the timeline. */
export const HistoryItemSchema = z.union([EditEntrySchema, MeetingItemSchema]);

/** An item of the timeline grouped into sessions. */
export const SessionItemSchema = z.union([SessionEntrySchema, MeetingItemSchema]);

/** Edits per person per day (the day in UTC, 'YYYY-MM-DD'). */
export const DailyActivitySchema = z.object({
  day: z.string(),
  actor: z.string(),
  updates: z.number().int(),
  inserted: z.number().int(),
  deleted: z.number().int(),
});

/** A page of the timeline, newest first, with what the panel draws beside it. */
export const HistoryPageSchema = z
  .object({
    items: z.array(HistoryItemSchema),
    nextCursor: z.string().nullable(),
    /** The draft's head revision when the page was read. */
    revision: z.number().int(),
    activity: z.array(DailyActivitySchema),
    people: z.array(PersonSchema),
  })
  .meta({ id: 'HistoryPage' });

/** The draft's first text, when it came in one piece (an import): what "the imported original" names. */
export const ImportedOriginalSchema = z
  .object({ revision: z.number().int(), name: z.string(), at: z.string() })
  .meta({ id: 'ImportedOriginal' });

/** A page of the timeline in sessions, newest first (`?group=sessions`). */
export const SessionPageSchema = HistoryPageSchema.extend({
  items: z.array(SessionItemSchema),
  original: ImportedOriginalSchema.nullable(),
}).meta({ id: 'SessionPage' });

const TiptapJson = z.record(z.string(), z.unknown()).meta({ id: 'TiptapJson' });

/** The draft as it was at one revision, rendered by the server with its paragraph numbers. */
export const DraftAtSchema = z
  .object({
    revision: z.number().int(),
    head: z.number().int(),
    json: TiptapJson,
    html: z.string(),
  })
  .meta({ id: 'DraftAt' });

/** `@rapporteur/diff`'s ChangeKind. */
export const ChangeKindSchema = z.enum(['unchanged', 'added', 'removed', 'moved', 'changed']);
const Side = z.object({ index: z.number().int(), text: z.string() });

/** A block of either document and what happened to it. */
export const BlockChangeSchema = z.object({
  kind: ChangeKindSchema,
  blockType: z.string(),
  level: z.number().int().optional(),
  section: z.string().nullable(),
  previousSection: z.string().nullable().optional(),
  before: Side.optional(),
  after: Side.optional(),
  words: z
    .array(
      z.object({
        op: z.enum(['equal', 'insert', 'delete']),
        text: z.string(),
        authors: z.array(z.string()),
      }),
    )
    .optional(),
  authors: z.array(z.string()),
});

/** A numbered paragraph that changed: how, and by whom. */
export const SectionSummarySchema = z.object({
  section: z.string().nullable(),
  previousSection: z.string().nullable().optional(),
  kinds: z.array(ChangeKindSchema),
  authors: z.array(z.string()),
});

/** What a diff counts. */
export const DiffStatsSchema = z.object({
  insertedCharacters: z.number().int(),
  deletedCharacters: z.number().int(),
  changedBlocks: z.number().int(),
});

/** Two points of the draft compared: the revisions they name, the diff, and the diff as HTML. */
export const DraftDiffSchema = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    diff: z.object({
      changes: z.array(BlockChangeSchema),
      sections: z.array(SectionSummarySchema),
      stats: DiffStatsSchema,
    }),
    html: z.string(),
    people: z.array(PersonSchema),
  })
  .meta({ id: 'DraftDiff' });

/** A run of text and who wrote it (null: nobody known, like imported text). */
export const AuthoredRunSchema = z.object({ text: z.string(), author: z.string().nullable() });

/** One block of the draft with its text cut into runs by author. */
export const AuthoredBlockSchema = z.object({
  type: z.string(),
  /** The numbered paragraph it is in ('8.4.3.'): its own number if it is one. */
  section: z.string().nullable(),
  level: z.number().optional(),
  runs: z.array(AuthoredRunSchema),
});

/** Who wrote each run of the draft's text. */
export const DraftAuthorsSchema = z
  .object({
    revision: z.number().int(),
    blocks: z.array(AuthoredBlockSchema),
    people: z.array(PersonSchema),
  })
  .meta({ id: 'DraftAuthors' });

export type HistoryPerson = z.infer<typeof PersonSchema>;
export type EditEntry = z.infer<typeof EditEntrySchema>;
export type MeetingItem = z.infer<typeof MeetingItemSchema>;
export type HistoryItem = z.infer<typeof HistoryItemSchema>;
export type DailyActivity = z.infer<typeof DailyActivitySchema>;
export type HistoryPage = z.infer<typeof HistoryPageSchema>;
export type SessionEntry = z.infer<typeof SessionEntrySchema>;
export type SessionItem = z.infer<typeof SessionItemSchema>;
export type SessionPage = z.infer<typeof SessionPageSchema>;
export type DraftAt = z.infer<typeof DraftAtSchema>;
export type DraftDiff = z.infer<typeof DraftDiffSchema>;
export type AuthoredRun = z.infer<typeof AuthoredRunSchema>;
export type AuthoredBlock = z.infer<typeof AuthoredBlockSchema>;
export type DraftAuthors = z.infer<typeof DraftAuthorsSchema>;
