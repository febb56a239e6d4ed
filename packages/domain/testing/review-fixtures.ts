import type {
  Actor,
  CommentAdded,
  CommentReopened,
  CommentReplied,
  CommentResolved,
  Disposition,
  EndorsementsRequiredChanged,
  SuggestionAccepted,
  SuggestionProposed,
  SuggestionRejected,
} from '../src/index.js';
import { AT, recorded } from './meeting-fixtures.js';
import { holding } from './version-fixtures.js';

const chair = holding.chair;

/** Two encoded Yjs relative positions around a few words of paragraph 8.2.1.1 (base64). */
export const anchor = { start: 'AZyP2QsAHgA=', end: 'AZyP2QsALQA=' } as const;

/** One position, for an insertion: start and end are the same. */
export const insertionPoint = { start: 'AZyP2QsALQA=', end: 'AZyP2QsALQA=' } as const;

/** What AddComment and CommentAdded carry about a comment. */
export type CommentDetails = Omit<CommentAdded['data'], 'at' | 'by'>;

/** What ProposeSuggestion and SuggestionProposed carry about a suggestion. */
export type SuggestionDetails = Omit<SuggestionProposed['data'], 'at' | 'by'>;

/** A comment `commentId` on paragraph 8.2.1.1, saying `body`. */
export function commentOn(
  commentId = 'c-1',
  body = 'Which deadline does the secretariat report by?',
): CommentDetails {
  return { commentId, anchor, quote: 'reports by 15 January 2020', paragraph: '8.2.1.1', body };
}

/** A suggestion `suggestionId` that replaces the deadline of paragraph 8.2.1.1. */
export function replacing(suggestionId = 's-1'): SuggestionDetails {
  return {
    suggestionId,
    anchor,
    kind: 'replacement',
    quote: '15 January 2020',
    replacement: '31 January 2020',
    paragraph: '8.2.1.1',
    note: null,
  };
}

/** A suggestion `suggestionId` that inserts a few words, in a heading (no paragraph number). */
export function inserting(suggestionId = 's-2'): SuggestionDetails {
  return {
    suggestionId,
    anchor: insertionPoint,
    kind: 'insertion',
    quote: '',
    replacement: ' and the SDGs',
    paragraph: null,
    note: 'The title of the item says so.',
  };
}

/** Where an accepted suggestion landed in the draft stream: revision 42 unless said. */
export function landedAt(draftRevision = 42): {
  readonly draftRevision: number;
  readonly contentHash: string;
} {
  return {
    draftRevision,
    contentHash: `${'d2'.repeat(28)}${draftRevision.toString(16).padStart(8, '0')}`,
  };
}

/** `by` (the chair unless said) commented. */
export function commentAdded(comment: CommentDetails, by: Actor = chair): CommentAdded {
  return { type: 'CommentAdded', data: { ...comment, at: AT, by: recorded(by) } };
}

/** `by` (the chair unless said) replied in a comment's thread. */
export function commentReplied(
  reply: { readonly commentId: string; readonly replyId: string; readonly body: string },
  by: Actor = chair,
): CommentReplied {
  return { type: 'CommentReplied', data: { ...reply, at: AT, by: recorded(by) } };
}

/** `by` (the chair unless said) resolved the comment with `disposition` and no reason unless said. */
export function commentResolved(
  commentId: string,
  resolution: { readonly disposition: Disposition; readonly reason?: string | null },
  by: Actor = chair,
): CommentResolved {
  const { disposition, reason = null } = resolution;
  return {
    type: 'CommentResolved',
    data: { commentId, disposition, reason, at: AT, by: recorded(by) },
  };
}

/** `by` (the chair unless said) reopened the comment. */
export function commentReopened(commentId: string, by: Actor = chair): CommentReopened {
  return { type: 'CommentReopened', data: { commentId, at: AT, by: recorded(by) } };
}

/** `by` (the chair unless said) proposed the suggestion. */
export function suggestionProposed(
  suggestion: SuggestionDetails,
  by: Actor = chair,
): SuggestionProposed {
  return { type: 'SuggestionProposed', data: { ...suggestion, at: AT, by: recorded(by) } };
}

/** `by` (the chair unless said) accepted the suggestion; it landed at `landed` (revision 42). */
export function suggestionAccepted(
  suggestionId: string,
  by: Actor = chair,
  decision: { readonly reason?: string | null; readonly draftRevision?: number } = {},
): SuggestionAccepted {
  const { reason = null, draftRevision = 42 } = decision;
  return {
    type: 'SuggestionAccepted',
    data: { suggestionId, reason, ...landedAt(draftRevision), at: AT, by: recorded(by) },
  };
}

/** `by` (the chair unless said) rejected the suggestion, with `reason` (none unless said). */
export function suggestionRejected(
  suggestionId: string,
  by: Actor = chair,
  reason: string | null = null,
): SuggestionRejected {
  return { type: 'SuggestionRejected', data: { suggestionId, reason, at: AT, by: recorded(by) } };
}

/** `by` (the chair unless said) set the vice-chair endorsements an approval needs. */
export function endorsementsRequiredChanged(
  endorsementsRequired: number,
  by: Actor = chair,
): EndorsementsRequiredChanged {
  return {
    type: 'EndorsementsRequiredChanged',
    data: { endorsementsRequired, at: AT, by: recorded(by) },
  };
}
