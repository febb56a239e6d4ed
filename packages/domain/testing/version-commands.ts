import type {
  Actor,
  ApproveVersion,
  EndorseVersion,
  FreezeDraft,
  NameVersion,
  ReopenDraft,
  RequestChanges,
  SubmitVersion,
} from '../src/index.js';
import { as, AT, people } from './meeting-fixtures.js';
import { headOf, type DraftHead, type VersionDetails } from './version-fixtures.js';

const chair = as(people.minkin);

/** `by` (the chair unless said) names `version`. */
export function nameVersion(version: VersionDetails, by: Actor = chair): NameVersion {
  return { type: 'NameVersion', data: { ...version, at: AT, by } };
}

/** `by` (the chair unless said) submits the version; the server read the draft at `head`. */
export function submitVersion(
  versionId: string,
  by: Actor = chair,
  head: DraftHead = headOf(versionId),
): SubmitVersion {
  const { draftRevision, contentHash, chainHash } = head;
  return {
    type: 'SubmitVersion',
    data: { versionId, draftRevision, contentHash, chainHash, at: AT, by },
  };
}

/** `by` (the chair unless said) endorses the version. */
export function endorseVersion(versionId: string, by: Actor = chair): EndorseVersion {
  return { type: 'EndorseVersion', data: { versionId, at: AT, by } };
}

/** `by` (the chair unless said) sends the version back with `comment`. */
export function requestChanges(
  versionId: string,
  comment: string,
  by: Actor = chair,
): RequestChanges {
  return { type: 'RequestChanges', data: { versionId, comment, at: AT, by } };
}

/** `by` (the chair unless said) approves the version; the server read the draft at `head`. */
export function approveVersion(
  versionId: string,
  by: Actor = chair,
  head: DraftHead = headOf(versionId),
): ApproveVersion {
  return { type: 'ApproveVersion', data: { versionId, ...head, at: AT, by } };
}

/** `by` (the chair unless said) freezes the draft at the version; the draft is at `draftHead`. */
export function freezeDraft(versionId: string, draftHead: number, by: Actor = chair): FreezeDraft {
  return { type: 'FreezeDraft', data: { versionId, draftHead, at: AT, by } };
}

/** `by` (the chair unless said) reopens the draft, with `reason` when given. */
export function reopenDraft(by: Actor = chair, reason?: string): ReopenDraft {
  const data = { at: AT, by };
  return { type: 'ReopenDraft', data: reason === undefined ? data : { ...data, reason } };
}
