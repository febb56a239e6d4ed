// The chair seat: exactly one chair, changed only by a hand-over.
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
import { ForbiddenError, IllegalStateError } from '../errors.js';

const secretariat = as(people.sah);

describe('handing the chair over', () => {
  const roster = [...withSecretariat, invited(people.ahmadova, 'vice-chair')];

  it('makes the former chair a vice-chair in the same decision, stepping down first', () => {
    given(roster)
      .when(changeRole(people.ahmadova, 'chair'))
      .then([
        roleChanged(people.minkin, { from: 'chair', to: 'vice-chair' }),
        roleChanged(people.ahmadova, { from: 'vice-chair', to: 'chair' }),
      ]);
  });

  it('may be done by an administrator', () => {
    given(roster)
      .when(changeRole(people.sah, 'chair', admin))
      .then([
        roleChanged(people.minkin, { from: 'chair', to: 'vice-chair' }, admin),
        roleChanged(people.sah, { from: 'secretariat', to: 'chair' }, admin),
      ]);
  });

  it('is not for the secretariat, who may otherwise manage participants', () => {
    given(roster)
      .when(changeRole(people.ahmadova, 'chair', secretariat))
      .thenThrows(ForbiddenError, /^Only the chair or an administrator may appoint a chair/);
  });

  it('is the only way the chair changes: the chair is not demoted directly, even by themselves', () => {
    given(roster)
      .when(changeRole(people.minkin, 'vice-chair', secretariat))
      .thenThrows(
        IllegalStateError,
        /^Prof\. Vladimir Minkin is the chair and stays so until they hand over/,
      );
    // The chair alone can manage participants here: demoting them would leave nobody who can.
    given([scheduled, invited(people.museminali, 'delegate')])
      .when(changeRole(people.minkin, 'delegate'))
      .thenThrows(IllegalStateError, /stays so until they hand over/);
  });

  it('lets the new chair remove the former one afterwards', () => {
    const handedOver = [
      ...roster,
      roleChanged(people.minkin, { from: 'chair', to: 'vice-chair' }),
      roleChanged(people.ahmadova, { from: 'vice-chair', to: 'chair' }),
    ];
    given(handedOver)
      .when(remove(people.minkin, as(people.ahmadova)))
      .then([removed(people.minkin, as(people.ahmadova))]);
  });
});

describe('a stream without a chair (recorded before the one-chair rule)', () => {
  const chairless = [...withSecretariat, removed(people.minkin)];

  it('lets only an administrator appoint a chair, by invitation or by promotion', () => {
    given(chairless)
      .when(invite(people.canazza, 'chair', admin))
      .then([invited(people.canazza, 'chair', admin)]);
    given(chairless)
      .when(changeRole(people.sah, 'chair', admin))
      .then([roleChanged(people.sah, { from: 'secretariat', to: 'chair' }, admin)]);
    given(chairless)
      .when(invite(people.canazza, 'chair', secretariat))
      .thenThrows(ForbiddenError, /appoint a chair/);
  });
});
