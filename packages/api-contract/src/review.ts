import { z } from 'zod';
import { IdSchema, MeetingParams } from './ids.js';

// The review loop's wire shapes (issue #14): comments, suggestions and the disposition register.
// The server validates requests with these and the web reads answers with them.

/** How a comment is closed, or how a suggestion was decided. */
export const DispositionSchema = z
  .enum(['accepted', 'rejected', 'noted', 'resolved'])
  .meta({ id: 'Disposition' });

/** What a suggestion does to the text: adds, removes, or replaces a quoted part. */
export const SuggestionKindSchema = z
  .enum(['insertion', 'deletion', 'replacement'])
  .meta({ id: 'SuggestionKind' });

/** Where a comment or a suggestion may be decided: open, or decided. */
export const SuggestionStatusSchema = z.enum(['open', 'accepted', 'rejected']);
export const CommentStatusSchema = z.enum(['open', 'resolved']);

// Two Yjs relative positions, each base64 of `Y.encodeRelativePosition`: the anchor follows the
// text while others type. The server decodes and checks them; here only their size is bounded.
const Position = z.string().min(1).max(512);

/** A range of the draft as the editor anchors it (for an insertion, start equals end). */
export const AnchorSchema = z
  .object({ start: Position, end: Position })
  .strict()
  .meta({ id: 'Anchor' });

/** A paragraph's number as people write it: '8.2.1.1' or '8.2.1.1.'. */
const ParagraphNumber = z
  .string()
  .regex(/^\d{1,3}(\.\d{1,3}){0,5}\.?$/, 'a paragraph number looks like 8.2.1.1');

const Note = z.string().max(2000).optional();
const Reason = z.string().max(2000).optional();
/** Text a suggestion quotes or proposes. */
const SuggestionText = z.string().max(5000);

/**
 * `POST /meetings/{meetingId}/suggestions`: by paragraph and quote (delegates, integrations), or
 * by anchor (the editor). `replacement: ""` proposes a deletion; `quote: ""` appends to the
 * paragraph.
 */
export const NewSuggestionSchema = z
  .union([
    z
      .object({
        paragraph: ParagraphNumber,
        quote: SuggestionText,
        replacement: SuggestionText,
        note: Note,
      })
      .strict(),
    z.object({ anchor: AnchorSchema, replacement: SuggestionText, note: Note }).strict(),
  ])
  .meta({ id: 'NewSuggestion' });

/** `POST /meetings/{meetingId}/comments`: by paragraph and quote, or by anchor. */
export const NewCommentSchema = z
  .union([
    z
      .object({ paragraph: ParagraphNumber, quote: SuggestionText, body: z.string().max(2000) })
      .strict(),
    z.object({ anchor: AnchorSchema, body: z.string().max(2000) }).strict(),
  ])
  .meta({ id: 'NewComment' });

export const NewReplySchema = z.object({ body: z.string().max(2000) }).strict();
export const DecisionSchema = z.object({ reason: Reason }).strict();
export const ResolutionSchema = z
  .object({ disposition: DispositionSchema, reason: Reason })
  .strict();
export const EndorsementSettingSchema = z
  .object({ endorsementsRequired: z.number().int().min(0).max(20) })
  .strict();

/** A suggestion as the list and the editor read it. */
export const SuggestionSchema = z
  .object({
    suggestionId: z.string(),
    /** Its number in the register, shared with comments: 1, 2, 3 in the order they were made. */
    number: z.number().int(),
    /** Where its anchor is now ('8.2.1.1'), else where it was made; null outside numbered text. */
    paragraph: z.string().nullable(),
    author: z.string(),
    authorName: z.string(),
    kind: SuggestionKindSchema,
    /** The existing text it deletes or replaces ('' for an insertion). */
    text: z.string(),
    replacement: z.string(),
    note: z.string().nullable(),
    status: SuggestionStatusSchema,
    proposedAt: z.string(),
    decidedBy: z.string().nullable(),
    decidedByName: z.string().nullable(),
    decidedAt: z.string().nullable(),
    reason: z.string().nullable(),
    anchor: AnchorSchema,
    /** The anchored text is gone: the suggestion can only be rejected. */
    orphaned: z.boolean(),
  })
  .meta({ id: 'Suggestion' });

export const CommentReplySchema = z.object({
  replyId: z.string(),
  author: z.string(),
  authorName: z.string(),
  body: z.string(),
  at: z.string(),
});

/** A comment thread as the list and the editor's margin read it. */
export const CommentSchema = z
  .object({
    commentId: z.string(),
    number: z.number().int(),
    paragraph: z.string().nullable(),
    author: z.string(),
    authorName: z.string(),
    /** The text it was anchored to when made; kept when that text is deleted. */
    quote: z.string(),
    body: z.string(),
    status: CommentStatusSchema,
    createdAt: z.string(),
    replies: z.array(CommentReplySchema),
    disposition: DispositionSchema.nullable(),
    resolvedBy: z.string().nullable(),
    resolvedByName: z.string().nullable(),
    resolvedAt: z.string().nullable(),
    reason: z.string().nullable(),
    anchor: AnchorSchema,
    orphaned: z.boolean(),
  })
  .meta({ id: 'Comment' });

export const SuggestionListSchema = z.object({ suggestions: z.array(SuggestionSchema) });
export const CommentListSchema = z.object({ comments: z.array(CommentSchema) });

/** One line of the disposition register. */
export const RegisterRowSchema = z
  .object({
    number: z.number().int(),
    type: z.enum(['comment', 'suggestion']),
    paragraph: z.string().nullable(),
    author: z.string(),
    text: z.string(),
    disposition: z.enum(['open', 'accepted', 'rejected', 'noted', 'resolved']),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'RegisterRow' });

export const RegisterSchema = z.object({ rows: z.array(RegisterRowSchema) });

export const SuggestionParams = MeetingParams.extend({ suggestionId: IdSchema });
export const CommentParams = MeetingParams.extend({ commentId: IdSchema });

export type Disposition = z.infer<typeof DispositionSchema>;
export type Anchor = z.infer<typeof AnchorSchema>;
export type NewSuggestion = z.infer<typeof NewSuggestionSchema>;
export type NewComment = z.infer<typeof NewCommentSchema>;
export type Suggestion = z.infer<typeof SuggestionSchema>;
export type Comment = z.infer<typeof CommentSchema>;
export type CommentReply = z.infer<typeof CommentReplySchema>;
export type RegisterRow = z.infer<typeof RegisterRowSchema>;
