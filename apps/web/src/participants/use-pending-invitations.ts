import { useCallback, useEffect, useState } from 'react';

import {
  pendingInvitations,
  withdrawInvitation,
  type InvitationAnswer,
  type PendingInvitation,
} from './participants-api.js';

/** The link just made, with the email it is for: shown until the next invitation or withdrawal. */
export interface FreshLink {
  readonly invitationId: string;
  readonly email: string;
  /** Absolute: the page's own origin before the server's path (decision 40). */
  readonly url: string;
}

export interface PendingInvitationsState {
  readonly pending: readonly PendingInvitation[];
  readonly fresh: FreshLink | undefined;
  readonly withdrawing: ReadonlySet<string>;
  /** Told of every invitation the server accepted: a pending one shows its link. */
  readonly invited: (answer: InvitationAnswer) => void;
  readonly withdraw: (invitation: PendingInvitation) => void;
}

/**
 * The meeting's invitations that wait for someone without an account, and the link just made.
 * The list is asked again after each change; a refusal goes to `onRefused` as the server words it.
 */
export function usePendingInvitations(
  meetingId: string,
  onRefused: (detail: string) => void,
  onWithdrawn: (email: string) => void,
): PendingInvitationsState {
  const [pending, setPending] = useState<readonly PendingInvitation[]>([]);
  const [fresh, setFresh] = useState<FreshLink>();
  const [withdrawing, setWithdrawing] = useState<ReadonlySet<string>>(new Set());
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    const aborter = new AbortController();
    void pendingInvitations(meetingId, aborter.signal).then((result) => {
      if (result.ok) setPending(result.value);
    });
    return () => {
      aborter.abort();
    };
  }, [meetingId, asked]);

  const invited = useCallback((answer: InvitationAnswer): void => {
    setFresh(
      answer.link === null || answer.invitation === null
        ? undefined
        : {
            invitationId: answer.invitation.id,
            email: answer.email,
            url: `${window.location.origin}${answer.link}`,
          },
    );
    setAsked((count) => count + 1);
  }, []);

  const withdraw = (invitation: PendingInvitation): void => {
    setWithdrawing((current) => new Set(current).add(invitation.id));
    void withdrawInvitation(meetingId, invitation.id).then((result) => {
      setWithdrawing((current) => {
        const next = new Set(current);
        next.delete(invitation.id);
        return next;
      });
      if (!result.ok) onRefused(result.problem.detail);
      else {
        if (fresh?.invitationId === invitation.id) setFresh(undefined);
        onWithdrawn(invitation.email);
      }
      setAsked((count) => count + 1);
    });
  };

  return { pending, fresh, withdrawing, invited, withdraw };
}
