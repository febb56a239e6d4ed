import { z } from '@hono/zod-openapi';

// The shapes the history endpoints answer with, for the OpenAPI document and the web app.

export const PersonSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.string(),
    /** False for someone who wrote in the draft and has since left the meeting. */
    participant: z.boolean(),
  })
  .openapi('HistoryPerson');
export type Person = z.infer<typeof PersonSchema>;

const EditEntrySchema = z
  .object({
    kind: z.literal('edit'),
    actor: z.string(),
    name: z.string(),
    role: z.string(),
    startedAt: z.string(),
    endedAt: z.string(),
    fromRevision: z.number().int(),
    toRevision: z.number().int(),
    updates: z.number().int(),
    inserted: z.number().int(),
    deleted: z.number().int(),
    sections: z.array(z.string()),
  })
  .openapi('EditEntry');

const MeetingItemSchema = z
  .object({
    kind: z.literal('meeting'),
    type: z.string(),
    at: z.string(),
    revision: z.number().int(),
    actor: z.string(),
    summary: z.string(),
  })
  .openapi('MeetingItem');

export const HistoryPageSchema = z
  .object({
    items: z.array(z.union([EditEntrySchema, MeetingItemSchema])),
    nextCursor: z.string().nullable(),
    revision: z.number().int(),
    activity: z.array(
      z.object({
        day: z.string(),
        actor: z.string(),
        updates: z.number().int(),
        inserted: z.number().int(),
        deleted: z.number().int(),
      }),
    ),
    people: z.array(PersonSchema),
  })
  .openapi('HistoryPage');

const TiptapJson = z.record(z.string(), z.unknown()).openapi('TiptapJson');

export const DraftAtSchema = z
  .object({
    revision: z.number().int(),
    head: z.number().int(),
    json: TiptapJson,
    html: z.string(),
  })
  .openapi('DraftAt');

const Kind = z.enum(['unchanged', 'added', 'removed', 'moved', 'changed']);
const Side = z.object({ index: z.number().int(), text: z.string() });

export const DiffResponseSchema = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    diff: z.object({
      changes: z.array(
        z.object({
          kind: Kind,
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
        }),
      ),
      sections: z.array(
        z.object({
          section: z.string().nullable(),
          previousSection: z.string().nullable().optional(),
          kinds: z.array(Kind),
          authors: z.array(z.string()),
        }),
      ),
      stats: z.object({
        insertedCharacters: z.number().int(),
        deletedCharacters: z.number().int(),
        changedBlocks: z.number().int(),
      }),
    }),
    html: z.string(),
    people: z.array(PersonSchema),
  })
  .openapi('DraftDiff');

export const AuthorsSchema = z
  .object({
    revision: z.number().int(),
    blocks: z.array(
      z.object({
        type: z.string(),
        section: z.string().nullable(),
        level: z.number().optional(),
        runs: z.array(z.object({ text: z.string(), author: z.string().nullable() })),
      }),
    ),
    people: z.array(PersonSchema),
  })
  .openapi('DraftAuthors');
