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

const FIELD_IDS: { readonly [F in keyof SetupForm]: string } = {
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
  const [form, setForm] = useState<SetupForm>({
    setupCode: '',
    email: '',
    name: '',
    password: '',
  });
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const codeInput = useRef<HTMLInputElement>(null);
  const problems = tried ? setupProblems(form) : {};

  useEffect(() => {
    codeInput.current?.focus();
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
    const first = (['setupCode', 'email', 'name', 'password'] as const).find(
      (field) => field in found,
    );
    if (first !== undefined) {
      document.getElementById(FIELD_IDS[first])?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    void createFirstAdministrator({
      setupCode: form.setupCode.trim(),
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
          ref={codeInput}
          id="setup-code"
          label="Setup code"
          testId="setup-code-input"
          type="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          placeholder="XXXX-XXXX-XXXX-XXXX"
          error={problems.setupCode}
          hint="The server printed it on its console (or its container log) when it started: only whoever runs it can create the administrator."
          value={form.setupCode}
          onChange={update('setupCode')}
        />
        <FormField
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
