import type { RecordedEvent } from '@rapporteur/event-store';
import { describe, expect, it } from 'vitest';
import { asMeetingEvent } from './meeting-events.js';

const stored = (type: string, data: unknown) => ({ type, data }) as unknown as RecordedEvent;

describe('reading meeting events back from the log', () => {
  it('takes a well-formed event', () => {
    const data = {
      personId: 'p1',
      at: '2019-09-25T09:00:00.000Z',
      by: { personId: 'p0', admin: false },
    };
    expect(asMeetingEvent(stored('ParticipantRemoved', data))).toEqual({
      type: 'ParticipantRemoved',
      data,
    });
  });

  it('skips an event of another kind, or one whose data does not fit, instead of failing', () => {
    expect(asMeetingEvent(stored('DraftUpdated', null))).toBeUndefined();
    expect(
      asMeetingEvent(stored('MeetingScheduled', { title: 'written by an older version' })),
    ).toBeUndefined();
    expect(asMeetingEvent(stored('toString', {}))).toBeUndefined();
  });
});
