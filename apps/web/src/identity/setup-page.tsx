import { useEffect, useRef, useState, type ReactElement, type SubmitEvent } from 'react';

import { FormAlert, SubmitButton } from '../app/form-alert.js';
import { FormField } from '../app/form-field.js';
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

/**
 * The first run: nothing else exists until the first administrator does. Field problems show
 * once the person has tried to submit; the server's refusal shows as it words it.
 */
export function SetupPage({
  onCreated,
}: {
  readonly onCreated: (user: User) => void;
}): ReactElement {
  const [form, setForm] = useState<SetupForm>({ email: '', name: '', password: '' });
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const emailInput = useRef<HTMLInputElement>(null);
  const problems = tried ? setupProblems(form) : {};

  useEffect(() => {
    emailInput.current?.focus();
  }, []);

  const update =
    (field: keyof SetupForm) =>
    (event: { readonly target: { readonly value: string } }): void => {
      setForm((current) => ({ ...current, [field]: event.target.value }));
    };

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (busy) return;
    setTried(true);
    const found = setupProblems(form);
    const first = (['email', 'name', 'password'] as const).find((field) => field in found);
    if (first !== undefined) {
      document.getElementById(`setup-${first}`)?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    void createFirstAdministrator({
      email: form.email.trim(),
      name: tidyName(form.name),
      password: form.password,
    }).then((result) => {
      setBusy(false);
      if (result.ok) onCreated(result.value);
      else setError(result.problem.detail);
    });
  };

  return (
    <AuthLayout
      title="Create the first administrator"
      lead="Rapporteur is new here. The first account runs this installation: it creates the other accounts and sets meetings up."
    >
      <form className="auth-form" onSubmit={submit} noValidate>
        <FormField
          ref={emailInput}
          id="setup-email"
          label="Email"
          testId="email-input"
          type="email"
          autoComplete="username"
          inputMode="email"
          maxLength={MAX_EMAIL_LENGTH}
          placeholder="name@example.org"
          error={problems.email}
          value={form.email}
          onChange={update('email')}
        />
        <FormField
          id="setup-name"
          label="Name"
          testId="setup-name-input"
          type="text"
          autoComplete="name"
          maxLength={MAX_NAME_LENGTH}
          placeholder="e.g. Aygun Ahmadova"
          error={problems.name}
          hint="Others see it beside your cursor and in the list of participants."
          value={form.name}
          onChange={update('name')}
        />
        <FormField
          id="setup-password"
          label="Password"
          testId="password-input"
          type="password"
          autoComplete="new-password"
          error={problems.password}
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          errorId="setup-password-hint"
          value={form.password}
          onChange={update('password')}
        />
        {error !== undefined && <FormAlert testId="setup-error">{error}</FormAlert>}
        <SubmitButton
          busy={busy}
          busyLabel="Creating…"
          testId="setup-submit"
          className="button button--primary button--block"
        >
          Create the administrator
        </SubmitButton>
      </form>
    </AuthLayout>
  );
}
