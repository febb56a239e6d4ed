import { LIMITS } from '@rapporteur/domain';
import type { ReactElement } from 'react';

import { FormEnd } from '../app/form-end.js';
import { FormField } from '../app/form-field.js';
import { useCheckedForm } from '../app/use-checked-form.js';
import type { Meeting } from '../meeting/meeting-api.js';
import { createMeeting, type NewMeeting } from './meetings-api.js';
import { newMeetingProblems, tidyNewMeeting, todayIso } from './meetings.js';

/** The fields in the order they show. */
const INPUT_IDS: { readonly [F in keyof NewMeeting]: string } = {
  title: 'new-meeting-title',
  symbol: 'new-meeting-symbol',
  date: 'new-meeting-date',
};

/** Schedules a meeting chaired by whoever fills it in; opens it once the server has it. */
export function NewMeetingForm({
  onCreated,
}: {
  readonly onCreated: (meeting: Meeting) => void;
}): ReactElement {
  const { error, busy, submit, field } = useCheckedForm({
    initial: (): NewMeeting => ({ title: '', symbol: '', date: todayIso() }),
    problemsOf: newMeetingProblems,
    inputIds: INPUT_IDS,
    send: (filled: NewMeeting) => createMeeting(tidyNewMeeting(filled)),
    onSent: onCreated,
  });

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
          {...field('title')}
          label="Title"
          testId="new-meeting-title"
          type="text"
          maxLength={LIMITS.title}
          placeholder="Council Working Group, 35th meeting"
        />
        <div className="new-meeting__row">
          <FormField
            {...field('symbol')}
            label="Symbol"
            testId="new-meeting-symbol"
            inputClassName="field__input field__input--symbol"
            type="text"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={LIMITS.symbol}
            placeholder="CWG-WSIS&SDG-35"
          />
          <FormField {...field('date')} label="Date" testId="new-meeting-date" type="date" />
        </div>
        <FormEnd testIds="new-meeting" error={error} busy={busy} busyLabel="Creating…">
          Create meeting
        </FormEnd>
      </form>
    </section>
  );
}
