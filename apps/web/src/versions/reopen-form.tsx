import { useState, type ReactElement, type SubmitEvent } from 'react';

import { CancelButton } from '../app/cancel-button.js';
import { FormAlert, SubmitButton } from '../app/form-alert.js';
import { reopenDraft } from './versions-api.js';
import { useStepRunner } from './use-step-runner.js';
import { CommentField } from './comment-field.js';
import './version-forms.css';

/**
 * The chair's way to open a frozen draft again, as the next revision of the document. The
 * reason is optional; given, it is kept in the meeting's history.
 */
export function ReopenForm({
  meetingId,
  nextLabel,
  etag,
  onReopened,
}: {
  readonly meetingId: string;
  /** What the document becomes: 'CWG-WSIS&SDG-34 Rev.1'. */
  readonly nextLabel: string;
  /** The meeting's ETag as the page read it, sent as If-Match. */
  readonly etag: string | undefined;
  readonly onReopened: () => void;
}): ReactElement {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const runner = useStepRunner<'reopen'>();

  if (!asking) {
    return (
      <button
        type="button"
        className="button button--outline button--small draft-seal__reopen"
        data-testid="reopen-draft"
        onClick={() => {
          setAsking(true);
        }}
      >
        Reopen the draft…
      </button>
    );
  }

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    runner.run(
      'reopen',
      () => reopenDraft(meetingId, reason, etag),
      () => {
        setAsking(false);
        setReason('');
        onReopened();
      },
    );
  };

  return (
    <form className="version-form" onSubmit={submit} noValidate aria-label="Reopen the draft">
      <p className="version-confirm__question">
        Reopen the draft as <strong>{nextLabel}</strong>? Everyone who edits can write in it again.
      </p>
      <CommentField
        id="reopen-reason"
        label="Why (optional)"
        testId="reopen-reason"
        rows={2}
        placeholder="For example: a delegation asked for a correction in §9.1."
        value={reason}
        onChange={setReason}
      />
      <div className="version-form__actions">
        <CancelButton
          onCancel={() => {
            setAsking(false);
            runner.clear();
          }}
        />
        <SubmitButton
          busy={runner.busy === 'reopen'}
          busyLabel="Reopening…"
          testId="reopen-submit"
          className="button button--primary button--small"
        >
          Reopen
        </SubmitButton>
      </div>
      {runner.problem !== undefined && (
        <FormAlert testId="reopen-problem">{runner.problem.problem.detail}</FormAlert>
      )}
    </form>
  );
}
