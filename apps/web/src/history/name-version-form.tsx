import { LIMITS } from '@rapporteur/domain';
import { useState, type ReactElement, type SubmitEvent } from 'react';

import { FormAlert, SubmitButton } from '../app/form-alert.js';
import { FormField } from '../app/form-field.js';
import { nameVersion } from './history-api.js';

/**
 * Names the draft as it is now ("Draft for the vice-chairs"), for those whose role may. What
 * the server says, a refusal or the revision named, is shown under it. The History and the
 * Versions tabs both hold one; `inputId` keeps their inputs' ids apart.
 */
export function NameVersionForm({
  meetingId,
  onNamed,
  inputId = 'name-version-input',
}: {
  readonly meetingId: string;
  readonly onNamed: () => void;
  readonly inputId?: string;
}): ReactElement {
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<{ tone: 'error' | 'ok'; text: string }>();

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (busy) return;
    if (name.trim() === '') {
      setFeedback({ tone: 'error', text: 'Give the version a name, such as “Draft for review”.' });
      return;
    }
    setBusy(true);
    setFeedback(undefined);
    void nameVersion(meetingId, name.trim()).then((result) => {
      setBusy(false);
      if (!result.ok) {
        setFeedback({ tone: 'error', text: result.problem.detail });
        return;
      }
      setName('');
      setFeedback({
        tone: 'ok',
        text: `Named “${result.value.name}” at revision ${result.value.draftRevision}.`,
      });
      onNamed();
    });
  };

  return (
    <form className="name-version" onSubmit={submit} noValidate aria-label="Name this version">
      <div className="name-version__row">
        <FormField
          id={inputId}
          label="Name this version"
          labelHidden
          compact
          testId="name-version-input"
          autoComplete="off"
          maxLength={LIMITS.versionName}
          placeholder="Name this version"
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setFeedback(undefined);
          }}
        />
        <SubmitButton
          busy={busy}
          busyLabel="Naming…"
          testId="name-version-submit"
          className="button button--quiet button--small name-version__submit"
        >
          Name
        </SubmitButton>
      </div>
      {feedback !== undefined && (
        <FormAlert tone={feedback.tone} testId="name-version-feedback">
          {feedback.text}
        </FormAlert>
      )}
    </form>
  );
}
