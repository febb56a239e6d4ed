import { createRoute, z } from '@hono/zod-openapi';
import {
  AcceptedInvitationSchema,
  AcceptInvitationSchema,
  IdSchema,
  InvitationPreviewSchema,
  MeetingParams,
  PendingInvitationListSchema,
} from '@rapporteur/api-contract';
import { isRole, mayAct } from '@rapporteur/domain';
import type { Accounts, User } from '../accounts/accounts.js';
import type { StoredInvitation } from '../accounts/invitations.js';
import type { AuthEnv } from '../auth/auth-context.js';
import { json, ok } from '../auth/session.routes.js';
import { startSession } from '../auth/start-session.js';
import { apiRouter, problemResponses } from '../http/openapi.js';
import { meetingFacts, readableMeeting, signedIn } from '../meetings/meeting-access.js';
import type { MeetingCatalog } from '../meetings/meeting-catalog.js';
import type { MeetingCommandHandler } from '../meetings/meeting-command-handler.js';
import { MayNotActError } from '../meetings/may-not-act.js';
import { acceptInvitation, previewInvitation } from './follow-invitation.js';
import { noSuchPendingInvitation } from './invitation-refusals.js';

const tags = ['invitations'];
const TokenBody = z.object({ token: z.string().min(1).max(200) });

const pending = createRoute({
  method: 'get',
  path: '/meetings/{meetingId}/invitations',
  tags,
  summary: 'The invitations still waiting for people without an account (whoever may invite)',
  request: { params: MeetingParams },
  responses: {
    200: ok(PendingInvitationListSchema, 'Pending, oldest first'),
    ...problemResponses,
  },
});
const withdraw = createRoute({
  method: 'delete',
  path: '/meetings/{meetingId}/invitations/{invitationId}',
  tags,
  summary: 'Withdraws a pending invitation: its link stops working',
  request: { params: MeetingParams.extend({ invitationId: IdSchema }) },
  responses: { 204: { description: 'Withdrawn' }, ...problemResponses },
});
// The token travels in a body, never in a path or a query, so that no request log keeps it.
const lookUp = createRoute({
  method: 'post',
  path: '/invitations/look-up',
  tags,
  summary: "What an invitation link's page shows: the meeting, the role and who invited",
  request: { body: json(TokenBody) },
  responses: { 200: ok(InvitationPreviewSchema, 'The pending invitation'), ...problemResponses },
});
const accept = createRoute({
  method: 'post',
  path: '/invitations/accept',
  tags,
  summary: 'Creates the account, joins the meeting with the invited role, and signs in',
  request: { body: json(AcceptInvitationSchema) },
  responses: {
    201: ok(AcceptedInvitationSchema, 'Joined and signed in (a session cookie is set)'),
    ...problemResponses,
  },
});

/** Invitations with one-time links (decision 40): the inviter's list and the link's two steps. */
export function invitationsRoutes(parts: {
  accounts: Accounts;
  catalog: MeetingCatalog;
  commands: MeetingCommandHandler;
}) {
  const { accounts, catalog } = parts;
  // Whoever may invite may see and withdraw what waits: the domain's 'manage-participants'.
  const manager = async (user: User, meetingId: string) => {
    const { meeting } = await readableMeeting(catalog, user, meetingId);
    if (user.admin) return;
    const verdict = mayAct(meetingFacts(meeting, user.id), 'manage-participants');
    if (!verdict.allowed) throw new MayNotActError(verdict);
  };
  const present = async (invitation: StoredInvitation) => ({
    id: invitation.id,
    email: invitation.email,
    role: isRole(invitation.role) ? invitation.role : 'delegate',
    invitedBy: (await accounts.findById(invitation.invitedBy))?.name ?? 'a former account',
    createdAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
  });

  return apiRouter<AuthEnv>()
    .openapi(pending, async (c) => {
      const { meetingId } = c.req.valid('param');
      await manager(signedIn(c.get('user')), meetingId);
      const waiting = await accounts.invitations.pending(meetingId);
      return c.json(await Promise.all(waiting.map(present)), 200);
    })
    .openapi(withdraw, async (c) => {
      const { meetingId, invitationId } = c.req.valid('param');
      await manager(signedIn(c.get('user')), meetingId);
      if (!(await accounts.invitations.withdraw(meetingId, invitationId)))
        throw noSuchPendingInvitation();
      return c.body(null, 204);
    })
    .openapi(lookUp, async (c) =>
      c.json(await previewInvitation(parts, c.req.valid('json').token), 200),
    )
    .openapi(accept, async (c) => {
      const { user, meetingId, role } = await acceptInvitation(parts, c.req.valid('json'));
      await startSession(c, accounts, user);
      return c.json({ meetingId, name: user.name, email: user.email, role }, 201);
    });
}
