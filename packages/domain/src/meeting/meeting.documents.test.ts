import { describe, it } from 'vitest';
import { admin, as, AT, given, invited, people, recorded, scheduled } from '../../testing/index.js';
import { ForbiddenError, IllegalStateError, ValidationError } from '../errors.js';
import type { Actor } from '../command.js';
import type { RegisterDocument } from './meeting.commands.js';
import type { DocumentRegistered } from './meeting.events.js';

const roster = [
  scheduled,
  invited(people.ahmadova, 'vice-chair'),
  invited(people.sah, 'secretariat'),
  invited(people.museminali, 'delegate'),
];

const contribution = {
  documentId: 'd-c-0019',
  symbol: 'S19-CWGWSIS34-C-0019',
  title: 'United Nations High-level Panel on Digital Cooperation',
  source: 'Saudi Arabia',
  revision: 0,
};
const agendaRev4 = {
  documentId: 'd-c-0001-r4',
  symbol: 'S19-CWGWSIS34-C-0001',
  title: 'Draft agenda',
  source: 'Chairman',
  revision: 4,
};

function register(document: typeof contribution, by: Actor): RegisterDocument {
  return { type: 'RegisterDocument', data: { ...document, at: AT, by } };
}
function registered(document: typeof contribution, by: Actor): DocumentRegistered {
  return { type: 'DocumentRegistered', data: { ...document, at: AT, by: recorded(by) } };
}

describe('registering a document', () => {
  it.each([people.minkin, people.ahmadova, people.sah])(
    'is open to whoever may edit the draft: $name',
    (person) => {
      given(roster)
        .when(register(contribution, as(person)))
        .then([registered(contribution, as(person))]);
    },
  );

  it('is closed to delegates and to the administrator, who do not draft', () => {
    given(roster)
      .when(register(contribution, as(people.museminali)))
      .thenThrows(
        ForbiddenError,
        /^Only the chair, a vice-chair or the secretariat may edit the draft; you are a delegate\.$/,
      );
    given(roster)
      .when(register(contribution, admin))
      .thenThrows(ForbiddenError, /you are not a participant/);
  });

  it('registers a revision as a document of its own', () => {
    const agendaRev3 = { ...agendaRev4, documentId: 'd-c-0001-r3', revision: 3 };
    given([...roster, registered(agendaRev3, as(people.sah))])
      .when(register(agendaRev4, as(people.sah)))
      .then([registered(agendaRev4, as(people.sah))]);
  });

  it('refuses a documentId that is already registered, naming both documents by symbol', () => {
    given([...roster, registered(agendaRev4, as(people.sah))])
      .when(register({ ...contribution, documentId: agendaRev4.documentId }, as(people.sah)))
      .thenThrows(
        IllegalStateError,
        /^S19-CWGWSIS34-C-0001 Rev\.4 is already in the register under the same id: give S19-CWGWSIS34-C-0019 an id of its own/,
      );
  });

  it('refuses the same revision of the same symbol twice, without printing its id', () => {
    given([...roster, registered(agendaRev4, as(people.sah))])
      .when(register({ ...agendaRev4, documentId: 'd-other' }, as(people.minkin)))
      .thenThrows(
        IllegalStateError,
        /^S19-CWGWSIS34-C-0001 Rev\.4 is already in the register: register a later revision with the next revision number\.$/,
      );
  });

  it.each([
    ['documentId', { documentId: '' }],
    ['symbol', { symbol: 'S19-CWGWSIS34-C-0001 Rev.4' }],
    ['symbol', { symbol: '-C-0019' }],
    ['title', { title: '\n' }],
    ['source', { source: 'x'.repeat(201) }],
    ['revision', { revision: -1 }],
    ['revision', { revision: 1.5 }],
    ['revision', { revision: '2' }],
  ])('refuses an invalid %s, naming the field', (field, change) => {
    const command = register(contribution, as(people.sah));
    given(roster)
      .when({ ...command, data: { ...command.data, ...change } } as RegisterDocument)
      .thenThrows(ValidationError, new RegExp(`^${field}`), { field });
  });
});
