import { useState, type ReactElement, type SubmitEvent } from 'react';

import { CancelButton } from '../app/cancel-button.js';
import { SubmitButton } from '../app/form-alert.js';
import { CommentField } from './comment-field.js';
import './version-forms.css';

/**
 * What should change, before a version is sent back: the comment is kept with the version and
 * shown on its card, so that whoever names the next one knows what to fix.
 */
export function RequestChangesForm({
  versionId,
  busy,
  onSend,
  onCancel,
}: {
  readonly versionId: string;
  readonly busy: boolean;
  readonly onSend: (comment: string) => void;
  readonly onCancel: () => void;
}): ReactElement {
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (comment.trim() === '') {
      setError('Say what should change, for whoever names the next version.');
      return;
    }
    onSend(comment.trim());
  };

  return (
    <form className="version-form" onSubmit={submit} noValidate aria-label="Request changes">
      <CommentField
        id={`request-changes-${versionId}`}
        label="What should change?"
        testId="request-changes-comment"
        rows={3}
        placeholder="For example: §8.4.3 should name the contribution’s revision."
        value={comment}
        error={error}
        onChange={(value) => {
          setComment(value);
          setError(undefined);
        }}
      />
      <div className="version-form__actions">
        <CancelButton onCancel={onCancel} />
        <SubmitButton
          busy={busy}
          busyLabel="Sending…"
          testId="request-changes-submit"
          className="button button--primary button--small"
        >
          Send back
        </SubmitButton>
      </div>
    </form>
  );
}
