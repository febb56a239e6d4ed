import type {
  AcceptSuggestion,
  Actor,
  AddComment,
  ChangeEndorsementsRequired,
  Disposition,
  ProposeSuggestion,
  RejectSuggestion,
  ReopenComment,
  ReplyToComment,
  ResolveComment,
} from '../src/index.js';
import { AT } from './meeting-fixtures.js';
import { landedAt, type CommentDetails, type SuggestionDetails } from './review-fixtures.js';
import { holding } from './version-fixtures.js';

const chair = holding.chair;

/** `by` (the chair unless said) comments. */
export function addComment(comment: CommentDetails, by: Actor = chair): AddComment {
  return { type: 'AddComment', data: { ...comment, at: AT, by } };
}

/** `by` (the chair unless said) replies in a comment's thread. */
export function replyToComment(
  reply: { readonly commentId: string; readonly replyId: string; readonly body: string },
  by: Actor = chair,
): ReplyToComment {
  return { type: 'ReplyToComment', data: { ...reply, at: AT, by } };
}

/** `by` (the chair unless said) resolves the comment with `disposition`, and `reason` if given. */
export function resolveComment(
  commentId: string,
  resolution: { readonly disposition: Disposition; readonly reason?: string | null },
  by: Actor = chair,
): ResolveComment {
  return { type: 'ResolveComment', data: { commentId, ...resolution, at: AT, by } };
}

/** `by` (the chair unless said) reopens the comment. */
export function reopenComment(commentId: string, by: Actor = chair): ReopenComment {
  return { type: 'ReopenComment', data: { commentId, at: AT, by } };
}

/** `by` (the chair unless said) proposes the suggestion. */
export function proposeSuggestion(
  suggestion: SuggestionDetails,
  by: Actor = chair,
): ProposeSuggestion {
  return { type: 'ProposeSuggestion', data: { ...suggestion, at: AT, by } };
}

/** `by` (the chair unless said) accepts the suggestion, which landed at revision 42 unless said. */
export function acceptSuggestion(
  suggestionId: string,
  by: Actor = chair,
  decision: { readonly reason?: string | null; readonly draftRevision?: number } = {},
): AcceptSuggestion {
  const { draftRevision = 42, ...rest } = decision;
  return {
    type: 'AcceptSuggestion',
    data: { suggestionId, ...rest, ...landedAt(draftRevision), at: AT, by },
  };
}

/** `by` (the chair unless said) rejects the suggestion, with `reason` if given. */
export function rejectSuggestion(
  suggestionId: string,
  by: Actor = chair,
  reason?: string | null,
): RejectSuggestion {
  const data = { suggestionId, at: AT, by };
  return { type: 'RejectSuggestion', data: reason === undefined ? data : { ...data, reason } };
}

/** `by` (the chair unless said) sets the vice-chair endorsements an approval needs. */
export function changeEndorsementsRequired(
  endorsementsRequired: number,
  by: Actor = chair,
): ChangeEndorsementsRequired {
  return { type: 'ChangeEndorsementsRequired', data: { endorsementsRequired, at: AT, by } };
}
