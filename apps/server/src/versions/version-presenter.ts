import type { Version as VersionAnswer } from '@rapporteur/api-contract';
import type { Stamp, Step, Version } from '@rapporteur/domain';
import type { LogAnchor } from '../verification/log-anchor.js';

const step = (stamp: Stamp) => ({ at: stamp.at, by: stamp.by.personId });
const commented = (taken: Step) => ({ ...step(taken), comment: taken.comment });

export function presentVersion(version: Version, head: LogAnchor): VersionAnswer {
  const { versionId, name, draftRevision, documentRevision, status, contentHash, chainHash } =
    version;
  return {
    ...{ versionId, name, draftRevision, documentRevision, status, contentHash, chainHash },
    named: step(version.named),
    submitted: version.submitted === undefined ? null : commented(version.submitted),
    endorsements: version.endorsements.map(commented),
    changesRequested:
      version.changesRequested === undefined
        ? null
        : { ...step(version.changesRequested), comment: version.changesRequested.comment },
    approved: version.approved === undefined ? null : commented(version.approved),
    frozen: version.frozen === undefined ? null : commented(version.frozen),
    head,
  };
}
