import { z } from '@hono/zod-openapi';
import type { Stamp, Version } from '@rapporteur/domain';
import type { LogAnchor } from '../verification/log-anchor.js';

const StampSchema = z.object({ at: z.string(), by: z.string() }).openapi('VersionStep');

export const VersionSchema = z
  .object({
    versionId: z.string(),
    name: z.string(),
    draftRevision: z.number().int(),
    /** 0 for the original document, 1 for Rev.1 (after one reopening). */
    documentRevision: z.number().int(),
    status: z.enum(['named', 'submitted', 'endorsed', 'changes-requested', 'approved', 'frozen']),
    contentHash: z.string(),
    /** The fingerprint: the draft stream's chain hash at the version's revision. */
    chainHash: z.string(),
    named: StampSchema,
    submitted: StampSchema.nullable(),
    endorsements: z.array(StampSchema),
    changesRequested: StampSchema.extend({ comment: z.string() }).nullable(),
    approved: StampSchema.nullable(),
    /** Who froze the draft at this version; kept after a reopening. */
    frozen: StampSchema.nullable(),
    /**
     * The head of the meeting's log when this answer was given: kept outside the log, it lets
     * `verify --expect` show later that no event up to it was removed (decision 28).
     */
    head: z.string(),
  })
  .openapi('Version');

const step = (stamp: Stamp) => ({ at: stamp.at, by: stamp.by.personId });

export function presentVersion(version: Version, head: LogAnchor): z.infer<typeof VersionSchema> {
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
