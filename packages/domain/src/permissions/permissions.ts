import { ForbiddenError } from '../errors.js';
import { roleInSentence, type Role } from './roles.js';

/** Everything a participant may be allowed to do in a meeting. */
export const ACTIONS = Object.freeze([
  'read',
  'edit',
  'name-version',
  'submit-version',
  'endorse',
  'request-changes',
  'approve',
  'freeze',
  'reopen',
  'manage-participants',
  'comment',
  'suggest',
  'decide-suggestion',
  'change-settings',
] as const);

/** One thing a participant may be allowed to do; `read` covers the draft, history and diffs. */
export type Action = (typeof ACTIONS)[number];

const allow = (...roles: readonly Role[]): readonly Role[] => Object.freeze(roles);

/**
 * The permission table of DESIGN.md, as data: who may do each action. The server and the web
 * app ask `can`; neither restates this table.
 */
export const PERMISSIONS: { readonly [A in Action]: readonly Role[] } = Object.freeze({
  read: allow('chair', 'vice-chair', 'secretariat', 'delegate'),
  edit: allow('chair', 'vice-chair', 'secretariat'),
  'name-version': allow('chair', 'vice-chair', 'secretariat'),
  'submit-version': allow('chair', 'secretariat'),
  endorse: allow('chair', 'vice-chair'),
  'request-changes': allow('chair', 'vice-chair'),
  approve: allow('chair'),
  freeze: allow('chair'),
  reopen: allow('chair'),
  'manage-participants': allow('chair', 'secretariat'),
  comment: allow('chair', 'vice-chair', 'secretariat', 'delegate'),
  suggest: allow('chair', 'vice-chair', 'secretariat', 'delegate'),
  'decide-suggestion': allow('chair', 'vice-chair'),
  'change-settings': allow('chair'),
});

const DESCRIPTIONS: { readonly [A in Action]: string } = {
  read: 'read the draft, its history and its diffs',
  edit: 'edit the draft',
  'name-version': 'name a version',
  'submit-version': 'submit a version for approval',
  endorse: 'endorse a version',
  'request-changes': 'request changes to a version',
  approve: 'approve a version',
  freeze: 'freeze the draft',
  reopen: 'reopen a frozen draft',
  'manage-participants': 'invite, remove or change the role of participants',
  comment: 'comment on the draft',
  suggest: 'suggest a change to the draft',
  'decide-suggestion': "accept or reject suggestions and resolve anyone's comments",
  'change-settings': "change the meeting's settings",
};

/**
 * Whether a person holding `role` in a meeting may do `action`; `undefined` means not a
 * participant, who may do nothing, not even read. Example: `can('delegate', 'edit') === false`.
 */
export function can(role: Role | undefined, action: Action): boolean {
  return role !== undefined && PERMISSIONS[action].includes(role);
}

/** What an action lets a person do, in words: `'submit a version for approval'`. */
export function describeAction(action: Action): string {
  return DESCRIPTIONS[action];
}

/** Who may do an action, in words: `'the chair or the secretariat'`. */
export function whoMay(action: Action): string {
  const holders = PERMISSIONS[action].map(roleInSentence);
  const last = holders.pop() ?? 'nobody';
  return holders.length === 0 ? last : `${holders.join(', ')} or ${last}`;
}

/** Throws a ForbiddenError that says who may do `action` when `role` may not. */
export function authorize(role: Role | undefined, action: Action): void {
  const refusal = roleRefusal(role, action);
  if (refusal !== undefined) throw new ForbiddenError(action, refusal);
}

/**
 * Why `role` may not do `action`, naming who may and what the person is, or undefined when it
 * may: "Only the chair may approve a version; you are a vice-chair."
 */
export function roleRefusal(role: Role | undefined, action: Action): string | undefined {
  if (can(role, action)) return undefined;
  const you =
    role === undefined
      ? 'you are not a participant in this meeting'
      : `you are ${roleInSentence(role)}`;
  return `Only ${whoMay(action)} may ${describeAction(action)}; ${you}.`;
}
