import { isRecord } from '../api/http.js';

/**
 * What `GET /api/meetings/:meetingId/events` says, read from its Server-Sent Events: the
 * meeting's own events (`event: meeting`, one per stored event, in order) and ticks of the
 * draft's progress (`event: draft`, at most twice a second while someone types).
 */

/** One stored event of the meeting: an invitation, a version submitted, the draft frozen... */
export interface MeetingEventMessage {
  readonly type: string;
  /** Its revision in the meeting's stream, also the SSE id a reconnection resumes from. */
  readonly revision: number;
  readonly at: string;
  /** The person who did it (a person id). */
  readonly actor: string;
  /** What the actor did, as the words after their name: "froze the draft at version “Final”". */
  readonly summary: string;
}

/** The draft's latest stored revision, and what its last event was (`DraftUpdated`, ...). */
export interface DraftTick {
  readonly revision: number;
  readonly type: string;
}

export type LiveMessage =
  | { readonly kind: 'meeting'; readonly event: MeetingEventMessage }
  | { readonly kind: 'draft'; readonly tick: DraftTick };

/** Whether the stream is open now; `closed` means the browser gave up and a retry is pending. */
export type LiveConnection = 'connecting' | 'open' | 'closed';

/** What the page's panels follow. Revisions are -1 until something has been heard. */
export interface LiveState {
  readonly connection: LiveConnection;
  /** The latest meeting event's revision: it changes whenever the meeting does. */
  readonly meeting: number;
  /** The draft as the last tick left it; undefined until the draft moves while the page is open. */
  readonly draft: DraftTick | undefined;
  /**
   * The meeting events of the latest batch, oldest first: news, for the page to show. Empty
   * for a batch of ticks only, and for the past a stream opened from the start catches up on.
   */
  readonly latest: readonly MeetingEventMessage[];
}

export const NOT_LISTENING: LiveState = {
  connection: 'connecting',
  meeting: -1,
  draft: undefined,
  latest: [],
};

function parseJson(data: unknown): unknown {
  if (typeof data !== 'string') return undefined;
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return undefined;
  }
}

const isRevision = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** The data of an `event: meeting`; undefined for anything this app cannot read. */
export function parseMeetingMessage(data: unknown): MeetingEventMessage | undefined {
  const body = parseJson(data);
  if (!isRecord(body)) return undefined;
  const { type, revision, at, actor, summary } = body;
  if (typeof type !== 'string' || !isRevision(revision) || typeof at !== 'string') return undefined;
  if (typeof actor !== 'string' || typeof summary !== 'string') return undefined;
  return { type, revision, at, actor, summary };
}

/** The data of an `event: draft`; undefined for anything this app cannot read. */
export function parseDraftTick(data: unknown): DraftTick | undefined {
  const body = parseJson(data);
  if (!isRecord(body)) return undefined;
  const { revision, type } = body;
  if (!isRevision(revision) || typeof type !== 'string') return undefined;
  return { revision, type };
}

/**
 * The state after a batch of messages. Revisions only grow: a reconnection's catch-up repeats
 * nothing (the server resumes after Last-Event-ID), and a late tick never moves the draft back.
 */
export function applyMessages(state: LiveState, batch: readonly LiveMessage[]): LiveState {
  let { meeting, draft } = state;
  const latest: MeetingEventMessage[] = [];
  for (const message of batch) {
    if (message.kind === 'meeting') {
      if (message.event.revision <= meeting) continue;
      meeting = message.event.revision;
      latest.push(message.event);
    } else if (draft === undefined || message.tick.revision > draft.revision) {
      draft = message.tick;
    }
  }
  if (meeting === state.meeting && draft === state.draft) return state;
  return { ...state, meeting, draft, latest };
}

/**
 * The stream's address. A new EventSource sends no Last-Event-ID, so one opened after the
 * browser gave up says where to resume in the query instead.
 */
export function liveEventsUrl(meetingId: string, after: number): string {
  const path = `/api/meetings/${encodeURIComponent(meetingId)}/events`;
  return after < 0 ? path : `${path}?after=${after}`;
}
