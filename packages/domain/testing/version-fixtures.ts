import type {
  Actor,
  ChangesRequested,
  DraftFrozen,
  DraftReopened,
  MeetingEvent,
  NamedRevision,
  Role,
  VersionApproved,
  VersionEndorsed,
  VersionNamed,
  VersionSubmitted,
} from '../src/index.js';
import { as, AT, invited, people, recorded, scheduled } from './meeting-fixtures.js';

/** What NameVersion carries about a version. */
export type VersionDetails = Omit<NamedRevision, 'documentRevision'>;

/** The meeting with one participant of each role, and a second vice-chair. */
export const team: readonly MeetingEvent[] = [
  scheduled,
  invited(people.ahmadova, 'vice-chair'),
  invited(people.canazza, 'vice-chair'),
  invited(people.sah, 'secretariat'),
  invited(people.museminali, 'delegate'),
];

/** One participant of `team` holding each role. */
export const holding: { readonly [R in Role]: Actor } = {
  chair: as(people.minkin),
  'vice-chair': as(people.ahmadova),
  secretariat: as(people.sah),
  delegate: as(people.museminali),
};

/** The second vice-chair of `team`, beside `holding['vice-chair']`. */
export const secondViceChair = as(people.canazza);

const chair = holding.chair;

/** The draft head a submission or an approval reads: a revision and its fingerprints. */
export type DraftHead = Pick<VersionDetails, 'draftRevision' | 'contentHash' | 'chainHash'>;

/**
 * A version at `draftRevision`, with digests of the right shape that differ by revision.
 * Example: `versionAt(41)` is version 'v-41', "Draft summary at revision 41".
 */
export function versionAt(draftRevision: number, versionId = `v-${draftRevision}`): VersionDetails {
  const suffix = draftRevision.toString(16).padStart(8, '0');
  return {
    versionId,
    name: `Draft summary at revision ${draftRevision}`,
    draftRevision,
    contentHash: `${'c0'.repeat(28)}${suffix}`,
    chainHash: `${'a1'.repeat(28)}${suffix}`,
  };
}

/**
 * The draft head where the version `versionId` was named, as `versionAt` names ids: 'v-41' is
 * at revision 41 (any other id at revision 0). What submissions and approvals read by default,
 * since nobody edits between naming and submitting in most tests.
 */
export function headOf(versionId: string): DraftHead {
  const revision = /^v-(\d+)$/.exec(versionId)?.[1];
  const { draftRevision, contentHash, chainHash } = versionAt(Number(revision ?? 0));
  return { draftRevision, contentHash, chainHash };
}

/** `version` was named by `by` (the chair unless said) in `documentRevision` (0 unless said). */
export function versionNamed(
  version: VersionDetails,
  by: Actor = chair,
  documentRevision = 0,
): VersionNamed {
  return {
    type: 'VersionNamed',
    data: { ...version, documentRevision, at: AT, by: recorded(by) },
  };
}

/** `by` (the chair unless said) submitted the version, the draft being at `head`. */
export function versionSubmitted(
  versionId: string,
  by: Actor = chair,
  head: DraftHead = headOf(versionId),
): VersionSubmitted {
  const { draftRevision, contentHash, chainHash } = head;
  return {
    type: 'VersionSubmitted',
    data: {
      versionId,
      draftRevision,
      contentHash,
      chainHash,
      comment: null,
      at: AT,
      by: recorded(by),
    },
  };
}

/** `by` (the chair unless said) endorsed the version. */
export function versionEndorsed(versionId: string, by: Actor = chair): VersionEndorsed {
  return { type: 'VersionEndorsed', data: { versionId, comment: null, at: AT, by: recorded(by) } };
}

/** `by` (the chair unless said) sent the version back with `comment`. */
export function changesRequested(
  versionId: string,
  comment: string,
  by: Actor = chair,
): ChangesRequested {
  return { type: 'ChangesRequested', data: { versionId, comment, at: AT, by: recorded(by) } };
}

/** `by` (the chair unless said) approved the version, the draft being at `head`. */
export function versionApproved(
  versionId: string,
  by: Actor = chair,
  head: DraftHead = headOf(versionId),
): VersionApproved {
  return {
    type: 'VersionApproved',
    data: { versionId, ...head, comment: null, at: AT, by: recorded(by) },
  };
}

/**
 * `by` (the chair unless said) froze the draft at `version`, of `documentRevision` (0 unless
 * said).
 */
export function draftFrozen(
  version: VersionDetails,
  by: Actor = chair,
  documentRevision = 0,
): DraftFrozen {
  const { versionId, draftRevision, chainHash } = version;
  return {
    type: 'DraftFrozen',
    data: {
      versionId,
      draftRevision,
      chainHash,
      documentRevision,
      comment: null,
      at: AT,
      by: recorded(by),
    },
  };
}

/**
 * `by` (the chair unless said) reopened the draft as `documentRevision`, with `reason` (none
 * unless said).
 */
export function draftReopened(
  documentRevision: number,
  by: Actor = chair,
  reason: string | null = null,
): DraftReopened {
  return {
    type: 'DraftReopened',
    data: { documentRevision, reason, at: AT, by: recorded(by) },
  };
}

/** The events that take `version` from named to approved, by the usual people. */
export function approvedVersion(version: VersionDetails, documentRevision = 0): MeetingEvent[] {
  return [
    versionNamed(version, holding.secretariat, documentRevision),
    versionSubmitted(version.versionId, holding.secretariat),
    versionEndorsed(version.versionId, holding['vice-chair']),
    versionApproved(version.versionId),
  ];
}
