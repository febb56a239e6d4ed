import { z } from '@hono/zod-openapi';
import type { Version } from '@rapporteur/domain';

const StampSchema = z.object({ at: z.string(), by: z.string() });

export const VersionSchema = z
  .object({
    versionId: z.string(),
    name: z.string(),
    draftRevision: z.number().int(),
    documentRevision: z.number().int(),
    status: z.enum(['named', 'submitted', 'endorsed', 'changes-requested', 'approved', 'frozen']),
    contentHash: z.string(),
    /** The fingerprint: the draft stream's chain hash at the version's revision. */
    chainHash: z.string(),
    named: StampSchema,
  })
  .openapi('Version');

export function presentVersion(version: Version): z.infer<typeof VersionSchema> {
  const { versionId, name, draftRevision, documentRevision, status, contentHash, chainHash } =
    version;
  return {
    ...{ versionId, name, draftRevision, documentRevision, status, contentHash, chainHash },
    named: { at: version.named.at, by: version.named.by.personId },
  };
}
