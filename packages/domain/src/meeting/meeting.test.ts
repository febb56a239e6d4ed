import { describe, expect, it } from 'vitest';
import {
  admin,
  as,
  AT,
  given,
  invited,
  people,
  recorded,
  removed,
  roleChanged,
  scheduled,
} from '../../testing/index.js';
import { replay } from '../decider.js';
import { ForbiddenError, IllegalStateError, NotFoundError, ValidationError } from '../errors.js';
import type { ScheduleMeeting } from './meeting.commands.js';
import { meetingDecider } from './meeting.decide.js';
import { chairOf, roleOf } from './meeting.js';

const schedule: ScheduleMeeting = {
  type: 'ScheduleMeeting',
  data: {
    meetingId: 'cwg-wsis-sdg-34',
    title: '  Council Working Group on WSIS&SDG, 34th meeting ',
    symbol: 'CWG-WSIS&SDG-34',
    date: '2019-09-25',
    chair: { ...people.minkin, name: ' Prof. Vladimir Minkin' },
    at: AT,
    by: admin,
  },
};

describe('scheduling a meeting', () => {
  it('opens the meeting with its chair, trimming what people typed', () => {
    given([]).when(schedule).then([scheduled]);
  });

  it('refuses to schedule a meeting twice', () => {
    given([scheduled])
      .when(schedule)
      .thenThrows(
        IllegalStateError,
        /already scheduled as CWG-WSIS&SDG-34, "Council Working Group on WSIS&SDG, 34th meeting", on 2019-09-25/,
      );
  });

  it('lets a person without the administrator flag open a meeting that they chair', () => {
    const own = {
      ...schedule,
      data: {
        ...schedule.data,
        by: as(people.minkin),
        chair: { ...schedule.data.chair, personId: people.minkin.personId },
      },
    };
    given([])
      .when(own)
      .then([
        {
          type: 'MeetingScheduled',
          data: {
            ...scheduled.data,
            chair: { ...scheduled.data.chair, personId: people.minkin.personId },
            by: { personId: people.minkin.personId, admin: false },
          },
        },
      ]);
  });

  it('lets only an administrator open a meeting for another chair', () => {
    given([])
      .when({ ...schedule, data: { ...schedule.data, by: as(people.ahmadova) } })
      .thenThrows(
        ForbiddenError,
        /^Only an administrator may schedule a meeting for another chair/,
      );
  });

  it.each([
    ['meetingId', { meetingId: '' }, /^meetingId must not be empty\.$/],
    ['title', { title: '   ' }, /^title must not be empty\.$/],
    ['title', { title: 'x'.repeat(201) }, /^title is 201 characters long; the limit is 200\.$/],
    ['symbol', { symbol: 'CWG WSIS 34' }, /letters and digits joined by '-' or '&'/],
    ['date', { date: '2019-02-30' }, /must be a date that exists, written YYYY-MM-DD/],
    ['chair', { chair: undefined }, /^chair is required: give their personId, name and email\.$/],
    [
      'chair.email',
      { chair: { ...people.minkin, email: 'minkin at itu' } },
      /is not an email address/,
    ],
    ['at', { at: 'yesterday' }, /^at "yesterday" must be an ISO 8601 time/],
    ['by.personId', { by: { personId: '', admin: true } }, /^by\.personId must not be empty\.$/],
  ])('refuses an invalid %s, naming the field', (field, change, message) => {
    const command = { ...schedule, data: { ...schedule.data, ...change } } as ScheduleMeeting;
    given([])
      .when(command)
      .thenThrows(ValidationError, message, { field, code: 'validation_failed' });
  });
});

describe('a meeting that was never scheduled', () => {
  it.each([
    { type: 'InviteParticipant', data: { ...people.sah, role: 'secretariat', at: AT, by: admin } },
    {
      type: 'ChangeRole',
      data: { personId: people.sah.personId, role: 'delegate', at: AT, by: admin },
    },
    { type: 'RemoveParticipant', data: { personId: people.sah.personId, at: AT, by: admin } },
    {
      type: 'RegisterDocument',
      data: {
        documentId: 'd-1',
        symbol: 'S19-CWGWSIS34-C-0019',
        title: 'UN HLP',
        source: 'Saudi Arabia',
        revision: 0,
        at: AT,
        by: admin,
      },
    },
  ] as const)('refuses $type: it is not found', (command) => {
    given([])
      .when(command)
      .thenThrows(NotFoundError, /^This meeting has not been scheduled/);
  });
});

describe('the state of a meeting', () => {
  const events = [
    scheduled,
    invited(people.sah, 'secretariat'),
    invited(people.ahmadova, 'vice-chair'),
    invited(people.museminali, 'delegate', as(people.sah)),
    roleChanged(people.museminali, { from: 'delegate', to: 'vice-chair' }),
    removed(people.ahmadova),
  ];

  it('is the fold of its events', () => {
    const state = replay(meetingDecider, events);
    expect(state).toMatchObject({
      kind: 'scheduled',
      meetingId: 'cwg-wsis-sdg-34',
      symbol: 'CWG-WSIS&SDG-34',
      date: '2019-09-25',
    });
    expect(roleOf(state, people.minkin.personId)).toBe('chair');
    expect(roleOf(state, people.sah.personId)).toBe('secretariat');
    expect(roleOf(state, people.museminali.personId)).toBe('vice-chair');
    expect(roleOf(state, people.ahmadova.personId)).toBeUndefined();
    expect(chairOf(state)).toEqual({ ...people.minkin, role: 'chair' });
  });

  it('keeps participants in the order they were invited', () => {
    const state = replay(meetingDecider, events);
    const ids = state.kind === 'scheduled' ? [...state.participants.keys()] : [];
    expect(ids).toEqual(['p-minkin', 'p-sah', 'p-museminali']);
  });

  it('never changes a state it was given', () => {
    const before = replay(meetingDecider, [scheduled]);
    meetingDecider.evolve(before, invited(people.sah, 'secretariat'));
    expect(before.kind === 'scheduled' && before.participants.size).toBe(1);
  });

  it('knows nobody before the meeting is scheduled', () => {
    const state = replay(meetingDecider, [invited(people.sah, 'secretariat')]);
    expect(state).toEqual({ kind: 'unscheduled' });
    expect(roleOf(state, people.sah.personId)).toBeUndefined();
    expect(chairOf(state)).toBeUndefined();
  });
});

// The event store's JsonValue, restated: event data must be assignable to it, checked by tsc.
type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

describe('meeting events', () => {
  it('are plain JSON, as the event store keeps them', () => {
    const events = meetingDecider.decide(schedule, meetingDecider.initialState());
    const data: readonly Json[] = events.map((event) => event.data);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    expect(events[0]?.data.by).toEqual(recorded(admin));
  });
});
