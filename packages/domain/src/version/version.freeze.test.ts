import { describe, expect, it } from 'vitest';
import {
  approvedVersion,
  approveVersion,
  draftFrozen,
  draftReopened,
  endorseVersion,
  freezeDraft,
  given,
  holding,
  nameVersion,
  reopenDraft,
  requestChanges,
  stagesOf,
  submitVersion,
  team,
  versionAt,
  versionNamed,
  versionSubmitted,
} from '../../testing/index.js';
import { ConcurrencyError, IllegalStateError, NotFoundError, ValidationError } from '../errors.js';
import type { FreezeDraft, MeetingCommand, MeetingEvent } from '../index.js';
import { replay } from '../decider.js';
import { meetingDecider } from '../meeting/meeting.decide.js';

const version = versionAt(41);
const { versionId } = version;
const { approved, frozen } = stagesOf(version);

describe('freezing the draft', () => {
  it('seals the draft at the approved version when it is the draft head', () => {
    given(approved)
      .when(freezeDraft(versionId, 41))
      .then([draftFrozen(version)]);
  });

  it('refuses when someone edited after the approval, naming the version approved and recording nothing', () => {
    given(approved)
      .when(freezeDraft(versionId, 43))
      .thenThrows(
        ConcurrencyError,
        /^The draft changed after version "Draft summary at revision 41" was approved: someone edited it since\./,
        { code: 'concurrency_conflict', subject: 'the draft', expected: 41, actual: 43 },
      );
  });

  it('refuses a head before the version revision, as a conflict too', () => {
    given(approved)
      .when(freezeDraft(versionId, 40))
      .thenThrows(
        ConcurrencyError,
        /^The draft as read is older than version "Draft summary at revision 41", which was approved: read the draft again/,
        {
          expected: 41,
          actual: 40,
        },
      );
  });

  it('refuses a version that is not approved', () => {
    const submitted = [...team, versionNamed(version), versionSubmitted(versionId)];
    given(submitted)
      .when(freezeDraft(versionId, 41))
      .thenThrows(
        IllegalStateError,
        /^Only an approved version can be frozen; version "Draft summary at revision 41" is waiting for approval\.$/,
      );
  });

  it('refuses a version that does not exist', () => {
    given(approved)
      .when(freezeDraft('v-missing', 41))
      .thenThrows(NotFoundError, /no such version/);
  });

  it('refuses a draft that is frozen already', () => {
    given(frozen)
      .when(freezeDraft(versionId, 42))
      .thenThrows(
        IllegalStateError,
        /^The draft is frozen already, at version "Draft summary at revision 41": the chair reopens it/,
      );
  });

  it.each([-1, 41.5, '41', undefined])('refuses the draft head %j', (draftHead) => {
    const command = freezeDraft(versionId, 41);
    given(approved)
      .when({ ...command, data: { ...command.data, draftHead } } as FreezeDraft)
      .thenThrows(ValidationError, /^draftHead must be a stream revision/, {
        field: 'draftHead',
      });
  });
});

describe('a frozen draft', () => {
  const next = versionAt(45);
  const withNext = [...frozen, versionNamed(next), versionSubmitted(next.versionId)];
  const refusals: readonly (readonly [string, readonly MeetingEvent[], MeetingCommand])[] = [
    ['name a version', frozen, nameVersion(next, holding.secretariat)],
    ['submit a version', [...frozen, versionNamed(next)], submitVersion(next.versionId)],
    ['endorse a version', withNext, endorseVersion(next.versionId, holding['vice-chair'])],
    ['request changes', withNext, requestChanges(next.versionId, 'No.', holding['vice-chair'])],
    ['approve a version', withNext, approveVersion(next.versionId)],
  ];

  it.each(refusals)('refuses to %s until the chair reopens it', (doing, events, command) => {
    given(events)
      .when(command)
      .thenThrows(
        IllegalStateError,
        new RegExp(
          `^The draft is frozen at version "Draft summary at revision 41": to ${doing}, the chair first reopens it, which starts Rev\\.1\\.$`,
        ),
      );
  });
});

describe('reopening the draft', () => {
  it('starts Rev.1 after the original', () => {
    given(frozen)
      .when(reopenDraft())
      .then([draftReopened(1)]);
  });

  it('starts Rev.2 after Rev.1, and keeps the reason, trimmed', () => {
    const rev1 = versionAt(52);
    given([
      ...frozen,
      draftReopened(1),
      ...approvedVersion(rev1, 1),
      draftFrozen(rev1, holding.chair, 1),
    ])
      .when(reopenDraft(holding.chair, '  Council asked for the WSIS Forum dates. '))
      .then([draftReopened(2, holding.chair, 'Council asked for the WSIS Forum dates.')]);
  });

  it('takes a blank reason as none', () => {
    given(frozen)
      .when(reopenDraft(holding.chair, '  '))
      .then([draftReopened(1)]);
  });

  it('refuses a reason that is too long', () => {
    given(frozen)
      .when(reopenDraft(holding.chair, 'x'.repeat(2001)))
      .thenThrows(ValidationError, /^reason is 2001 characters long/, { field: 'reason' });
  });

  it('refuses a draft that is not frozen', () => {
    given(approved)
      .when(reopenDraft())
      .thenThrows(
        IllegalStateError,
        /^The draft of the original is not frozen: it can be edited as it is, and only a frozen draft is reopened\.$/,
      );
  });

  it('closes the versions of the revision that was frozen', () => {
    const leftOver = versionAt(38);
    const reopened = [
      ...team,
      versionNamed(leftOver),
      ...approvedVersion(version),
      draftFrozen(version),
      draftReopened(1),
    ];
    given(reopened)
      .when(submitVersion(leftOver.versionId))
      .thenThrows(
        IllegalStateError,
        /^Version "Draft summary at revision 38" belongs to the original, which was frozen and then reopened as Rev\.1: name a version of Rev\.1 instead\.$/,
      );
    given(reopened)
      .when(freezeDraft(versionId, 41))
      .thenThrows(IllegalStateError, /belongs to the original/);
  });

  it('refuses to name, in Rev.1, a revision from before the reopening', () => {
    given([...frozen, draftReopened(1)])
      .when(nameVersion(versionAt(41, 'v-again')))
      .thenThrows(
        IllegalStateError,
        /^Draft revision 41 comes before the reopening: the original was frozen at draft revision 41, so a version of Rev\.1 names a later revision\.$/,
      );
  });
});

describe('a frozen version after a reopening', () => {
  it('keeps who froze it and when, as its own history', () => {
    const state = replay(meetingDecider, [...frozen, draftReopened(1)]);
    const kept = state.kind === 'scheduled' ? state.versions.get(versionId) : undefined;
    expect(kept?.status).toBe('frozen');
    expect(kept?.frozen?.by.personId).toBe(holding.chair.personId);
    expect(state.kind === 'scheduled' ? state.frozen : 'unscheduled').toBeUndefined();
  });
});
