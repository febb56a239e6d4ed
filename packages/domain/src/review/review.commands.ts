import type { Command } from '../command.js';
import type { Anchor, Disposition, SuggestionKind } from './review.state.js';

// Ids (commentId, replyId, suggestionId) are made by the server, like every id.

/** Comments on the text at `anchor`; `quote` and `paragraph` are what the server read there. */
export type AddComment = Command<
  'AddComment',
  {
    readonly commentId: string;
    readonly anchor: Anchor;
    readonly quote: string;
    readonly paragraph: string | null;
    readonly body: string;
  }
>;

/** Answers in a comment's thread. */
export type ReplyToComment = Command<
  'ReplyToComment',
  { readonly commentId: string; readonly replyId: string; readonly body: string }
>;

/** Closes a comment with a disposition, and a reason when given. */
export type ResolveComment = Command<
  'ResolveComment',
  { readonly commentId: string; readonly disposition: Disposition; readonly reason?: string | null }
>;

/** Opens a resolved comment again. */
export type ReopenComment = Command<'ReopenComment', { readonly commentId: string }>;

/** Proposes replacing `quote` with `replacement` at `anchor`. */
export type ProposeSuggestion = Command<
  'ProposeSuggestion',
  {
    readonly suggestionId: string;
    readonly anchor: Anchor;
    readonly kind: SuggestionKind;
    readonly quote: string;
    readonly replacement: string;
    readonly paragraph: string | null;
    readonly note?: string | null;
  }
>;

/** Accepts a suggestion; the server applied it to the draft at `draftRevision`. */
export type AcceptSuggestion = Command<
  'AcceptSuggestion',
  {
    readonly suggestionId: string;
    readonly reason?: string | null;
    /** Where the accepted text landed in the draft stream, as the server appended it. */
    readonly draftRevision: number;
    readonly contentHash: string;
  }
>;

/** Rejects a suggestion, with a reason when given. */
export type RejectSuggestion = Command<
  'RejectSuggestion',
  { readonly suggestionId: string; readonly reason?: string | null }
>;

/** The chair sets how many vice-chair endorsements an approval needs. */
export type ChangeEndorsementsRequired = Command<
  'ChangeEndorsementsRequired',
  { readonly endorsementsRequired: number }
>;

/** Every command of the review loop. */
export type ReviewCommand =
  | AddComment
  | ReplyToComment
  | ResolveComment
  | ReopenComment
  | ProposeSuggestion
  | AcceptSuggestion
  | RejectSuggestion
  | ChangeEndorsementsRequired;
