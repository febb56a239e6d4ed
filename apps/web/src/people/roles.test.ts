import { ROLES } from '@rapporteur/domain';
import { describe, expect, it } from 'vitest';

import {
  describeInvitation,
  mayManageParticipants,
  roleChoices,
  sortParticipants,
} from '../participants/roster.js';
import { editorsInWords, readOnlyNotice, roleLabel } from './roles.js';

describe('roles in the web app', () => {
  it('tells a delegate who edits the draft', () => {
    expect(readOnlyNotice('delegate')).toBe(
      'You are reading as a delegate: the chair, vice-chairs and secretariat edit this draft.',
    );
    expect(editorsInWords()).toBe('the chair, vice-chairs and secretariat');
  });

  it('labels the roles it knows, and no other', () => {
    expect(ROLES.map(roleLabel)).toEqual(['Chair', 'Vice-chair', 'Secretariat', 'Delegate']);
    expect(roleLabel('editor')).toBeUndefined();
    expect(roleLabel(undefined)).toBeUndefined();
  });

  it('shows the roster controls to whoever may manage participants, and to administrators', () => {
    expect(mayManageParticipants('chair', false)).toBe(true);
    expect(mayManageParticipants('secretariat', false)).toBe(true);
    expect(mayManageParticipants('vice-chair', false)).toBe(false);
    expect(mayManageParticipants('delegate', false)).toBe(false);
    expect(mayManageParticipants(null, false)).toBe(false);
    expect(mayManageParticipants(null, true)).toBe(true);
  });

  it('offers in a row only the roles the domain lets you give, keeping the current one shown', () => {
    const secretariat = { personId: 'p-sah', role: 'secretariat', admin: false } as const;
    const chair = { personId: 'p-minkin', role: 'chair', admin: false } as const;
    const delegate = {
      personId: 'p-ali',
      name: 'Ali',
      email: 'ali@example.org',
      role: 'delegate',
    } as const;
    const yourself = {
      personId: 'p-sah',
      name: 'Sah',
      email: 'sah@example.org',
      role: 'secretariat',
    } as const;
    expect(roleChoices(secretariat, delegate)).toEqual({
      roles: ['secretariat', 'delegate'],
      changeable: true,
    });
    expect(roleChoices(secretariat, yourself)).toEqual({
      roles: ['secretariat'],
      changeable: false,
    });
    expect(roleChoices(chair, delegate)).toEqual({ roles: ROLES, changeable: true });
    const vice = { ...delegate, role: 'vice-chair' } as const;
    expect(roleChoices(secretariat, vice)).toEqual({
      roles: ['vice-chair', 'secretariat', 'delegate'],
      changeable: true,
    });
  });

  it('says what an invitation did without telling whether the address has an account', () => {
    expect(describeInvitation({ email: 'ana@example.org', role: 'delegate' })).toBe(
      'Invited ana@example.org as a delegate: if the address has an account, they are now in the list.',
    );
  });

  it('lists the chair first, then by role and name', () => {
    const person = (personId: string, name: string, role: (typeof ROLES)[number]) => ({
      personId,
      name,
      email: `${personId}@example.org`,
      role,
    });
    const sorted = sortParticipants([
      person('3', 'Zainab', 'delegate'),
      person('2', 'Ana', 'delegate'),
      person('4', 'Secretariat', 'secretariat'),
      person('1', 'Minkin', 'chair'),
      person('5', 'Ahmadova', 'vice-chair'),
    ]);
    expect(sorted.map((p) => p.personId)).toEqual(['1', '5', '4', '2', '3']);
  });
});
