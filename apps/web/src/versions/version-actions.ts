import {
  mayAct,
  VERSION_STEPS,
  type MeetingFacts,
  type Role,
  type VersionStep,
} from '@rapporteur/domain';

import type { VersionRecord } from './version-record.js';

/** A step a card can offer on its version: the domain's own steps. */
export type VersionAction = VersionStep;

/** In the order the card shows them: the step forward first. */
export const VERSION_ACTIONS: readonly VersionAction[] = [
  'submit',
  'endorse',
  'approve',
  'freeze',
  'request-changes',
];

// Who may take a step now (the role and the frozen draft, asked through mayAct) and where the
// version must stand for it both come from the domain, the tables its deciders check: a button
// for a step the server would refuse only teaches people to expect refusals.

/** What the page knows of the meeting and of the person looking at it. */
export interface ActionContext {
  /** Their role in the meeting; null for someone who takes no part (an administrator). */
  readonly role: Role | null;
  /**
   * Their person id: someone who endorsed a version is not asked to endorse it again, and
   * whoever submitted it is not asked to endorse it at all (the domain refuses both).
   */
  readonly you: string;
  /** Whether the draft is frozen: nothing moves until the chair reopens it. */
  readonly frozen: boolean;
  /** The meeting's document revision: versions of an earlier one are closed. */
  readonly documentRevision: number;
}

/** The steps this person may take on this version now, in the order a card shows them. */
export function versionActions(
  version: Pick<VersionRecord, 'status' | 'documentRevision' | 'endorsements' | 'submitted'>,
  context: ActionContext,
): VersionAction[] {
  if (version.documentRevision !== context.documentRevision) return [];
  const facts = factsOf(context);
  const mayNotEndorse =
    version.endorsements.some((step) => step.by === context.you) ||
    version.submitted?.by === context.you;
  return VERSION_ACTIONS.filter(
    (action) =>
      mayAct(facts, VERSION_STEPS[action].action).allowed &&
      VERSION_STEPS[action].from.includes(version.status) &&
      !(action === 'endorse' && mayNotEndorse),
  );
}

/** Whether this person may name the draft as it is now (a frozen draft takes no new name). */
export function mayNameVersion(context: Pick<ActionContext, 'role' | 'frozen'>): boolean {
  return mayAct(factsOf(context), 'name-version').allowed;
}

/** Whether this person may reopen the draft now. */
export function mayReopen(context: Pick<ActionContext, 'role' | 'frozen'>): boolean {
  return mayAct(factsOf(context), 'reopen').allowed;
}

/** Whether this person may change the meeting's settings (the endorsements an approval needs). */
export function mayChangeSettings(context: Pick<ActionContext, 'role' | 'frozen'>): boolean {
  return mayAct(factsOf(context), 'change-settings').allowed;
}

function factsOf(context: Pick<ActionContext, 'role' | 'frozen'>): MeetingFacts {
  return { role: context.role ?? undefined, frozen: context.frozen };
}
