import { ROLES, type Role } from '@rapporteur/domain';
import { describe, expect, it } from 'vitest';

import type { Participant } from '../meeting/meeting-api.js';
import {
  describeInvitation,
  mayManageParticipants,
  mayRemove,
  roleChoices,
  sortParticipants,
} from './roster.js';

/** Given: a participant in the roster, with an address made from their id. */
function participant(personId: string, name: string, role: Role): Participant {
  return { personId, name, email: `${personId}@example.org`, role };
}

describe('the roster of a meeting', () => {
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
    const delegate = participant('p-ali', 'Ali', 'delegate');
    const yourself = participant('p-sah', 'Sah', 'secretariat');
    expect(roleChoices(secretariat, delegate)).toEqual({
      roles: ['secretariat', 'delegate'],
      changeable: true,
    });
    expect(roleChoices(secretariat, yourself)).toEqual({
      roles: ['secretariat'],
      changeable: false,
    });
    expect(roleChoices(chair, delegate)).toEqual({ roles: ROLES, changeable: true });
    const vice = participant('p-ali', 'Ali', 'vice-chair');
    expect(roleChoices(secretariat, vice)).toEqual({
      roles: ['vice-chair', 'secretariat', 'delegate'],
      changeable: true,
    });
  });

  it('offers nobody, an administrator included, a menu to change the chair’s role', () => {
    const chair = participant('p-minkin', 'Minkin', 'chair');
    const admin = { personId: 'p-ada', role: undefined, admin: true } as const;
    const secretariat = { personId: 'p-sah', role: 'secretariat', admin: false } as const;
    const yourself = { personId: 'p-minkin', role: 'chair', admin: false } as const;
    for (const you of [admin, secretariat, yourself])
      expect(roleChoices(you, chair)).toEqual({ roles: ['chair'], changeable: false });
  });

  it('offers to remove anyone but the chair, who hands over first', () => {
    expect(mayRemove(participant('p-minkin', 'Minkin', 'chair'))).toBe(false);
    for (const role of ['vice-chair', 'secretariat', 'delegate'] as const)
      expect(mayRemove(participant('p-ali', 'Ali', role))).toBe(true);
  });

  it('says an account joined, and that an email without one waits for its link', () => {
    expect(
      describeInvitation({
        email: 'ana@example.org',
        role: 'delegate',
        outcome: 'joined',
        invitation: null,
      }),
    ).toBe('ana@example.org is now in the list, as a delegate.');
    expect(
      describeInvitation({
        email: 'new@example.org',
        role: 'secretariat',
        outcome: 'pending',
        invitation: { expiresAt: '2026-12-14T20:00:00.000Z' },
      }),
    ).toBe(
      'new@example.org has no account yet: send them the link below to join as the secretariat. It works until 14 December 2026.',
    );
  });

  it('lists the chair first, then by role and name', () => {
    const sorted = sortParticipants([
      participant('3', 'Zainab', 'delegate'),
      participant('2', 'Ana', 'delegate'),
      participant('4', 'Secretariat', 'secretariat'),
      participant('1', 'Minkin', 'chair'),
      participant('5', 'Ahmadova', 'vice-chair'),
    ]);
    expect(sorted.map((p) => p.personId)).toEqual(['1', '5', '4', '2', '3']);
  });
});
