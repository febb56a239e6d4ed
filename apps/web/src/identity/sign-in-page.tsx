import { useEffect, useRef, useState, type ReactElement, type SubmitEvent } from 'react';

import { FormAlert } from '../app/form-alert.js';
import { FormEnd } from '../app/form-end.js';
import { FormField } from '../app/form-field.js';
import { MAX_EMAIL_LENGTH } from './account.js';
import { signIn, type User } from './account-api.js';
import { AuthLayout } from './auth-layout.js';

interface SignInPageProps {
  /** Why the person is here again, when the session ended by itself. */
  readonly notice: string | undefined;
  readonly onSignedIn: (user: User) => void;
}

/** Email and password; the server's sentence when it refuses. The address stays where it was. */
export function SignInPage({ notice, onSignedIn }: SignInPageProps): ReactElement {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    emailInput.current?.focus();
  }, []);

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (busy) return;
    if (email.trim() === '' || password === '') {
      setError('Enter your email address and your password.');
      (email.trim() === '' ? emailInput : passwordInput).current?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    void signIn({ email: email.trim(), password }).then((result) => {
      setBusy(false);
      if (result.ok) {
        onSignedIn(result.value);
        return;
      }
      setError(result.problem.detail);
      if (result.problem.code === 'invalid_credentials') {
        setPassword('');
        passwordInput.current?.focus();
      }
    });
  };

  return (
    <AuthLayout
      title="Sign in"
      lead="Draft your working group's meeting summary together, in real time."
      footer="No account yet? Your administrator creates one; a meeting's chair or secretariat then invites you."
    >
      <form className="auth-form" onSubmit={submit} noValidate>
        {notice !== undefined && error === undefined && (
          <FormAlert tone="info" testId="sign-in-notice">
            {notice}
          </FormAlert>
        )}
        <FormField
          ref={emailInput}
          id="sign-in-email"
          label="Email"
          testId="email-input"
          validated={false}
          type="email"
          autoComplete="username"
          inputMode="email"
          maxLength={MAX_EMAIL_LENGTH}
          placeholder="name@example.org"
          value={email}
          onChange={(event) => {
            setEmail(event.target.value);
          }}
        />
        <FormField
          ref={passwordInput}
          id="sign-in-password"
          label="Password"
          testId="password-input"
          validated={false}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => {
            setPassword(event.target.value);
          }}
        />
        <FormEnd testIds="sign-in" error={error} busy={busy} busyLabel="Signing in…">
          Sign in
        </FormEnd>
      </form>
    </AuthLayout>
  );
}
