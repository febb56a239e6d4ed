import { IllegalStateError, ValidationError } from '../errors.js';
import type { ScheduledMeeting } from '../meeting/meeting.state.js';
import { authorizeIn, requireStamp } from '../meeting/meeting.guards.js';
import { requireNotFrozen } from '../version/version.guards.js';
import type { Version } from '../version/version.js';
import type { ChangeEndorsementsRequired } from './review.commands.js';
import type { EndorsementsRequiredChanged } from './review.events.js';
import { endorsementsNeeded, pendingEndorsers, viceChairEndorsements } from './review.queries.js';

// No working group has more vice-chairs than this; a larger number is a typing mistake.
const MOST_ENDORSEMENTS = 20;

/**
 * Decides the chair's setting of how many vice-chair endorsements an approval needs. Setting
 * the number already set records nothing; setting the default's number pins it.
 */
export function changeEndorsementsRequired(
  meeting: ScheduledMeeting,
  command: ChangeEndorsementsRequired,
): readonly EndorsementsRequiredChanged[] {
  const { at, by } = requireStamp(command.data);
  authorizeIn(meeting, by, 'change-settings');
  const endorsementsRequired = requireCount(command.data.endorsementsRequired);
  requireNotFrozen(meeting, 'change the endorsements an approval needs');
  if (meeting.endorsementsRequired === endorsementsRequired) return [];
  return [{ type: 'EndorsementsRequiredChanged', data: { endorsementsRequired, at, by } }];
}

/**
 * Refuses approving `version` until `endorsementsNeeded` distinct vice-chairs endorsed it, with
 * a sentence naming who has not: "Approval needs 1 endorsement from a vice-chair; none yet.
 * Not endorsed yet: Ms A (vice-chair)."
 */
export function requireEndorsements(meeting: ScheduledMeeting, version: Version): void {
  const needed = endorsementsNeeded(meeting);
  const given = viceChairEndorsements(meeting, version);
  if (given >= needed) return;
  const pending = pendingEndorsers(meeting, version);
  const who =
    pending.length === 0
      ? 'No vice-chair can endorse it now: the chair lowers the number of endorsements needed, ' +
        'or makes another participant vice-chair.'
      : `Not endorsed yet: ${pending.map((person) => `${person.name} (vice-chair)`).join(', ')}.`;
  throw new IllegalStateError(
    `Approval needs ${needed} ${needed === 1 ? 'endorsement from a vice-chair' : 'endorsements from vice-chairs'}; ` +
      `${given === 0 ? 'none yet' : `${given} so far`}. ${who}`,
  );
}

function requireCount(value: unknown): number {
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < 0 ||
    value > MOST_ENDORSEMENTS
  ) {
    throw new ValidationError(
      'endorsementsRequired',
      `endorsementsRequired must be a whole number from 0 (no endorsement needed) to ${MOST_ENDORSEMENTS}.`,
    );
  }
  return value;
}
