import { createHash } from 'node:crypto';
import { draftStream } from '@rapporteur/draft-log';
import type { EventStore } from '@rapporteur/event-store';
import { meetingStream } from '../meetings/meeting-events.js';

/**
 * The head of a meeting's log, to be written down outside it (decision 28): both streams'
 * revisions and a digest of their chain hashes there, as `<meeting revision>.<draft revision>.<hex>`.
 * A hash chain proves nothing about events cut off its end; an anchor kept elsewhere does.
 */
export type LogAnchor = string;

const ANCHOR = /^(\d{1,12})\.(-1|\d{1,12})\.([0-9a-f]{64})$/;

export type AnchorCheck =
  | { readonly ok: true; readonly expected: LogAnchor; readonly eventsSince: number }
  | { readonly ok: false; readonly expected: LogAnchor; readonly reason: string };

/** Whether `value` has the form of an anchor; the message says what one looks like. */
export function anchorFormatProblem(value: string): string | undefined {
  return ANCHOR.test(value)
    ? undefined
    : 'A log head looks like 12.340.<64 hex digits>, as a version, an export or verify prints it.';
}

/** The anchor of the meeting's log as it stands now. */
export async function currentAnchor(store: EventStore, meetingId: string): Promise<LogAnchor> {
  const meeting = await store.head(meetingStream(meetingId));
  const draft = await store.head(draftStream(meetingId));
  return anchorOf(meetingId, {
    meeting: { revision: meeting?.revision ?? -1, hash: meeting?.hash ?? '' },
    draft: { revision: draft?.revision ?? -1, hash: draft?.hash ?? '' },
  });
}

/**
 * Checks that the log still holds the history the anchor was taken from: both streams reach its
 * revisions and their chain hashes there give its digest. Events added since are fine.
 */
export async function checkAnchor(
  store: EventStore,
  meetingId: string,
  expected: LogAnchor,
): Promise<AnchorCheck> {
  const [, meetingText = '', draftText = ''] = ANCHOR.exec(expected) ?? [];
  const wanted = { meeting: Number(meetingText), draft: Number(draftText) };
  const meeting = await hashAt(store, meetingStream(meetingId), wanted.meeting);
  const draft = await hashAt(store, draftStream(meetingId), wanted.draft);
  for (const [name, found, revision] of [
    ['meeting', meeting, wanted.meeting],
    ['draft', draft, wanted.draft],
  ] as const) {
    if (found === undefined)
      return {
        ok: false,
        expected,
        reason: `The ${name} stream has no revision ${revision}, which the expected head holds: events were removed from its end.`,
      };
  }
  if (
    anchorOf(meetingId, {
      meeting: { revision: wanted.meeting, hash: meeting ?? '' },
      draft: { revision: wanted.draft, hash: draft ?? '' },
    }) !== expected
  )
    return {
      ok: false,
      expected,
      reason:
        'The log up to the expected head is not the history it was taken from: events were removed and others written in their place, or it is the head of another meeting.',
    };
  const heads = await currentAnchor(store, meetingId);
  const [, meetingNow = '', draftNow = ''] = ANCHOR.exec(heads) ?? [];
  const eventsSince = Number(meetingNow) - wanted.meeting + (Number(draftNow) - wanted.draft);
  return { ok: true, expected, eventsSince };
}

interface StreamPoint {
  readonly revision: number;
  readonly hash: string;
}

function anchorOf(
  meetingId: string,
  { meeting, draft }: { meeting: StreamPoint; draft: StreamPoint },
): LogAnchor {
  const digest = createHash('sha256')
    .update(
      [
        'rapporteur-log-head-v1',
        meetingId,
        meeting.revision,
        meeting.hash,
        draft.revision,
        draft.hash,
      ].join('\n'),
    )
    .digest('hex');
  return `${meeting.revision}.${draft.revision}.${digest}`;
}

/** The chain hash at `revision` ('' before the first event), or undefined when it is not there. */
async function hashAt(
  store: EventStore,
  stream: string,
  revision: number,
): Promise<string | undefined> {
  if (revision < 0) return '';
  const [event] = await store.readStream(stream, { from: revision, limit: 1 });
  return event?.revision === revision ? event.hash : undefined;
}
