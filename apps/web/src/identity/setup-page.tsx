import { useEffect, useRef, type ReactElement } from 'react';

import { FormEnd } from '../app/form-end.js';
import { FormField } from '../app/form-field.js';
import { useCheckedForm } from '../app/use-checked-form.js';
import {
  MAX_EMAIL_LENGTH,
  MAX_NAME_LENGTH,
  MIN_PASSWORD_LENGTH,
  setupProblems,
  tidyName,
  type SetupForm,
} from './account.js';
import { createFirstAdministrator, type User } from './account-api.js';
import { AuthLayout } from './auth-layout.js';

/** The fields in the order they show. */
const INPUT_IDS: { readonly [F in keyof SetupForm]: string } = {
  setupCode: 'setup-code',
  email: 'setup-email',
  name: 'setup-name',
  password: 'setup-password',
};

/**
 * The first run: nothing else exists until the first administrator does. Field problems show
 * once the person has tried to submit; the server's refusal shows as it words it.
 */
export function SetupPage({
  onCreated,
}: {
  readonly onCreated: (user: User) => void;
}): ReactElement {
  const { error, busy, submit, field } = useCheckedForm({
    initial: { setupCode: '', email: '', name: '', password: '' },
    problemsOf: setupProblems,
    inputIds: INPUT_IDS,
    send: (filled: SetupForm) =>
      createFirstAdministrator({
        setupCode: filled.setupCode.trim(),
        email: filled.email.trim(),
        name: tidyName(filled.name),
        password: filled.password,
      }),
    onSent: onCreated,
  });
  const codeInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    codeInput.current?.focus();
  }, []);

  return (
    <AuthLayout
      title="Create the first administrator"
      lead="Rapporteur is new here. The first account runs this installation: it creates the other accounts and sets meetings up."
    >
      <form className="auth-form" onSubmit={submit} noValidate>
        <FormField
          {...field('setupCode')}
          ref={codeInput}
          label="Setup code"
          testId="setup-code-input"
          type="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          placeholder="XXXX-XXXX-XXXX-XXXX"
          hint="The server printed it on its console (or its container log) when it started: only whoever runs it can create the administrator."
        />
        <FormField
          {...field('email')}
          label="Email"
          testId="email-input"
          type="email"
          autoComplete="username"
          inputMode="email"
          maxLength={MAX_EMAIL_LENGTH}
          placeholder="name@example.org"
        />
        <FormField
          {...field('name')}
          label="Name"
          testId="setup-name-input"
          type="text"
          autoComplete="name"
          maxLength={MAX_NAME_LENGTH}
          placeholder="e.g. Aygun Ahmadova"
          hint="Others see it beside your cursor and in the list of participants."
        />
        <FormField
          {...field('password')}
          label="Password"
          testId="password-input"
          type="password"
          autoComplete="new-password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          errorId="setup-password-hint"
        />
        <FormEnd testIds="setup" error={error} busy={busy} busyLabel="Creating…">
          Create the administrator
        </FormEnd>
      </form>
    </AuthLayout>
  );
}
