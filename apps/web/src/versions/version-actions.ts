import { can, type Action, type Role, type VersionStatus } from '@rapporteur/domain';

import type { VersionRecord } from './version-record.js';

/** A step a card can offer on its version. */
export type VersionAction = 'submit' | 'endorse' | 'request-changes' | 'approve' | 'freeze';

/** In the order the card shows them: the step forward first. */
export const VERSION_ACTIONS: readonly VersionAction[] = [
  'submit',
  'endorse',
  'approve',
  'freeze',
  'request-changes',
];

// Who may take a step is the domain's permission table, asked through can(); never restated.
const PERMISSION: { readonly [A in VersionAction]: Action } = {
  submit: 'submit-version',
  endorse: 'endorse',
  'request-changes': 'request-changes',
  approve: 'approve',
  freeze: 'freeze',
};

// Where a version must stand for each step, as the domain's guards decide it: buttons for a
// step the server would refuse only teach people to expect refusals.
const FROM: { readonly [A in VersionAction]: readonly VersionStatus[] } = {
  submit: ['named'],
  endorse: ['submitted', 'endorsed'],
  'request-changes': ['submitted', 'endorsed'],
  approve: ['submitted', 'endorsed'],
  freeze: ['approved'],
};

/** What the page knows of the meeting and of the person looking at it. */
export interface ActionContext {
  /** Their role in the meeting; null for someone who takes no part (an administrator). */
  readonly role: Role | null;
  /** Their person id: someone who endorsed a version is not asked to endorse it again. */
  readonly you: string;
  /** Whether the draft is frozen: nothing moves until the chair reopens it. */
  readonly frozen: boolean;
  /** The meeting's document revision: versions of an earlier one are closed. */
  readonly documentRevision: number;
}

/** The steps this person may take on this version now, in the order a card shows them. */
export function versionActions(
  version: Pick<VersionRecord, 'status' | 'documentRevision' | 'endorsements'>,
  context: ActionContext,
): VersionAction[] {
  if (context.frozen || version.documentRevision !== context.documentRevision) return [];
  const role = context.role ?? undefined;
  const endorsed = version.endorsements.some((step) => step.by === context.you);
  return VERSION_ACTIONS.filter(
    (action) =>
      can(role, PERMISSION[action]) &&
      FROM[action].includes(version.status) &&
      !(action === 'endorse' && endorsed),
  );
}

/** Whether this person may name the draft as it is now (a frozen draft takes no new name). */
export function mayNameVersion(context: Pick<ActionContext, 'role' | 'frozen'>): boolean {
  return !context.frozen && can(context.role ?? undefined, 'name-version');
}

/** Whether this person may reopen the draft now. */
export function mayReopen(context: Pick<ActionContext, 'role' | 'frozen'>): boolean {
  return context.frozen && can(context.role ?? undefined, 'reopen');
}
