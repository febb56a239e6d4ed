import { randomUUID } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import { draftStream } from '@rapporteur/collab';
import { LIMITS } from '@rapporteur/domain';
import type { EventStore } from '@rapporteur/event-store';
import { fingerprintAt } from '@rapporteur/history';
import type { AuthEnv } from '../auth/auth-context.js';
import { apiRouter, problemResponses } from '../http/openapi.js';
import { ProblemError } from '../http/problem-error.js';
import { readableMeeting, signedIn } from '../meetings/meeting-access.js';
import type { MeetingCatalog } from '../meetings/meeting-catalog.js';
import { executeMeetingCommand } from '../meetings/meeting-commands.js';
import { presentVersion, VersionSchema } from './version-presenter.js';

const MeetingId = z.object({ meetingId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });
const tags = ['versions'];

const list = createRoute({
  method: 'get',
  path: '/meetings/{meetingId}/versions',
  tags,
  request: { params: MeetingId },
  responses: {
    200: {
      content: { 'application/json': { schema: z.array(VersionSchema) } },
      description: 'The versions, oldest first',
    },
    ...problemResponses,
  },
});
const name = createRoute({
  method: 'post',
  path: '/meetings/{meetingId}/versions',
  tags,
  request: {
    params: MeetingId,
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
    },
    ...problemResponses,
  },
});

/** Named versions of the draft: a name for one revision, with its content and chain hashes. */
export function versionsRoutes({ store, catalog }: { store: EventStore; catalog: MeetingCatalog }) {
  return apiRouter<AuthEnv>()
    .openapi(list, (c) => {
      const { meeting } = readableMeeting(
        catalog,
        signedIn(c.get('user')),
        c.req.valid('param').meetingId,
      );
      return c.json([...meeting.versions.values()].map(presentVersion), 200);
    })
    .openapi(name, async (c) => {
      const user = signedIn(c.get('user'));
      const { meetingId } = c.req.valid('param');
      readableMeeting(catalog, user, meetingId);
      const body = c.req.valid('json');
      const head = (await store.head(draftStream(meetingId)))?.revision ?? -1;
      if (head < 0)
        throw new ProblemError(409, {
          code: 'empty_draft',
          title: 'Nothing to name yet',
          detail: 'The draft is empty: write or import something before naming a version.',
        });
      const draftRevision = body.revision ?? head;
      const fingerprint = await fingerprintAt(store, {
        draftId: meetingId,
        revision: draftRevision,
      });
      const versionId = randomUUID();
      const meeting = await executeMeetingCommand(store, meetingId, {
        type: 'NameVersion',
        data: {
          versionId,
          name: body.name,
          draftRevision,
          ...fingerprint,
          at: new Date().toISOString(),
          by: { personId: user.id, admin: user.admin },
        },
      });
      await catalog.refresh(meetingId);
      const version = meeting.versions.get(versionId);
      if (version === undefined) throw new Error('A named version is missing from its meeting.');
      return c.json(presentVersion(version), 201);
    });
}
