import type { MeetingState, Participant, ScheduledMeeting } from '../meeting/meeting.state.js';
import type { Version, VersionStatus } from '../version/version.js';

// A version is under review from its submission until the draft is frozen at it or it is sent
// back: approved is still under review, since the approved text waits for the freeze.
const UNDER_REVIEW: readonly VersionStatus[] = ['submitted', 'endorsed', 'approved'];

/**
 * The version of the current document revision under review, or undefined: while there is one,
 * direct edits wait and changes go through suggestions.
 */
export function versionUnderReview(meeting: MeetingState): Version | undefined {
  if (meeting.kind !== 'scheduled' || meeting.frozen !== undefined) return undefined;
  return [...meeting.versions.values()].find(
    (version) =>
      version.documentRevision === meeting.documentRevision &&
      UNDER_REVIEW.includes(version.status),
  );
}

/** Whether a version is under review: `mayAct`'s `underReview` fact. */
export function isUnderReview(meeting: MeetingState): boolean {
  return versionUnderReview(meeting) !== undefined;
}

/**
 * How many distinct vice-chairs must endorse a version before the chair approves it: the
 * chair's setting, or by default 1 when the meeting has a vice-chair, else 0.
 */
export function endorsementsNeeded(meeting: ScheduledMeeting): number {
  return meeting.endorsementsRequired ?? (viceChairsOf(meeting).length > 0 ? 1 : 0);
}

/** The vice-chairs who have not endorsed `version` and did not submit it, in roster order. */
export function pendingEndorsers(meeting: ScheduledMeeting, version: Version): Participant[] {
  return viceChairsOf(meeting).filter(
    ({ personId }) =>
      version.submitted?.by.personId !== personId &&
      !version.endorsements.some(({ by }) => by.personId === personId),
  );
}

/**
 * The endorsements of `version` that count toward approval: one per person who is a vice-chair
 * now (the chair's own, or that of someone no longer a vice-chair, does not count).
 */
export function viceChairEndorsements(meeting: ScheduledMeeting, version: Version): number {
  const endorsers = new Set(version.endorsements.map(({ by }) => by.personId));
  return viceChairsOf(meeting).filter(({ personId }) => endorsers.has(personId)).length;
}

function viceChairsOf(meeting: ScheduledMeeting): Participant[] {
  return [...meeting.participants.values()].filter(({ role }) => role === 'vice-chair');
}
