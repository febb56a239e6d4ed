import type { InvitationPreview } from '@rapporteur/api-contract';
import { ForbiddenError, isRole, type Role } from '@rapporteur/domain';
import { RapporteurError } from '@rapporteur/errors';
import type { Accounts, User } from '../accounts/accounts.js';
import type { StoredInvitation } from '../accounts/invitations.js';
import type { MeetingCatalog } from '../meetings/meeting-catalog.js';
import type { MeetingCommandHandler } from '../meetings/meeting-command-handler.js';
import {
  accountExists,
  invitationExpired,
  invitationNoLongerPossible,
  invitationUsed,
  invitationWithdrawn,
  unknownLink,
} from './invitation-refusals.js';

export interface FollowParts {
  readonly accounts: Accounts;
  readonly catalog: MeetingCatalog;
  readonly commands: MeetingCommandHandler;
}

/** A pending invitation a link opens, with its inviter; any other link is refused with why. */
async function openLink(
  { accounts }: FollowParts,
  token: string,
): Promise<{ invitation: StoredInvitation; inviter: User | undefined; role: Role }> {
  const found = await accounts.invitations.lookUp(token);
  if (found === undefined || !isRole(found.invitation.role)) throw unknownLink();
  const { invitation, state } = found;
  const inviter = await accounts.findById(invitation.invitedBy);
  const inviterName = inviter?.name ?? 'whoever invited you';
  switch (state) {
    case 'accepted':
      throw invitationUsed(invitation.email);
    case 'withdrawn':
      throw invitationWithdrawn(inviterName);
    case 'expired':
      throw invitationExpired(invitation.expiresAt, inviterName);
    case 'pending':
      return { invitation, inviter, role: found.invitation.role };
  }
}

/** What the link's page shows: the meeting, the role and who invited, before anyone signs up. */
export async function previewInvitation(
  parts: FollowParts,
  token: string,
): Promise<InvitationPreview> {
  const { invitation, inviter, role } = await openLink(parts, token);
  await parts.catalog.refresh(invitation.meetingId);
  const meeting = parts.catalog.get(invitation.meetingId);
  if (meeting === undefined) throw unknownLink();
  return {
    meetingId: meeting.meetingId,
    meetingTitle: meeting.title,
    meetingSymbol: meeting.symbol,
    email: invitation.email,
    role,
    invitedBy: inviter?.name ?? 'someone who has since left',
    expiresAt: invitation.expiresAt,
  };
}

/**
 * Accepts a pending invitation: decides the roster change first, as the inviter, with nothing
 * stored (a second chair, or an inviter who may no longer invite, is refused here and leaves the
 * link pending); then creates the account, uses the link up, and appends the roster event
 * through the meeting's command handler. Gives the new account, for its session.
 */
export async function acceptInvitation(
  parts: FollowParts,
  input: { token: string; name: string; password: string },
): Promise<{ user: User; meetingId: string; role: Role }> {
  const { accounts, commands } = parts;
  const { invitation, inviter, role } = await openLink(parts, input.token);
  const inviterName = inviter?.name ?? 'the chair';
  if (inviter === undefined)
    throw new ForbiddenError(
      'manage-participants',
      'The person who invited you no longer has an account: ask the chair to invite you again.',
    );
  if ((await accounts.findByEmail(invitation.email)) !== undefined)
    throw accountExists(invitation.email, inviterName);
  const by = { personId: inviter.id, admin: inviter.admin };
  const joining = (personId: string, name: string) => ({
    type: 'InviteParticipant' as const,
    data: { personId, name, email: invitation.email, role, by },
  });
  try {
    await commands.rehearse(
      invitation.meetingId,
      joining(`invitee-${invitation.id}`, input.name.trim() || invitation.email),
    );
  } catch (error) {
    // The roster moved since the invitation (a chair now sits, the inviter lost the right to
    // invite): the domain's sentence, told to the invitee, and the link stays as it was.
    if (error instanceof RapporteurError && error.kind !== 'invalid')
      throw invitationNoLongerPossible(inviterName, error.message);
    throw error;
  }
  const user = await accounts.create({
    email: invitation.email,
    name: input.name,
    password: input.password,
  });
  if (!(await accounts.invitations.markAccepted(invitation.id)))
    throw invitationUsed(invitation.email);
  await commands.execute(invitation.meetingId, joining(user.id, user.name));
  return { user, meetingId: invitation.meetingId, role };
}
