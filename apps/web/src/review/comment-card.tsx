import type { Role } from '@rapporteur/domain';
import { useState, type ReactElement, memo } from 'react';

import { formatMoment } from '../history/history-format.js';
import { CardHeader, OrphanedQuote } from './card-header.js';
import { DISPOSITION_LABELS } from './dispositions.js';
import { ResolveForm } from './resolve-form.js';
import { reopenComment, replyToComment, resolveComment, type ReviewComment } from './review-api.js';
import { mayComment, mayResolveComment } from './review-permissions.js';
import { useCardAction } from './use-card-action.js';

interface CommentCardProps {
  readonly meetingId: string;
  readonly comment: ReviewComment;
  readonly viewer: { readonly role: Role | null; readonly you: string };
  readonly active: boolean;
  readonly onChanged: () => void;
}

/** A comment thread in the margin: the comment, its replies, a reply field, Resolve or Reopen. */
export const CommentCard = memo(function CommentCard({
  meetingId,
  comment,
  viewer,
  active,
  onChanged,
}: CommentCardProps): ReactElement {
  const { busy, problem, run } = useCardAction(onChanged);
  const [reply, setReply] = useState('');
  const [resolving, setResolving] = useState(false);
  const open = comment.status === 'open';
  const mayResolve = viewer.role !== null && mayResolveComment(viewer, comment);

  return (
    <>
      <CardHeader
        author={comment.author}
        authorName={comment.authorName}
        at={comment.createdAt}
        number={comment.number}
        paragraph={comment.paragraph}
      />
      {comment.orphaned ? (
        <OrphanedQuote quote={comment.quote} />
      ) : (
        <p className="review-card__quote">
          <q>{comment.quote}</q>
        </p>
      )}
      <p className="review-card__body" data-testid="comment-body">
        {comment.body}
      </p>
      {comment.replies.length > 0 && (
        <ol className="review-card__replies">
          {comment.replies.map((item) => (
            <li key={item.replyId} className="review-card__reply" data-testid="comment-reply">
              <span className="review-card__name">{item.authorName}</span>{' '}
              <time className="review-card__time" dateTime={item.at}>
                {formatMoment(item.at, { now: new Date() })}
              </time>
              <p className="review-card__body">{item.body}</p>
            </li>
          ))}
        </ol>
      )}
      {!open && comment.disposition !== null && (
        <p className="review-card__decision" data-testid="comment-disposition">
          {DISPOSITION_LABELS[comment.disposition]}
          {comment.resolvedByName !== null && ` by ${comment.resolvedByName}`}
          {comment.reason !== null && `: ${comment.reason}`}
        </p>
      )}
      {open && active && mayComment(viewer.role) && (
        <form
          className="review-card__form"
          onSubmit={(event) => {
            event.preventDefault();
            if (reply.trim() === '') return;
            void run(() =>
              replyToComment(meetingId, { commentId: comment.commentId, body: reply }),
            ).then((ok) => {
              if (ok) setReply('');
            });
          }}
        >
          <input
            className="review-card__input"
            data-testid="reply-input"
            placeholder="Reply"
            maxLength={2000}
            value={reply}
            onChange={(event) => {
              setReply(event.target.value);
            }}
          />
          {reply.trim() !== '' && (
            <button
              type="submit"
              className="button button--primary button--small"
              data-testid="reply-submit"
              disabled={busy}
            >
              Reply
            </button>
          )}
        </form>
      )}
      {open && mayResolve && resolving && (
        <ResolveForm
          busy={busy}
          onCancel={() => {
            setResolving(false);
          }}
          onResolve={(disposition, reason) => {
            void run(() =>
              resolveComment(meetingId, { commentId: comment.commentId, disposition, reason }),
            );
          }}
        />
      )}
      {open && mayResolve && !resolving && (
        <div className="review-card__actions">
          <button
            type="button"
            className="button button--quiet button--small"
            data-testid="resolve-comment"
            onClick={() => {
              setResolving(true);
            }}
          >
            Resolve
          </button>
        </div>
      )}
      {!open && mayResolve && (
        <div className="review-card__actions">
          <button
            type="button"
            className="button button--quiet button--small"
            data-testid="reopen-comment"
            disabled={busy}
            onClick={() => {
              void run(() => reopenComment(meetingId, comment.commentId));
            }}
          >
            Reopen
          </button>
        </div>
      )}
      {problem !== undefined && (
        <p className="review-card__problem" role="alert">
          {problem.detail}
        </p>
      )}
    </>
  );
});
