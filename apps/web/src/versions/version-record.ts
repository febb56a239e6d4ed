import type { VersionStatus } from '@rapporteur/domain';

/**
 * A version as `GET /api/meetings/:meetingId/versions` gives it: a name for one revision of the
 * draft, where it stands in the approval, and who took each step. People are person ids.
 */

/** When and by whom a step was taken. */
export interface VersionStep {
  readonly at: string;
  readonly by: string;
}

export interface VersionRecord {
  readonly versionId: string;
  readonly name: string;
  readonly draftRevision: number;
  /** The document revision it belongs to: 0 the original, 1 Rev.1 (after one reopening). */
  readonly documentRevision: number;
  readonly status: VersionStatus;
  readonly contentHash: string;
  /** The fingerprint: the draft's chain hash at its revision, as exports print it. */
  readonly chainHash: string;
  readonly named: VersionStep;
  readonly submitted: VersionStep | null;
  readonly endorsements: readonly VersionStep[];
  readonly changesRequested: (VersionStep & { readonly comment: string }) | null;
  readonly approved: VersionStep | null;
  /** Who froze the draft at this version; kept after a reopening. */
  readonly frozen: VersionStep | null;
}
