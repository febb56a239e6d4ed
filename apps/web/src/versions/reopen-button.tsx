import { useState, type ReactElement } from 'react';

import type { FrozenDraft } from '../meeting/meeting-api.js';
import { reopenDraft } from './versions-api.js';
import { StepDialog } from './step-dialog.js';
import { useStepRunner } from './use-step-runner.js';

/**
 * The chair's way to open a frozen draft again, as the next revision of the document. Like the
 * steps of a version it asks first, in the same dialog, saying what reopening does; the comment
 * is the reason, kept in the meeting's history and shown on the approval card.
 */
export function ReopenButton({
  meetingId,
  frozen,
  documentRevision,
  nextLabel,
  etag,
  onReopened,
}: {
  readonly meetingId: string;
  /** The seal being lifted: the version the draft was frozen at. */
  readonly frozen: FrozenDraft;
  readonly documentRevision: number;
  /** What the document becomes: 'CWG-WSIS&SDG-34 Rev.1'. */
  readonly nextLabel: string;
  /** The meeting's ETag as the page read it, sent as If-Match. */
  readonly etag: string | undefined;
  readonly onReopened: () => void;
}): ReactElement {
  const [asking, setAsking] = useState(false);
  const runner = useStepRunner<'reopen'>();
  return (
    <>
      <button
        type="button"
        className={`button button--outline button--small draft-seal__reopen${runner.busy === 'reopen' ? ' is-busy' : ''}`}
        data-testid="reopen-draft"
        disabled={runner.busy !== undefined}
        onClick={() => {
          setAsking(true);
        }}
      >
        Reopen the draft…
      </button>
      {asking && (
        <StepDialog
          step="reopen"
          version={{ versionId: frozen.versionId, name: frozen.versionName, documentRevision }}
          nextLabel={nextLabel}
          busy={runner.busy === 'reopen'}
          problem={runner.problem?.problem.detail}
          onConfirm={(reason) => {
            runner.run(
              'reopen',
              () => reopenDraft(meetingId, reason, etag),
              () => {
                setAsking(false);
                onReopened();
              },
            );
          }}
          onCancel={() => {
            setAsking(false);
            runner.clear();
          }}
        />
      )}
    </>
  );
}
