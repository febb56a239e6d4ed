import type { Version as VersionAnswer } from '@rapporteur/api-contract';
import type { Stamp, Version } from '@rapporteur/domain';
import type { LogAnchor } from '../verification/log-anchor.js';

const step = (stamp: Stamp) => ({ at: stamp.at, by: stamp.by.personId });

export function presentVersion(version: Version, head: LogAnchor): VersionAnswer {
  const { versionId, name, draftRevision, documentRevision, status, contentHash, chainHash } =
    version;
  return {
    ...{ versionId, name, draftRevision, documentRevision, status, contentHash, chainHash },
    named: step(version.named),
    submitted: version.submitted === undefined ? null : step(version.submitted),
    endorsements: version.endorsements.map(step),
    changesRequested:
      version.changesRequested === undefined
        ? null
        : { ...step(version.changesRequested), comment: version.changesRequested.comment },
    approved: version.approved === undefined ? null : step(version.approved),
    frozen: version.frozen === undefined ? null : step(version.frozen),
    head,
  };
}
