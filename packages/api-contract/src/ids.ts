import { z } from 'zod';

/**
 * The shape of the ids the API puts in paths: meetings, versions, documents. 1 to 64 letters,
 * digits, "-" or "_": a UUID fits, and so do readable ids like `demo` or `cwg-34`.
 */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** The same shape without anchors, for a pattern that holds an id among other text. */
export const ID_SOURCE = ID_PATTERN.source.slice(1, -1);

/** An id in a path, refused with a sentence a person can act on. */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, 'an id is 1 to 64 letters, digits, "-" or "_"');

/** A meeting's id: the `meetingId` of every meeting path, and of `/collab/:meetingId`. */
export const MeetingIdSchema = z
  .string()
  .regex(ID_PATTERN, 'a meeting id is 1 to 64 letters, digits, "-" or "_"');

/** The path parameters of every route under `/meetings/{meetingId}`. */
export const MeetingParams = z.object({ meetingId: MeetingIdSchema });

/** `/meetings/{meetingId}/versions/{versionId}/...`. */
export const VersionParams = MeetingParams.extend({ versionId: IdSchema });

/** Whether `value` is a well-formed meeting id (it may still name no meeting). */
export function isMeetingId(value: string): boolean {
  return ID_PATTERN.test(value);
}
