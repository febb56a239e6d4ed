import { describeRole } from '@rapporteur/domain';
import { useState, type ReactElement } from 'react';

import type { PendingInvitation } from './participants-api.js';
import { dayOf } from './roster.js';
import type { FreshLink } from './use-pending-invitations.js';

/**
 * The link just made, to copy and send (no mail server: the inviter sends it), and the
 * invitations still waiting, each with a way to withdraw it.
 */
export function PendingInvitations({
  pending,
  fresh,
  withdrawing,
  onWithdraw,
}: {
  readonly pending: readonly PendingInvitation[];
  readonly fresh: FreshLink | undefined;
  readonly withdrawing: ReadonlySet<string>;
  readonly onWithdraw: (invitation: PendingInvitation) => void;
}): ReactElement | null {
  const [copied, setCopied] = useState<string>();
  if (pending.length === 0 && fresh === undefined) return null;
  const copy = (link: FreshLink): void => {
    // Over plain HTTP other than localhost the browser gives no clipboard: the field stays
    // selectable, and the person copies by hand.
    try {
      void navigator.clipboard.writeText(link.url).then(
        () => {
          setCopied(link.url);
        },
        () => undefined,
      );
    } catch {
      setCopied(undefined);
    }
  };
  return (
    <div className="invitations" data-testid="pending-invitations">
      {fresh !== undefined && (
        <div className="invitations__fresh">
          <label className="invitations__label" htmlFor="invitation-link">
            Link for {fresh.email}: send it to them; it works once.
          </label>
          <div className="invitations__link-row">
            <input
              id="invitation-link"
              className="invitations__link"
              data-testid="invitation-link"
              readOnly
              value={fresh.url}
              onFocus={(event) => {
                event.target.select();
              }}
            />
            <button
              type="button"
              className="button button--quiet button--small"
              data-testid="invitation-copy"
              onClick={() => {
                copy(fresh);
              }}
            >
              {copied === fresh.url ? 'Copied' : 'Copy'}
            </button>
          </div>
        </div>
      )}
      {pending.length > 0 && (
        <>
          <h3 className="invitations__heading">Waiting for an account</h3>
          <ul className="invitations__list">
            {pending.map((invitation) => (
              <li
                key={invitation.id}
                className="invitations__item"
                data-testid="pending-invitation"
                data-email={invitation.email}
              >
                <span className="invitations__who">
                  <span className="invitations__email">{invitation.email}</span>
                  <span className="invitations__meta">
                    {describeRole(invitation.role)}, invited by {invitation.invitedBy}, until{' '}
                    {dayOf(invitation.expiresAt)}
                  </span>
                </span>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  data-testid="invitation-withdraw"
                  disabled={withdrawing.has(invitation.id)}
                  aria-label={`Withdraw the invitation of ${invitation.email}`}
                  onClick={() => {
                    onWithdraw(invitation);
                  }}
                >
                  Withdraw
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
