import {
  DraftTickReader,
  MeetingEventMessageReader,
  readerOf,
  type DraftTick,
  type MeetingEventMessage as MeetingEventData,
} from '@rapporteur/api-contract';

/**
 * What `GET /api/meetings/:meetingId/events` says, read from its Server-Sent Events: the
 * meeting's own events (`event: meeting`, one per stored event, in order) and ticks of the
 * draft's progress (`event: draft`, at most twice a second while someone types).
 */

/** One stored event of the meeting (an invitation, a version submitted...), without its data. */
export type MeetingEventMessage = Omit<MeetingEventData, 'data'>;
/** The draft's latest stored revision, and what its last event was (`DraftUpdated`, ...). */
export type { DraftTick };

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

/** The data of an `event: meeting`; undefined for anything this app cannot read. */
export const parseMeetingMessage = readerOf(MeetingEventMessageReader);

/** The data of an `event: draft`; undefined for anything this app cannot read. */
export const parseDraftTick = readerOf(DraftTickReader);

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
