import { LIMITS } from '@rapporteur/domain';
import { useState, type ReactElement, type SubmitEvent } from 'react';

import { FormAlert, SubmitButton } from '../app/form-alert.js';
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

  const describedBy = (field: keyof NewMeeting, hint?: string): string | undefined =>
    problems[field] === undefined ? hint : `new-meeting-${field}-error`;
  const errorOf = (field: keyof NewMeeting): ReactElement | null =>
    problems[field] === undefined ? null : (
      <p className="field__error" id={`new-meeting-${field}-error`}>
        {problems[field]}
      </p>
    );

  return (
    <section className="new-meeting" aria-labelledby="new-meeting-heading">
      <h2 className="new-meeting__title" id="new-meeting-heading">
        New meeting
      </h2>
      <p className="new-meeting__lead">
        You chair the meetings you create, and invite the others from the meeting&rsquo;s page.
      </p>
      <form className="new-meeting__form" onSubmit={submit} noValidate>
        <div className="field">
          <label className="field__label" htmlFor="new-meeting-title">
            Title
          </label>
          <input
            id="new-meeting-title"
            className="field__input"
            data-testid="new-meeting-title"
            type="text"
            maxLength={LIMITS.title}
            placeholder="Council Working Group, 35th meeting"
            aria-invalid={problems.title !== undefined}
            aria-describedby={describedBy('title')}
            value={form.title}
            onChange={update('title')}
          />
          {errorOf('title')}
        </div>
        <div className="new-meeting__row">
          <div className="field">
            <label className="field__label" htmlFor="new-meeting-symbol">
              Symbol
            </label>
            <input
              id="new-meeting-symbol"
              className="field__input field__input--symbol"
              data-testid="new-meeting-symbol"
              type="text"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={LIMITS.symbol}
              placeholder="CWG-WSIS&SDG-35"
              aria-invalid={problems.symbol !== undefined}
              aria-describedby={describedBy('symbol')}
              value={form.symbol}
              onChange={update('symbol')}
            />
            {errorOf('symbol')}
          </div>
          <div className="field">
            <label className="field__label" htmlFor="new-meeting-date">
              Date
            </label>
            <input
              id="new-meeting-date"
              className="field__input"
              data-testid="new-meeting-date"
              type="date"
              aria-invalid={problems.date !== undefined}
              aria-describedby={describedBy('date')}
              value={form.date}
              onChange={update('date')}
            />
            {errorOf('date')}
          </div>
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
