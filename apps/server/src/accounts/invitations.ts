import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { AccountsDatabase } from './accounts-database.js';

/** How long an invitation's link works unless INVITATION_DAYS says otherwise. */
export const DEFAULT_INVITATION_DAYS = 7;
const DAY_MS = 24 * 3600 * 1000;
const TOKEN_PREFIX = 'inv_';

/** An invitation as stored, with its inviter's id; the link itself is never stored. */
export interface StoredInvitation {
  readonly id: string;
  readonly meetingId: string;
  readonly email: string;
  readonly role: string;
  readonly invitedBy: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly withdrawnAt: string | null;
  readonly acceptedAt: string | null;
}

/** Where a link stands when it is followed: only `pending` may be accepted. */
export type InvitationState = 'pending' | 'expired' | 'withdrawn' | 'accepted';

function hashOf(token: string): string {
  return createHash('sha256').update(`invitation:${token}`).digest('hex');
}

/**
 * Invitations of emails that have no account (decision 40): each has a one-time link whose
 * secret is returned once and stored only as a hash. A newer invitation of the same email to the
 * same meeting withdraws the older one, so one link at most is live per person and meeting.
 */
export class Invitations {
  constructor(
    private readonly db: AccountsDatabase,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Stores a pending invitation that works for `days`; its token is shown this once. */
  async create(input: {
    meetingId: string;
    email: string;
    role: string;
    invitedBy: string;
    days: number;
  }): Promise<{ invitation: StoredInvitation; token: string }> {
    const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const now = this.clock();
    const invitation: StoredInvitation = {
      id: randomUUID(),
      meetingId: input.meetingId,
      email: input.email,
      role: input.role,
      invitedBy: input.invitedBy,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + input.days * DAY_MS).toISOString(),
      withdrawnAt: null,
      acceptedAt: null,
    };
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('invitations')
        .set({ withdrawn_at: invitation.createdAt })
        .where('meeting_id', '=', input.meetingId)
        .where('email', '=', input.email)
        .where('withdrawn_at', 'is', null)
        .where('accepted_at', 'is', null)
        .execute();
      await trx
        .insertInto('invitations')
        .values({
          id: invitation.id,
          meeting_id: invitation.meetingId,
          email: invitation.email,
          role: invitation.role,
          invited_by: invitation.invitedBy,
          token_hash: hashOf(token),
          created_at: invitation.createdAt,
          expires_at: invitation.expiresAt,
          withdrawn_at: null,
          accepted_at: null,
        })
        .execute();
    });
    return { invitation, token };
  }

  /** The meeting's invitations still waiting (not withdrawn, accepted or expired), oldest first. */
  async pending(meetingId: string): Promise<StoredInvitation[]> {
    const rows = await this.db
      .selectFrom('invitations')
      .selectAll()
      .where('meeting_id', '=', meetingId)
      .where('withdrawn_at', 'is', null)
      .where('accepted_at', 'is', null)
      .where('expires_at', '>', this.clock().toISOString())
      .orderBy('created_at')
      .execute();
    return rows.map(toInvitation);
  }

  /** Withdraws one of the meeting's pending invitations; false if it has no such invitation. */
  async withdraw(meetingId: string, id: string): Promise<boolean> {
    const result = await this.db
      .updateTable('invitations')
      .set({ withdrawn_at: this.clock().toISOString() })
      .where('id', '=', id)
      .where('meeting_id', '=', meetingId)
      .where('withdrawn_at', 'is', null)
      .where('accepted_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** The invitation a link opens and where it stands, or undefined for a link that is none of ours. */
  async lookUp(
    token: string,
  ): Promise<{ invitation: StoredInvitation; state: InvitationState } | undefined> {
    if (!token.startsWith(TOKEN_PREFIX)) return undefined;
    const row = await this.db
      .selectFrom('invitations')
      .selectAll()
      .where('token_hash', '=', hashOf(token))
      .executeTakeFirst();
    if (row === undefined) return undefined;
    const invitation = toInvitation(row);
    return { invitation, state: stateOf(invitation, this.clock().toISOString()) };
  }

  /** Marks a pending invitation used; false when another request used, or someone withdrew, it first. */
  async markAccepted(id: string): Promise<boolean> {
    const now = this.clock().toISOString();
    const result = await this.db
      .updateTable('invitations')
      .set({ accepted_at: now })
      .where('id', '=', id)
      .where('withdrawn_at', 'is', null)
      .where('accepted_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}

function stateOf(invitation: StoredInvitation, now: string): InvitationState {
  if (invitation.acceptedAt !== null) return 'accepted';
  if (invitation.withdrawnAt !== null) return 'withdrawn';
  return invitation.expiresAt <= now ? 'expired' : 'pending';
}

function toInvitation(row: {
  id: string;
  meeting_id: string;
  email: string;
  role: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  withdrawn_at: string | null;
  accepted_at: string | null;
}): StoredInvitation {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    email: row.email,
    role: row.role,
    invitedBy: row.invited_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    withdrawnAt: row.withdrawn_at,
    acceptedAt: row.accepted_at,
  };
}
