import type { Action } from '../permissions/permissions.js';
import type { VersionStatus } from './version.js';

/** A step of the workflow taken on one version. */
export type VersionStep = 'submit' | 'endorse' | 'request-changes' | 'approve' | 'freeze';

/**
 * Each step as data: the action the permission table names for it, and the statuses a version
 * must have for it. The deciders check these; the web app asks the same table which buttons a
 * card shows, so the two never disagree.
 */
export const VERSION_STEPS: {
  readonly [S in VersionStep]: { readonly action: Action; readonly from: readonly VersionStatus[] };
} = Object.freeze({
  submit: { action: 'submit-version', from: ['named'] },
  endorse: { action: 'endorse', from: ['submitted', 'endorsed'] },
  'request-changes': { action: 'request-changes', from: ['submitted', 'endorsed'] },
  approve: { action: 'approve', from: ['submitted', 'endorsed'] },
  freeze: { action: 'freeze', from: ['approved'] },
});
