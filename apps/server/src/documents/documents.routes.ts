import { randomUUID } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import {
  DocumentPatchSchema,
  IdSchema,
  MeetingDocumentSchema,
  MeetingParams,
  NewDocumentSchema,
} from '@rapporteur/api-contract';
import type { Actor, ScheduledMeeting } from '@rapporteur/domain';
import type { AuthEnv } from '../auth/auth-context.js';
import { etagHeader, etagOf, ifMatchOf, IfMatchHeaders } from '../http/if-match.js';
import { apiRouter, problemResponses } from '../http/openapi.js';
import { readableMeeting, signedIn } from '../meetings/meeting-access.js';
import type { MeetingCatalog } from '../meetings/meeting-catalog.js';
import type { MeetingCommandHandler } from '../meetings/meeting-command-handler.js';
import { presentDocuments } from '../meetings/meeting-presenter.js';

const DocumentParams = MeetingParams.extend({ documentId: IdSchema });
const tags = ['documents'];
const answer = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
  headers: etagHeader,
});

const list = createRoute({
  method: 'get',
  path: '/meetings/{meetingId}/documents',
  tags,
  summary: "The meeting's register of contributions, each with its link (every participant)",
  request: { params: MeetingParams },
  responses: {
    200: answer(z.array(MeetingDocumentSchema), 'The register, in the order of registration'),
    ...problemResponses,
  },
});
const add = createRoute({
  method: 'post',
  path: '/meetings/{meetingId}/documents',
  tags,
  summary: 'Registers a contribution the summary cites (those who may edit the draft)',
  request: {
    params: MeetingParams,
    headers: IfMatchHeaders,
    body: { content: { 'application/json': { schema: NewDocumentSchema } }, required: true },
  },
  responses: {
    201: answer(MeetingDocumentSchema, 'The document registered, with its link'),
    ...problemResponses,
  },
});
const edit = createRoute({
  method: 'patch',
  path: '/meetings/{meetingId}/documents/{documentId}',
  tags,
  summary: "Corrects a registered document's symbol, title, source or revision",
  request: {
    params: DocumentParams,
    headers: IfMatchHeaders,
    body: { content: { 'application/json': { schema: DocumentPatchSchema } }, required: true },
  },
  responses: {
    200: answer(MeetingDocumentSchema, 'The document as it now stands'),
    ...problemResponses,
  },
});

/** The register of contribution documents: list, add, correct; the domain decides who may. */
export function documentsRoutes({
  commands,
  catalog,
}: {
  commands: MeetingCommandHandler;
  catalog: MeetingCatalog;
}) {
  const actorOf = (user: { id: string; admin: boolean }): Actor => ({
    personId: user.id,
    admin: user.admin,
  });
  return apiRouter<AuthEnv>()
    .openapi(list, async (c) => {
      const user = signedIn(c.get('user'));
      const { meeting } = await readableMeeting(catalog, user, c.req.valid('param').meetingId);
      c.header('ETag', etagOf(catalog.revisionOf(meeting.meetingId) ?? -1));
      return c.json(presentDocuments(meeting), 200);
    })
    .openapi(add, async (c) => {
      const user = signedIn(c.get('user'));
      const { meetingId } = c.req.valid('param');
      await readableMeeting(catalog, user, meetingId);
      const documentId = randomUUID();
      const { meeting, revision } = await commands.execute(
        meetingId,
        {
          type: 'RegisterDocument',
          data: { ...c.req.valid('json'), documentId, by: actorOf(user) },
        },
        ifMatchOf(c.req.valid('header')),
      );
      c.header('ETag', etagOf(revision));
      return c.json(documentOf(meeting, documentId), 201);
    })
    .openapi(edit, async (c) => {
      const user = signedIn(c.get('user'));
      const { meetingId, documentId } = c.req.valid('param');
      await readableMeeting(catalog, user, meetingId);
      const { meeting, revision } = await commands.execute(
        meetingId,
        { type: 'EditDocument', data: { ...c.req.valid('json'), documentId, by: actorOf(user) } },
        ifMatchOf(c.req.valid('header')),
      );
      c.header('ETag', etagOf(revision));
      return c.json(documentOf(meeting, documentId), 200);
    });
}

function documentOf(meeting: ScheduledMeeting, documentId: string) {
  const found = presentDocuments(meeting).find((document) => document.documentId === documentId);
  // The command just recorded it: absent only if the domain broke its own promise.
  if (found === undefined) throw new Error(`document ${documentId} missing after its command`);
  return found;
}
