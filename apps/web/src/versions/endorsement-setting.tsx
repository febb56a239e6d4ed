import { useState, type ReactElement, type SubmitEvent } from 'react';

import { FormAlert, SubmitButton } from '../app/form-alert.js';
import { useStepRunner } from './use-step-runner.js';
import { changeEndorsementsRequired } from './versions-api.js';
import './version-forms.css';

/** Most a meeting asks for; the server refuses more. */
const MOST = 20;

/**
 * How many distinct vice-chairs must endorse a version before the chair may approve it (issue
 * #14): everyone reads it, the chair changes it. The server decides; this only asks.
 */
export function EndorsementSetting({
  meetingId,
  required,
  mayChange,
  onChanged,
}: {
  readonly meetingId: string;
  readonly required: number;
  readonly mayChange: boolean;
  readonly onChanged: () => void;
}): ReactElement {
  const [wanted, setWanted] = useState(String(required));
  const runner = useStepRunner<'save'>();
  const sentence = `Approval needs ${required === 0 ? 'no' : required} vice-chair endorsement${required === 1 ? '' : 's'}.`;
  if (!mayChange)
    return (
      <p className="endorsement-setting" data-testid="endorsements-required">
        {sentence}
      </p>
    );
  const number = Number(wanted);
  const valid = /^\d{1,2}$/.test(wanted) && number <= MOST;
  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (!valid) return;
    runner.run('save', () => changeEndorsementsRequired(meetingId, number), onChanged);
  };
  return (
    <form className="endorsement-setting" onSubmit={submit} aria-label="Endorsements required">
      <label htmlFor="endorsements-required-input" data-testid="endorsements-required">
        {sentence} Change to
      </label>
      <input
        id="endorsements-required-input"
        className="endorsement-setting__input"
        data-testid="endorsements-required-input"
        inputMode="numeric"
        value={wanted}
        aria-invalid={!valid}
        onChange={(event) => {
          setWanted(event.target.value.trim());
        }}
      />
      <SubmitButton
        busy={runner.busy === 'save'}
        busyLabel="Saving…"
        testId="endorsements-required-save"
        className="button button--outline button--small"
      >
        Save
      </SubmitButton>
      {!valid && (
        <FormAlert testId="endorsements-required-invalid">
          A whole number from 0 to {MOST}.
        </FormAlert>
      )}
      {runner.problem !== undefined && (
        <FormAlert testId="endorsements-required-problem">
          {runner.problem.problem.detail}
        </FormAlert>
      )}
    </form>
  );
}
