import { useState, type ReactElement } from 'react';

import { FormAlert } from '../app/form-alert.js';
import { RequestChangesForm } from './request-changes-form.js';
import type { VersionAction } from './version-actions.js';
import type { VersionRecord } from './version-record.js';
import { requestChanges, takeVersionStep, type VersionStepName } from './versions-api.js';
import { StepDialog } from './step-dialog.js';
import { useStepRunner } from './use-step-runner.js';
import './version-forms.css';

const LABELS: { readonly [A in VersionAction]: { readonly idle: string; readonly busy: string } } =
  {
    submit: { idle: 'Submit for approval…', busy: 'Submitting…' },
    endorse: { idle: 'Endorse…', busy: 'Endorsing…' },
    approve: { idle: 'Approve…', busy: 'Approving…' },
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

type Open = 'buttons' | 'request-changes' | { readonly confirm: VersionStepName };

/**
 * The steps this person may take on a version now. Each asks first in a dialog that says what it
 * does, with an optional comment kept with the step; sending back asks what should change. A
 * refusal shows the server's sentence here.
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

  const confirming = typeof open === 'object' ? open.confirm : undefined;
  // Every step asks first, saying what it does, with room for a comment kept with it.
  const press = (action: VersionAction): void => {
    setOpen(action === 'request-changes' ? 'request-changes' : { confirm: action });
  };

  return (
    <div className="version-actions">
      {open !== 'request-changes' && (
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
      {confirming !== undefined && (
        <StepDialog
          step={confirming}
          version={version}
          busy={runner.busy === confirming}
          problem={runner.problem?.step === confirming ? runner.problem.problem.detail : undefined}
          onConfirm={(comment) => {
            runner.run(
              confirming,
              () =>
                takeVersionStep(meetingId, { versionId, name: confirming, comment, ...ifMatch }),
              done,
            );
          }}
          onCancel={() => {
            setOpen('buttons');
            runner.clear();
          }}
        />
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
      {runner.problem !== undefined && confirming === undefined && (
        <FormAlert testId="version-action-problem">{runner.problem.problem.detail}</FormAlert>
      )}
    </div>
  );
}
