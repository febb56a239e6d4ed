import type { CollabRooms } from '@rapporteur/collab';
import { ImportError, importDocument, MAX_IMPORT_BYTES } from '@rapporteur/editor-schema';
import type { EventStore } from '@rapporteur/event-store';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { MeetingDirectory } from '../meetings/meeting-directory.js';
import { problem } from '../problem.js';
import { documentAsUpdate } from './draft-update.js';

const FORMATS: Record<string, 'text' | 'markdown'> = { 'text/plain': 'text', 'text/markdown': 'markdown' };

/**
 * POST /api/meetings/:meetingId/import: plain text or Markdown in the body (Content-Type
 * text/plain or text/markdown), a structured draft out. Only into an empty draft: an import
 * never overwrites what people wrote. The update goes through the draft's room, so open
 * editors see the imported text at once.
 */
export function importRoutes(dependencies: { store: EventStore; meetings: MeetingDirectory; rooms: CollabRooms }) {
  const { store, meetings, rooms } = dependencies;
  return new Hono().post(
    '/:meetingId/import',
    bodyLimit({
      maxSize: MAX_IMPORT_BYTES,
      onError: () =>
        problem(413, { code: 'too_large', title: 'Too large', detail: `An import may hold at most ${MAX_IMPORT_BYTES} bytes; split the document.` }),
    }),
    async (c) => {
      const meetingId = c.req.param('meetingId');
      if (!/^[A-Za-z0-9_-]{1,64}$/.test(meetingId) || !(await meetings.exists(meetingId))) {
        return problem(404, { code: 'meeting_not_found', title: 'No such meeting', detail: `There is no meeting "${meetingId}".` });
      }
      const contentType = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      const format = FORMATS[contentType];
      if (format === undefined) {
        return problem(415, {
          code: 'unsupported_format',
          title: 'Unsupported format',
          detail: 'Send the document as text/plain or text/markdown (UTF-8) in the request body.',
        });
      }
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      let source: string;
      try {
        source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        return problem(422, { code: 'not_text', title: 'Not text', detail: 'The body is not UTF-8 text: save the document as UTF-8 and send it again.' });
      }
      let imported: ReturnType<typeof importDocument>;
      try {
        imported = importDocument(source, { format });
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
        return problem(422, { code: error.code, title: 'Cannot import', detail: error.message });
      }
      if ((await store.head(`draft-${meetingId}`)) !== undefined) {
        return problem(409, {
          code: 'draft_not_empty',
          title: 'Draft already started',
          detail: 'This meeting already has a draft; an import only fills an empty one, so nothing anyone wrote is overwritten.',
        });
      }
      const revision = await rooms.submit(meetingId, documentAsUpdate(imported.doc), { id: 'system:import', name: 'Import', role: 'system' });
      return c.json({ revision, title: imported.title, warnings: imported.warnings }, 201);
    },
  );
}
