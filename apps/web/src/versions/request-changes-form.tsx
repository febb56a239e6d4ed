import { LIMITS } from '@rapporteur/domain';
import { useState, type ReactElement, type SubmitEvent } from 'react';

import { CancelButton } from '../app/cancel-button.js';
import { SubmitButton } from '../app/form-alert.js';
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
  const id = `request-changes-${versionId}`;

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
      <label className="version-form__label" htmlFor={id}>
        What should change?
      </label>
      <textarea
        id={id}
        className="version-form__textarea"
        data-testid="request-changes-comment"
        rows={3}
        maxLength={LIMITS.comment}
        placeholder="For example: §8.4.3 should name the contribution’s revision."
        value={comment}
        aria-invalid={error !== undefined}
        aria-describedby={error === undefined ? undefined : `${id}-error`}
        onChange={(event) => {
          setComment(event.target.value);
          setError(undefined);
        }}
      />
      {error !== undefined && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
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
