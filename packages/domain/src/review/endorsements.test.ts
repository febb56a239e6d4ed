// How many vice-chairs endorse a version before the chair approves it: the default rule, the
// chair's setting, and the refusal that names who has not endorsed yet.
import { describe, expect, it } from 'vitest';
import {
  approveVersion,
  changeEndorsementsRequired,
  endorsementsRequiredChanged,
  endorseVersion,
  given,
  holding,
  invited,
  people,
  removed,
  roleChanged,
  secondViceChair,
  stagesOf,
  versionApproved,
  versionAt,
  versionEndorsed,
  versionNamed,
  versionSubmitted,
  withSecretariat,
} from '../../testing/index.js';
import { replay } from '../decider.js';
import { ForbiddenError, IllegalStateError, ValidationError } from '../errors.js';
import type { MeetingEvent } from '../index.js';
import { meetingDecider } from '../meeting/meeting.decide.js';
import type { ScheduledMeeting } from '../meeting/meeting.state.js';
import { endorsementsNeeded, pendingEndorsers } from './review.queries.js';

const version = versionAt(41);
const { versionId } = version;
const { submitted, frozen } = stagesOf(version);
const ahmadova = holding['vice-chair'];
const canazza = secondViceChair;

function meetingAfter(events: readonly MeetingEvent[]): ScheduledMeeting {
  const state = replay(meetingDecider, events);
  if (state.kind !== 'scheduled') throw new Error('the meeting was not scheduled');
  return state;
}

describe('the endorsements an approval needs by default', () => {
  it('is none in a meeting without a vice-chair, where the chair approves at once', () => {
    const alone = [
      ...withSecretariat,
      versionNamed(version, holding.secretariat),
      versionSubmitted(versionId, holding.secretariat),
    ];
    expect(endorsementsNeeded(meetingAfter(alone))).toBe(0);
    expect(meetingAfter(alone).endorsementsRequired).toBeNull();
    given(alone)
      .when(approveVersion(versionId))
      .then([versionApproved(versionId)]);
  });

  it('is one as soon as the meeting has a vice-chair', () => {
    expect(endorsementsNeeded(meetingAfter(submitted))).toBe(1);
    given([...submitted, versionEndorsed(versionId, canazza)])
      .when(approveVersion(versionId))
      .then([versionApproved(versionId)]);
  });
});

describe('approving before enough vice-chairs endorsed', () => {
  it('is refused, naming the vice-chairs who have not endorsed yet', () => {
    given(submitted)
      .when(approveVersion(versionId))
      .thenThrows(
        IllegalStateError,
        /^Approval needs 1 endorsement from a vice-chair; none yet\. Not endorsed yet: Ms Aygun Ahmadova \(vice-chair\), Mr Mario Canazza \(vice-chair\)\.$/,
        { code: 'illegal_state' },
      );
  });

  it("does not count the chair's own endorsement toward the vice-chairs'", () => {
    given([...submitted, versionEndorsed(versionId, holding.chair)])
      .when(approveVersion(versionId))
      .thenThrows(IllegalStateError, /^Approval needs 1 endorsement from a vice-chair; none yet\./);
  });

  it('counts only distinct people who are vice-chairs now', () => {
    const twoNeeded = [...submitted, endorsementsRequiredChanged(2)];
    const once = [...twoNeeded, versionEndorsed(versionId, ahmadova)];
    given(once)
      .when(approveVersion(versionId))
      .thenThrows(
        IllegalStateError,
        /^Approval needs 2 endorsements from vice-chairs; 1 so far\. Not endorsed yet: Mr Mario Canazza \(vice-chair\)\.$/,
      );
    given([...once, versionEndorsed(versionId, canazza)])
      .when(approveVersion(versionId))
      .then([versionApproved(versionId)]);
    // A vice-chair who left the meeting no longer vouches for it.
    given([...once, versionEndorsed(versionId, canazza), removed(people.canazza)])
      .when(approveVersion(versionId))
      .thenThrows(
        IllegalStateError,
        /; 1 so far\. No vice-chair can endorse it now: the chair lowers/,
      );
  });

  it('refuses the endorsement of the person who submitted it, as before', () => {
    // The secretariat submitted, then the chair made Ms Sah a vice-chair: she is no endorser.
    const promoted = [
      ...submitted,
      roleChanged(people.sah, { from: 'secretariat', to: 'vice-chair' }),
    ];
    given(promoted)
      .when(endorseVersion(versionId, holding.secretariat))
      .thenThrows(ForbiddenError, /^You submitted version .* so you cannot endorse it/, {
        action: 'endorse',
      });
    expect(
      pendingEndorsers(meetingAfter(promoted), meetingAfter(promoted).versions.get(versionId)!).map(
        ({ personId }) => personId,
      ),
    ).toEqual(['p-ahmadova', 'p-canazza']);
  });
});

describe('the chair setting the endorsements needed', () => {
  it('records the number, which then replaces the default rule', () => {
    given(submitted)
      .when(changeEndorsementsRequired(2))
      .then([endorsementsRequiredChanged(2)]);
    const none = meetingAfter([...submitted, endorsementsRequiredChanged(0)]);
    expect(none.endorsementsRequired).toBe(0);
    expect(endorsementsNeeded(none)).toBe(0);
    given([...submitted, endorsementsRequiredChanged(0)])
      .when(approveVersion(versionId))
      .then([versionApproved(versionId)]);
  });

  it('pins the default number when set, and records nothing when it is set already', () => {
    given(submitted)
      .when(changeEndorsementsRequired(1))
      .then([endorsementsRequiredChanged(1)]);
    given([...submitted, endorsementsRequiredChanged(1)])
      .when(changeEndorsementsRequired(1))
      .then([]);
  });

  it('keeps the number when vice-chairs come and go', () => {
    const state = meetingAfter([
      ...withSecretariat,
      endorsementsRequiredChanged(1),
      invited(people.ahmadova, 'vice-chair'),
      removed(people.ahmadova),
    ]);
    expect(endorsementsNeeded(state)).toBe(1);
  });

  it.each([
    ['a vice-chair', ahmadova, /you are a vice-chair\.$/],
    ['the secretariat', holding.secretariat, /you are the secretariat\.$/],
  ])('refuses %s', (_, by, you) => {
    given(submitted)
      .when(changeEndorsementsRequired(0, by))
      .thenThrows(ForbiddenError, you, { action: 'change-settings' });
  });

  it.each([[-1], [1.5], [21], [Number.NaN]])('refuses %s endorsements', (count) => {
    given(submitted)
      .when(changeEndorsementsRequired(count))
      .thenThrows(ValidationError, /^endorsementsRequired must be a whole number from 0/, {
        field: 'endorsementsRequired',
      });
  });

  it('refuses while the draft is frozen', () => {
    given(frozen)
      .when(changeEndorsementsRequired(2))
      .thenThrows(IllegalStateError, /^The draft is frozen/);
  });

  it('follows the chair seat: after a hand-over, the new chair sets it', () => {
    const handedOver = [
      ...submitted,
      roleChanged(people.minkin, { from: 'chair', to: 'vice-chair' }),
      roleChanged(people.ahmadova, { from: 'vice-chair', to: 'chair' }),
    ];
    given(handedOver)
      .when(changeEndorsementsRequired(2, ahmadova))
      .then([endorsementsRequiredChanged(2, ahmadova)]);
  });
});
