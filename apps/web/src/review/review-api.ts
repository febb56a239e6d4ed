import {
  CommentListSchema,
  CommentSchema,
  readerOf,
  SuggestionListSchema,
  SuggestionSchema,
  type Anchor,
  type Comment,
  type Disposition,
  type Immutable,
  type Suggestion,
} from '@rapporteur/api-contract';

import { isRecord, request, type ApiResult } from '../api/http.js';

// The review loop over HTTP (spec "HTTP API"): comments and suggestions, read with the contract's
// schemas, never cast.

export type ReviewComment = Immutable<Comment>;
export type ReviewSuggestion = Immutable<Suggestion>;
export type { Anchor, Disposition };

/** Both lists, as the margin and the register read them. */
export interface ReviewLists {
  readonly comments: readonly ReviewComment[];
  readonly suggestions: readonly ReviewSuggestion[];
}

const readComments = readerOf(CommentListSchema);
const readSuggestions = readerOf(SuggestionListSchema);
const readComment = readerOf(CommentSchema);
const readSuggestion = readerOf(SuggestionSchema);

/** An id the server made, from `{ [field]: "..." }`. */
const idReader =
  (field: string) =>
  (body: unknown): string | undefined => {
    const value = isRecord(body) ? body[field] : undefined;
    return typeof value === 'string' ? value : undefined;
  };

const meetingPath = (meetingId: string, rest: string): string =>
  `/api/meetings/${encodeURIComponent(meetingId)}/${rest}`;
const commentPath = (meetingId: string, commentId: string, rest: string): string =>
  meetingPath(meetingId, `comments/${encodeURIComponent(commentId)}/${rest}`);
const suggestionPath = (meetingId: string, suggestionId: string, rest: string): string =>
  meetingPath(meetingId, `suggestions/${encodeURIComponent(suggestionId)}/${rest}`);

/** The meeting's comments and suggestions, read together so the margin never shows half. */
export async function fetchReviewLists(
  meetingId: string,
  signal: AbortSignal,
): Promise<ApiResult<ReviewLists>> {
  const [comments, suggestions] = await Promise.all([
    request(meetingPath(meetingId, 'comments'), { signal, parse: readComments }),
    request(meetingPath(meetingId, 'suggestions'), { signal, parse: readSuggestions }),
  ]);
  if (!comments.ok) return comments;
  if (!suggestions.ok) return suggestions;
  return {
    ok: true,
    value: { comments: comments.value.comments, suggestions: suggestions.value.suggestions },
  };
}

/** Comments on the anchored text; answers the new comment's id. */
export function addComment(
  meetingId: string,
  comment: { readonly anchor: Anchor; readonly body: string },
): Promise<ApiResult<string>> {
  return request(meetingPath(meetingId, 'comments'), {
    method: 'POST',
    body: comment,
    parse: idReader('commentId'),
  });
}

export function replyToComment(
  meetingId: string,
  reply: { readonly commentId: string; readonly body: string },
): Promise<ApiResult<string>> {
  return request(commentPath(meetingId, reply.commentId, 'replies'), {
    method: 'POST',
    body: { body: reply.body },
    parse: idReader('replyId'),
  });
}

/** Blank reasons are left out: the server stores none rather than an empty one. */
const withReason = (reason: string | undefined): { reason?: string } =>
  reason === undefined || reason.trim() === '' ? {} : { reason: reason.trim() };

export function resolveComment(
  meetingId: string,
  resolution: {
    readonly commentId: string;
    readonly disposition: Disposition;
    readonly reason?: string;
  },
): Promise<ApiResult<ReviewComment>> {
  return request(commentPath(meetingId, resolution.commentId, 'resolve'), {
    method: 'POST',
    body: { disposition: resolution.disposition, ...withReason(resolution.reason) },
    parse: readComment,
  });
}

export function reopenComment(
  meetingId: string,
  commentId: string,
): Promise<ApiResult<ReviewComment>> {
  return request(commentPath(meetingId, commentId, 'reopen'), {
    method: 'POST',
    body: {},
    parse: readComment,
  });
}

/** Proposes to put `replacement` in place of the anchored text ('' deletes it). */
export function proposeSuggestion(
  meetingId: string,
  suggestion: { readonly anchor: Anchor; readonly replacement: string; readonly note?: string },
): Promise<ApiResult<string>> {
  return request(meetingPath(meetingId, 'suggestions'), {
    method: 'POST',
    body: suggestion,
    parse: idReader('suggestionId'),
  });
}

/** Accepts or rejects a suggestion; an accepted one lands in the draft, done by the server. */
export function decideSuggestion(
  meetingId: string,
  decision: {
    readonly suggestionId: string;
    readonly decision: 'accept' | 'reject';
    readonly reason?: string;
  },
): Promise<ApiResult<ReviewSuggestion>> {
  return request(suggestionPath(meetingId, decision.suggestionId, decision.decision), {
    method: 'POST',
    body: withReason(decision.reason),
    parse: readSuggestion,
  });
}

export type RegisterFormat = 'csv' | 'docx';

/** Where the disposition register is downloaded. */
export function registerUrl(meetingId: string, format: RegisterFormat): string {
  return meetingPath(meetingId, `register?format=${format}`);
}
