import { describe, expect, it } from 'vitest';

import type { MeetingSummary } from '../meeting/meeting-api.js';
import type { NewMeeting } from './meetings-api.js';
import {
  arrangeMeetings,
  isCalendarDate,
  newMeetingProblems,
  tidyNewMeeting,
  todayIso,
} from './meetings.js';

const meeting = (id: string, date: string): MeetingSummary => ({
  id,
  title: `Meeting ${id}`,
  symbol: `CWG-${id}`,
  date,
  role: 'chair',
});

/** Given: a new meeting form filled in as it should be. */
const filled: NewMeeting = {
  title: 'CWG, 35th meeting',
  symbol: 'CWG-WSIS&SDG-35',
  date: '2026-02-04',
};

describe('the new meeting form', () => {
  it('accepts a title, a symbol and a day', () => {
    expect(newMeetingProblems(filled)).toEqual({});
  });

  it('says what is missing or wrong, field by field', () => {
    const problems = newMeetingProblems({ title: '  ', symbol: 'CWG 35', date: '2026-02-30' });
    expect(Object.keys(problems).sort()).toEqual(['date', 'symbol', 'title']);
    expect(problems.symbol).toMatch(/no spaces/);
    expect(newMeetingProblems({ ...filled, title: 'x'.repeat(201) }).title).toMatch(/At most 200/);
  });

  it('tidies what is sent', () => {
    expect(
      tidyNewMeeting({ title: '  CWG,   35th ', symbol: ' CWG-35 ', date: '2026-02-04' }),
    ).toEqual({
      title: 'CWG, 35th',
      symbol: 'CWG-35',
      date: '2026-02-04',
    });
  });

  it('knows real days from impossible ones', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('4 February')).toBe(false);
    expect(todayIso(new Date(2026, 0, 7))).toBe('2026-01-07');
  });
});

describe('the list of meetings', () => {
  it('puts coming meetings first, soonest first, then past ones, latest first', () => {
    const { upcoming, past } = arrangeMeetings(
      [
        meeting('a', '2019-09-25'),
        meeting('b', '2026-06-01'),
        meeting('c', '2026-02-04'),
        meeting('d', '2025-10-10'),
      ],
      '2026-02-04',
    );
    expect(upcoming.map((m) => m.id)).toEqual(['c', 'b']);
    expect(past.map((m) => m.id)).toEqual(['d', 'a']);
  });
});
