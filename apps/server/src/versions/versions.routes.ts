import { randomUUID } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import {
  MeetingParams,
  ReopenedSchema,
  StepCommentSchema,
  VersionParams,
  VersionSchema,
} from '@rapporteur/api-contract';
import { draftStream } from '@rapporteur/draft-log';
import { LIMITS, type ScheduledMeeting, type Version } from '@rapporteur/domain';
import type { EventStore } from '@rapporteur/event-store';
import { fingerprintAt } from '@rapporteur/history';
import type { User } from '../accounts/accounts.js';
import type { AuthEnv } from '../auth/auth-context.js';
import { etagHeader, etagOf, ifMatchOf, IfMatchHeaders } from '../http/if-match.js';
import { apiRouter, problemResponses } from '../http/openapi.js';
import { readableMeeting, signedIn } from '../meetings/meeting-access.js';
import type { MeetingCatalog } from '../meetings/meeting-catalog.js';
import type { MeetingCommandHandler } from '../meetings/meeting-command-handler.js';
import { sealPlan } from './draft-seals.js';
import { reviewPlan } from '../review/review-seals.js';
import { currentAnchor } from '../verification/log-anchor.js';
import { presentVersion } from './version-presenter.js';
import { emptyDraft } from './version-refusals.js';

const StepParams = VersionParams.extend({
  step: z.enum(['submit', 'endorse', 'approve', 'freeze']),
});
const tags = ['versions'];
const versionAnswer = (description: string) => ({
  200: {
    content: { 'application/json': { schema: VersionSchema } },
    description,
    headers: etagHeader,
  },
  ...problemResponses,
});
const jsonBody = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true,
});

const list = createRoute({
  method: 'get',
  path: '/meetings/{meetingId}/versions',
  tags,
  request: { params: MeetingParams },
  responses: {
    200: {
      content: { 'application/json': { schema: z.array(VersionSchema) } },
      description: 'The versions, oldest first',
      headers: etagHeader,
    },
    ...problemResponses,
  },
});
const name = createRoute({
  method: 'post',
  path: '/meetings/{meetingId}/versions',
  tags,
  request: {
    params: MeetingParams,
    headers: IfMatchHeaders,
    body: {
      content: {
        'application/json': {
          schema: z.object({
            name: z.string().max(LIMITS.versionName),
            /** The draft revision to name; the head when absent. */
            revision: z.number().int().min(0).optional(),
          }),
        },
      },
      required: true,
    },
  },
  responses: {
    201: {
      content: { 'application/json': { schema: VersionSchema } },
      description: 'The version, with the fingerprint of its revision',
      headers: etagHeader,
    },
    ...problemResponses,
  },
});

const step = createRoute({
  method: 'post',
  path: '/meetings/{meetingId}/versions/{versionId}/{step}',
  tags,
  request: {
    params: StepParams,
    headers: IfMatchHeaders,
    // Optional: a step without a comment is a POST with no body.
    body: { ...jsonBody(StepCommentSchema), required: false },
  },
  responses: versionAnswer('The version after the step: submitted, endorsed, approved or frozen'),
});
const requestChanges = createRoute({
  method: 'post',
  path: '/meetings/{meetingId}/versions/{versionId}/request-changes',
  tags,
  request: {
    params: VersionParams,
    headers: IfMatchHeaders,
    body: jsonBody(z.object({ comment: z.string().max(LIMITS.comment) })),
  },
  responses: versionAnswer('The version, sent back with the comment'),
});
const reopen = createRoute({
  method: 'post',
  path: '/meetings/{meetingId}/reopen',
  tags,
  request: {
    params: MeetingParams,
    headers: IfMatchHeaders,
    body: jsonBody(z.object({ reason: z.string().max(LIMITS.comment).optional() })),
  },
  responses: {
    200: {
      content: {
        'application/json': { schema: ReopenedSchema },
      },
      description: 'The draft is editable again, as the next revision of the document',
      headers: etagHeader,
    },
    ...problemResponses,
  },
});

// Submitting and approving read the draft's head (review-seals.ts); endorsing does not.
const COMMAND_OF_STEP = {
  submit: 'SubmitVersion',
  approve: 'ApproveVersion',
} as const;

