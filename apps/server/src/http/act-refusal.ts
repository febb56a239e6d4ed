import type { ActVerdict } from '@rapporteur/domain';
import { ProblemError } from './problem-error.js';

type Refusal = Extract<ActVerdict, { allowed: false }>;

/**
 * The problem of a `mayAct` refusal: 403 for a role that never may, 409 (with the domain's code:
 * `draft_frozen`, `draft_not_frozen`, `under_review`) for a meeting not in the state for it now.
 */
export function actRefusal(refusal: Refusal): ProblemError {
  return refusal.code === 'forbidden'
    ? new ProblemError(403, { code: 'forbidden', title: 'Not allowed', detail: refusal.reason })
    : new ProblemError(409, {
        code: refusal.code,
        title: 'Not possible now',
        detail: refusal.reason,
      });
}
