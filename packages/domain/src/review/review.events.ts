import type { Event } from '../event.js';
import type { Anchor, Disposition, SuggestionKind } from './review.state.js';

// Plain JSON like every meeting event: no optional field (an absent reason is null), no Map.
// Numbers in the register are not stored: evolve counts them, in the order of the stream.

/** Someone commented on the text at `anchor`. */
export type CommentAdded = Event<
  'CommentAdded',
  {
    readonly commentId: string;
    readonly anchor: Anchor;
    readonly quote: string;
    readonly paragraph: string | null;
    readonly body: string;
  }
>;

/** Someone answered in a comment's thread. */
export type CommentReplied = Event<
  'CommentReplied',
  { readonly commentId: string; readonly replyId: string; readonly body: string }
>;

/** A comment was closed with a disposition. */
export type CommentResolved = Event<
  'CommentResolved',
  { readonly commentId: string; readonly disposition: Disposition; readonly reason: string | null }
>;

/** A resolved comment is open again. */
export type CommentReopened = Event<'CommentReopened', { readonly commentId: string }>;

/** Someone proposed a change to the text at `anchor`. */
export type SuggestionProposed = Event<
  'SuggestionProposed',
  {
    readonly suggestionId: string;
    readonly anchor: Anchor;
    readonly kind: SuggestionKind;
    /** The existing text deleted or replaced; '' for an insertion. */
    readonly quote: string;
    /** The new text; '' for a deletion. */
    readonly replacement: string;
    readonly paragraph: string | null;
    readonly note: string | null;
  }
>;

/** A suggestion was accepted; its text landed in the draft at `draftRevision`. */
export type SuggestionAccepted = Event<
  'SuggestionAccepted',
  {
    readonly suggestionId: string;
    readonly reason: string | null;
    readonly draftRevision: number;
    readonly contentHash: string;
  }
>;

/** A suggestion was rejected. */
export type SuggestionRejected = Event<
  'SuggestionRejected',
  { readonly suggestionId: string; readonly reason: string | null }
>;

/** The chair changed how many vice-chair endorsements an approval needs. */
export type EndorsementsRequiredChanged = Event<
  'EndorsementsRequiredChanged',
  { readonly endorsementsRequired: number }
>;

/** Every event of the review loop, on the meeting stream. */
export type ReviewEvent =
  | CommentAdded
  | CommentReplied
  | CommentResolved
  | CommentReopened
  | SuggestionProposed
  | SuggestionAccepted
  | SuggestionRejected
  | EndorsementsRequiredChanged;
