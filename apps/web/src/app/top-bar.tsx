import type { Role } from '@rapporteur/domain';
import type { ReactElement } from 'react';

import { useAccount } from '../identity/account-context.js';
import { Avatar } from '../identity/avatar.js';
import { colorFor } from '../identity/identity.js';
import { RoleBadge } from '../people/role-badge.js';
import { BrandMark } from './brand-mark.js';
import { Link } from './navigation.js';
import './top-bar.css';

/** Where in the app this page is: a meeting's document label and title, and your role in it. */
export interface Trail {
  /** The meeting's `documentLabel`: its symbol, with "Rev.N" once it has been reopened. */
  readonly label: string;
  readonly title: string;
  readonly role: Role | null;
}

/** The application bar: the product, where in it this page is, and who is signed in. */
export function TopBar({ trail }: { readonly trail?: Trail | undefined }): ReactElement {
  const { user, signOut } = useAccount();
  return (
    <header className="top-bar">
      <Link className="top-bar__brand" href="/" aria-label="Rapporteur: your meetings">
        <BrandMark size={26} />
        <span className="top-bar__name">Rapporteur</span>
      </Link>
      {trail !== undefined && (
        <nav className="top-bar__trail" aria-label="You are here">
          <span className="top-bar__separator" aria-hidden="true">
            /
          </span>
          <span className="top-bar__symbol" data-testid="breadcrumb-label">
            {trail.label}
          </span>
          <span className="top-bar__title">{trail.title}</span>
          {trail.role !== null && <RoleBadge role={trail.role} testId="your-role" />}
        </nav>
      )}
      <div className="top-bar__account">
        <span className="top-bar__person" title={`${user.name} · ${user.email}`}>
          <Avatar name={user.name} color={colorFor(user.id)} size="small" />
          <span className="top-bar__who">
            <span className="top-bar__person-name" data-testid="account-name">
              {user.name}
            </span>
            {user.admin && <span className="top-bar__admin">Administrator</span>}
          </span>
        </span>
        {user.admin && (
          <Link
            className="button button--quiet button--small"
            href="/people"
            data-testid="people-link"
          >
            People
          </Link>
        )}
        <Link
          className="button button--quiet button--small"
          href="/account"
          data-testid="account-link"
        >
          Account
        </Link>
        <button
          type="button"
          className="button button--quiet button--small"
          data-testid="sign-out"
          onClick={signOut}
        >
          Sign out
        </button>
      </div>
    </header>
  );
}
