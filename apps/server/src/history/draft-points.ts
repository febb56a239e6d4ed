import { ID_SOURCE } from '@rapporteur/api-contract';
import type { ScheduledMeeting } from '@rapporteur/domain';
import { versionNotFound } from '../versions/version-refusals.js';

/** A point of the draft's history as a query names it: a revision, a version id, or "head". */
export const POINT_PATTERN = new RegExp(`^(\\d{1,12}|head|${ID_SOURCE})$`);

/**
 * The draft revision a point names. A version must be one of this meeting's: a version id of
 * another meeting is not found here, whatever it names there.
 */
export function resolvePoint(
  point: string,
  context: { readonly meeting: ScheduledMeeting; readonly head: number },
): number {
  if (point === 'head') return context.head;
  if (/^\d+$/.test(point)) return Number(point);
  const version = context.meeting.versions.get(point);
  if (version === undefined)
    throw versionNotFound('give a revision number, "head", or the id of one of its versions.');
  return version.draftRevision;
}
