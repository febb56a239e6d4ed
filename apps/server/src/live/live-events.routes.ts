import { createRoute, z } from '@hono/zod-openapi';
import { MeetingParams, type DraftTick, type MeetingEventMessage } from '@rapporteur/api-contract';
import { draftStream } from '@rapporteur/draft-log';
import type { EventStore, RecordedEvent } from '@rapporteur/event-store';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import type { AuthEnv } from '../auth/auth-context.js';
import { whenCredentialCloses } from '../auth/credential-closed.js';
import type { ClusterSignals } from '../cluster/cluster-signals.js';
import { describeMeetingEvent } from '../history/describe-meeting-event.js';
import { apiRouter, problemResponses } from '../http/openapi.js';
import { invalidLastEventId } from '../http/request-errors.js';
import { mayReadNow, readableMeeting, signedIn } from '../meetings/meeting-access.js';
import type { MeetingCatalog } from '../meetings/meeting-catalog.js';
import { asMeetingEvent, meetingStream } from '../meetings/meeting-events.js';

/** The draft moves with every keystroke; panels need to hear of it at most this often. */
const DRAFT_TICK_MS = 500;
const KEEPALIVE_MS = 25_000;

const events = createRoute({
  method: 'get',
  path: '/meetings/{meetingId}/events',
  tags: ['meetings'],
  summary: "The meeting's events as Server-Sent Events, from Last-Event-ID, then live",
  request: {
    params: MeetingParams,
    // Checked with Last-Event-ID by the handler: either one refused is `invalid_last_event_id`.
    query: z.object({ after: z.string().optional() }),
  },
  responses: {
    200: {
      description:
        '`event: meeting` (id: the revision) with { type, revision, at, actor, summary, data }; `event: draft` with { revision, type }',
      content: { 'text/event-stream': { schema: z.string() } },
    },
    ...problemResponses,
  },
});

/**
 * GET /api/meetings/:meetingId/events: the meeting's own events as Server-Sent Events, straight
 * from the store's subscription: first those after `Last-Event-ID` (the meeting stream's
 * revision; all of them without it), then live. Each is `event: meeting`, `id: <revision>`,
 * `data: { type, revision, at, actor, summary, data }`. The draft's progress comes as
 * `event: draft` with `{ revision, type }`, at most twice a second. The stream ends when the
 * person may no longer read the meeting, and when the credential that opened it is revoked or
 * signed out, on whichever instance that happens (`signals`).
 */
export function liveEventsRoutes({
  store,
  catalog,
  signals,
}: {
  store: EventStore;
  catalog: MeetingCatalog;
  signals: ClusterSignals;
}) {
  return apiRouter<AuthEnv>().openapi(events, async (c) => {
    const user = signedIn(c.get('user'));
    const credential = c.get('credential');
    const { meetingId } = c.req.valid('param');
    const after = lastEventId(c.req.header('last-event-id') ?? c.req.query('after'));
    // Listening before anything is read: a revocation from the moment the credential was found
    // good is not missed.
    const revocation =
      credential === undefined ? undefined : whenCredentialCloses(signals, credential);
    let draftHead: number;
    try {
      await readableMeeting(catalog, user, meetingId);
      draftHead = (await store.head(draftStream(meetingId)))?.revision ?? -1;
    } catch (error) {
      revocation?.stop();
      throw error;
    }
    return streamSSE(c, async (stream) => {
      const meetingEvents = store.subscribe({
        stream: meetingStream(meetingId),
        fromRevision: after + 1,
      });
      const draftEvents = store.subscribe({
        stream: draftStream(meetingId),
        fromRevision: draftHead + 1,
      });
      const stop = () => {
        meetingEvents.close();
        draftEvents.close();
        revocation?.stop();
      };
      stream.onAbort(stop);
      // Each event is folded into the catalog before this is asked (sendMeetingEvents refreshes).
      const readable = () => mayReadNow(catalog, user, meetingId);
      await Promise.race([
        sendMeetingEvents(stream, { events: meetingEvents, catalog, meetingId, readable }),
        sendDraftTicks(stream, draftEvents),
        keepAlive(stream),
        ...(revocation === undefined ? [] : [revocation.closed]),
      ]).finally(stop);
    });
  });
}

function lastEventId(value: string | undefined): number {
  if (value === undefined || value === '') return -1;
  if (!/^\d{1,12}$/.test(value)) throw invalidLastEventId();
  return Number(value);
}

async function sendMeetingEvents(
  stream: SSEStreamingApi,
  source: {
    events: AsyncIterable<RecordedEvent>;
    catalog: MeetingCatalog;
    meetingId: string;
    readable: () => boolean;
  },
): Promise<void> {
  for await (const recorded of source.events) {
    // The catalog may not have folded this event in yet; refreshing reads the stream once. The
    // past of a long meeting (a thousand review events) is already folded in: no read for it.
    if ((source.catalog.revisionOf(source.meetingId) ?? -1) < recorded.revision)
      await source.catalog.refresh(source.meetingId);
    if (!source.readable()) return;
    const event = asMeetingEvent(recorded);
    const meeting = source.catalog.get(source.meetingId);
    if (event === undefined || meeting === undefined) continue;
    await stream.writeSSE({
      id: String(recorded.revision),
      event: 'meeting',
      data: JSON.stringify({
        type: event.type,
        revision: recorded.revision,
        at: event.data.at,
        actor: event.data.by.personId,
        summary: describeMeetingEvent(event, meeting),
        data: event.data,
      } satisfies MeetingEventMessage),
    });
  }
}

async function sendDraftTicks(
  stream: SSEStreamingApi,
  events: AsyncIterable<RecordedEvent>,
): Promise<void> {
  let latest: RecordedEvent | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    for await (const event of events) {
      latest = event;
      timer ??= setTimeout(() => {
        timer = undefined;
        if (latest === undefined || stream.aborted) return;
        const { revision, type } = latest;
        stream
          .writeSSE({
            event: 'draft',
            data: JSON.stringify({ revision, type } satisfies DraftTick),
          })
          .catch(() => undefined);
      }, DRAFT_TICK_MS);
    }
  } finally {
    clearTimeout(timer);
  }
}

async function keepAlive(stream: SSEStreamingApi): Promise<void> {
  while (!stream.aborted && !stream.closed) {
    await stream.sleep(KEEPALIVE_MS);
    await stream.write(': keep-alive\n\n');
  }
}
