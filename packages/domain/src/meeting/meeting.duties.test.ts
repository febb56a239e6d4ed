// Separation of duties: the seats that endorse and approve are the chair's to give, and nobody
// gives themselves a role.
import { describe, expect, it } from 'vitest';
import {
  admin,
  as,
  changeRole,
  given,
  invite,
  invited,
  people,
  roleChanged,
  scheduled,
} from '../../testing/index.js';
import { ForbiddenError } from '../errors.js';
import { rolesGivable } from '../permissions/role-grants.js';

const secretariat = as(people.sah);
const roster = [
  scheduled,
  invited(people.sah, 'secretariat'),
  invited(people.ahmadova, 'vice-chair'),
  invited(people.museminali, 'delegate'),
];

describe('who gives the vice-chair and chair seats', () => {
  it('refuses the secretariat making itself vice-chair', () => {
    given(roster)
      .when(changeRole(people.sah, 'vice-chair', secretariat))
      .thenThrows(ForbiddenError, /^Nobody changes their own role/);
  });

  it('refuses the secretariat making a delegate vice-chair, saying only the chair may', () => {
    given(roster)
      .when(changeRole(people.museminali, 'vice-chair', secretariat))
      .thenThrows(
        ForbiddenError,
        /^Only the chair or an administrator may make someone a vice-chair; you are the secretariat\.$/,
      );
  });

  it('refuses the secretariat inviting someone as a vice-chair', () => {
    given(roster)
      .when(invite(people.canazza, 'vice-chair', secretariat))
      .thenThrows(
        ForbiddenError,
        /^Only the chair or an administrator may make someone a vice-chair/,
      );
  });

  it('lets the chair make a delegate vice-chair, and an administrator too', () => {
    given(roster)
      .when(changeRole(people.museminali, 'vice-chair'))
      .then([roleChanged(people.museminali, { from: 'delegate', to: 'vice-chair' })]);
    given(roster)
      .when(changeRole(people.museminali, 'vice-chair', admin))
      .then([roleChanged(people.museminali, { from: 'delegate', to: 'vice-chair' }, admin)]);
  });

  it('still lets the secretariat invite delegates and change them to secretariat', () => {
    given(roster)
      .when(invite(people.canazza, 'delegate', secretariat))
      .then([invited(people.canazza, 'delegate', secretariat)]);
    given(roster)
      .when(changeRole(people.museminali, 'secretariat', secretariat))
      .then([roleChanged(people.museminali, { from: 'delegate', to: 'secretariat' }, secretariat)]);
  });
});

describe('nobody changes their own role', () => {
  it('refuses the secretariat stepping down by itself: the chair changes it', () => {
    given(roster)
      .when(changeRole(people.sah, 'delegate', secretariat))
      .thenThrows(ForbiddenError, /^Nobody changes their own role: ask the chair/);
  });

  it('refuses an administrator who takes part changing their own role', () => {
    const withAdmin = [
      ...roster,
      invited({ ...people.canazza, personId: admin.personId }, 'delegate'),
    ];
    given(withAdmin)
      .when(changeRole({ ...people.canazza, personId: admin.personId }, 'secretariat', admin))
      .thenThrows(ForbiddenError, /^Nobody changes their own role/);
  });
});

describe('the roles a person is offered (what the participants panel shows)', () => {
  it('offers the chair every role for someone else, and nothing for themselves', () => {
    const chair = { personId: people.minkin.personId, role: 'chair', admin: false } as const;
    expect(rolesGivable(chair, people.museminali.personId)).toEqual([
      'chair',
      'vice-chair',
      'secretariat',
      'delegate',
    ]);
    expect(rolesGivable(chair, people.minkin.personId)).toEqual([]);
  });

  it('offers the secretariat only secretariat and delegate, and a delegate nothing', () => {
    const bySecretariat = {
      personId: people.sah.personId,
      role: 'secretariat',
      admin: false,
    } as const;
    expect(rolesGivable(bySecretariat, people.museminali.personId)).toEqual([
      'secretariat',
      'delegate',
    ]);
    expect(rolesGivable(bySecretariat, undefined)).toEqual(['secretariat', 'delegate']);
    const delegate = {
      personId: people.museminali.personId,
      role: 'delegate',
      admin: false,
    } as const;
    expect(rolesGivable(delegate, people.canazza.personId)).toEqual([]);
  });
});
