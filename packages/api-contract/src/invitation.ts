import { z } from 'zod';
import { IdSchema } from './ids.js';
import { RoleSchema } from './meeting.js';

/**
 * An invitation waiting for someone without an account (issue #16): its one-time link is shown
 * once, to the inviter, who sends it; only its hash is stored.
 */
export const PendingInvitationSchema = z
  .object({
    id: IdSchema,
    email: z.string(),
    role: RoleSchema,
    /** Who invited, by name. */
    invitedBy: z.string(),
    createdAt: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'PendingInvitation' });

/** What `GET /meetings/{meetingId}/invitations` answers: pending, oldest first. */
export const PendingInvitationListSchema = z.array(PendingInvitationSchema);

/**
 * What `POST /meetings/{meetingId}/participants` answers: the same shape whether the email had an
 * account (`joined`: in the roster now) or not (`pending`: with the link to send).
 */
export const InvitationAnswerSchema = z
  .object({
    email: z.string(),
    role: RoleSchema,
    outcome: z.enum(['joined', 'pending']),
    /** The one-time link, shown this once; null when the email had an account. */
    link: z.string().nullable(),
    invitation: PendingInvitationSchema.nullable(),
  })
  .meta({ id: 'InvitationAnswer' });

/** What the link's page shows before the invitee sets a name and a password. */
export const InvitationPreviewSchema = z
  .object({
    meetingId: IdSchema,
    meetingTitle: z.string(),
    meetingSymbol: z.string(),
    email: z.string(),
    role: RoleSchema,
    invitedBy: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'InvitationPreview' });

/** What the invitee sends to accept: the link's token, their name and their password. */
export const AcceptInvitationSchema = z
  .object({
    token: z.string().min(1).max(200),
    name: z.string().max(200),
    password: z.string().max(1024),
  })
  .meta({ id: 'AcceptInvitation' });

export type PendingInvitation = z.infer<typeof PendingInvitationSchema>;
export type InvitationAnswer = z.infer<typeof InvitationAnswerSchema>;
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;
export type AcceptInvitation = z.infer<typeof AcceptInvitationSchema>;

/** What accepting answers: the new account, signed in, and the meeting it joined. */
export const AcceptedInvitationSchema = z
  .object({ meetingId: IdSchema, name: z.string(), email: z.string(), role: RoleSchema })
  .meta({ id: 'AcceptedInvitation' });

export type AcceptedInvitation = z.infer<typeof AcceptedInvitationSchema>;
