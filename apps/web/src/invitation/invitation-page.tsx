import { describeRole, roleInSentence } from '@rapporteur/domain';
import { useEffect, useState, type ReactElement } from 'react';

import { FormEnd } from '../app/form-end.js';
import { FormField } from '../app/form-field.js';
import { meetingPath } from '../app/route.js';
import { useCheckedForm } from '../app/use-checked-form.js';
import { MAX_NAME_LENGTH, MIN_PASSWORD_LENGTH, tidyName } from '../identity/account.js';
import { AuthLayout } from '../identity/auth-layout.js';
import {
  acceptInvitation,
  lookUpInvitation,
  tokenOf,
  type InvitationPreview,
} from './invitation-api.js';

interface JoinForm {
  readonly name: string;
  readonly password: string;
}

const INPUT_IDS: { readonly [F in keyof JoinForm]: string } = {
  name: 'invitation-name',
  password: 'invitation-password',
};

function joinProblems(form: JoinForm): Partial<Record<keyof JoinForm, string>> {
  const problems: Partial<Record<keyof JoinForm, string>> = {};
  if (tidyName(form.name) === '') problems.name = 'Enter the name the summary will print.';
  if (form.password.length < MIN_PASSWORD_LENGTH)
    problems.password = `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  return problems;
}

type Look =
  | { readonly kind: 'loading' }
  | { readonly kind: 'refused'; readonly detail: string }
  | { readonly kind: 'open'; readonly preview: InvitationPreview };

/**
 * Where an invitation link leads, signed in or not (decision 40): the meeting, the role and who
 * invited; the invitee chooses a name and a password, and lands in the meeting, signed in. A link
 * that expired, was withdrawn or was used shows the server's sentence, which says what to do.
 */
export function InvitationPage(): ReactElement {
  const token = tokenOf(window.location.hash);
  const [look, setLook] = useState<Look>({ kind: 'loading' });

  useEffect(() => {
    const aborter = new AbortController();
    void lookUpInvitation(token, aborter.signal).then((result) => {
      setLook(
        result.ok
          ? { kind: 'open', preview: result.value }
          : { kind: 'refused', detail: result.problem.detail },
      );
    });
    return () => {
      aborter.abort();
    };
  }, [token]);

  if (look.kind === 'loading')
    return <main className="app-loading" aria-busy="true" aria-label="Opening the invitation" />;
  if (look.kind === 'refused')
    return (
      <AuthLayout
        title="This invitation does not open"
        lead={
          <span role="alert" data-testid="invitation-refused">
            {look.detail}
          </span>
        }
      >
        {null}
      </AuthLayout>
    );
  return <JoinCard token={token} preview={look.preview} />;
}

function JoinCard({
  token,
  preview,
}: {
  readonly token: string;
  readonly preview: InvitationPreview;
}): ReactElement {
  const { error, busy, submit, field } = useCheckedForm({
    initial: { name: '', password: '' },
    problemsOf: joinProblems,
    inputIds: INPUT_IDS,
    send: (filled: JoinForm) =>
      acceptInvitation({ token, name: tidyName(filled.name), password: filled.password }),
    // A full load: the app reads the new session as it starts.
    onSent: (accepted) => {
      window.location.assign(meetingPath(accepted.meetingId));
    },
  });
  return (
    <AuthLayout
      title={`Join ${preview.meetingSymbol}`}
      lead={
        <span data-testid="invitation-summary">
          {preview.invitedBy} invites you to <strong>{preview.meetingTitle}</strong> as{' '}
          {roleInSentence(preview.role)}. Choose your name and a password to create the account for{' '}
          {preview.email}.
        </span>
      }
    >
      <form className="auth-form" onSubmit={submit} noValidate>
        <p className="auth-card__lead" data-testid="invitation-role">
          Role: {describeRole(preview.role)}
        </p>
        <FormField
          {...field('name')}
          label="Name"
          testId="invitation-name"
          type="text"
          autoComplete="name"
          maxLength={MAX_NAME_LENGTH}
          placeholder="e.g. Aygun Ahmadova"
          hint="Others see it beside your cursor and in the list of participants."
        />
        <FormField
          {...field('password')}
          label="Password"
          testId="invitation-password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          errorId="invitation-password-hint"
        />
        <FormEnd testIds="invitation" error={error} busy={busy} busyLabel="Joining…">
          Join the meeting
        </FormEnd>
      </form>
    </AuthLayout>
  );
}
