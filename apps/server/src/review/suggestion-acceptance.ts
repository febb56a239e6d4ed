import { applyReplacement } from '@rapporteur/anchors';
import type { CollabRooms, StoredUpdate } from '@rapporteur/collab';
import { DRAFT_UPDATED, draftStream, loadDraft } from '@rapporteur/draft-log';
import {
  isUnderReview,
  meetingDecider,
  type AcceptSuggestion,
  type Actor,
  type MeetingEvent,
} from '@rapporteur/domain';
import { ConcurrencyError, type EventStore, type NewEvent } from '@rapporteur/event-store';
import { contentHash, tiptapJson } from '@rapporteur/history';
import type { CommandPlan, MeetingCommandHandler } from '../meetings/meeting-command-handler.js';
import type { CommandResult } from '../meetings/meeting-command-handler.js';
import { suggestionNotFound } from './review-refusals.js';

/** A content hash for a decision that is refused before any text is worked out. */
const SETTLED = '0'.repeat(64);
/** How often an acceptance is decided again when someone's typing landed first. */
const ATTEMPTS = 5;

export interface Acceptance {
  readonly meetingId: string;
  readonly suggestionId: string;
  readonly reason: string | undefined;
  readonly by: Actor;
}

/**
 * Accepts a suggestion: its replacement goes into the draft as an ordinary edit by the
 * suggestion's author, in the same transaction as `SuggestionAccepted`, so the log never holds
 * one without the other. Under review the draft stream stays sealed, and the edit is the only
 * thing that gets in (decision 36). When a person's edit landed between reading the draft and
 * appending (drafting goes on outside review), the acceptance is worked out again on the new
 * head. The draft's rooms, here and on other instances, are then told of the stored update.
 */
export async function acceptSuggestion(
  parts: { store: EventStore; commands: MeetingCommandHandler; rooms: CollabRooms },
  acceptance: Acceptance,
): Promise<CommandResult> {
  for (let attempt = 1; ; attempt += 1) {
    const plan = acceptancePlan(parts.store, acceptance);
    try {
      const result = await parts.commands.run(acceptance.meetingId, plan);
      const stored = plan.stored();
      if (stored !== undefined) parts.rooms.announce(acceptance.meetingId, stored);
      return result;
    } catch (error) {
      const draftMoved =
        error instanceof ConcurrencyError && error.stream === draftStream(acceptance.meetingId);
      if (!draftMoved || attempt >= ATTEMPTS) throw error;
    }
  }
}

interface AcceptancePlan extends CommandPlan {
  /** What was stored on the draft, as rooms take it on, once the append went through. */
  stored(): StoredUpdate | undefined;
}

function acceptancePlan(store: EventStore, acceptance: Acceptance): AcceptancePlan {
  const { meetingId, suggestionId, reason, by } = acceptance;
  const stream = draftStream(meetingId);
  let draftPart:
    { event: NewEvent; head: number; seal: boolean; author: string; client: number } | undefined;
  let storedAt: number | undefined;
  return {
    by,
    async decide(state, at): Promise<readonly MeetingEvent[]> {
      const suggestion =
        state.kind === 'scheduled' ? state.suggestions.get(suggestionId) : undefined;
      if (suggestion === undefined) throw suggestionNotFound();
      // A suggestion decided already is refused by the decider, with nothing worked out.
      if (suggestion.status !== 'open') return meetingDecider.decide(command(0, SETTLED), state);
      const draft = await loadDraft(store, draftStream(meetingId));
      try {
        const update = applyReplacement(draft.doc, suggestion.anchor, suggestion.replacement);
        const events = meetingDecider.decide(
          command(draft.revision + 1, contentHash(tiptapJson(draft.doc))),
          state,
        );
        const author = suggestion.proposed.by.personId;
        draftPart = {
          head: draft.revision,
          seal: isUnderReview(state),
          author,
          client: draft.doc.clientID,
          event: {
            type: DRAFT_UPDATED,
            payload: update,
            metadata: {
              actor: author,
              acceptedBy: by.personId,
              suggestion: suggestionId,
              connection: `suggestion-${suggestionId}`,
              clients: [draft.doc.clientID],
            },
          },
        };
        return events;
      } finally {
        draft.doc.destroy();
      }

      function command(draftRevision: number, hash: string): AcceptSuggestion {
        return {
          type: 'AcceptSuggestion',
          data: {
            suggestionId,
            ...(reason === undefined ? {} : { reason }),
            draftRevision,
            contentHash: hash,
            at,
            by,
          },
        };
      }
    },
    async append(meetingPart): Promise<void> {
      if (draftPart === undefined) throw new Error('An acceptance decided no draft edit.');
      await store.appendMany([
        meetingPart,
        {
          stream,
          events: [draftPart.event],
          expectedRevision: draftPart.head,
          ...(draftPart.seal ? { seal: 'seal' as const } : {}),
        },
      ]);
      storedAt = draftPart.head + 1;
    },
    stored() {
      if (draftPart === undefined || storedAt === undefined) return undefined;
      return {
        firstRevision: storedAt,
        lastRevision: storedAt,
        update: draftPart.event.payload ?? new Uint8Array(),
        owners: [{ person: draftPart.author, clients: [draftPart.client] }],
      };
    },
  };
}
