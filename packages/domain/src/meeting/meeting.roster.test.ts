import { describe, it } from 'vitest';
import {
  admin,
  as,
  changeRole,
  given,
  invite,
  invited,
  people,
  remove,
  removed,
  roleChanged,
  scheduled,
  withSecretariat,
} from '../../testing/index.js';
import { ForbiddenError, IllegalStateError, NotFoundError, ValidationError } from '../errors.js';
import type { InviteParticipant } from './meeting.commands.js';

const secretariat = as(people.sah);

describe('inviting a participant', () => {
  it('lets the chair, the secretariat and an administrator invite', () => {
    given([scheduled])
      .when(invite(people.ahmadova, 'vice-chair'))
      .then([invited(people.ahmadova, 'vice-chair')]);
    given(withSecretariat)
      .when(invite(people.museminali, 'delegate', secretariat))
      .then([invited(people.museminali, 'delegate', secretariat)]);
    given([scheduled])
      .when(invite(people.sah, 'secretariat', admin))
      .then([invited(people.sah, 'secretariat', admin)]);
  });

  it('refuses a vice-chair, a delegate and a stranger, saying who may', () => {
    const roster = [
      ...withSecretariat,
      invited(people.ahmadova, 'vice-chair'),
      invited(people.museminali, 'delegate'),
    ];
    const who =
      /^Only the chair or the secretariat may invite, remove or change the role of participants; you are/;
    given(roster)
      .when(invite(people.canazza, 'delegate', as(people.ahmadova)))
      .thenThrows(ForbiddenError, who);
    given(roster)
      .when(invite(people.canazza, 'delegate', as(people.museminali)))
      .thenThrows(ForbiddenError, /you are a delegate\.$/);
    given(roster)
      .when(invite(people.canazza, 'delegate', as(people.canazza)))
      .thenThrows(ForbiddenError, /you are not a participant in this meeting\.$/);
  });

  it('refuses someone who is already a participant', () => {
    given(withSecretariat)
      .when(invite(people.sah, 'delegate'))
      .thenThrows(
        IllegalStateError,
        /^Ms Gitanjali Sah is already a participant, as the secretariat: change their role/,
      );
  });

  it('refuses an email that already belongs to a participant', () => {
    const sameEmail = { ...people.canazza, email: 'Gitanjali.Sah@example.org' };
    given(withSecretariat)
      .when(invite(sameEmail, 'delegate'))
      .thenThrows(IllegalStateError, /participant Ms Gitanjali Sah/);
  });

  it('refuses a second chair, saying who the chair is', () => {
    given(withSecretariat)
      .when(invite(people.canazza, 'chair', admin))
      .thenThrows(
        IllegalStateError,
        /^Prof\. Vladimir Minkin is the chair of this meeting, and a meeting has one chair/,
      );
  });

  it.each([
    ['personId', { personId: 'p canazza' }],
    ['name', { name: 'x'.repeat(121) }],
    ['email', { email: 'canazza@' }],
    ['role', { role: 'rapporteur' }],
  ])('refuses an invalid %s, naming the field', (field, change) => {
    const command = invite(people.canazza, 'delegate');
    given([scheduled])
      .when({ ...command, data: { ...command.data, ...change } } as InviteParticipant)
      .thenThrows(ValidationError, new RegExp(`^${field}`), { field });
  });
});

describe('changing a role', () => {
  it('gives a participant another role, recording the one they had', () => {
    given([...withSecretariat, invited(people.museminali, 'delegate')])
      .when(changeRole(people.museminali, 'secretariat', secretariat))
      .then([roleChanged(people.museminali, { from: 'delegate', to: 'secretariat' }, secretariat)]);
  });

  it('records nothing when the role is the one the person has', () => {
    given(withSecretariat).when(changeRole(people.sah, 'secretariat')).then([]);
  });

  it('refuses a person who is not a participant', () => {
    given(withSecretariat)
      .when(changeRole(people.canazza, 'vice-chair'))
      .thenThrows(
        NotFoundError,
        /^This person is not a participant in this meeting: invite them first\.$/,
        { id: 'p-canazza' },
      );
  });

  it('refuses a delegate', () => {
    given([...withSecretariat, invited(people.museminali, 'delegate')])
      .when(changeRole(people.museminali, 'vice-chair', as(people.museminali)))
      .thenThrows(ForbiddenError, /you are a delegate\.$/);
  });

  it('lets the chair step the secretariat down', () => {
    given(withSecretariat)
      .when(changeRole(people.sah, 'delegate'))
      .then([roleChanged(people.sah, { from: 'secretariat', to: 'delegate' })]);
  });
});

describe('removing a participant', () => {
  it('takes them out of the meeting', () => {
    given([...withSecretariat, invited(people.museminali, 'delegate')])
      .when(remove(people.museminali, secretariat))
      .then([removed(people.museminali, secretariat)]);
  });

  it('refuses a person who is not a participant', () => {
    given(withSecretariat)
      .when(remove(people.canazza))
      .thenThrows(NotFoundError, /^This person is not a participant/);
  });

  it('never removes the chair, who may be the last person able to manage participants', () => {
    given([scheduled, invited(people.museminali, 'delegate')])
      .when(remove(people.minkin))
      .thenThrows(
        IllegalStateError,
        /^Prof\. Vladimir Minkin is the chair and cannot be removed: the chair first hands over/,
      );
    given(withSecretariat)
      .when(remove(people.minkin, admin))
      .thenThrows(IllegalStateError, /cannot be removed/);
  });

  it('leaves a removed person unable to do anything', () => {
    given([...withSecretariat, removed(people.sah)])
      .when(invite(people.canazza, 'delegate', secretariat))
      .thenThrows(ForbiddenError, /you are not a participant in this meeting\.$/);
  });
});
