import type { Stamp } from '../version/version.js';

/** How a comment was closed, as the disposition register records it. */
export const DISPOSITIONS = Object.freeze(['accepted', 'rejected', 'noted', 'resolved'] as const);

/** One of DISPOSITIONS: 'noted' when the comment asks for nothing, 'resolved' when done. */
export type Disposition = (typeof DISPOSITIONS)[number];

/** What a suggestion does to the quoted text. */
export const SUGGESTION_KINDS = Object.freeze(['insertion', 'deletion', 'replacement'] as const);

/** One of SUGGESTION_KINDS. */
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/**
 * Where a comment or suggestion points in the draft: two Yjs relative positions, each encoded
 * and then base64. The domain keeps them as opaque strings; `start === end` for an insertion.
 */
export type Anchor = { readonly start: string; readonly end: string };

/** An answer in a comment's thread. */
export type CommentReply = Stamp & { readonly replyId: string; readonly body: string };

/** A comment on the draft, with its thread and how it was closed. */
export type ReviewComment = {
  readonly commentId: string;
  /** Its number in the disposition register, shared with suggestions: 1, 2, 3... */
  readonly number: number;
  readonly anchor: Anchor;
  /** The text the comment is about, as it was when the comment was made. */
  readonly quote: string;
  /** '8.2.1.1', or null for text outside numbered paragraphs. */
  readonly paragraph: string | null;
  readonly body: string;
  readonly added: Stamp;
  readonly replies: readonly CommentReply[];
  readonly status: 'open' | 'resolved';
  readonly resolved:
    (Stamp & { readonly disposition: Disposition; readonly reason: string | null }) | undefined;
};

/** A change to the draft proposed for the chair or a vice-chair to accept or reject. */
export type ReviewSuggestion = {
  readonly suggestionId: string;
  /** Its number in the disposition register, shared with comments. */
  readonly number: number;
  readonly anchor: Anchor;
  readonly kind: SuggestionKind;
  /** The text deleted or replaced; '' for an insertion. */
  readonly quote: string;
  /** The new text; '' for a deletion. */
  readonly replacement: string;
  readonly paragraph: string | null;
  readonly note: string | null;
  readonly proposed: Stamp;
  readonly status: 'open' | 'accepted' | 'rejected';
  readonly decided: (Stamp & { readonly reason: string | null }) | undefined;
  /** The draft revision where an accepted suggestion landed. */
  readonly draftRevision: number | undefined;
};
