import { draftStream } from '@rapporteur/draft-log';
import {
  meetingDecider,
  type ApproveVersion,
  type MeetingEvent,
  type RequestChanges,
  type SubmitVersion,
} from '@rapporteur/domain';
import type { EventStore, NewEvent, SealAction } from '@rapporteur/event-store';
import { brokenReferencesOf } from '@rapporteur/editor-schema';
import { fingerprintAt, readDraftAt } from '@rapporteur/history';
import type { CommandPlan } from '../meetings/meeting-command-handler.js';
import { brokenReferences, emptyDraft } from '../versions/version-refusals.js';

/** A step of the review as a route asks for it: the handler gives the time, the plan the draft. */
export type ReviewIntent =
  | {
      readonly type: 'SubmitVersion';
      readonly data: Pick<SubmitVersion['data'], 'versionId' | 'by'>;
    }
  | {
      readonly type: 'ApproveVersion';
      readonly data: Pick<ApproveVersion['data'], 'versionId' | 'by'>;
    }
  | { readonly type: 'RequestChanges'; readonly data: Omit<RequestChanges['data'], 'at'> };

/** The event on the draft stream that opens or closes the review, with its seal. */
const DRAFT_MARK: {
  readonly [T in ReviewIntent['type']]?: { readonly type: string; readonly seal: SealAction };
} = {
  SubmitVersion: { type: 'ReviewStarted', seal: 'seal' },
  RequestChanges: { type: 'ReviewEnded', seal: 'unseal' },
};

/**
 * The plan of a review step (decision 36). Submitting seals the draft stream (`ReviewStarted`)
 * in the same transaction as `VersionSubmitted`, so from that revision on no socket's edit can be
 * stored on any instance, however late its catalog hears of the review: the version under review
 * is the draft as it stands, and only accepted suggestions change it. Sending the version back
 * unseals it (`ReviewEnded`). Approving records the draft's head and its fingerprint: what the
 * chair approves is what is on screen, and the freeze that follows expects exactly that head.
 */
export function reviewPlan(
  store: EventStore,
  meetingId: string,
  intent: ReviewIntent,
): CommandPlan {
  const draft = draftStream(meetingId);
  let head = -1;
  return {
    by: intent.data.by,
    async decide(state, at): Promise<readonly MeetingEvent[]> {
      head = (await store.head(draft))?.revision ?? -1;
      const events = meetingDecider.decide(
        await commandAt(store, { meetingId, intent, head, at }),
        state,
      );
      // After the domain's checks, so that whoever may not approve hears that first.
      if (intent.type === 'ApproveVersion') await refuseBrokenReferences(store, meetingId, head);
      return events;
    },
    async append(meetingPart): Promise<void> {
      const mark = DRAFT_MARK[intent.type];
      if (mark === undefined) {
        await store.appendMany([meetingPart]);
        return;
      }
      const event: NewEvent = {
        type: mark.type,
        data: { versionId: intent.data.versionId },
        metadata: { actor: intent.data.by.personId },
      };
      await store.appendMany([
        meetingPart,
        { stream: draft, events: [event], expectedRevision: head, seal: mark.seal },
      ]);
    },
  };
}

// The command of the intent at `at`, with the draft's head and fingerprints where it needs them.
async function commandAt(
  store: EventStore,
  {
    meetingId,
    intent,
    head,
    at,
  }: { meetingId: string; intent: ReviewIntent; head: number; at: string },
): Promise<SubmitVersion | ApproveVersion | RequestChanges> {
  if (intent.type === 'RequestChanges') return { type: intent.type, data: { ...intent.data, at } };
  if (head < 0) throw emptyDraft();
  const { contentHash, chainHash } = await fingerprintAt(store, {
    draftId: meetingId,
    revision: head,
  });
  return intent.type === 'SubmitVersion'
    ? {
        type: intent.type,
        data: { ...intent.data, draftRevision: head, contentHash, chainHash, at },
      }
    : {
        type: intent.type,
        data: { ...intent.data, draftRevision: head, contentHash, chainHash, at },
      };
}

/** The check before approval: the draft at `head` has no reference to a deleted paragraph. */
async function refuseBrokenReferences(
  store: EventStore,
  meetingId: string,
  head: number,
): Promise<void> {
  const { json } = await readDraftAt(store, { draftId: meetingId, revision: head });
  const broken = brokenReferencesOf(json);
  if (broken.length > 0) throw brokenReferences(broken);
}
