import { useEffect, useRef, useState, type ReactElement } from 'react';

import { CancelButton } from '../app/cancel-button.js';
import { FormAlert } from '../app/form-alert.js';
import { CommentField } from './comment-field.js';
import type { VersionStepName } from './versions-api.js';
import './step-dialog.css';

/** The steps that ask first: the four of a version, and the chair's reopening of the draft. */
export type DialogStep = VersionStepName | 'reopen';

const TITLES: { readonly [S in DialogStep]: string } = {
  submit: 'Submit for approval',
  endorse: 'Endorse',
  approve: 'Approve',
  freeze: 'Freeze the draft',
  reopen: 'Reopen the draft',
};

// Reopening keeps its comment as the reason the approval card shows for as long as Rev.N lasts.
const COMMENT_LABELS: { readonly [S in DialogStep]?: string } = {
  reopen: 'Reason (optional, shown with the reopened draft)',
};

/** What each step does, said before it is taken: the person confirms knowing it. */
export function stepQuestion(
  step: DialogStep,
  version: { readonly name: string; readonly documentRevision: number },
  /** What the document becomes when reopened: 'CWG-WSIS&SDG-34 Rev.1'. */
  nextLabel = `Rev.${version.documentRevision + 1}`,
): string {
  const named = `“${version.name}”`;
  switch (step) {
    case 'submit':
      return `Submit version ${named} for approval? The draft is under review from then on: direct edits wait, and only accepted suggestions change the text until the version is approved or sent back.`;
    case 'endorse':
      return `Endorse version ${named}? Your endorsement tells the chair that you, as a vice-chair, support this text for approval.`;
    case 'approve':
      return `Approve version ${named}? The chair’s approval makes this text the group’s summary, with its fingerprint; freezing it comes next.`;
    case 'freeze':
      return `Freeze the draft at ${named}? Nobody can edit it until the chair reopens it, as Rev.${version.documentRevision + 1}.`;
    case 'reopen':
      return `Reopen the draft as ${nextLabel}? It becomes a new revision of the document that everyone who edits can write in again; the text frozen at ${named} stays as it was, with its fingerprint.`;
  }
}

/**
 * Asks before a step of the approval, with room for a comment that is kept with the step. A
 * modal <dialog>: the page behind is inert (focus stays inside), Escape cancels, and focus goes
 * back to the button that opened it.
 */
export function StepDialog({
  step,
  version,
  nextLabel,
  busy,
  problem,
  onConfirm,
  onCancel,
}: {
  readonly step: DialogStep;
  /** The version the step is about; for a reopening, the one the draft was frozen at. */
  readonly version: {
    readonly versionId: string;
    readonly name: string;
    readonly documentRevision: number;
  };
  /** For a reopening: the label the document takes, 'CWG-WSIS&SDG-34 Rev.1'. */
  readonly nextLabel?: string;
  readonly busy: boolean;
  /** The server's sentence when it refused the step: shown here, where the person is looking. */
  readonly problem: string | undefined;
  readonly onConfirm: (comment: string) => void;
  readonly onCancel: () => void;
}): ReactElement {
  const dialog = useRef<HTMLDialogElement>(null);
  const [comment, setComment] = useState('');
  useEffect(() => {
    const opener = document.activeElement;
    const shown = dialog.current;
    if (shown !== null && !shown.open) shown.showModal();
    return () => {
      if (shown?.open === true) shown.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  const titleId = `step-dialog-title-${version.versionId}`;
  return (
    <dialog
      ref={dialog}
      className="step-dialog"
      aria-labelledby={titleId}
      data-testid="step-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form
        className="step-dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm(comment);
        }}
      >
        <h2 className="step-dialog__title" id={titleId}>
          {TITLES[step]}
        </h2>
        <p className="step-dialog__question">{stepQuestion(step, version, nextLabel)}</p>
        <CommentField
          id={`step-dialog-comment-${version.versionId}`}
          label={COMMENT_LABELS[step] ?? 'Comment (optional, kept with the step)'}
          testId="step-dialog-comment"
          rows={3}
          placeholder="Why, or anything the others should know"
          value={comment}
          onChange={setComment}
        />
        {problem !== undefined && <FormAlert testId="step-dialog-problem">{problem}</FormAlert>}
        <div className="step-dialog__actions">
          <CancelButton onCancel={onCancel} />
          <button
            type="submit"
            className={`button button--primary button--small${busy ? ' is-busy' : ''}`}
            data-testid="step-dialog-confirm"
            disabled={busy}
          >
            {busy && <span className="button__spinner" aria-hidden="true" />}
            {TITLES[step]}
          </button>
        </div>
      </form>
    </dialog>
  );
}
