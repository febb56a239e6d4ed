import { useEffect, useRef, useState, type ReactElement, type SubmitEvent } from 'react';

import { CancelButton } from '../app/cancel-button.js';
import { FormAlert, SubmitButton } from '../app/form-alert.js';
import { importFile, previewImport, type ImportPreview } from './import-api.js';
import { ImportDropZone } from './import-drop-zone.js';
import { importTypeOf, unsupportedFileSentence } from './import-formats.js';
import { ImportOutline } from './import-outline.js';
import './import-dialog.css';

interface ChosenFile {
  readonly name: string;
  readonly type: string;
  readonly data: Blob;
}

type Step =
  | { readonly kind: 'choose'; readonly problem?: string }
  | { readonly kind: 'reading'; readonly file: ChosenFile }
  | { readonly kind: 'preview'; readonly file: ChosenFile; readonly preview: ImportPreview }
  | {
      readonly kind: 'importing';
      readonly file: ChosenFile;
      readonly preview: ImportPreview;
      readonly problem?: string;
    };

/**
 * Import into an empty draft: choose (or drop) a file, see what the server would make of it
 * (nothing is stored yet), then import or cancel. Every refusal is the server's sentence; after
 * an import the dialog closes and the text arrives in the editor through the draft's room.
 */
export function ImportDialog({
  meetingId,
  onClose,
}: {
  readonly meetingId: string;
  readonly onClose: () => void;
}): ReactElement {
  const dialog = useRef<HTMLDialogElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const choose = async (picked: File) => {
    const type = importTypeOf(picked.name);
    if (type === undefined) {
      setStep({ kind: 'choose', problem: unsupportedFileSentence(picked.name) });
      return;
    }
    const file = { name: picked.name, type, data: picked };
    setStep({ kind: 'reading', file });
    const answer = await previewImport(meetingId, file);
    setStep(
      answer.ok
        ? { kind: 'preview', file, preview: answer.value }
        : { kind: 'choose', problem: answer.problem.detail },
    );
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (step.kind !== 'preview') return;
    setStep({ kind: 'importing', file: step.file, preview: step.preview });
    const answer = await importFile(meetingId, step.file);
    if (answer.ok) onClose();
    else setStep({ ...step, kind: 'importing', problem: answer.problem.detail });
  };

  const failed = step.kind === 'importing' && step.problem !== undefined;
  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-labelledby="import-dialog-title"
      data-testid="import-dialog"
      onClose={onClose}
    >
      <form className="import-dialog__form" onSubmit={(event) => void submit(event)}>
        <header className="import-dialog__header">
          <h2 id="import-dialog-title">Import a document</h2>
          <p>Nothing is written until you import; the draft must still be empty then.</p>
        </header>
        <div className="import-dialog__body">
          {step.kind === 'choose' || step.kind === 'reading' ? (
            <>
              <ImportDropZone
                onFile={(file) => void choose(file)}
                disabled={step.kind === 'reading'}
              />
              {step.kind === 'reading' && (
                <FormAlert tone="info" testId="import-reading">
                  Reading “{step.file.name}”…
                </FormAlert>
              )}
              {step.kind === 'choose' && step.problem !== undefined && (
                <FormAlert testId="import-problem">{step.problem}</FormAlert>
              )}
            </>
          ) : (
            <ImportOutline preview={step.preview} fileName={step.file.name} />
          )}
        </div>
        <footer className="import-dialog__footer">
          {failed && <FormAlert testId="import-problem">{step.problem}</FormAlert>}
          <div className="import-dialog__actions">
            {(step.kind === 'preview' || failed) && (
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => {
                  setStep({ kind: 'choose' });
                }}
              >
                Choose another file
              </button>
            )}
            <CancelButton onCancel={() => dialog.current?.close()} />
            <SubmitButton
              busy={step.kind === 'importing' && !failed}
              busyLabel="Importing…"
              disabled={step.kind !== 'preview'}
              testId="import-confirm"
              className="button button--primary button--small"
            >
              Import
            </SubmitButton>
          </div>
        </footer>
      </form>
    </dialog>
  );
}
