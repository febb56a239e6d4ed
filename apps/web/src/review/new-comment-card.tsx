import { useState, type ReactElement } from 'react';

import { addComment } from './review-api.js';
import type { NewComment } from './new-comment.js';
import { useCardAction } from './use-card-action.js';

/** The field for a new comment on the selected words, beside them in the margin. */
export function NewCommentCard({
  meetingId,
  comment,
  onDone,
  onAdded,
}: {
  readonly meetingId: string;
  readonly comment: NewComment;
  readonly onDone: () => void;
  readonly onAdded: () => void;
}): ReactElement {
  const { busy, problem, run } = useCardAction(onAdded);
  const [body, setBody] = useState('');
  return (
    <form
      className="review-card__form"
      onSubmit={(event) => {
        event.preventDefault();
        if (body.trim() === '') return;
        void run(() => addComment(meetingId, { anchor: comment.anchor, body })).then((ok) => {
          if (ok) onDone();
        });
      }}
    >
      <p className="review-card__quote">
        <q>{comment.quote}</q>
      </p>
      <textarea
        className="review-card__input"
        data-testid="new-comment-input"
        placeholder="Your comment"
        rows={3}
        maxLength={2000}
        // Typing starts here: the person pressed Comment to write one.
        autoFocus
        value={body}
        onChange={(event) => {
          setBody(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onDone();
        }}
      />
      <div className="review-card__actions">
        <button
          type="submit"
          className="button button--primary button--small"
          data-testid="new-comment-submit"
          disabled={busy || body.trim() === ''}
        >
          Comment
        </button>
        <button type="button" className="button button--quiet button--small" onClick={onDone}>
          Cancel
        </button>
      </div>
      {problem !== undefined && (
        <p className="review-card__problem" role="alert">
          {problem.detail}
        </p>
      )}
    </form>
  );
}
