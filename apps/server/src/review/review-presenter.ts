import type { Comment, RegisterRow, Suggestion } from '@rapporteur/api-contract';
import type { ReviewComment, ReviewSuggestion, ScheduledMeeting } from '@rapporteur/domain';
import type { Whereabouts } from './review-draft.js';

/** A person's name as the meeting knows it; someone who left keeps their id. */
export function nameIn(meeting: ScheduledMeeting, personId: string): string {
  return meeting.participants.get(personId)?.name ?? personId;
}

/** A suggestion as the API gives it, with where its anchor is now. */
export function presentSuggestion(
  meeting: ScheduledMeeting,
  suggestion: ReviewSuggestion,
  now: Whereabouts,
): Suggestion {
  const decided = suggestion.decided;
  return {
    suggestionId: suggestion.suggestionId,
    number: suggestion.number,
    paragraph: now.paragraph,
    author: suggestion.proposed.by.personId,
    authorName: nameIn(meeting, suggestion.proposed.by.personId),
    kind: suggestion.kind,
    text: suggestion.quote,
    replacement: suggestion.replacement,
    note: suggestion.note,
    status: suggestion.status,
    proposedAt: suggestion.proposed.at,
    decidedBy: decided?.by.personId ?? null,
    decidedByName: decided === undefined ? null : nameIn(meeting, decided.by.personId),
    decidedAt: decided?.at ?? null,
    reason: decided?.reason ?? null,
    anchor: suggestion.anchor,
    // A decided suggestion's text is settled: only an open one can lose its place.
    orphaned: suggestion.status === 'open' && now.orphaned,
  };
}

/** A comment thread as the API gives it, with where its anchor is now. */
export function presentComment(
  meeting: ScheduledMeeting,
  comment: ReviewComment,
  now: Whereabouts,
): Comment {
  const resolved = comment.resolved;
  return {
    commentId: comment.commentId,
    number: comment.number,
    paragraph: now.paragraph,
    author: comment.added.by.personId,
    authorName: nameIn(meeting, comment.added.by.personId),
    quote: comment.quote,
    body: comment.body,
    status: comment.status,
    createdAt: comment.added.at,
    replies: comment.replies.map((reply) => ({
      replyId: reply.replyId,
      author: reply.by.personId,
      authorName: nameIn(meeting, reply.by.personId),
      body: reply.body,
      at: reply.at,
    })),
    disposition: resolved?.disposition ?? null,
    resolvedBy: resolved?.by.personId ?? null,
    resolvedByName: resolved === undefined ? null : nameIn(meeting, resolved.by.personId),
    resolvedAt: resolved?.at ?? null,
    reason: resolved?.reason ?? null,
    anchor: comment.anchor,
    orphaned: now.orphaned,
  };
}

/** The register's line of a suggestion: its disposition is its decision, or open. */
export function suggestionRow(suggestion: Suggestion): RegisterRow {
  return {
    number: suggestion.number,
    type: 'suggestion',
    paragraph: suggestion.paragraph,
    author: suggestion.authorName,
    text: suggestionText(suggestion),
    disposition: suggestion.status,
    decidedBy: suggestion.decidedByName,
    decidedAt: suggestion.decidedAt,
    reason: suggestion.reason,
  };
}

/** The register's line of a comment, its replies after its body. */
export function commentRow(comment: Comment): RegisterRow {
  const replies = comment.replies.map((reply) => `${reply.authorName}: ${reply.body}`);
  return {
    number: comment.number,
    type: 'comment',
    paragraph: comment.paragraph,
    author: comment.authorName,
    text: [`On “${comment.quote}”: ${comment.body}`, ...replies].join('\n'),
    disposition: comment.disposition ?? 'open',
    decidedBy: comment.resolvedByName,
    decidedAt: comment.resolvedAt,
    reason: comment.reason,
  };
}

// How a register reader sees the change: 'Replace “a” with “b”'.
function suggestionText(suggestion: Suggestion): string {
  const note = suggestion.note === null ? '' : ` (${suggestion.note})`;
  switch (suggestion.kind) {
    case 'insertion':
      return `Insert “${suggestion.replacement}”${note}`;
    case 'deletion':
      return `Delete “${suggestion.text}”${note}`;
    case 'replacement':
      return `Replace “${suggestion.text}” with “${suggestion.replacement}”${note}`;
  }
}
