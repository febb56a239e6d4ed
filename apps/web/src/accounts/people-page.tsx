import { useCallback, useEffect, useState, type SyntheticEvent, type ReactElement } from 'react';

import type { Problem } from '../api/http.js';
import { FormAlert } from '../app/form-alert.js';
import { TopBar } from '../app/top-bar.js';
import { useAccount } from '../identity/account-context.js';
import {
  changeAccount,
  createAccount,
  fetchAccounts,
  linkAddress,
  passwordLinkFor,
  type Account,
  type PasswordLink,
  fieldOf,
} from './accounts-api.js';
import './accounts.css';

/** A link just made, for whom: shown once, for the administrator to copy and send. */
interface ShownLink {
  readonly name: string;
  readonly link: PasswordLink;
}

function LinkNotice({ shown }: { readonly shown: ShownLink }): ReactElement {
  return (
    <div className="link-notice" role="status" data-testid="password-link">
      <p>
        Send this one-time link to <strong>{shown.name}</strong>: it sets their password, once,
        until {new Date(shown.link.expiresAt).toLocaleString()}. It is not shown again.
      </p>
      <input
        className="field__input"
        readOnly
        value={linkAddress(shown.link)}
        data-testid="password-link-address"
        onFocus={(event) => {
          event.currentTarget.select();
        }}
      />
    </div>
  );
}

function NewAccountForm({ onCreated }: { readonly onCreated: (shown?: ShownLink) => void }) {
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const password = fieldOf(form, 'password');
    setBusy(true);
    const created = await createAccount({
      name: fieldOf(form, 'name'),
      email: fieldOf(form, 'email'),
      ...(password === '' ? {} : { password }),
      admin: fieldOf(form, 'admin') === 'on',
    });
    setBusy(false);
    if (!created.ok) {
      setProblem(created.problem);
      return;
    }
    setProblem(undefined);
    form.reset();
    const { account, passwordLink } = created.value;
    onCreated(passwordLink === undefined ? undefined : { name: account.name, link: passwordLink });
  };
  return (
    <form className="people-form" onSubmit={(event) => void submit(event)} aria-label="New account">
      <h2 className="people-form__title">New account</h2>
      <input
        className="field__input"
        name="name"
        placeholder="Name"
        required
        data-testid="new-account-name"
      />
      <input
        className="field__input"
        name="email"
        type="email"
        placeholder="Email"
        required
        data-testid="new-account-email"
      />
      <input
        className="field__input"
        name="password"
        type="password"
        placeholder="Password (empty: a one-time link)"
        autoComplete="new-password"
        data-testid="new-account-password"
      />
      <label className="people-form__check">
        <input type="checkbox" name="admin" /> Administrator
      </label>
      {problem !== undefined && <FormAlert testId="new-account-error">{problem.detail}</FormAlert>}
      <button className="button button--primary" disabled={busy} data-testid="new-account-submit">
        {busy ? 'Creating…' : 'Create account'}
      </button>
    </form>
  );
}

function AccountRow({
  account,
  isYou,
  onChange,
  onReset,
}: {
  readonly account: Account;
  readonly isYou: boolean;
  readonly onChange: (change: { admin?: boolean; disabled?: boolean }) => void;
  readonly onReset: () => void;
}): ReactElement {
  return (
    <li className="people-row" data-testid="account-row" data-email={account.email}>
      <span className="people-row__who">
        <span className="people-row__name">
          {account.name}
          {isYou && <span className="people-row__you"> (you)</span>}
        </span>
        <span className="people-row__email">{account.email}</span>
      </span>
      <span className="people-row__badges">
        {account.admin && <span className="badge">Administrator</span>}
        {account.disabled && <span className="badge badge--warn">Disabled</span>}
        {!account.passwordSet && <span className="badge">No password yet</span>}
      </span>
      <span className="people-row__actions">
        <button
          type="button"
          className="button button--quiet button--small"
          data-testid="reset-password"
          onClick={onReset}
        >
          {account.passwordSet ? 'Reset password' : 'New link'}
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          data-testid="toggle-admin"
          onClick={() => {
            onChange({ admin: !account.admin });
          }}
        >
          {account.admin ? 'Withdraw administrator' : 'Make administrator'}
        </button>
        {!isYou && (
          <button
            type="button"
            className="button button--quiet button--small"
            data-testid="toggle-disabled"
            onClick={() => {
              onChange({ disabled: !account.disabled });
            }}
          >
            {account.disabled ? 'Enable' : 'Disable'}
          </button>
        )}
      </span>
    </li>
  );
}

/** An administrator's People screen: every account, and what may be done to each. */
export function PeoplePage(): ReactElement {
  const { user } = useAccount();
  const [accounts, setAccounts] = useState<readonly Account[]>();
  const [problem, setProblem] = useState<Problem>();
  const [shown, setShown] = useState<ShownLink>();
  const reload = useCallback(async () => {
    const listed = await fetchAccounts();
    if (listed.ok) setAccounts(listed.value);
    else setProblem(listed.problem);
  }, []);
  useEffect(() => void reload(), [reload]);

  // A refusal (the last administrator) is shown; the list is read again either way.
  const change = (account: Account, body: { admin?: boolean; disabled?: boolean }) => {
    void (async () => {
      const changed = await changeAccount(account.id, body);
      setProblem(changed.ok ? undefined : changed.problem);
      await reload();
    })();
  };

  return (
    <div className="app-shell">
      <TopBar />
      <main className="people-page" data-testid="people-page">
        <header className="meetings-page__header">
          <h1 className="meetings-page__title">People</h1>
          <p className="meetings-page__lead">
            Everyone who can sign in. A disabled account signs nothing in, and its sessions and API
            tokens stop at once.
          </p>
        </header>
        {problem !== undefined && <FormAlert testId="people-error">{problem.detail}</FormAlert>}
        {shown !== undefined && <LinkNotice shown={shown} />}
        <div className="people-layout">
          <ul className="people-list" data-testid="people-list" aria-busy={accounts === undefined}>
            {accounts?.map((account) => (
              <AccountRow
                key={account.id}
                account={account}
                isYou={account.id === user.id}
                onChange={(body) => {
                  change(account, body);
                }}
                onReset={() => {
                  void passwordLinkFor(account.id).then((made) => {
                    if (made.ok) setShown({ name: account.name, link: made.value });
                    else setProblem(made.problem);
                  });
                }}
              />
            ))}
          </ul>
          <NewAccountForm
            onCreated={(link) => {
              setShown(link);
              void reload();
            }}
          />
        </div>
      </main>
    </div>
  );
}
