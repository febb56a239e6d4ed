import { useState, type ReactElement } from 'react';

import { CancelButton } from '../app/cancel-button.js';
import { FormAlert } from '../app/form-alert.js';
import { RequestChangesForm } from './request-changes-form.js';
import type { VersionAction } from './version-actions.js';
import type { VersionRecord } from './version-record.js';
import { requestChanges, takeVersionStep } from './versions-api.js';
import { useStepRunner } from './use-step-runner.js';
import './version-forms.css';

const LABELS: { readonly [A in VersionAction]: { readonly idle: string; readonly busy: string } } =
  {
    submit: { idle: 'Submit for approval', busy: 'Submitting…' },
    endorse: { idle: 'Endorse', busy: 'Endorsing…' },
    approve: { idle: 'Approve', busy: 'Approving…' },
    freeze: { idle: 'Freeze the draft…', busy: 'Freezing…' },
    'request-changes': { idle: 'Request changes…', busy: 'Sending…' },
  };

const TEST_IDS: { readonly [A in VersionAction]: string } = {
  submit: 'submit-version',
  endorse: 'endorse-version',
  approve: 'approve-version',
  freeze: 'freeze-draft',
  'request-changes': 'request-changes',
};

// The step that moves the version furthest is the one drawn as the main button.
const PRIMARY_FIRST: readonly VersionAction[] = ['approve', 'freeze', 'submit', 'endorse'];

type Open = 'buttons' | 'request-changes' | 'confirm-freeze';

/**
 * The steps this person may take on a version now. Freezing asks again (nobody can edit after
 * it); sending back asks what should change. A refusal shows the server's sentence here.
 */
export function VersionActionsBar({
  meetingId,
  version,
  actions,
  etag,
  onChanged,
}: {
  readonly meetingId: string;
  readonly version: VersionRecord;
  readonly actions: readonly VersionAction[];
  /** The meeting's ETag the card was drawn from; absent, the step is taken on the meeting as it is. */
  readonly etag: string | undefined;
  readonly onChanged: () => void;
}): ReactElement {
  const [open, setOpen] = useState<Open>('buttons');
  const runner = useStepRunner<VersionAction>();
  const primary = PRIMARY_FIRST.find((action) => actions.includes(action));
  const { versionId } = version;
  const ifMatch = etag === undefined ? {} : { ifMatch: etag };
  const done = (): void => {
    setOpen('buttons');
    onChanged();
  };

  const press = (action: VersionAction): void => {
    if (action === 'request-changes') setOpen('request-changes');
    else if (action === 'freeze') setOpen('confirm-freeze');
    else
      runner.run(
        action,
        () => takeVersionStep(meetingId, { versionId, name: action, ...ifMatch }),
        done,
      );
  };

  return (
    <div className="version-actions">
      {open === 'buttons' && (
        <div className="version-actions__buttons">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={`button button--small ${action === primary ? 'button--primary' : 'button--outline'}${runner.busy === action ? ' is-busy' : ''}`}
              data-testid={TEST_IDS[action]}
              disabled={runner.busy !== undefined}
              aria-busy={runner.busy === action}
              onClick={() => {
                press(action);
              }}
            >
              {runner.busy === action && <span className="button__spinner" aria-hidden="true" />}
              {runner.busy === action ? LABELS[action].busy : LABELS[action].idle}
            </button>
          ))}
        </div>
      )}
      {open === 'confirm-freeze' && (
        <div className="version-confirm" role="group" aria-label="Confirm the freeze">
          <p className="version-confirm__question">
            Freeze the draft at “{version.name}”? Nobody can edit it until the chair reopens it, as
            Rev.{version.documentRevision + 1}.
          </p>
          <div className="version-form__actions">
            <CancelButton
              onCancel={() => {
                setOpen('buttons');
                runner.clear();
              }}
            />
            <button
              type="button"
              className={`button button--primary button--small${runner.busy === 'freeze' ? ' is-busy' : ''}`}
              data-testid="freeze-confirm"
              disabled={runner.busy !== undefined}
              onClick={() => {
                runner.run(
                  'freeze',
                  () => takeVersionStep(meetingId, { versionId, name: 'freeze', ...ifMatch }),
                  done,
                );
              }}
            >
              {runner.busy === 'freeze' && <span className="button__spinner" aria-hidden="true" />}
              {runner.busy === 'freeze' ? LABELS.freeze.busy : 'Freeze'}
            </button>
          </div>
        </div>
      )}
      {open === 'request-changes' && (
        <RequestChangesForm
          versionId={versionId}
          busy={runner.busy === 'request-changes'}
          onSend={(comment) => {
            runner.run(
              'request-changes',
              () => requestChanges(meetingId, { versionId, comment, ...ifMatch }),
              done,
            );
          }}
          onCancel={() => {
            setOpen('buttons');
            runner.clear();
          }}
        />
      )}
      {runner.problem !== undefined && (
        <FormAlert testId="version-action-problem">{runner.problem.problem.detail}</FormAlert>
      )}
    </div>
  );
}
