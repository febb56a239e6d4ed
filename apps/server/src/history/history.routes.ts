import { createRoute, z } from '@hono/zod-openapi';
import {
  DraftAtSchema,
  DraftAuthorsSchema,
  DraftDiffSchema,
  HistoryPageSchema,
  MeetingParams,
  SessionPageSchema,
  type HistoryPerson,
} from '@rapporteur/api-contract';
import { draftStream } from '@rapporteur/draft-log';
import { renderDiffHtml } from '@rapporteur/diff';
import type { ScheduledMeeting } from '@rapporteur/domain';
import type { EventStore } from '@rapporteur/event-store';
import {
  authorsFromTimeline,
  compareFromTimeline,
  readDraftFromTimeline,
  type DraftTimelines,
  type EditEntry,
} from '@rapporteur/history';
import type { AuthEnv } from '../auth/auth-context.js';
import { apiRouter, problemResponses } from '../http/openapi.js';
import { invalidCursor } from '../http/request-errors.js';
import { readableMeeting, signedIn } from '../meetings/meeting-access.js';
import type { MeetingCatalog } from '../meetings/meeting-catalog.js';
import { meetingStream } from '../meetings/meeting-events.js';
import { resolvePoint, POINT_PATTERN } from './draft-points.js';
import { decodeCursor, historyPage, mergeHistory } from './history-items.js';
import { importedOriginal, sessionItems } from './history-sessions.js';
const Revision = z
  .string()
  .regex(/^\d{1,12}$/, 'a revision is a whole number from 0')
  .transform(Number)
  .optional();
const Point = z.string().regex(POINT_PATTERN, 'give a revision number, "head" or a version id');
const ok = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});
const tags = ['history'];

const history = createRoute({
  method: 'get',
  path: '/meetings/{meetingId}/history',
  tags,
  request: {
    params: MeetingParams,
    query: z.object({
      cursor: z.string().max(200).optional(),
      limit: z.coerce.number().int().min(1).max(100).default(30),
      group: z
        .enum(['sessions'], {
          error: 'give "sessions" for edits grouped into sessions, or leave it out for every edit',
        })
        .optional()
        .openapi({
          description:
            '`sessions`: consecutive edits by one person as one entry (decision 41), with a snippet and the sections touched.',
        }),
    }),
  },
  responses: {
    200: ok(
      z.union([HistoryPageSchema, SessionPageSchema]),
      'The timeline, newest first: every edit entry, or sessions with `group=sessions`',
    ),
    ...problemResponses,
  },
});
const draftAt = createRoute({
  method: 'get',
  path: '/meetings/{meetingId}/draft',
  tags,
  request: { params: MeetingParams, query: z.object({ at: Revision }) },
  responses: {
    200: ok(DraftAtSchema, 'The draft as it was at that revision'),
    ...problemResponses,
  },
});
const diff = createRoute({
  method: 'get',
  path: '/meetings/{meetingId}/diff',
  tags,
  request: { params: MeetingParams, query: z.object({ from: Point, to: Point.default('head') }) },
  responses: {
    200: ok(DraftDiffSchema, 'What changed, where and by whom'),
    ...problemResponses,
  },
});
const authors = createRoute({
  method: 'get',
  path: '/meetings/{meetingId}/authors',
  tags,
  request: { params: MeetingParams, query: z.object({ at: Revision }) },
  responses: { 200: ok(DraftAuthorsSchema, 'Who wrote each run of the text'), ...problemResponses },
});

/**
 * The draft's past, for every participant: the timeline, time travel, diffs and authorship.
 * Reads only: nothing here appends to the log.
 */
export function historyRoutes({
  store,
  catalog,
  timelines,
}: {
  store: EventStore;
  catalog: MeetingCatalog;
  timelines: DraftTimelines;
}) {
  const headOf = async (meetingId: string) =>
    (await store.head(draftStream(meetingId)))?.revision ?? -1;

  return apiRouter<AuthEnv>()
    .openapi(history, async (c) => {
      const { meetingId } = c.req.valid('param');
      const { meeting } = await readableMeeting(catalog, signedIn(c.get('user')), meetingId);
      const { cursor, limit, group } = c.req.valid('query');
      if (cursor !== undefined && decodeCursor(cursor) === undefined) throw invalidCursor();
      const timeline = await timelines.of(meetingId);
      const meetingEvents = await store.readStream(meetingStream(meetingId), { limit: 10_000 });
      const entries = timeline.entries();
      const common = {
        revision: timeline.revision,
        activity: timeline.activity(),
        people: peopleOf(meeting, entries),
      };
      const page =
        group === 'sessions'
          ? {
              ...historyPage(
                mergeHistory({ entries: sessionItems(timeline), meetingEvents, meeting }),
                { cursor, limit },
              ),
              ...common,
              original: importedOriginal(timeline),
            }
          : {
              ...historyPage(mergeHistory({ entries, meetingEvents, meeting }), { cursor, limit }),
              ...common,
            };
      // The history package's types are deeply readonly; the schema's are the same shapes.
      return c.json(page as z.infer<typeof HistoryPageSchema>, 200);
    })
    .openapi(draftAt, async (c) => {
      const { meetingId } = c.req.valid('param');
      await readableMeeting(catalog, signedIn(c.get('user')), meetingId);
      const { at } = c.req.valid('query');
      const state = await readDraftFromTimeline(timelines, {
        store,
        draftId: meetingId,
        ...(at === undefined ? {} : { revision: at }),
      });
      const answer = { ...state, json: state.json as object, head: await headOf(meetingId) };
      return c.json(answer as z.infer<typeof DraftAtSchema>, 200);
    })
    .openapi(diff, async (c) => {
      const { meetingId } = c.req.valid('param');
      const { meeting } = await readableMeeting(catalog, signedIn(c.get('user')), meetingId);
      const query = c.req.valid('query');
      const head = await headOf(meetingId);
      const from = resolvePoint(query.from, { meeting, head });
      const to = resolvePoint(query.to, { meeting, head });
      const changes = await compareFromTimeline(timelines, { draftId: meetingId, from, to });
      const people = peopleOf(meeting, []);
      const names = new Map(people.map((person) => [person.id, person.name]));
      const answer = { from, to, diff: changes, html: renderDiffHtml(changes, { names }), people };
      return c.json(answer as z.infer<typeof DraftDiffSchema>, 200);
    })
    .openapi(authors, async (c) => {
      const { meetingId } = c.req.valid('param');
      const { meeting } = await readableMeeting(catalog, signedIn(c.get('user')), meetingId);
      const { at } = c.req.valid('query');
      const authored = await authorsFromTimeline(timelines, {
        draftId: meetingId,
        ...(at === undefined ? {} : { revision: at }),
      });
      const writers = (await timelines.of(meetingId)).entries();
      const answer = { ...authored, people: peopleOf(meeting, writers) };
      return c.json(answer as z.infer<typeof DraftAuthorsSchema>, 200);
    });
}

/** Everyone a timeline may name: the participants, and those who wrote and have since left. */
function peopleOf(meeting: ScheduledMeeting, entries: readonly EditEntry[]): HistoryPerson[] {
  const people = new Map<string, HistoryPerson>();
  for (const participant of meeting.participants.values())
    people.set(participant.personId, {
      id: participant.personId,
      name: participant.name,
      role: participant.role,
      participant: true,
    });
  for (const entry of entries)
    if (!people.has(entry.actor))
      people.set(entry.actor, {
        id: entry.actor,
        name: entry.name,
        role: entry.role,
        participant: false,
      });
  return [...people.values()];
}
