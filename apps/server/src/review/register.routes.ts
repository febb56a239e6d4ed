import { createRoute, z } from '@hono/zod-openapi';
import { MeetingParams, RegisterSchema, type RegisterRow } from '@rapporteur/api-contract';
import { documentRevisionLabel } from '@rapporteur/domain';
import type { EventStore } from '@rapporteur/event-store';
import type { AuthEnv } from '../auth/auth-context.js';
import { exportLibrary } from '../exports/export-library.js';
import { apiRouter, problemResponses } from '../http/openapi.js';
import type { MeetingCatalog } from '../meetings/meeting-catalog.js';
import { presentedReview } from './review-lists.js';
import { commentRow, suggestionRow } from './review-presenter.js';
import { reviewerIn } from './review-requests.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const register = createRoute({
  method: 'get',
  path: '/meetings/{meetingId}/register',
  tags: ['review'],
  summary: 'The disposition register: every comment and suggestion, and what became of it',
  request: {
    params: MeetingParams,
    query: z.object({ format: z.enum(['json', 'csv', 'docx']).default('json') }),
  },
  responses: {
    200: {
      description: 'The register as JSON, CSV, or a Word table to circulate beside the summary',
      content: {
        'application/json': { schema: RegisterSchema },
        'text/csv': { schema: z.string() },
        [DOCX]: { schema: z.string() },
      },
    },
    ...problemResponses,
  },
});

/** GET /api/meetings/:meetingId/register, for anyone who may read the meeting. */
export function registerRoutes({ store, catalog }: { store: EventStore; catalog: MeetingCatalog }) {
  return apiRouter<AuthEnv>().openapi(register, async (c) => {
    const { meetingId } = c.req.valid('param');
    const { meeting } = await reviewerIn(catalog, c.get('user'), meetingId);
    const { comments, suggestions } = await presentedReview(store, meeting);
    const rows: RegisterRow[] = [...comments.map(commentRow), ...suggestions.map(suggestionRow)];
    rows.sort((a, b) => a.number - b.number);
    const { format } = c.req.valid('query');
    if (format === 'json') return c.json({ rows }, 200);
    const heading = {
      meetingSymbol: meeting.symbol,
      meetingTitle: meeting.title,
      documentLabel: documentRevisionLabel(meeting),
      generatedAt: new Date().toISOString(),
    };
    const { registerCsv, registerDocx, registerFileName } = await exportLibrary();

    if (format === 'csv')
      return c.body(registerCsv(rows, heading), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${registerFileName(heading, 'csv')}"`,
      });
    const docx = await registerDocx(rows, heading);
    return c.body(bytes(docx), 200, {
      'content-type': DOCX,
      'content-disposition': `attachment; filename="${registerFileName(heading, 'docx')}"`,
    });
  });
}

function bytes(data: Uint8Array): ArrayBuffer {
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
}
