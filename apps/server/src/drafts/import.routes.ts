import { createRoute, z } from '@hono/zod-openapi';
import { ImportedSchema, MeetingParams } from '@rapporteur/api-contract';
import type { CollabRooms } from '@rapporteur/collab';
import { draftStream } from '@rapporteur/draft-log';
import { documentHref, mayAct } from '@rapporteur/domain';
import type { EventStore } from '@rapporteur/event-store';
import type { AuthEnv } from '../auth/auth-context.js';
import { apiRouter, problemResponses } from '../http/openapi.js';
import { unauthenticated } from '../http/problem-error.js';
import { meetingFacts, readableMeeting } from '../meetings/meeting-access.js';
import { MayNotActError } from '../meetings/may-not-act.js';
import type { MeetingCatalog } from '../meetings/meeting-catalog.js';
import type { MeetingCommandHandler } from '../meetings/meeting-command-handler.js';
import { citedDocuments } from './cited-documents.js';
import { documentAsUpdate } from './draft-update.js';
import { withSymbolLinks } from './link-symbols.js';
import { registerCited } from './register-cited.js';
import { draftNotEmpty } from './import-refusals.js';
import { DOCX_TYPE, readImportRequest } from './import-source.js';

const importText = createRoute({
  method: 'post',
  path: '/meetings/{meetingId}/import',
  tags: ['drafts'],
  summary: 'Fills an empty draft from plain text, Markdown or a Word file (.docx)',
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
    201: {
      description: 'The draft revision written, the title found, and any warnings',
      content: {
        'application/json': { schema: ImportedSchema },
      },
    },
    ...problemResponses,
  },
});

/**
 * POST /api/meetings/:meetingId/import: plain text, Markdown or a Word file in the body
 * (Content-Type text/plain, text/markdown or DOCX_TYPE), a structured draft out, for those who
 * may edit. The body is read only up to its format's limit, and a refused import stores nothing. Only into an
 * empty draft: an import never overwrites what people wrote. The update goes through the
 * draft's room, so open editors see the imported text at once.
 */
export function importRoutes({
  store,
  catalog,
  rooms,
  commands,
}: {
  store: EventStore;
  catalog: MeetingCatalog;
  rooms: CollabRooms;
  commands: MeetingCommandHandler;
}) {
  return apiRouter<AuthEnv>().openapi(importText, async (c) => {
    const user = c.get('user');
    if (user === undefined) throw unauthenticated();
    const { meetingId } = c.req.valid('param');
    const { meeting, role } = await readableMeeting(catalog, user, meetingId);
    const verdict = mayAct(meetingFacts(meeting, user.id), 'edit');
    if (!verdict.allowed) throw new MayNotActError(verdict);
    const imported = await readImportRequest(c.req.raw);
    if ((await store.head(draftStream(meetingId))) !== undefined) {
      throw draftNotEmpty();
    }
    // Every symbol cited becomes a link to the register's address for it, and is registered.
    const template = meeting.documentSettings.linkTemplate;
    const doc = withSymbolLinks(imported.doc, (symbol) =>
      documentHref(template, { symbol: symbol.base, revision: symbol.revision }),
    );
    // Recorded as an import, so that the history names this revision "the imported original".
    const revision = await rooms.submit(meetingId, documentAsUpdate(doc), {
      actor: { id: user.id, name: user.name, role: role ?? 'admin' },
      origin: 'import',
    });
    const registered = await registerCited(commands, meeting, {
      cited: citedDocuments(imported.doc),
      by: { personId: user.id, admin: user.admin },
    });
    return c.json(
      { revision, title: imported.title, warnings: imported.warnings, registered },
      201,
    );
  });
}
