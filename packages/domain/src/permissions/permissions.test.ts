import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../errors.js';
import {
  ACTIONS,
  authorize,
  can,
  describeAction,
  PERMISSIONS,
  whoMay,
  type Action,
} from './permissions.js';
import { describeRole, isRole, roleInSentence, ROLES, type Role } from './roles.js';

// The table of DESIGN.md ("Roles per meeting and what each may do"), written out again on
// purpose: changing PERMISSIONS without changing this table fails a test, cell by cell.
const COLUMNS = [
  'chair',
  'vice-chair',
  'secretariat',
  'delegate',
] as const satisfies readonly Role[];
// prettier-ignore
const DESIGN_TABLE: readonly (readonly [Action, 'yes' | 'no', 'yes' | 'no', 'yes' | 'no', 'yes' | 'no'])[] = [
  //                       chair  vice   secr.  delegate
  ['read',                 'yes', 'yes', 'yes', 'yes'],
  ['edit',                 'yes', 'yes', 'yes', 'no'],
  ['name-version',         'yes', 'yes', 'yes', 'no'],
  ['submit-version',       'yes', 'no',  'yes', 'no'],
  ['endorse',              'yes', 'yes', 'no',  'no'],
  ['request-changes',      'yes', 'yes', 'no',  'no'],
  ['approve',              'yes', 'no',  'no',  'no'],
  ['freeze',               'yes', 'no',  'no',  'no'],
  ['reopen',               'yes', 'no',  'no',  'no'],
  ['manage-participants',  'yes', 'no',  'yes', 'no'],
  ['comment',              'yes', 'yes', 'yes', 'yes'],
  ['suggest',              'yes', 'yes', 'yes', 'yes'],
  ['decide-suggestion',    'yes', 'yes', 'no',  'no'],
  ['change-settings',      'yes', 'no',  'no',  'no'],
];

const cells = DESIGN_TABLE.flatMap(([action, ...answers]) =>
  COLUMNS.map((role, column) => ({ role, action, allowed: answers[column] === 'yes' })),
);

describe('the permission table', () => {
  it('lists every action once, in the order of DESIGN.md, and every role', () => {
    expect(DESIGN_TABLE.map(([action]) => action)).toEqual([...ACTIONS]);
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...ACTIONS].sort());
    expect([...ROLES]).toEqual([...COLUMNS]);
  });

  it.each(cells)('answers $allowed when $role asks to $action', ({ role, action, allowed }) => {
    expect(can(role, action)).toBe(allowed);
  });

  it.each([...ACTIONS])(
    'lets someone who is not a participant do nothing, not even %s',
    (action) => {
      expect(can(undefined, action)).toBe(false);
    },
  );

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(PERMISSIONS)).toBe(true);
    expect(ACTIONS.every((action) => Object.isFrozen(PERMISSIONS[action]))).toBe(true);
    expect(Object.isFrozen(ROLES) && Object.isFrozen(ACTIONS)).toBe(true);
  });
});

describe('roles in words', () => {
  it('labels each role in English', () => {
    expect(ROLES.map(describeRole)).toEqual(['Chair', 'Vice-chair', 'Secretariat', 'Delegate']);
    expect(ROLES.map(roleInSentence)).toEqual([
      'the chair',
      'a vice-chair',
      'the secretariat',
      'a delegate',
    ]);
  });

  it('recognises a role only among ROLES', () => {
    expect(ROLES.every(isRole)).toBe(true);
    expect(['Chair', 'admin', '', undefined, 1].some(isRole)).toBe(false);
  });

  it('says who may do an action', () => {
    expect(whoMay('approve')).toBe('the chair');
    expect(whoMay('manage-participants')).toBe('the chair or the secretariat');
    expect(whoMay('edit')).toBe('the chair, a vice-chair or the secretariat');
    expect(describeAction('submit-version')).toBe('submit a version for approval');
    expect(whoMay('comment')).toBe('the chair, a vice-chair, the secretariat or a delegate');
    expect(whoMay('decide-suggestion')).toBe('the chair or a vice-chair');
    expect(describeAction('change-settings')).toBe("change the meeting's settings");
  });
});

describe('authorize', () => {
  it('passes silently when the role may act', () => {
    expect(() => {
      authorize('secretariat', 'submit-version');
    }).not.toThrow();
  });

  it('refuses with a sentence naming who may, and what the person is', () => {
    expect(() => {
      authorize('vice-chair', 'approve');
    }).toThrow(
      new ForbiddenError('approve', 'Only the chair may approve a version; you are a vice-chair.'),
    );
    expect(() => {
      authorize(undefined, 'read');
    }).toThrow(/you are not a participant in this meeting/);
  });

  it('says which action it refused', () => {
    try {
      authorize('delegate', 'edit');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ForbiddenError);
      expect((error as ForbiddenError).action).toBe('edit');
      expect((error as ForbiddenError).code).toBe('forbidden');
    }
  });
});
