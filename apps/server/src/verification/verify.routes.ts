import { createRoute, z } from '@hono/zod-openapi';
import { MeetingParams } from '@rapporteur/api-contract';
import type { EventStore } from '@rapporteur/event-store';
import type { AuthEnv } from '../auth/auth-context.js';
import { apiRouter, problemResponses } from '../http/openapi.js';
import { readableMeeting, signedIn } from '../meetings/meeting-access.js';
import type { MeetingCatalog } from '../meetings/meeting-catalog.js';
import { anchorFormatProblem } from './log-anchor.js';
import { verifyMeeting } from './verify-meeting.js';

const StreamCheck = z
  .object({
    ok: z.boolean(),
    stream: z.string(),
    revision: z.number().int().optional(),
    hash: z.string().optional(),
    brokenAt: z.number().int().optional(),
    reason: z.string().optional(),
  })
  .openapi('StreamCheck');
const VersionCheck = z
  .object({
    versionId: z.string(),
    name: z.string(),
    draftRevision: z.number().int(),
    ok: z.boolean(),
    problem: z.string().optional(),
  })
  .openapi('VersionCheck');

const verify = createRoute({
  method: 'get',
  path: '/meetings/{meetingId}/verify',
  tags: ['verification'],
  request: {
    params: MeetingParams,
    query: z.object({
      /** A log head written down earlier (decision 28): fails when the log no longer holds it. */
      expect: z
        .string()
        .optional()
        .refine((value) => value === undefined || anchorFormatProblem(value) === undefined, {
          message:
            'A log head looks like 12.340.<64 hex digits>, as a version, an export or verify prints it',
        }),
    }),
  },
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z.object({
            ok: z.boolean(),
            streams: z.array(StreamCheck),
            versions: z.array(VersionCheck),
            head: z.string(),
            anchor: z
              .object({
                ok: z.boolean(),
                expected: z.string(),
                eventsSince: z.number().int().optional(),
                reason: z.string().optional(),
              })
              .optional(),
          }),
        },
      },
      description: 'A report, not an error: ok, or the first broken link of each stream',
    },
    ...problemResponses,
  },
});

/**
 * GET /api/meetings/:meetingId/verify, for anyone who may read the meeting: both chains and
 * every version's hashes recomputed from the log. 200 with `ok: true`, or 200 with `ok: false`
 * and the first broken link of each stream (the answer is a report, not an error).
 */
export function verifyRoutes({ store, catalog }: { store: EventStore; catalog: MeetingCatalog }) {
  return apiRouter<AuthEnv>().openapi(verify, async (c) => {
    const { meeting } = await readableMeeting(
      catalog,
      signedIn(c.get('user')),
      c.req.valid('param').meetingId,
    );
    const { expect } = c.req.valid('query');
    const report = await verifyMeeting(store, meeting, expect === undefined ? {} : { expect });
    return c.json({ ...report, streams: [...report.streams], versions: [...report.versions] }, 200);
  });
}
