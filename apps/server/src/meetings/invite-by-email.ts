import { randomUUID } from 'node:crypto';
import type { Actor, Role } from '@rapporteur/domain';
import type { Accounts } from '../accounts/accounts.js';
import type {
  CommandOptions,
  MeetingCommandHandler,
  MeetingIntent,
} from './meeting-command-handler.js';

/** What an invitation answers, the same whether or not the email has an account. */
export interface InvitationAnswer {
  readonly email: string;
  readonly role: Role;
}

/**
 * Invites whoever holds `email`, answering the same whether or not an account has it, so that
 * inviting is no way to learn who has an account. An email without one is decided on as if it
 * had one (the same refusals: a second chair, a seat that is not the inviter's to give) and
 * nothing is stored. Its answer carries no ETag: the revision would tell the two apart. Pending invitations that wait for such an email, and an invitee's consent
 * before a meeting shows in their list, are issue #16's.
 */
export async function inviteByEmail(
  parts: { accounts: Accounts; commands: MeetingCommandHandler },
  invitation: { meetingId: string; email: string; role: Role; by: Actor },
  options: CommandOptions = {},
): Promise<InvitationAnswer> {
  const { accounts, commands } = parts;
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
  if (person === undefined) await commands.rehearse(meetingId, intent, options);
  else await commands.execute(meetingId, intent, options);
  return { email, role };
}
