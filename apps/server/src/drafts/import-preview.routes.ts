import { createRoute, z } from '@hono/zod-openapi';
import { ImportPreviewSchema, MeetingParams } from '@rapporteur/api-contract';
import { mayAct } from '@rapporteur/domain';
import type { AuthEnv } from '../auth/auth-context.js';
import { apiRouter, problemResponses } from '../http/openapi.js';
import { unauthenticated } from '../http/problem-error.js';
import { meetingFacts, readableMeeting } from '../meetings/meeting-access.js';
import { MayNotActError } from '../meetings/may-not-act.js';
import type { MeetingCatalog } from '../meetings/meeting-catalog.js';
import { importPreview } from './import-outline.js';
import { DOCX_TYPE, readImportRequest } from './import-source.js';

const previewImport = createRoute({
  method: 'post',
  path: '/meetings/{meetingId}/import/preview',
  tags: ['drafts'],
  summary: 'Shows what an import would make of a document, storing nothing',
  description:
    'The same body, permission and refusals as `POST /meetings/{meetingId}/import`; the answer is ' +
    'the title, the numbered outline (numbers as the draft will show them) and the warnings. ' +
    'It does not check that the draft is empty: the import itself does.',
  request: {
    params: MeetingParams,
    // Not JSON: the handler reads the bytes itself, refusing other types (415) and sizes (413).
    body: {
      required: true,
      content: {
        'text/plain': { schema: z.string() },
        'text/markdown': { schema: z.string() },
        [DOCX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
  },
  responses: {
    200: {
      description: 'The title, the numbered outline, the count of numbered paragraphs, warnings',
      content: { 'application/json': { schema: ImportPreviewSchema } },
    },
    ...problemResponses,
  },
});

/**
 * POST /api/meetings/:meetingId/import/preview: what the import would make of the body, for
 * those who may edit (a preview shows the document's text, so it asks the import's permission),
 * and nothing stored.
 */
export function importPreviewRoutes({ catalog }: { catalog: MeetingCatalog }) {
  return apiRouter<AuthEnv>().openapi(previewImport, async (c) => {
    const user = c.get('user');
    if (user === undefined) throw unauthenticated();
    const { meetingId } = c.req.valid('param');
    const { meeting } = await readableMeeting(catalog, user, meetingId);
    const verdict = mayAct(meetingFacts(meeting, user.id), 'edit');
    if (!verdict.allowed) throw new MayNotActError(verdict);
    const imported = await readImportRequest(c.req.raw);
    return c.json(importPreview(imported), 200);
  });
}
