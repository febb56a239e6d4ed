// When a version is under review, and what the review does to it: the draft as submitted, the
// accepted suggestions it follows, and the fingerprints of what was approved.
import { describe, expect, it } from 'vitest';
import {
  acceptSuggestion,
  changesRequested,
  commentAdded,
  commentOn,
  commentReopened,
  commentReplied,
  commentResolved,
  endorsementsRequiredChanged,
  draftFrozen,
  freezeDraft,
  given,
  headOf,
  holding,
  inserting,
  landedAt,
  replacing,
  stagesOf,
  submitVersion,
  suggestionAccepted,
  suggestionProposed,
  suggestionRejected,
  team,
  versionApproved,
  versionAt,
  versionEndorsed,
  versionNamed,
  versionSubmitted,
} from '../../testing/index.js';
import { replay } from '../decider.js';
import { IllegalStateError } from '../errors.js';
import type { MeetingEvent, VersionApproved, VersionSubmitted } from '../index.js';
import { meetingDecider } from '../meeting/meeting.decide.js';
import { mayAct } from '../permissions/may-act.js';
import { isFrozen, versionOf } from '../version/version.queries.js';
import { isUnderReview, versionUnderReview } from './review.queries.js';

const version = versionAt(41);
const { versionId } = version;
const { named, submitted, approved, frozen } = stagesOf(version);
const next = versionAt(45);
const ahmadova = holding['vice-chair'];

function stateAfter(events: readonly MeetingEvent[]) {
  return replay(meetingDecider, events);
}

describe('a version under review', () => {
  it('is none before a submission, nor on a meeting never scheduled', () => {
    expect(isUnderReview(stateAfter(named))).toBe(false);
    expect(isUnderReview(meetingDecider.initialState())).toBe(false);
  });

  it('is the submitted version, endorsed or not', () => {
    expect(versionUnderReview(stateAfter(submitted))?.versionId).toBe(versionId);
    const endorsed = [...submitted, versionEndorsed(versionId, ahmadova)];
    expect(versionUnderReview(stateAfter(endorsed))?.status).toBe('endorsed');
  });

  it('ends when changes are requested', () => {
    const sentBack = [...submitted, changesRequested(versionId, 'Add the deadline.', ahmadova)];
    expect(isUnderReview(stateAfter(sentBack))).toBe(false);
  });

  it('goes on after the approval, until the freeze: the approved text waits to be frozen', () => {
    expect(versionUnderReview(stateAfter(approved))?.status).toBe('approved');
    const state = stateAfter(frozen);
    expect(isUnderReview(state)).toBe(false);
    expect(isFrozen(state)).toBe(true);
  });

  it('makes mayAct refuse edits, and not suggestions, comments or the review steps', () => {
    const facts = (events: readonly MeetingEvent[]) => {
      const state = stateAfter(events);
      return {
        role: 'secretariat',
        frozen: isFrozen(state),
        underReview: isUnderReview(state),
      } as const;
    };
    expect(mayAct(facts(submitted), 'edit')).toMatchObject({
      allowed: false,
      code: 'under_review',
    });
    expect(mayAct(facts(approved), 'edit')).toMatchObject({ code: 'under_review' });
    expect(mayAct(facts(named), 'edit')).toEqual({ allowed: true });
    expect(mayAct(facts(frozen), 'edit')).toMatchObject({ code: 'draft_frozen' });
    for (const action of ['suggest', 'comment', 'read'] as const)
      expect(mayAct(facts(submitted), action)).toEqual({ allowed: true });
  });
});

describe('submitting while a version is under review', () => {
  it('is refused, naming the version under review', () => {
    given([...submitted, versionNamed(next, holding.secretariat)])
      .when(submitVersion(next.versionId, holding.secretariat))
      .thenThrows(
        IllegalStateError,
        /^Version "Draft summary at revision 41" is under review \(submitted\): it is approved and frozen, or sent back/,
      );
    given([...approved, versionNamed(next)])
      .when(submitVersion(next.versionId))
      .thenThrows(IllegalStateError, /is under review \(approved\)/);
  });

  it('goes on once the version under review was sent back', () => {
    const sentBack = [
      ...submitted,
      changesRequested(versionId, 'Add the deadline.', ahmadova),
      versionNamed(next, holding.secretariat),
    ];
    given(sentBack)
      .when(submitVersion(next.versionId, holding.secretariat))
      .then([versionSubmitted(next.versionId, holding.secretariat)]);
  });

  it('records the draft as submitted: the version follows the head the server read', () => {
    const head = headOf('v-43');
    given(named)
      .when(submitVersion(versionId, holding.secretariat, head))
      .then([versionSubmitted(versionId, holding.secretariat, head)]);
    const state = stateAfter([...named, versionSubmitted(versionId, holding.secretariat, head)]);
    expect(versionOf(state, versionId)).toMatchObject({ ...head, draftRevision: 43 });
  });
});

