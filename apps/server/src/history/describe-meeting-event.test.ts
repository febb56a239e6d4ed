import { meetingDecider, replay, type ScheduledMeeting } from '@rapporteur/domain';
import {
  approvedVersion,
  draftFrozen,
  draftReopened,
  team,
  versionAt,
} from '@rapporteur/domain/testing';
import { describe, expect, it } from 'vitest';
import { describeMeetingEvent } from './describe-meeting-event.js';

const version = versionAt(41);
const frozen = [...team, ...approvedVersion(version), draftFrozen(version)];
const REASON = 'A delegation asked for a correction in §9.1.';

describe('the history line of a reopening', () => {
  it('gives the reason the chair gave', () => {
    const reopening = draftReopened(1, undefined, REASON);
    const meeting = replay(meetingDecider, [...frozen, reopening]) as ScheduledMeeting;
    expect(describeMeetingEvent(reopening, meeting)).toBe(`reopened the draft as Rev.1: ${REASON}`);
  });

  it('says only the revision when no reason was given', () => {
    const reopening = draftReopened(1);
    const meeting = replay(meetingDecider, [...frozen, reopening]) as ScheduledMeeting;
    expect(describeMeetingEvent(reopening, meeting)).toBe('reopened the draft as Rev.1');
  });
});
