import { useEffect, useState, type SyntheticEvent, type ReactElement } from 'react';

import { FormAlert } from '../app/form-alert.js';
import {
  fieldOf,
  passwordLinkHolder,
  usePasswordLink,
  type PasswordLinkHolder,
} from './accounts-api.js';
import './accounts.css';

type State =
  | { readonly kind: 'checking' }
  | { readonly kind: 'ready'; readonly holder: PasswordLinkHolder }
  | { readonly kind: 'refused'; readonly detail: string }
  | { readonly kind: 'done'; readonly holder: PasswordLinkHolder };

/**
 * The page a one-time link opens (`/set-password#<secret>`): whose password it sets, and a
 * field for it. The secret stays in the fragment, which the browser never sends to a server.
 */
export function SetPasswordPage(): ReactElement {
  const token = window.location.hash.slice(1);
  const [state, setState] = useState<State>({ kind: 'checking' });
  const [error, setError] = useState<string>();
  useEffect(() => {
    void passwordLinkHolder(token).then((found) => {
      setState(
        found.ok
          ? { kind: 'ready', holder: found.value }
          : { kind: 'refused', detail: found.problem.detail },
      );
    });
  }, [token]);
  const submit = (holder: PasswordLinkHolder) => (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const password = fieldOf(event.currentTarget, 'password');
    void usePasswordLink(token, password).then((used) => {
      if (used.ok) setState({ kind: 'done', holder });
      else if (used.problem.code.startsWith('password_link'))
        setState({ kind: 'refused', detail: used.problem.detail });
      else setError(used.problem.detail);
    });
  };
  return (
    <main className="account-page" data-testid="set-password-page">
      <div className="account-card">
        <h1 className="people-form__title">Set your password</h1>
        {state.kind === 'checking' && <p>Checking the link…</p>}
        {state.kind === 'refused' && (
          <FormAlert testId="set-password-refused">{state.detail}</FormAlert>
        )}
        {state.kind === 'ready' && (
          <form className="people-form" onSubmit={submit(state.holder)}>
            <p>
              For <strong>{state.holder.name}</strong> ({state.holder.email}).
            </p>
            <input
              className="field__input"
              name="password"
              type="password"
              autoComplete="new-password"
              placeholder="A new password, 10 characters or more"
              required
              data-testid="set-password-input"
            />
            {error !== undefined && <FormAlert>{error}</FormAlert>}
            <button className="button button--primary" data-testid="set-password-submit">
              Set password
            </button>
          </form>
        )}
        {state.kind === 'done' && (
          <p data-testid="set-password-done">
            Your password is set, {state.holder.name}. <a href="/">Sign in</a> with{' '}
            {state.holder.email}.
          </p>
        )}
      </div>
    </main>
  );
}
