import { randomUUID } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import {
  InvitationAnswerSchema,
  InvitationSchema,
  MeetingParams,
  MeetingSchema,
  MeetingSummarySchema,
  NewMeetingSchema,
  DocumentSettingsPatchSchema,
  EndorsementSettingSchema,
  ParticipantSchema,
  RoleSchema,
} from '@rapporteur/api-contract';
import { ForbiddenError, type Actor, type Role, type ScheduledMeeting } from '@rapporteur/domain';
import type { Accounts, User } from '../accounts/accounts.js';
import type { StoredInvitation } from '../accounts/invitations.js';
import type { AuthEnv } from '../auth/auth-context.js';
import { etagHeader, etagOf, ifMatchOf, IfMatchHeaders } from '../http/if-match.js';
import { apiRouter, problemResponses } from '../http/openapi.js';
import { readableMeeting, signedIn } from './meeting-access.js';
import type { MeetingCatalog } from './meeting-catalog.js';
import type { MeetingCommandHandler } from './meeting-command-handler.js';
import { authorizeMeetingCreation, type MeetingCreators } from './meeting-creators.js';
import { inviteByEmail } from './invite-by-email.js';
import { presentMeeting, presentSummary } from './meeting-presenter.js';

const PersonParams = MeetingParams.extend({ personId: z.string().min(1).max(64) });
const json = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true,
});
const ok = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});
const tagged = <T extends z.ZodType>(schema: T, description: string) => ({
  ...ok(schema, description),
  headers: etagHeader,
});
const tags = ['meetings'];

const list = createRoute({
  method: 'get',
  path: '/meetings',
  tags,
  responses: { 200: ok(z.array(MeetingSummarySchema), 'Your meetings'), ...problemResponses },
});
const create = createRoute({
  method: 'post',
  path: '/meetings',
  tags,
  request: { body: json(NewMeetingSchema) },
  responses: { 201: tagged(MeetingSchema, 'The new meeting; you chair it'), ...problemResponses },
});
const read = createRoute({
  method: 'get',
  path: '/meetings/{meetingId}',
  tags,
  request: { params: MeetingParams },
  responses: { 200: tagged(MeetingSchema, 'The meeting'), ...problemResponses },
});
const invite = createRoute({
  method: 'post',
  path: '/meetings/{meetingId}/participants',
  tags,
  request: {
    params: MeetingParams,
    headers: IfMatchHeaders,
    body: json(InvitationSchema),
  },
  responses: {
    202: ok(
      InvitationAnswerSchema,
      'An account joins at once; an email without one gets a pending invitation and its one-time link',
    ),
    ...problemResponses,
  },
});
const changeRole = createRoute({
  method: 'patch',
  path: '/meetings/{meetingId}/participants/{personId}',
  tags,
  request: {
    params: PersonParams,
    headers: IfMatchHeaders,
    body: json(z.object({ role: RoleSchema })),
  },
  responses: {
    200: tagged(ParticipantSchema, 'The participant with their new role'),
    ...problemResponses,
  },
});
const remove = createRoute({
  method: 'delete',
  path: '/meetings/{meetingId}/participants/{personId}',
  tags,
  request: { params: PersonParams, headers: IfMatchHeaders },
  responses: {
    204: { description: 'Removed: their open editors close at once', headers: etagHeader },
    ...problemResponses,
  },
});
const settings = createRoute({
  method: 'patch',
  path: '/meetings/{meetingId}/settings',
  tags,
  summary: 'Changes how many vice-chairs must endorse a version before approval (the chair)',
  request: { params: MeetingParams, headers: IfMatchHeaders, body: json(EndorsementSettingSchema) },
  responses: {
    200: tagged(MeetingSchema, 'The meeting with its new setting'),
    ...problemResponses,
  },
});

const documentSettings = createRoute({
  method: 'patch',
  path: '/meetings/{meetingId}/document-settings',
  tags,
  summary:
    "Sets the summary's own symbol, the draft's language and the meeting's time zone, as exports show them (the chair)",
  request: {
    params: MeetingParams,
    headers: IfMatchHeaders,
    body: json(DocumentSettingsPatchSchema),
  },
  responses: {
    200: tagged(MeetingSchema, 'The meeting with its document settings'),
    ...problemResponses,
  },
});

