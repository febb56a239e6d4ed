import type { VersionRecord } from './version-record.js';

type Supersedable = Pick<VersionRecord, 'versionId' | 'name' | 'status' | 'draftRevision'>;

/**
 * What took an approved or frozen version's place: a later version that was approved or frozen
 * (a reopened document approved again), or, for a version approved and not frozen, later edits
 * of the draft (a later version named, or the live draft past its revision).
 */
export type Supersession =
  { readonly kind: 'version'; readonly name: string } | { readonly kind: 'edits' } | undefined;

const SETTLED: readonly VersionRecord['status'][] = ['approved', 'frozen'];

/**
 * Whether `version` is superseded, and by what, from the meeting's versions and the draft's
 * latest revision when known. Versions are ordered by the revision of the draft they name: one
 * stream goes on across reopenings, so a higher draft revision is always later.
 */
export function supersession(
  version: Supersedable,
  versions: readonly Supersedable[],
  draftRevision?: number,
): Supersession {
  if (!SETTLED.includes(version.status)) return undefined;
  const later = versions
    .filter((other) => other.draftRevision > version.draftRevision)
    .sort((a, b) => a.draftRevision - b.draftRevision);
  const settled = later.find((other) => SETTLED.includes(other.status));
  if (settled !== undefined) return { kind: 'version', name: settled.name };
  // A frozen version stays the text of its revision until another is approved; an approved one
  // that the draft has left behind can no longer be frozen, so it no longer stands.
  if (version.status === 'frozen') return undefined;
  const moved =
    later.length > 0 || (draftRevision !== undefined && draftRevision > version.draftRevision);
  return moved ? { kind: 'edits' } : undefined;
}
