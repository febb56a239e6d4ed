import { randomUUID } from 'node:crypto';
import { meetingDecider, type Actor, type InviteParticipant, type Role } from '@rapporteur/domain';
import type { EventStore } from '@rapporteur/event-store';
import type { Accounts } from '../accounts/accounts.js';
import type { MeetingCatalog } from './meeting-catalog.js';
import { executeMeetingCommand, loadMeeting } from './meeting-commands.js';

/** What an invitation answers, the same whether or not the email has an account. */
export interface InvitationAnswer {
  readonly email: string;
  readonly role: Role;
}

/**
 * Invites whoever holds `email`, answering the same whether or not an account has it, so that
 * inviting is no way to learn who has an account. An email without one is decided on as if it
 * had one (the same refusals: a second chair, a seat that is not the inviter's to give) and
 * nothing is stored. Pending invitations that wait for such an email, and an invitee's consent
 * before a meeting shows in their list, are issue #16's.
 */
export async function inviteByEmail(
  parts: { store: EventStore; accounts: Accounts; catalog: MeetingCatalog },
  invitation: { meetingId: string; email: string; role: Role; by: Actor; at: string },
): Promise<InvitationAnswer> {
  const { store, accounts, catalog } = parts;
  const { meetingId, role, by, at } = invitation;
  const email = invitation.email.trim().toLowerCase();
  const person = await accounts.findByEmail(email);
  const command: InviteParticipant = {
    type: 'InviteParticipant',
    data: {
      personId: person?.id ?? `no-account-${randomUUID()}`,
      name: person?.name ?? email,
      email: person?.email ?? email,
      role,
      at,
      by,
    },
  };
  if (person === undefined) {
    meetingDecider.decide(command, (await loadMeeting(store, meetingId)).state);
  } else {
    await executeMeetingCommand(store, meetingId, command);
    await catalog.changed(meetingId);
  }
  return { email, role };
}