/** Meetings, their participants and their settings; the domain decides, the log keeps. */
export function meetingsRoutes({
  commands,
  accounts,
  catalog,
  meetingCreators,
  invitationDays,
}: {
  commands: MeetingCommandHandler;
  accounts: Accounts;
  catalog: MeetingCatalog;
  meetingCreators: MeetingCreators;
  /** How long an invitation's link works (INVITATION_DAYS). */
  invitationDays: number;
}) {
  const actor = (user: User): Actor => ({ personId: user.id, admin: user.admin });
  const readable = (user: User, meetingId: string) => readableMeeting(catalog, user, meetingId);

  return apiRouter<AuthEnv>()
    .openapi(list, (c) => {
      const user = signedIn(c.get('user'));
      return c.json(
        catalog
          .meetingsOf(user)
          .map((meeting) => presentSummary(meeting, catalog.roleOf(meeting.meetingId, user.id))),
        200,
      );
    })
    .openapi(create, async (c) => {
      const user = signedIn(c.get('user'));
      authorizeMeetingCreation(user, meetingCreators);
      const meetingId = randomUUID();
      const chair = { personId: user.id, name: user.name, email: user.email };
      const { meeting, revision } = await commands.execute(meetingId, {
        type: 'ScheduleMeeting',
        data: { ...c.req.valid('json'), meetingId, chair, by: actor(user) },
      });
      c.header('ETag', etagOf(revision));
      return c.json(presentMeeting(meeting, 'chair'), 201);
    })
    .openapi(read, async (c) => {
      const { meeting, role } = await readable(
        signedIn(c.get('user')),
        c.req.valid('param').meetingId,
      );
      // The catalog's revision of the meeting it presents: what an If-Match of it will expect.
      c.header('ETag', etagOf(catalog.revisionOf(meeting.meetingId) ?? -1));
      return c.json(presentMeeting(meeting, role), 200);
    })
    .openapi(invite, async (c) => {
      const user = signedIn(c.get('user'));
      const { meetingId } = c.req.valid('param');
      await readable(user, meetingId);
      const { email, role } = c.req.valid('json');
      const answer = await inviteByEmail(
        { accounts, commands, days: invitationDays },
        { meetingId, email, role, by: actor(user) },
        ifMatchOf(c.req.valid('header')),
      );
      return c.json(
        { ...answer, invitation: answer.invitation && presentPending(answer.invitation, user) },
        202,
      );
    })
    .openapi(changeRole, async (c) => {
      const user = signedIn(c.get('user'));
      const { meetingId, personId } = c.req.valid('param');
      await readable(user, meetingId);
      const { meeting, revision } = await commands.execute(
        meetingId,
        { type: 'ChangeRole', data: { personId, role: c.req.valid('json').role, by: actor(user) } },
        ifMatchOf(c.req.valid('header')),
      );
      c.header('ETag', etagOf(revision));
      return c.json(participant(meeting, personId), 200);
    })
    .openapi(remove, async (c) => {
      const user = signedIn(c.get('user'));
      const { meetingId, personId } = c.req.valid('param');
      await readable(user, meetingId);
      const { revision } = await commands.execute(
        meetingId,
        { type: 'RemoveParticipant', data: { personId, by: actor(user) } },
        ifMatchOf(c.req.valid('header')),
      );
      c.header('ETag', etagOf(revision));
      return c.body(null, 204);
    })
    .openapi(settings, async (c) => {
      const user = signedIn(c.get('user'));
      const { meetingId } = c.req.valid('param');
      const { role } = await readable(user, meetingId);
      const { meeting, revision } = await commands.execute(
        meetingId,
        {
          type: 'ChangeEndorsementsRequired',
          data: { ...c.req.valid('json'), by: actor(user) },
        },
        ifMatchOf(c.req.valid('header')),
      );
      c.header('ETag', etagOf(revision));
      return c.json(presentMeeting(meeting, role), 200);
    })
    .openapi(documentSettings, async (c) => {
      const user = signedIn(c.get('user'));
      const { meetingId } = c.req.valid('param');
      const { role } = await readable(user, meetingId);
      const { meeting, revision } = await commands.execute(
        meetingId,
        { type: 'ChangeDocumentSettings', data: { ...c.req.valid('json'), by: actor(user) } },
        ifMatchOf(c.req.valid('header')),
      );
      c.header('ETag', etagOf(revision));
      return c.json(presentMeeting(meeting, role), 200);
    });
}

function participant(meeting: ScheduledMeeting, personId: string) {
  const found = meeting.participants.get(personId);
  if (found === undefined)
    throw new ForbiddenError('manage-participants', 'The participant is no longer in the meeting.');
  return { personId: found.personId, name: found.name, email: found.email, role: found.role };
}

function presentPending(invitation: StoredInvitation, inviter: User) {
  const { id, email, createdAt, expiresAt } = invitation;
  return {
    id,
    email,
    role: invitation.role as Role,
    invitedBy: inviter.name,
    createdAt,
    expiresAt,
  };
}
