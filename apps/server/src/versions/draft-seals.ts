import { draftStream } from '@rapporteur/draft-log';
import {
  meetingDecider,
  type FreezeDraft,
  type ReopenDraft,
  type ScheduledMeeting,
} from '@rapporteur/domain';
import { ConcurrencyError, type EventStore } from '@rapporteur/event-store';
import { ProblemError } from '../http/problem-error.js';
import { loadMeeting } from '../meetings/meeting-commands.js';
import { meetingStream } from '../meetings/meeting-events.js';

type SealCommand =
  | { readonly type: 'FreezeDraft'; readonly data: Omit<FreezeDraft['data'], 'draftHead'> }
  | ReopenDraft;

/**
 * Freezes or reopens the draft: the meeting event and the seal on the draft stream in one
 * transaction, so neither stream ever says what the other does not. A freeze appends
 * `DraftFrozen` to the draft expecting exactly the approved version's revision: an edit that
 * slipped in after the approval makes the whole append fail, and nothing is written.
 */
export async function executeSeal(
  store: EventStore,
  meetingId: string,
  command: SealCommand,
): Promise<ScheduledMeeting> {
  const { state, revision } = await loadMeeting(store, meetingId);
  const draft = draftStream(meetingId);
  const draftHead = (await store.head(draft))?.revision ?? -1;
  const decided =
    command.type === 'FreezeDraft'
      ? meetingDecider.decide({ type: 'FreezeDraft', data: { ...command.data, draftHead } }, state)
      : meetingDecider.decide(command, state);
  const [event] = decided;
  if (event === undefined) throw new Error('A seal decided no event.');
  const freezing = event.type === 'DraftFrozen';
  const expected = freezing ? event.data.draftRevision : draftHead;
  const metadata = { actor: command.data.by.personId };
  try {
    await store.appendMany([
      {
        stream: meetingStream(meetingId),
        events: decided.map(({ type, data }) => ({ type, data, metadata })),
        expectedRevision: revision ?? 'no_stream',
      },
      {
        stream: draft,
        events: [{ type: event.type, data: event.data, metadata }],
        expectedRevision: expected,
        seal: freezing ? 'seal' : 'unseal',
      },
    ]);
  } catch (error) {
    if (error instanceof ConcurrencyError && error.stream === draft && freezing)
      throw new ProblemError(409, {
        code: 'draft_changed',
        title: 'The draft changed after the approval',
        detail: `The freeze expected the draft at revision ${expected}, where the version was approved, but it is at ${String(error.actual)}: someone edited it since. Name, submit and approve a new version, then freeze that one.`,
      });
    throw error;
  }
  const after = decided.reduce(meetingDecider.evolve, state);
  if (after.kind !== 'scheduled') throw new Error('A seal left the meeting unscheduled.');
  return after;
}