describe('accepting a suggestion during the review', () => {
  const suggestion = replacing('s-1');
  const withSuggestion = [...submitted, suggestionProposed(suggestion, holding.delegate)];

  it('records where the text landed, and leaves the version at its fingerprint as submitted until the approval', () => {
    const state = stateAfter([...withSuggestion, suggestionAccepted('s-1', ahmadova)]);
    expect(state.kind === 'scheduled' && state.suggestions.get('s-1')).toMatchObject({
      status: 'accepted',
      draftRevision: landedAt(42).draftRevision,
    });
    // Revision and fingerprints move together, at the approval: never a revision without its
    // chain hash, which verify checks.
    expect(versionOf(state, versionId)).toMatchObject({
      status: 'submitted',
      draftRevision: version.draftRevision,
      contentHash: version.contentHash,
      chainHash: version.chainHash,
    });
  });

  it('moves no version when none is under review', () => {
    const state = stateAfter([
      ...named,
      suggestionProposed(suggestion, holding.delegate),
      suggestionAccepted('s-1', ahmadova),
    ]);
    expect(versionOf(state, versionId)).toMatchObject({ draftRevision: 41, status: 'named' });
  });

  it('is refused once the version is approved: its text stays as approved until the freeze', () => {
    given([...approved, suggestionProposed(suggestion, holding.delegate)])
      .when(acceptSuggestion('s-1', ahmadova))
      .thenThrows(
        IllegalStateError,
        /^Version "Draft summary at revision 41" is approved, so its text stays as approved until the chair freezes it: reject suggestion 1/,
      );
  });
});

describe('approving', () => {
  it("sets the version's revision and fingerprints to the draft head at approval, where it is frozen", () => {
    const head = headOf('v-42');
    const followed = [
      ...submitted,
      suggestionProposed(replacing('s-1'), holding.delegate),
      suggestionAccepted('s-1', ahmadova),
      versionEndorsed(versionId, ahmadova),
    ];
    const state = stateAfter([...followed, versionApproved(versionId, holding.chair, head)]);
    expect(versionOf(state, versionId)).toMatchObject({ status: 'approved', ...head });
    given([...followed, versionApproved(versionId, holding.chair, head)])
      .when(freezeDraft(versionId, 42))
      .then([draftFrozen({ ...version, ...head })]);
  });
});

describe('events stored before the review loop', () => {
  // What the log holds from before issue #14: no draft head on submissions and approvals.
  const oldSubmitted = {
    type: 'VersionSubmitted',
    data: { versionId, at: '2019-09-25T09:30:00Z', by: { personId: 'p-sah', admin: false } },
  } as unknown as VersionSubmitted;
  const oldApproved = {
    type: 'VersionApproved',
    data: { versionId, at: '2019-09-25T09:30:00Z', by: { personId: 'p-minkin', admin: false } },
  } as unknown as VersionApproved;

  it('replay, leaving the version at the revision and fingerprints it was named with', () => {
    const state = stateAfter([
      ...team,
      versionNamed(version, holding.secretariat),
      oldSubmitted,
      versionEndorsed(versionId, ahmadova),
      oldApproved,
    ]);
    expect(versionOf(state, versionId)).toMatchObject({ status: 'approved', ...version });
  });

  it('replay with null heads alike', () => {
    const nulls = { draftRevision: null, contentHash: null, chainHash: null };
    const state = stateAfter([
      ...named,
      { ...oldSubmitted, data: { ...oldSubmitted.data, draftRevision: null, contentHash: null } },
      { ...oldApproved, data: { ...oldApproved.data, ...nulls } },
    ]);
    expect(versionOf(state, versionId)).toMatchObject({ status: 'approved', ...version });
  });
});

// The event store's JsonValue, restated: event data must be assignable to it, checked by tsc.
type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

describe('review events', () => {
  it('are plain JSON, as the event store keeps them, with null for what is absent', () => {
    const events: readonly MeetingEvent[] = [
      commentAdded({ ...commentOn('c-1'), paragraph: null }, holding.delegate),
      commentReplied({ commentId: 'c-1', replyId: 'r-1', body: 'Agreed.' }),
      commentResolved('c-1', { disposition: 'noted' }),
      commentReopened('c-1'),
      suggestionProposed(inserting('s-2'), holding.delegate),
      suggestionAccepted('s-2', ahmadova),
      suggestionRejected('s-3'),
      endorsementsRequiredChanged(2),
      versionSubmitted(versionId),
      versionApproved(versionId),
    ];
    const data: readonly Json[] = events.map((event) => event.data);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});
