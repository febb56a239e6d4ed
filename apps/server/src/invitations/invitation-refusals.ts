import { Refusal, type RefusalType } from '@rapporteur/errors';

// The refusals of following, accepting and withdrawing an invitation link (decision 40), each
// with the code clients and tests rely on. Every sentence says what the person can do next.
const INVITATION_REFUSALS = {
  unknownLink: ['invitation_not_found', 'not_found', 'No such invitation'],
  expired: ['invitation_expired', 'conflict', 'Invitation expired'],
  withdrawn: ['invitation_withdrawn', 'conflict', 'Invitation withdrawn'],
  used: ['invitation_used', 'conflict', 'Invitation already used'],
  noSuchPending: ['invitation_not_found', 'not_found', 'No such invitation'],
  accountExists: ['email_taken', 'conflict', 'Account exists'],
  noLongerPossible: ['invitation_refused', 'conflict', 'Invitation no longer possible'],
} as const satisfies Record<string, RefusalType>;

/** The link is not one this server made (mistyped, cut short, or from another installation). */
export const unknownLink = (): Refusal =>
  new Refusal(
    INVITATION_REFUSALS.unknownLink,
    'This invitation link is not one Rapporteur made: check that you opened the whole link, or ask whoever invited you to send it again.',
  );

/** The link's time ran out: the inviter makes a new one. */
export const invitationExpired = (expiresAt: string, inviter: string): Refusal =>
  new Refusal(
    INVITATION_REFUSALS.expired,
    `This invitation expired on ${dayOf(expiresAt)}: ask ${inviter} to invite you again.`,
  );

/** The inviter (or another who manages the meeting's people) took the invitation back. */
export const invitationWithdrawn = (inviter: string): Refusal =>
  new Refusal(
    INVITATION_REFUSALS.withdrawn,
    `This invitation was withdrawn: ask ${inviter} to invite you again if you should still take part.`,
  );

/** The link made its account already: its holder signs in. */
export const invitationUsed = (email: string): Refusal =>
  new Refusal(
    INVITATION_REFUSALS.used,
    `This invitation has already been used: sign in as ${email} with the password chosen then.`,
  );

/** Withdrawing what is not (or no longer) a pending invitation of this meeting. */
export const noSuchPendingInvitation = (): Refusal =>
  new Refusal(
    INVITATION_REFUSALS.noSuchPending,
    'This meeting has no such pending invitation: it may have been accepted, withdrawn or have expired. Reload the list of people.',
  );

/** Someone made an account for the email after the invitation was sent. */
export const accountExists = (email: string, inviter: string): Refusal =>
  new Refusal(
    INVITATION_REFUSALS.accountExists,
    `There is already an account for ${email}: sign in with it, and ask ${inviter} to invite that account.`,
  );

/** The roster changed since the invitation, and the domain refuses the seat now. */
export const invitationNoLongerPossible = (inviter: string, reason: string): Refusal =>
  new Refusal(
    INVITATION_REFUSALS.noLongerPossible,
    `This invitation cannot be accepted as it stands: ${reason} Ask ${inviter} to invite you again.`,
  );

// "14 December 2026": a day a person reads, in UTC as the server keeps it.
function dayOf(instant: string): string {
  return new Date(instant).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
