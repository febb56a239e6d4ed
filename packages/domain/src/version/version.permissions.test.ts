// Who may take each step of the version workflow: every role of the table, then people who
// hold none. The expectations come from PERMISSIONS, which permissions.test.ts pins to DESIGN.md;
// here the point is that each command asks the table for the right action.
import { describe, it } from 'vitest';
import {
  admin,
  approvedVersion,
  approveVersion,
  changesRequested,
  draftFrozen,
  draftReopened,
  endorseVersion,
  freezeDraft,
  given,
  holding,
  nameVersion,
  people,
  reopenDraft,
  requestChanges,
  stagesOf,
  submitVersion,
  team,
  versionApproved,
  versionAt,
  versionEndorsed,
  versionNamed,
  versionSubmitted,
} from '../../testing/index.js';
import { ForbiddenError } from '../errors.js';
import type { Actor, MeetingCommand } from '../index.js';
import type { MeetingEvent } from '../meeting/meeting.events.js';
import { can, type Action } from '../permissions/permissions.js';
import { ROLES } from '../permissions/roles.js';

const version = versionAt(41);
const { versionId } = version;
const { named, submitted, frozen } = stagesOf(version);
const comment = 'Paragraph 8.2.1.1 should name the deadline.';
// The chair approves once the vice-chair endorsement the default rule asks for is given.
const endorsed = [...submitted, versionEndorsed(versionId, holding['vice-chair'])];

type Step = {
  readonly action: Action;
  readonly given: readonly MeetingEvent[];
  readonly when: (by: Actor) => MeetingCommand;
  readonly then: (by: Actor) => MeetingEvent;
};

/** A step that names the version by its id alone: its command and its event take (versionId, by). */
function onVersionById(
  action: Action,
  given: readonly MeetingEvent[],
  [command, event]: readonly [
    (versionId: string, by: Actor) => MeetingCommand,
    (versionId: string, by: Actor) => MeetingEvent,
  ],
): Step {
  return {
    action,
    given,
    when: (by) => command(versionId, by),
    then: (by) => event(versionId, by),
  };
}

const STEPS: readonly Step[] = [
  {
    action: 'name-version',
    given: team,
    when: (by) => nameVersion(version, by),
    then: (by) => versionNamed(version, by),
  },
  onVersionById('submit-version', named, [submitVersion, versionSubmitted]),
  onVersionById('endorse', submitted, [endorseVersion, versionEndorsed]),
  {
    action: 'request-changes',
    given: submitted,
    when: (by) => requestChanges(versionId, comment, by),
    then: (by) => changesRequested(versionId, comment, by),
  },
  onVersionById('approve', endorsed, [approveVersion, versionApproved]),
  {
    action: 'freeze',
    given: [...team, ...approvedVersion(version)],
    when: (by) => freezeDraft(versionId, 41, by),
    then: (by) => draftFrozen(version, by),
  },
  {
    action: 'reopen',
    given: frozen,
    when: (by) => reopenDraft(by),
    then: (by) => draftReopened(1, by),
  },
];

const rows = STEPS.flatMap((step) =>
  ROLES.map((role) => ({
    step,
    role,
    type: step.when(holding[role]).type,
    outcome: can(role, step.action) ? 'decided' : 'refused',
  })),
);

describe('who may take each step of the version workflow', () => {
  it.each(rows)('$type by the $role is $outcome', ({ step, role }) => {
    const by = holding[role];
    if (can(role, step.action)) {
      given(step.given)
        .when(step.when(by))
        .then([step.then(by)]);
    } else {
      given(step.given)
        .when(step.when(by))
        .thenThrows(ForbiddenError, /^Only .*; you are /, { action: step.action });
    }
  });

  const outsiders = [
    ['someone who is not a participant', { personId: 'p-stranger' }],
    ['an administrator who is not a participant', admin],
  ] as const;
  it.each(STEPS.flatMap((step) => outsiders.map(([who, by]) => ({ step, who, by }))))(
    '$step.action is refused to $who',
    ({ step, by }) => {
      given(step.given)
        .when(step.when(by))
        .thenThrows(ForbiddenError, /you are not a participant in this meeting\.$/, {
          action: step.action,
        });
    },
  );

  it('lets the chair approve with the administrator flag on, as the chair', () => {
    const chairAsAdmin = { personId: people.minkin.personId, admin: true };
    given(endorsed)
      .when(approveVersion(versionId, chairAsAdmin))
      .then([versionApproved(versionId, chairAsAdmin)]);
  });
});