/** Named versions of the draft: a name for one revision, with its content and chain hashes. */
export function versionsRoutes({
  store,
  catalog,
  commands,
}: {
  store: EventStore;
  catalog: MeetingCatalog;
  commands: MeetingCommandHandler;
}) {
  return apiRouter<AuthEnv>()
    .openapi(list, async (c) => {
      const { meeting } = await readableMeeting(
        catalog,
        signedIn(c.get('user')),
        c.req.valid('param').meetingId,
      );
      const head = await currentAnchor(store, meeting.meetingId);
      // The revision of the meeting these versions come from: a step on one sends it as If-Match.
      c.header('ETag', etagOf(catalog.revisionOf(meeting.meetingId) ?? -1));
      return c.json(
        [...meeting.versions.values()].map((version) => presentVersion(version, head)),
        200,
      );
    })
    .openapi(name, async (c) => {
      const user = signedIn(c.get('user'));
      const { meetingId } = c.req.valid('param');
      await readableMeeting(catalog, user, meetingId);
      const body = c.req.valid('json');
      const head = (await store.head(draftStream(meetingId)))?.revision ?? -1;
      if (head < 0) throw emptyDraft();
      const draftRevision = body.revision ?? head;
      const fingerprint = await fingerprintAt(store, {
        draftId: meetingId,
        revision: draftRevision,
      });
      const versionId = randomUUID();
      const { meeting, revision } = await commands.execute(
        meetingId,
        {
          type: 'NameVersion',
          data: { versionId, name: body.name, draftRevision, ...fingerprint, by: by(user) },
        },
        ifMatchOf(c.req.valid('header')),
      );
      c.header('ETag', etagOf(revision));
      const version = meeting.versions.get(versionId);
      if (version === undefined) throw new Error('A named version is missing from its meeting.');
      return c.json(presentVersion(version, await currentAnchor(store, meetingId)), 201);
    })
    .openapi(requestChanges, async (c) => {
      const user = signedIn(c.get('user'));
      const { meetingId, versionId } = c.req.valid('param');
      await readableMeeting(catalog, user, meetingId);
      const { meeting, revision } = await commands.run(
        meetingId,
        reviewPlan(store, meetingId, {
          type: 'RequestChanges',
          data: { versionId, comment: c.req.valid('json').comment, by: by(user) },
        }),
        ifMatchOf(c.req.valid('header')),
      );
      c.header('ETag', etagOf(revision));
      return c.json(
        presentVersion(versionIn(meeting, versionId), await currentAnchor(store, meetingId)),
        200,
      );
    })
    .openapi(step, async (c) => {
      const user = signedIn(c.get('user'));
      const { meetingId, versionId, step: taken } = c.req.valid('param');
      await readableMeeting(catalog, user, meetingId);
      const { comment } = c.req.valid('json');
      const data = { versionId, ...(comment === undefined ? {} : { comment }), by: by(user) };
      const plan =
        taken === 'freeze'
          ? sealPlan(store, meetingId, { type: 'FreezeDraft', data })
          : taken === 'endorse'
            ? commands.plan({ type: 'EndorseVersion', data })
            : reviewPlan(store, meetingId, { type: COMMAND_OF_STEP[taken], data });
      const { meeting, revision } = await commands.run(
        meetingId,
        plan,
        ifMatchOf(c.req.valid('header')),
      );
      c.header('ETag', etagOf(revision));
      return c.json(
        presentVersion(versionIn(meeting, versionId), await currentAnchor(store, meetingId)),
        200,
      );
    })
    .openapi(reopen, async (c) => {
      const user = signedIn(c.get('user'));
      const { meetingId } = c.req.valid('param');
      await readableMeeting(catalog, user, meetingId);
      const { reason } = c.req.valid('json');
      const { meeting, revision } = await commands.run(
        meetingId,
        sealPlan(store, meetingId, {
          type: 'ReopenDraft',
          data: { ...(reason === undefined ? {} : { reason }), by: by(user) },
        }),
        ifMatchOf(c.req.valid('header')),
      );
      c.header('ETag', etagOf(revision));
      return c.json({ documentRevision: meeting.documentRevision }, 200);
    });
}

function by(user: User) {
  return { personId: user.id, admin: user.admin };
}

function versionIn(meeting: ScheduledMeeting, versionId: string): Version {
  const version = meeting.versions.get(versionId);
  if (version === undefined) throw new Error('A version is missing from its meeting.');
  return version;
}
