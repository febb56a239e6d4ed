import { ForbiddenError, IllegalStateError, NotFoundError } from '../errors.js';
import type { RecordedActor } from '../event.js';
import { roleOf } from '../meeting/meeting.js';
import type { ScheduledMeeting } from '../meeting/meeting.state.js';
import { authorizeIn, requireStamp } from '../meeting/meeting.guards.js';
import { can, whoMay } from '../permissions/permissions.js';
import { roleInSentence } from '../permissions/roles.js';
import { requireId, requireParagraphs } from '../validation/fields.js';
import { LIMITS } from '../validation/limits.js';
import { requireNotFrozen } from '../version/version.guards.js';
import type {
  AddComment,
  ReopenComment,
  ReplyToComment,
  ResolveComment,
} from './review.commands.js';
import type {
  CommentAdded,
  CommentReopened,
  CommentReplied,
  CommentResolved,
} from './review.events.js';
import {
  optionalParagraphs,
  requireAnchor,
  requireDisposition,
  requireDraftText,
  requireParagraphNumber,
} from './review.fields.js';
import type { ReviewComment } from './review.state.js';

/** Decides a new comment: anyone in the meeting comments, delegates included. */
export function addComment(
  meeting: ScheduledMeeting,
  command: AddComment,
): readonly CommentAdded[] {
  const { at, by } = requireStamp(command.data);
  authorizeIn(meeting, by, 'comment');
  const comment = {
    commentId: requireId('commentId', command.data.commentId),
    anchor: requireAnchor('anchor', command.data.anchor),
    quote: requireDraftText('quote', command.data.quote),
    paragraph: requireParagraphNumber('paragraph', command.data.paragraph),
    body: requireParagraphs('body', command.data.body, LIMITS.comment),
  };
  requireNotFrozen(meeting, 'comment');
  if (meeting.comments.has(comment.commentId)) {
    throw new IllegalStateError(
      `There is already comment ${meeting.comments.get(comment.commentId)?.number ?? ''} under the same id: give the new comment an id of its own.`,
    );
  }
  return [{ type: 'CommentAdded', data: { ...comment, at, by } }];
}

/** Decides an answer in a comment's thread; a resolved comment takes answers too. */
export function replyToComment(
  meeting: ScheduledMeeting,
  command: ReplyToComment,
): readonly CommentReplied[] {
  const { at, by } = requireStamp(command.data);
  authorizeIn(meeting, by, 'comment');
  const commentId = requireId('commentId', command.data.commentId);
  const replyId = requireId('replyId', command.data.replyId);
  const body = requireParagraphs('body', command.data.body, LIMITS.comment);
  requireNotFrozen(meeting, 'reply to a comment');
  const comment = requireComment(meeting, commentId);
  if (comment.replies.some((reply) => reply.replyId === replyId)) {
    throw new IllegalStateError(
      `Comment ${comment.number} already has a reply under the same id: give the new reply an id of its own.`,
    );
  }
  return [{ type: 'CommentReplied', data: { commentId, replyId, body, at, by } }];
}

/** Decides closing an open comment with a disposition: its author, the chair or a vice-chair. */
export function resolveComment(
  meeting: ScheduledMeeting,
  command: ResolveComment,
): readonly CommentResolved[] {
  const { at, by } = requireStamp(command.data);
  authorizeIn(meeting, by, 'comment');
  const commentId = requireId('commentId', command.data.commentId);
  const disposition = requireDisposition('disposition', command.data.disposition);
  const reason = optionalParagraphs('reason', command.data.reason);
  requireNotFrozen(meeting, 'resolve a comment');
  const comment = requireComment(meeting, commentId);
  authorizeOnComment(meeting, by, { comment, doing: 'resolve' });
  if (comment.status !== 'open') {
    throw new IllegalStateError(
      `Comment ${comment.number} is resolved already (${comment.resolved?.disposition ?? 'resolved'}): ` +
        'reopen it first to resolve it otherwise.',
    );
  }
  return [{ type: 'CommentResolved', data: { commentId, disposition, reason, at, by } }];
}

/** Decides opening a resolved comment again: its author, the chair or a vice-chair. */
export function reopenComment(
  meeting: ScheduledMeeting,
  command: ReopenComment,
): readonly CommentReopened[] {
  const { at, by } = requireStamp(command.data);
  authorizeIn(meeting, by, 'comment');
  const commentId = requireId('commentId', command.data.commentId);
  requireNotFrozen(meeting, 'reopen a comment');
  const comment = requireComment(meeting, commentId);
  authorizeOnComment(meeting, by, { comment, doing: 'reopen' });
  if (comment.status !== 'resolved') {
    throw new IllegalStateError(
      `Comment ${comment.number} is open: only a resolved comment is reopened.`,
    );
  }
  return [{ type: 'CommentReopened', data: { commentId, at, by } }];
}

/** The comment, or a NotFoundError saying that no comment has this id here. */
function requireComment(meeting: ScheduledMeeting, commentId: string): ReviewComment {
  const comment = meeting.comments.get(commentId);
  if (comment !== undefined) return comment;
  throw new NotFoundError(
    'comment',
    'This meeting has no such comment: reload the comments and try again.',
    commentId,
  );
}

// A comment is its author's to close, or theirs who decide on suggestions: the disposition
// register is the chair's and the vice-chairs' to keep, so they close anyone's.
function authorizeOnComment(
  meeting: ScheduledMeeting,
  by: RecordedActor,
  { comment, doing }: { readonly comment: ReviewComment; readonly doing: 'resolve' | 'reopen' },
): void {
  const role = roleOf(meeting, by.personId);
  if (comment.added.by.personId === by.personId || can(role, 'decide-suggestion')) return;
  const you = role === undefined ? 'you are not a participant' : `you are ${roleInSentence(role)}`;
  throw new ForbiddenError(
    'decide-suggestion',
    `Only the author of comment ${comment.number}, ${whoMay('decide-suggestion')} may ${doing} it; ${you}.`,
  );
}
