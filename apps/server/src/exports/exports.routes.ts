import { createRoute, z } from '@hono/zod-openapi';
import { MeetingParams, VersionParams } from '@rapporteur/api-contract';
import { draftStream } from '@rapporteur/draft-log';
import type { ScheduledMeeting, Version } from '@rapporteur/domain';
import type { EventStore } from '@rapporteur/event-store';
import type { ExportCover } from '@rapporteur/export';
import { compareRevisions, fingerprintAt, readableJson, withDraftAt } from '@rapporteur/history';
import type { AuthEnv } from '../auth/auth-context.js';
import { resolvePoint, POINT_PATTERN } from '../history/draft-points.js';
import { apiRouter, problemResponses } from '../http/openapi.js';
import { readableMeeting, signedIn } from '../meetings/meeting-access.js';
import type { MeetingCatalog } from '../meetings/meeting-catalog.js';
import { currentAnchor } from '../verification/log-anchor.js';
import { versionNotFound } from '../versions/version-refusals.js';
import { editTimes } from './edit-times.js';
import { coverOf, exportFileName, presentation } from './export-cover.js';
import { exportLibrary } from './export-library.js';
import { withRegisteredSymbolLinks } from './registered-symbol-links.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PDF = 'application/pdf';
const Point = z.string().regex(POINT_PATTERN, 'give a revision number, "head" or a version id');
const tags = ['exports'];
const file = (description: string) => ({
  200: { description, content: { [DOCX]: { schema: z.string() } } },
  ...problemResponses,
});

const versionExport = createRoute({
  method: 'get',
  path: '/meetings/{meetingId}/versions/{versionId}/export',
  tags,
  request: {
    params: VersionParams,
    query: z.object({ format: z.enum(['md', 'html', 'docx', 'pdf']) }),
  },
  responses: {
    200: {
      description: 'The version as Markdown, a standalone HTML page, Word or PDF',
      content: {
        'text/markdown': { schema: z.string() },
        'text/html': { schema: z.string() },
        [DOCX]: { schema: z.string() },
        [PDF]: { schema: z.string() },
      },
    },
    ...problemResponses,
  },
});
const changesExport = createRoute({
  method: 'get',
  path: '/meetings/{meetingId}/diff.docx',
  tags,
  request: {
    params: MeetingParams,
    query: z.object({ from: Point, to: Point.default('head') }),
  },
  responses: file('The changes between two points as Word revision marks'),
});

/** The documents that leave Rapporteur, for anyone who may read the meeting. */
export function exportsRoutes({ store, catalog }: { store: EventStore; catalog: MeetingCatalog }) {
  const documentAt = (meetingId: string, revision: number) =>
    withDraftAt(store, { draftId: meetingId, revision }, ({ doc }) => readableJson(doc));

  return apiRouter<AuthEnv>()
    .openapi(versionExport, async (c) => {
      const { meetingId, versionId } = c.req.valid('param');
      const { meeting } = await readableMeeting(catalog, signedIn(c.get('user')), meetingId);
      const version = versionOf(meeting, versionId);
      // The log's head beside the fingerprint: kept with the file, it anchors the log (decision 28).
      const cover = {
        ...coverOf(meeting, version),
        logHead: await currentAnchor(store, meetingId),
      };
      // Every registered symbol a link, typed in the editor or imported (issue 15, item 3).
      const doc = withRegisteredSymbolLinks(
        await documentAt(meetingId, version.draftRevision),
        meeting,
      );
      const { format } = c.req.valid('query');
      const { exportDocx, exportHtml, exportMarkdown, exportPdf } = await exportLibrary();
      const attachment = (extension: string) =>
        `attachment; filename="${exportFileName(cover, extension)}"`;
      switch (format) {
        case 'md':
          return c.body(exportMarkdown(doc, cover), 200, {
            'content-type': 'text/markdown; charset=utf-8',
            'content-disposition': attachment('md'),
          });
        case 'html':
          return c.body(exportHtml(doc, cover), 200, {
            'content-type': 'text/html; charset=utf-8',
            // Shown in the browser to be read or printed; it needs its inline styles, no script.
            'content-security-policy':
              "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
            'content-disposition': `inline; filename="${exportFileName(cover, 'html')}"`,
          });
        case 'docx':
          return c.body(bytes(await exportDocx(doc, cover)), 200, {
            'content-type': DOCX,
            'content-disposition': attachment('docx'),
          });
        case 'pdf':
          // Made here, in the server process, with the fonts pdfmake ships (decision 46).
          return c.body(bytes(await exportPdf(doc, cover)), 200, {
            'content-type': PDF,
            'content-disposition': attachment('pdf'),
          });
      }
    })
    .openapi(changesExport, async (c) => {
      const { meetingId } = c.req.valid('param');
      const { meeting } = await readableMeeting(catalog, signedIn(c.get('user')), meetingId);
      const query = c.req.valid('query');
      const head = (await store.head(draftStream(meetingId)))?.revision ?? -1;
      const from = resolvePoint(query.from, { meeting, head });
      const to = resolvePoint(query.to, { meeting, head });
      const diff = await compareRevisions(store, { draftId: meetingId, from, to });
      const cover = {
        ...(await pointCover(meeting, { point: query.to, revision: to, store })),
        logHead: await currentAnchor(store, meetingId),
      };
      const names = new Map(
        [...meeting.participants.values()].map((person) => [person.personId, person.name]),
      );
      const { exportTrackedChangesDocx } = await exportLibrary();
      const edited = await editTimes(store, { draftId: meetingId, from, to });
      const document = await exportTrackedChangesDocx({
        diff,
        cover,
        names,
        // A mark whose author made no edit in the range (or has no name) keeps the export time.
        date: new Date().toISOString(),
        dates: edited.byPerson,
        blockDates: edited.blocks,
        fromLabel: pointLabel(meeting, query.from, from),
        toLabel: pointLabel(meeting, query.to, to),
      });
      return c.body(bytes(document), 200, {
        'content-type': DOCX,
        'content-disposition': `attachment; filename="${exportFileName(cover, 'changes.docx')}"`,
      });
    });
}

function versionOf(meeting: ScheduledMeeting, versionId: string): Version {
  const version = meeting.versions.get(versionId);
  if (version === undefined) throw versionNotFound('the versions panel lists them.');
  return version;
}

/** The cover of the "to" side: the version's own, or the draft's at that revision. */
async function pointCover(
  meeting: ScheduledMeeting,
  at: { point: string; revision: number; store: EventStore },
): Promise<ExportCover> {
  const version = meeting.versions.get(at.point);
  if (version !== undefined) return coverOf(meeting, version);
  const { chainHash } = await fingerprintAt(at.store, {
    draftId: meeting.meetingId,
    revision: at.revision,
  });
  return {
    meetingTitle: meeting.title,
    documentLabel: meeting.symbol,
    meetingDate: meeting.date,
    versionName: `Draft at revision ${at.revision}`,
    status: 'Draft (not approved)',
    fingerprint: chainHash,
    draftRevision: at.revision,
    ...presentation(meeting),
  };
}

function pointLabel(meeting: ScheduledMeeting, point: string, revision: number): string {
  const version = meeting.versions.get(point);
  return version === undefined ? `revision ${revision}` : `“${version.name}”`;
}

/** A Node Buffer view, which Hono sends as bytes. */
function bytes(data: Uint8Array): ArrayBuffer {
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
}
