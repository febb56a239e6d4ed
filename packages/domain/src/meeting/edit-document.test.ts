import { describe, it } from 'vitest';
import { as, AT, given, invited, people, recorded, scheduled } from '../../testing/index.js';
import { ForbiddenError, IllegalStateError, NotFoundError, ValidationError } from '../errors.js';
import type { Actor } from '../command.js';
import type { MeetingDocument } from '../document/document.js';
import type { EditDocument } from './meeting.commands.js';
import type { MeetingEvent } from './meeting.events.js';

const c0019: MeetingDocument = {
  documentId: 'd-c-0019',
  symbol: 'S19-CWGWSIS34-C-0019',
  title: 'S19-CWGWSIS34-C-0019',
  source: 'Unknown',
  revision: 0,
};
const c0018: MeetingDocument = { ...c0019, documentId: 'd-c-0018', symbol: 'S19-CWGWSIS34-C-0018' };
const registered = (document: MeetingDocument, by: Actor): MeetingEvent => ({
  type: 'DocumentRegistered',
  data: { ...document, at: AT, by: recorded(by) },
});
const roster = [
  scheduled,
  invited(people.sah, 'secretariat'),
  invited(people.museminali, 'delegate'),
  registered(c0019, as(people.sah)),
  registered(c0018, as(people.sah)),
];
const edit = (data: Omit<EditDocument['data'], 'at' | 'by'>, by: Actor): EditDocument => ({
  type: 'EditDocument',
  data: { ...data, at: AT, by },
});

describe('correcting a registered document', () => {
  it('records the document as it now stands, keeping what is not given', () => {
    const title = 'United Nations High-level Panel on Digital Cooperation';
    given(roster)
      .when(edit({ documentId: 'd-c-0019', title, source: 'Saudi Arabia' }, as(people.sah)))
      .then([
        {
          type: 'DocumentEdited',
          data: { ...c0019, title, source: 'Saudi Arabia', at: AT, by: recorded(as(people.sah)) },
        },
      ]);
  });

  it('records nothing when nothing changes', () => {
    given(roster)
      .when(edit({ documentId: 'd-c-0019', title: c0019.title }, as(people.minkin)))
      .then([]);
  });

  it('is closed to delegates', () => {
    given(roster)
      .when(edit({ documentId: 'd-c-0019', title: 'Mine' }, as(people.museminali)))
      .thenThrows(ForbiddenError, /you are a delegate/);
  });

  it('refuses a document that is not registered', () => {
    given(roster)
      .when(edit({ documentId: 'd-none', title: 'x' }, as(people.sah)))
      .thenThrows(NotFoundError, /not in the register/);
  });

  it('refuses to make it the same revision as another entry', () => {
    given(roster)
      .when(edit({ documentId: 'd-c-0019', symbol: 'S19-CWGWSIS34-C-0018' }, as(people.sah)))
      .thenThrows(IllegalStateError, /^S19-CWGWSIS34-C-0018 is already registered/);
  });

  it.each([
    ['symbol', { symbol: 'S19 C 0018' }],
    ['title', { title: '' }],
    ['source', { source: 'x'.repeat(201) }],
    ['revision', { revision: -2 }],
  ])('refuses an invalid %s, naming the field', (field, change) => {
    given(roster)
      .when(edit({ documentId: 'd-c-0019', ...change }, as(people.sah)))
      .thenThrows(ValidationError, new RegExp(`^${field}`), { field });
  });
});
