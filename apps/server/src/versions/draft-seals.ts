import { draftStream } from '@rapporteur/draft-log';
import {
  meetingDecider,
  type FreezeDraft,
  type MeetingEvent,
  type ReopenDraft,
  versionInSentence,
  versionOf,
} from '@rapporteur/domain';
import { ConcurrencyError, type EventStore } from '@rapporteur/event-store';
import { draftChanged } from './version-refusals.js';
import type { CommandPlan, MeetingIntent } from '../meetings/meeting-command-handler.js';

/** A freeze or a reopening as a route asks for it: the handler gives the time, the plan the head. */
export type SealIntent =
  | {
      readonly type: 'FreezeDraft';
      readonly data: Omit<FreezeDraft['data'], 'draftHead' | 'at'>;
    }
  | Extract<MeetingIntent, { type: 'ReopenDraft' }>;

/**
 * The plan of a freeze or a reopening, for the meeting command handler: the meeting event and
 * the seal on the draft stream in one transaction, so neither stream ever says what the other
 * does not. A freeze appends `DraftFrozen` to the draft expecting exactly the approved
 * version's revision: an edit that slipped in after the approval makes the whole append fail,
 * and nothing is written.
 */
export function sealPlan(store: EventStore, meetingId: string, intent: SealIntent): CommandPlan {
  const draft = draftStream(meetingId);
  // Found when deciding, expected when appending: the approved revision for a freeze, else the
  // head the decision saw.
  let expected = -1;
  let approved = 'the version';
  return {
    by: intent.data.by,
    async decide(state, at): Promise<readonly MeetingEvent[]> {
      const draftHead = (await store.head(draft))?.revision ?? -1;
      const command: FreezeDraft | ReopenDraft =
        intent.type === 'FreezeDraft'
          ? { type: 'FreezeDraft', data: { ...intent.data, draftHead, at } }
          : { type: 'ReopenDraft', data: { ...intent.data, at } };
      const decided = meetingDecider.decide(command, state);
      const [event] = decided;
      if (event === undefined) throw new Error('A seal decided no event.');
      expected = event.type === 'DraftFrozen' ? event.data.draftRevision : draftHead;
      if (event.type === 'DraftFrozen' && state.kind === 'scheduled') {
        const version = versionOf(state, event.data.versionId);
        if (version !== undefined) approved = versionInSentence(version, state.versions.values());
      }
      return decided;
    },
    async append(meetingPart): Promise<void> {
      const [seal] = meetingPart.events;
      if (seal === undefined) throw new Error('A seal decided no event.');
      const freezing = seal.type === 'DraftFrozen';
      try {
        await store.appendMany([
          meetingPart,
          {
            stream: draft,
            events: [seal],
            expectedRevision: expected,
            seal: freezing ? 'seal' : 'unseal',
          },
        ]);
      } catch (error) {
        if (error instanceof ConcurrencyError && error.stream === draft && freezing)
          throw draftChanged(approved);
        throw error;
      }
    },
  };
}
