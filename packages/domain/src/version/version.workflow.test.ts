// The whole journey of DESIGN.md's "Versions, approval, freeze", one decision at a time, each
// on the state that the decisions before it produced.
import { describe, expect, it } from 'vitest';
import {
  approveVersion,
  changesRequested,
  draftFrozen,
  draftReopened,
  endorseVersion,
  freezeDraft,
  given,
  holding,
  nameVersion,
  recorded,
  reopenDraft,
  requestChanges,
  secondViceChair,
  submitVersion,
  team,
  versionApproved,
  versionAt,
  versionEndorsed,
  versionNamed,
  versionSubmitted,
} from '../../testing/index.js';
import { replay } from '../decider.js';
import { NotFoundError } from '../errors.js';
import type { MeetingCommand, MeetingEvent } from '../index.js';
import { meetingDecider } from '../meeting/meeting.decide.js';
import { documentRevisionLabel, versionDocumentLabel } from './version.js';
import { isFrozen, versionOf } from './version.queries.js';

const { secretariat, chair } = holding;
const ahmadova = holding['vice-chair'];
const canazza = secondViceChair;
const SUMMARY = 'S19-CWGWSIS34-C-0001';

const sentBack = versionAt(38);
const original = versionAt(41);
const rev1 = versionAt(52);

// Decides `command` on the log so far, checks it gives `expected`, and returns the longer log.
function step(
  log: readonly MeetingEvent[],
  command: MeetingCommand,
  expected: readonly MeetingEvent[],
): readonly MeetingEvent[] {
  given(log).when(command).then(expected);
  return [...log, ...expected];
}

function journey(): readonly MeetingEvent[] {
  const comment = 'Section 8 lacks the deadlines.';
  let log = team;
  log = step(log, nameVersion(sentBack, secretariat), [versionNamed(sentBack, secretariat)]);
  log = step(log, submitVersion(sentBack.versionId, secretariat), [
    versionSubmitted(sentBack.versionId, secretariat),
  ]);
  log = step(log, requestChanges(sentBack.versionId, comment, canazza), [
    changesRequested(sentBack.versionId, comment, canazza),
  ]);
  log = step(log, nameVersion(original, secretariat), [versionNamed(original, secretariat)]);
  log = step(log, submitVersion(original.versionId, secretariat), [
    versionSubmitted(original.versionId, secretariat),
  ]);
  log = step(log, endorseVersion(original.versionId, ahmadova), [
    versionEndorsed(original.versionId, ahmadova),
  ]);
  log = step(log, endorseVersion(original.versionId, canazza), [
    versionEndorsed(original.versionId, canazza),
  ]);
  log = step(log, approveVersion(original.versionId), [versionApproved(original.versionId)]);
  log = step(log, freezeDraft(original.versionId, 41), [draftFrozen(original)]);
  log = step(log, reopenDraft(chair, 'The Council session corrected paragraph 4.1.'), [
    draftReopened(1, chair, 'The Council session corrected paragraph 4.1.'),
  ]);
  log = step(log, nameVersion(rev1, secretariat), [versionNamed(rev1, secretariat, 1)]);
  return log;
}

describe('the version workflow', () => {
  it('goes named, submitted, endorsed, approved, frozen, reopened, and names a version of Rev.1', () => {
    const state = replay(meetingDecider, journey());
    expect(state.kind === 'scheduled' && [...state.versions.keys()]).toEqual([
      'v-38',
      'v-41',
      'v-52',
    ]);
    expect(versionOf(state, 'v-38')?.status).toBe('changes-requested');
    expect(versionOf(state, 'v-41')).toMatchObject({
      status: 'frozen',
      documentRevision: 0,
      submitted: { by: recorded(secretariat) },
      endorsements: [{ by: recorded(ahmadova) }, { by: recorded(canazza) }],
      approved: { by: recorded(chair) },
    });
    expect(versionOf(state, 'v-52')).toMatchObject({ status: 'named', documentRevision: 1 });
    expect(isFrozen(state)).toBe(false);
    expect(state.kind === 'scheduled' && state.documentRevision).toBe(1);
  });

  it('labels the document revision for exports: the symbol, then Rev.1', () => {
    const log = journey();
    const frozenAt = replay(
      meetingDecider,
      log.slice(0, log.findIndex(({ type }) => type === 'DraftFrozen') + 1),
    );
    const now = replay(meetingDecider, log);
    if (frozenAt.kind !== 'scheduled' || now.kind !== 'scheduled') throw new Error('unscheduled');
    expect(isFrozen(frozenAt)).toBe(true);
    expect(frozenAt.frozen).toEqual({
      versionId: 'v-41',
      at: '2019-09-25T09:30:00Z',
      by: recorded(chair),
    });
    expect(documentRevisionLabel(frozenAt, SUMMARY)).toBe('S19-CWGWSIS34-C-0001');
    expect(documentRevisionLabel(now, SUMMARY)).toBe('S19-CWGWSIS34-C-0001 Rev.1');
    expect(documentRevisionLabel(now)).toBe('CWG-WSIS&SDG-34 Rev.1');
    expect(versionDocumentLabel(now, now.versions.get('v-41')!, SUMMARY)).toBe(SUMMARY);
    expect(versionDocumentLabel(now, now.versions.get('v-52')!, SUMMARY)).toBe(`${SUMMARY} Rev.1`);
  });

  it.each([
    nameVersion(original),
    submitVersion('v-41'),
    endorseVersion('v-41'),
    requestChanges('v-41', 'Why?'),
    approveVersion('v-41'),
    freezeDraft('v-41', 41),
    reopenDraft(),
  ])('refuses $type on a meeting never scheduled: it is not found', (command) => {
    given([])
      .when(command)
      .thenThrows(NotFoundError, /^This meeting has not been scheduled/);
  });

  it('knows no version and no freeze before the meeting is scheduled', () => {
    const unscheduled = meetingDecider.initialState();
    expect(versionOf(unscheduled, 'v-41')).toBeUndefined();
    expect(isFrozen(unscheduled)).toBe(false);
  });

  it('ignores an event about a version it does not know', () => {
    const state = replay(meetingDecider, [...team, versionApproved('v-x'), draftFrozen(original)]);
    expect(versionOf(state, 'v-x')).toBeUndefined();
    expect(isFrozen(state)).toBe(false);
  });
});

// The event store's JsonValue, restated: event data must be assignable to it, checked by tsc.
type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

describe('version events', () => {
  it('are plain JSON, as the event store keeps them', () => {
    const data: readonly Json[] = journey().map((event) => event.data);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});
