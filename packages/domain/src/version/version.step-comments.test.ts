import { describe, expect, it } from 'vitest';
import {
  approveVersion,
  draftFrozen,
  endorseVersion,
  freezeDraft,
  given,
  holding,
  stagesOf,
  submitVersion,
  versionApproved,
  versionAt,
  versionEndorsed,
  versionSubmitted,
} from '../../testing/index.js';
import type { MeetingCommand, MeetingEvent } from '../index.js';
import { ValidationError } from '../errors.js';
import { replay } from '../decider.js';
import { meetingDecider } from '../meeting/meeting.decide.js';
import { LIMITS } from '../validation/limits.js';
import { versionOf } from './version.queries.js';

const version = versionAt(41);
const { versionId } = version;
const ahmadova = holding['vice-chair'];
const { named, submitted, approved } = stagesOf(version);
const endorsed = [...submitted, versionEndorsed(versionId, ahmadova)];
const why = 'Paragraph 8.2.1.1 now gives the deadline the group agreed.';

// The command, or the event, with what its taker said.
function saying<T extends MeetingCommand | MeetingEvent>(step: T, comment: string | null): T {
  return { ...step, data: { ...step.data, comment } };
}

describe('a comment on a step of the approval', () => {
  it('is recorded with a submission, an endorsement, an approval and a freeze, trimmed', () => {
    const said = `  ${why}\r\n`;
    given(named)
      .when(saying(submitVersion(versionId, holding.secretariat), said))
      .then([saying(versionSubmitted(versionId, holding.secretariat), why)]);
    given(submitted)
      .when(saying(endorseVersion(versionId, ahmadova), said))
      .then([saying(versionEndorsed(versionId, ahmadova), why)]);
    given(endorsed)
      .when(saying(approveVersion(versionId), said))
      .then([saying(versionApproved(versionId), why)]);
    given(approved)
      .when(saying(freezeDraft(versionId, 41), said))
      .then([saying(draftFrozen(version), why)]);
  });

  it('is none when left out or blank', () => {
    given(submitted)
      .when(endorseVersion(versionId, ahmadova))
      .then([versionEndorsed(versionId, ahmadova)]);
    given(endorsed)
      .when(saying(approveVersion(versionId), '  \n '))
      .then([versionApproved(versionId)]);
  });

  it(`is refused past ${LIMITS.comment} characters, and nothing is recorded`, () => {
    given(endorsed)
      .when(saying(approveVersion(versionId), 'x'.repeat(LIMITS.comment + 1)))
      .thenThrows(
        ValidationError,
        new RegExp(
          `^comment is ${LIMITS.comment + 1} characters long; the limit is ${LIMITS.comment}\\.$`,
        ),
        { field: 'comment', code: 'validation_failed' },
      );
    given(approved)
      .when(saying(freezeDraft(versionId, 41), 'x'.repeat(LIMITS.comment + 1)))
      .thenThrows(ValidationError, /the limit is/, { field: 'comment' });
  });

  it('goes into the version’s trail beside who took the step', () => {
    const state = replay(meetingDecider, [
      ...named,
      saying(versionSubmitted(versionId, holding.secretariat), 'For the vice-chairs.'),
      saying(versionEndorsed(versionId, ahmadova), 'Agreed with paragraph 3.'),
      saying(versionApproved(versionId), why),
      saying(draftFrozen(version), 'Final text.'),
    ]);
    const trail = versionOf(state, versionId);
    expect(trail?.submitted?.comment).toBe('For the vice-chairs.');
    expect(trail?.endorsements.map(({ comment }) => comment)).toEqual(['Agreed with paragraph 3.']);
    expect(trail?.approved?.comment).toBe(why);
    expect(trail?.frozen?.comment).toBe('Final text.');
  });

  it('reads as none in steps stored before comments were recorded', () => {
    const withoutComment = <T extends MeetingEvent>(event: T): T => {
      const data: Record<string, unknown> = { ...event.data };
      delete data['comment'];
      return { ...event, data } as unknown as T;
    };
    const state = replay(meetingDecider, [
      ...named,
      withoutComment(versionSubmitted(versionId, holding.secretariat)),
      withoutComment(versionEndorsed(versionId, ahmadova)),
      withoutComment(versionApproved(versionId)),
      withoutComment(draftFrozen(version)),
    ]);
    const trail = versionOf(state, versionId);
    expect(trail?.status).toBe('frozen');
    expect(trail?.submitted?.comment).toBeNull();
    expect(trail?.endorsements[0]?.comment).toBeNull();
    expect(trail?.approved?.comment).toBeNull();
    expect(trail?.frozen?.comment).toBeNull();
  });
});
