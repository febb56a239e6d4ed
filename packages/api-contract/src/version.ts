import { LIMITS, type VersionStatus } from '@rapporteur/domain';
import { z } from 'zod';

// Every status of the domain's, and only those: a status added there fails to compile here.
const STATUSES: Record<VersionStatus, true> = {
  named: true,
  submitted: true,
  endorsed: true,
  'changes-requested': true,
  approved: true,
  frozen: true,
};

/** Where a version stands in the approval: the domain's `VersionStatus`. */
export const VersionStatusSchema = z.enum(
  Object.keys(STATUSES) as [VersionStatus, ...VersionStatus[]],
);

/** When and by whom a step was taken (a person id). */
export const VersionStepSchema = z.object({ at: z.string(), by: z.string() }).meta({
  id: 'VersionStep',
});

/** A step taken on a version, with what its taker said when taking it (null when nothing). */
export const CommentedStepSchema = VersionStepSchema.extend({
  comment: z.string().nullable(),
}).meta({ id: 'CommentedVersionStep' });

/** What a person may say when submitting, endorsing, approving or freezing a version. */
export const StepCommentSchema = z.object({
  comment: z
    .string()
    .max(LIMITS.comment, `a comment on a step is at most ${LIMITS.comment} characters`)
    .optional(),
});

/** A version: a name for one revision of the draft, where it stands, and who took each step. */
export const VersionSchema = z
  .object({
    versionId: z.string(),
    name: z.string(),
    draftRevision: z.number().int(),
    /** 0 for the original document, 1 for Rev.1 (after one reopening). */
    documentRevision: z.number().int(),
    status: VersionStatusSchema,
    contentHash: z.string(),
    /** The fingerprint: the draft stream's chain hash at the version's revision. */
    chainHash: z.string(),
    named: VersionStepSchema,
    submitted: CommentedStepSchema.nullable(),
    endorsements: z.array(CommentedStepSchema),
    changesRequested: VersionStepSchema.extend({ comment: z.string() }).nullable(),
    approved: CommentedStepSchema.nullable(),
    /** Who froze the draft at this version; kept after a reopening. */
    frozen: CommentedStepSchema.nullable(),
    /**
     * The head of the meeting's log when this answer was given: kept outside the log, it lets
     * `verify --expect` show later that no event up to it was removed (decision 28).
     */
    head: z.string(),
  })
  .meta({ id: 'Version' });

/** What reopening a frozen draft answers: the document revision it starts. */
export const ReopenedSchema = z.object({ documentRevision: z.number().int() });

export type VersionStep = z.infer<typeof VersionStepSchema>;
export type Version = z.infer<typeof VersionSchema>;
export type CommentedStep = z.infer<typeof CommentedStepSchema>;
