import {
  meetingDecider,
  replay,
  type MeetingEvent,
  type ScheduledMeeting,
} from '@rapporteur/domain';
import {
  approvedVersion,
  draftFrozen,
  team,
  versionAt,
  versionApproved,
  versionEndorsed,
  versionSubmitted,
} from '@rapporteur/domain/testing';
import { describe, expect, it } from 'vitest';
import { describeMeetingEvent } from './describe-meeting-event.js';

const version = versionAt(41);
const { versionId } = version;
const meeting = replay(meetingDecider, [
  ...team,
  ...approvedVersion(version),
  draftFrozen(version),
]) as ScheduledMeeting;
const SAID = 'Paragraph 8.2.1.1 gives the deadline the group agreed.';

const saying = <T extends MeetingEvent>(event: T, comment: string | null): T => ({
  ...event,
  data: { ...event.data, comment },
});

describe('the history line of a step taken with a comment', () => {
  it('gives the comment after the step, for a submission, an endorsement, an approval and a freeze', () => {
    const named = 'version “Draft summary at revision 41”';
    expect(describeMeetingEvent(saying(versionSubmitted(versionId), SAID), meeting)).toBe(
      `submitted ${named} for approval: ${SAID}`,
    );
    expect(describeMeetingEvent(saying(versionEndorsed(versionId), SAID), meeting)).toBe(
      `endorsed ${named}: ${SAID}`,
    );
    expect(describeMeetingEvent(saying(versionApproved(versionId), SAID), meeting)).toBe(
      `approved ${named}: ${SAID}`,
    );
    expect(describeMeetingEvent(saying(draftFrozen(version), SAID), meeting)).toBe(
      `froze the draft at ${named}: ${SAID}`,
    );
  });

  it('says only the step when there is no comment, or the event is older than comments', () => {
    expect(describeMeetingEvent(versionApproved(versionId), meeting)).toBe(
      'approved version “Draft summary at revision 41”',
    );
    const older: Record<string, unknown> = { ...versionEndorsed(versionId).data };
    delete older['comment'];
    expect(
      describeMeetingEvent({ type: 'VersionEndorsed', data: older } as MeetingEvent, meeting),
    ).toBe('endorsed version “Draft summary at revision 41”');
  });
});
