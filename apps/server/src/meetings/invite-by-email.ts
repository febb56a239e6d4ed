import { randomUUID } from 'node:crypto';
import type { Actor, Role } from '@rapporteur/domain';
import type { Accounts } from '../accounts/accounts.js';
import type { StoredInvitation } from '../accounts/invitations.js';
import type {
  CommandOptions,
  MeetingCommandHandler,
  MeetingIntent,
} from './meeting-command-handler.js';

/** What an invitation answers: the same shape whether or not the email has an account. */
export interface InvitationAnswer {
  readonly email: string;
  readonly role: Role;
  /** `joined`: the account is in the roster now; `pending`: the link waits to be sent. */
  readonly outcome: 'joined' | 'pending';
  /** The one-time link's path on this server (`/invitation#inv_...`), shown this once. */
  readonly link: string | null;
  readonly invitation: StoredInvitation | null;
}

/** Where an invitation's link leads: the token after '#' never reaches a server log or a Referer. */
export const invitationLink = (token: string): string => `/invitation#${token}`;

/**
 * Invites whoever holds `email`. An account joins the meeting at once. An email without one gets
 * a pending invitation with a one-time link that works for `days` (decision 40), decided first
 * exactly as if the account existed (the same refusals: a second chair, a seat that is not the
 * inviter's to give), so that nothing is stored for an invitation the domain would refuse.
 */
export async function inviteByEmail(
  parts: { accounts: Accounts; commands: MeetingCommandHandler; days: number },
  invitation: { meetingId: string; email: string; role: Role; by: Actor },
  options: CommandOptions = {},
): Promise<InvitationAnswer> {
  const { accounts, commands, days } = parts;
  const { meetingId, role, by } = invitation;
  const email = invitation.email.trim().toLowerCase();
  const person = await accounts.findByEmail(email);
  const intent: MeetingIntent = {
    type: 'InviteParticipant',
    data: {
      personId: person?.id ?? `no-account-${randomUUID()}`,
      name: person?.name ?? email,
      email: person?.email ?? email,
      role,
      by,
    },
  };
  if (person !== undefined) {
    await commands.execute(meetingId, intent, options);
    return { email, role, outcome: 'joined', link: null, invitation: null };
  }
  await commands.rehearse(meetingId, intent, options);
  const made = await accounts.invitations.create({
    meetingId,
    email,
    role,
    invitedBy: by.personId,
    days,
  });
  return {
    email,
    role,
    outcome: 'pending',
    link: invitationLink(made.token),
    invitation: made.invitation,
  };
}
