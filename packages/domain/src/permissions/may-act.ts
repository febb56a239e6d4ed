import { roleRefusal, type Action } from './permissions.js';
import type { Role } from './roles.js';

/** What "may this person do this now" depends on: who they are, and where the meeting stands. */
export interface MeetingFacts {
  /** Their role in the meeting; undefined for someone who takes no part. */
  readonly role: Role | undefined;
  /** Whether the draft is frozen: it takes no edit, and no version moves, until it is reopened. */
  readonly frozen: boolean;
  /** Whether a version is under review (issue #14): direct edits wait, suggestions do not. */
  readonly underReview?: boolean;
}

/** Why an action is refused now: the role never allows it, or the meeting's state does not. */
export type RefusalCode = 'forbidden' | 'draft_frozen' | 'draft_not_frozen' | 'under_review';

/** The answer of `mayAct`: allowed, or a stable code and a sentence a person can act on. */
export type ActVerdict =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly code: RefusalCode; readonly reason: string };

const ALLOWED: ActVerdict = Object.freeze({ allowed: true });

// A frozen draft stops the text and every step of a version (DESIGN.md, "a frozen draft
// rejects every update... until it is reopened"); only these go on.
const GO_ON_WHILE_FROZEN: readonly Action[] = ['read', 'manage-participants', 'reopen'];

/**
 * Whether a person may do `action` in a meeting now: the permission table first (`can`), then
 * the meeting's state. The one place the server's routes, its sockets and the web app ask, so
 * that none restates "role and not frozen". Example:
 * `mayAct({ role: 'secretariat', frozen: true }, 'edit')` is refused with `draft_frozen`.
 */
export function mayAct(facts: MeetingFacts, action: Action): ActVerdict {
  // authorize's sentence, so that a refusal reads the same wherever it is met.
  const refusedByRole = roleRefusal(facts.role, action);
  if (refusedByRole !== undefined)
    return { allowed: false, code: 'forbidden', reason: refusedByRole };
  if (facts.frozen && !GO_ON_WHILE_FROZEN.includes(action))
    return {
      allowed: false,
      code: 'draft_frozen',
      reason:
        action === 'edit'
          ? 'The draft is frozen: nobody edits it until the chair reopens it.'
          : 'The draft is frozen: nothing moves until the chair reopens it.',
    };
  if (!facts.frozen && action === 'reopen')
    return {
      allowed: false,
      code: 'draft_not_frozen',
      reason: 'The draft is not frozen: there is nothing to reopen.',
    };
  if (facts.underReview === true && action === 'edit')
    return {
      allowed: false,
      code: 'under_review',
      reason:
        'A version is under review: propose your change as a suggestion, or wait until the review ends.',
    };
  return ALLOWED;
}
