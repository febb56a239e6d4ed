import { useCallback, useEffect, useState, type SyntheticEvent, type ReactElement } from 'react';

import type { ApiResult } from '../api/http.js';
import { FormAlert } from '../app/form-alert.js';
import { TopBar } from '../app/top-bar.js';
import { useAccount } from '../identity/account-context.js';
import {
  changeMyPassword,
  createToken,
  endOtherSessions,
  fetchTokens,
  renameMe,
  revokeToken,
  type ApiToken,
  fieldOf,
} from './accounts-api.js';
import './accounts.css';

/** What the last action said: the server's sentence when refused, ours when done. */
type Said = { readonly tone: 'ok' | 'error'; readonly text: string } | undefined;

function said<T>(result: ApiResult<T>, done: string): Said {
  return result.ok ? { tone: 'ok', text: done } : { tone: 'error', text: result.problem.detail };
}

function Notice({ said: what, testId }: { readonly said: Said; readonly testId: string }) {
  return what === undefined ? null : (
    <FormAlert tone={what.tone} testId={testId}>
      {what.text}
    </FormAlert>
  );
}

const formText = (event: SyntheticEvent<HTMLFormElement>, name: string): string =>
  fieldOf(event.currentTarget, name);

function Tokens(): ReactElement {
  const [tokens, setTokens] = useState<readonly ApiToken[]>([]);
  const [message, setMessage] = useState<Said>();
  const [secret, setSecret] = useState<string>();
  const reload = useCallback(async () => {
    const listed = await fetchTokens();
    if (listed.ok) setTokens(listed.value.filter((token) => !token.revoked));
  }, []);
  useEffect(() => void reload(), [reload]);
  const create = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const made = await createToken(formText(event, 'name'), Number(formText(event, 'days')));
    setMessage(said(made, 'Token created: copy it now, it is not shown again.'));
    setSecret(made.ok ? made.value.token : undefined);
    await reload();
  };
  return (
    <section className="account-card" aria-label="API tokens">
      <h2 className="people-form__title">API tokens</h2>
      <p className="meetings-page__lead">For scripts: send one as “Authorization: Bearer …”.</p>
      <ul className="token-list" data-testid="token-list">
        {tokens.map((token) => (
          <li key={token.id} data-testid="token-row">
            <span>
              {token.name} · until {token.expiresAt.slice(0, 10)}
            </span>
            <button
              type="button"
              className="button button--quiet button--small"
              data-testid="revoke-token"
              onClick={() =>
                void revokeToken(token.id).then(async (revoked) => {
                  setMessage(said(revoked, `“${token.name}” is revoked.`));
                  setSecret(undefined);
                  await reload();
                })
              }
            >
              Revoke
            </button>
          </li>
        ))}
        {tokens.length === 0 && <li>No tokens.</li>}
      </ul>
      <form className="people-form__check" onSubmit={(event) => void create(event)}>
        <input
          className="field__input"
          name="name"
          placeholder="Token name"
          required
          data-testid="token-name"
        />
        <input
          className="field__input"
          name="days"
          type="number"
          min={1}
          defaultValue={30}
          aria-label="Days it works"
          style={{ width: 90 }}
        />
        <button className="button button--primary button--small" data-testid="create-token">
          Create
        </button>
      </form>
      <Notice said={message} testId="token-notice" />
      {secret !== undefined && (
        <input className="field__input" readOnly value={secret} data-testid="token-secret" />
      )}
    </section>
  );
}

/** A person's own account: name, password, API tokens, and signing out elsewhere. */
export function AccountPage(): ReactElement {
  const { user } = useAccount();
  const [nameSaid, setNameSaid] = useState<Said>();
  const [passwordSaid, setPasswordSaid] = useState<Said>();
  const [sessionsSaid, setSessionsSaid] = useState<Said>();
  return (
    <div className="app-shell">
      <TopBar />
      <main className="account-page" data-testid="account-page">
        <header className="meetings-page__header">
          <h1 className="meetings-page__title">Your account</h1>
          <p className="meetings-page__lead">{user.email}</p>
        </header>
        <form
          className="account-card"
          aria-label="Name"
          onSubmit={(event) => {
            event.preventDefault();
            void renameMe(formText(event, 'name')).then((renamed) => {
              setNameSaid(said(renamed, 'Saved; it shows everywhere from your next page.'));
            });
          }}
        >
          <h2 className="people-form__title">Name</h2>
          <input className="field__input" name="name" defaultValue={user.name} required />
          <Notice said={nameSaid} testId="name-notice" />
          <button className="button button--primary button--small">Save name</button>
        </form>
        <form
          className="account-card"
          aria-label="Password"
          onSubmit={(event) => {
            event.preventDefault();
            const form = event.currentTarget;
            void changeMyPassword(formText(event, 'current'), formText(event, 'next')).then(
              (changed) => {
                setPasswordSaid(said(changed, 'Changed; your other sessions are signed out.'));
                if (changed.ok) form.reset();
              },
            );
          }}
        >
          <h2 className="people-form__title">Password</h2>
          <input
            className="field__input"
            name="current"
            type="password"
            placeholder="Current password"
            autoComplete="current-password"
            required
          />
          <input
            className="field__input"
            name="next"
            type="password"
            placeholder="New password (10 characters or more)"
            autoComplete="new-password"
            required
          />
          <Notice said={passwordSaid} testId="password-notice" />
          <button className="button button--primary button--small">Change password</button>
        </form>
        <Tokens />
        <section className="account-card" aria-label="Sessions">
          <h2 className="people-form__title">Other sessions</h2>
          <Notice said={sessionsSaid} testId="sessions-notice" />
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() =>
              void endOtherSessions().then((ended) => {
                setSessionsSaid(
                  said(ended, `Signed out of ${ended.ok ? ended.value.ended : 0} other sessions.`),
                );
              })
            }
          >
            Sign out of every other session
          </button>
        </section>
      </main>
    </div>
  );
}
