import { LIMITS } from '@rapporteur/domain';
import { useState, type ReactElement, type SubmitEvent } from 'react';

import { FormAlert, SubmitButton } from '../app/form-alert.js';
import { FormField } from '../app/form-field.js';
import type { Meeting } from '../meeting/meeting-api.js';
import { createMeeting, type NewMeeting } from './meetings-api.js';
import { newMeetingProblems, tidyNewMeeting, todayIso } from './meetings.js';

const FIELDS = ['title', 'symbol', 'date'] as const;

/** Schedules a meeting chaired by whoever fills it in; opens it once the server has it. */
export function NewMeetingForm({
  onCreated,
}: {
  readonly onCreated: (meeting: Meeting) => void;
}): ReactElement {
  const [form, setForm] = useState<NewMeeting>(() => ({ title: '', symbol: '', date: todayIso() }));
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const problems = tried ? newMeetingProblems(form) : {};

  const update =
    (field: keyof NewMeeting) =>
    (event: { readonly target: { readonly value: string } }): void => {
      setForm((current) => ({ ...current, [field]: event.target.value }));
    };

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (busy) return;
    setTried(true);
    const found = newMeetingProblems(form);
    const first = FIELDS.find((field) => field in found);
    if (first !== undefined) {
      document.getElementById(`new-meeting-${first}`)?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    void createMeeting(tidyNewMeeting(form)).then((result) => {
      setBusy(false);
      if (result.ok) onCreated(result.value);
      else setError(result.problem.detail);
    });
  };

  return (
    <section className="new-meeting" aria-labelledby="new-meeting-heading">
      <h2 className="new-meeting__title" id="new-meeting-heading">
        New meeting
      </h2>
      <p className="new-meeting__lead">
        You chair the meetings you create, and invite the others from the meeting&rsquo;s page.
      </p>
      <form className="new-meeting__form" onSubmit={submit} noValidate>
        <FormField
          id="new-meeting-title"
          label="Title"
          testId="new-meeting-title"
          type="text"
          maxLength={LIMITS.title}
          placeholder="Council Working Group, 35th meeting"
          error={problems.title}
          value={form.title}
          onChange={update('title')}
        />
        <div className="new-meeting__row">
          <FormField
            id="new-meeting-symbol"
            label="Symbol"
            testId="new-meeting-symbol"
            inputClassName="field__input field__input--symbol"
            type="text"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={LIMITS.symbol}
            placeholder="CWG-WSIS&SDG-35"
            error={problems.symbol}
            value={form.symbol}
            onChange={update('symbol')}
          />
          <FormField
            id="new-meeting-date"
            label="Date"
            testId="new-meeting-date"
            type="date"
            error={problems.date}
            value={form.date}
            onChange={update('date')}
          />
        </div>
        {error !== undefined && <FormAlert testId="new-meeting-error">{error}</FormAlert>}
        <SubmitButton
          busy={busy}
          busyLabel="Creating…"
          testId="new-meeting-submit"
          className="button button--primary button--block"
        >
          Create meeting
        </SubmitButton>
      </form>
    </section>
  );
}
