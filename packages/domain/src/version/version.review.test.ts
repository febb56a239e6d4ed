import { describe, expect, it } from 'vitest';
import {
  approveVersion,
  changesRequested,
  endorsementsRequiredChanged,
  endorseVersion,
  given,
  holding,
  requestChanges,
  secondViceChair,
  stagesOf,
  versionApproved,
  versionAt,
  versionEndorsed,
  versionSubmitted,
} from '../../testing/index.js';
import { ForbiddenError, IllegalStateError, NotFoundError, ValidationError } from '../errors.js';
import { replay } from '../decider.js';
import { meetingDecider } from '../meeting/meeting.decide.js';
import { versionOf } from './version.queries.js';

const version = versionAt(41);
const { versionId } = version;
const ahmadova = holding['vice-chair'];
const canazza = secondViceChair;
const { named, submitted } = stagesOf(version);
const comment = 'Paragraph 8.2.1.1: the secretariat reports by 15 January 2020.';

describe('endorsing a version', () => {
  it('records each vice-chair who endorses a submitted version, in order', () => {
    const once = [...submitted, versionEndorsed(versionId, ahmadova)];
    given(once)
      .when(endorseVersion(versionId, canazza))
      .then([versionEndorsed(versionId, canazza)]);
    const state = replay(meetingDecider, [...once, versionEndorsed(versionId, canazza)]);
    expect(versionOf(state, versionId)).toMatchObject({ status: 'endorsed' });
    expect(versionOf(state, versionId)?.endorsements.map(({ by }) => by.personId)).toEqual([
      'p-ahmadova',
      'p-canazza',
    ]);
  });

  it('records nothing when the same person endorses again', () => {
    given([...submitted, versionEndorsed(versionId, ahmadova)])
      .when(endorseVersion(versionId, ahmadova))
      .then([]);
  });

  it('refuses the person who submitted the version: an endorsement is a second pair of eyes', () => {
    const byTheChair = [...named, versionSubmitted(versionId, holding.chair)];
    given(byTheChair)
      .when(endorseVersion(versionId, holding.chair))
      .thenThrows(
        ForbiddenError,
        /^You submitted version "Draft summary at revision 41" for approval, so you cannot endorse it: a vice-chair who did not submit it endorses it\.$/,
        { action: 'endorse' },
      );
  });

  it('refuses a version that was not submitted', () => {
    given(named)
      .when(endorseVersion(versionId, ahmadova))
      .thenThrows(
        IllegalStateError,
        /^Only a version waiting for approval can be endorsed; version "Draft summary at revision 41" has not been submitted for approval yet: the chair or the secretariat submits it first\.$/,
      );
  });

  it('refuses a version that is approved already', () => {
    given([...submitted, versionApproved(versionId)])
      .when(endorseVersion(versionId, ahmadova))
      .thenThrows(IllegalStateError, /is approved already\.$/);
  });

  it('refuses a version that does not exist', () => {
    given(submitted)
      .when(endorseVersion('v-missing', ahmadova))
      .thenThrows(NotFoundError, /no such version/, { resource: 'version' });
  });
});

describe('requesting changes', () => {
  it('sends a submitted version back with the comment, kept on its lines', () => {
    given(submitted)
      .when(requestChanges(versionId, `  ${comment}\r\nAnd list Mr Museminali. `, ahmadova))
      .then([changesRequested(versionId, `${comment}\nAnd list Mr Museminali.`, ahmadova)]);
  });

  it('sends back a version that others endorsed already', () => {
    given([...submitted, versionEndorsed(versionId, canazza)])
      .when(requestChanges(versionId, comment, ahmadova))
      .then([changesRequested(versionId, comment, ahmadova)]);
  });

  it('records the comment, after which the version can no longer be approved', () => {
    const sentBack = [...submitted, changesRequested(versionId, comment, ahmadova)];
    expect(versionOf(replay(meetingDecider, sentBack), versionId)).toMatchObject({
      status: 'changes-requested',
      changesRequested: { comment, by: { personId: 'p-ahmadova' } },
    });
    given(sentBack)
      .when(approveVersion(versionId))
      .thenThrows(
        IllegalStateError,
        /^Only a submitted version can be approved; version "Draft summary at revision 41" was sent back with changes requested: name a new version with the changes and submit that\.$/,
      );
    given(sentBack)
      .when(endorseVersion(versionId, canazza))
      .thenThrows(IllegalStateError, /^Only a version waiting for approval can be endorsed/);
  });

  it('refuses a version that was not submitted', () => {
    given(named)
      .when(requestChanges(versionId, comment, ahmadova))
      .thenThrows(IllegalStateError, /^Only a version waiting for approval can be sent back/);
  });

  it.each([
    ['', /^comment must not be empty\.$/],
    [' \n ', /^comment must not be empty\.$/],
    ['x'.repeat(2001), /^comment is 2001 characters long; the limit is 2000\.$/],
    ['bell\u0007', /^comment must be text, without control characters\.$/],
  ])('refuses the comment %j', (text, message) => {
    given(submitted)
      .when(requestChanges(versionId, text, ahmadova))
      .thenThrows(ValidationError, message, { field: 'comment' });
  });
});

describe('approving a version', () => {
  it('lets the chair approve a submitted version when no endorsement is needed', () => {
    given([...submitted, endorsementsRequiredChanged(0)])
      .when(approveVersion(versionId))
      .then([versionApproved(versionId)]);
  });

  it('lets the chair approve an endorsed version', () => {
    given([...submitted, versionEndorsed(versionId, ahmadova)])
      .when(approveVersion(versionId))
      .then([versionApproved(versionId)]);
  });

  it('refuses a version that is named but not submitted', () => {
    given(named)
      .when(approveVersion(versionId))
      .thenThrows(
        IllegalStateError,
        /^Only a submitted version can be approved; version "Draft summary at revision 41" has not been submitted for approval yet/,
      );
  });

  it('refuses to approve twice', () => {
    given([...submitted, versionApproved(versionId)])
      .when(approveVersion(versionId))
      .thenThrows(IllegalStateError, /is approved already\.$/);
  });

  it('refuses a version that does not exist', () => {
    given(submitted)
      .when(approveVersion('v-missing'))
      .thenThrows(NotFoundError, /^This meeting has no such version/, {
        id: 'v-missing',
      });
  });
});
