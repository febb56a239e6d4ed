import { describe, expect, it } from 'vitest';

import {
  characterChange,
  formatDay,
  formatMoment,
  formatRange,
  sectionName,
  sectionsInBrief,
} from './history-format.js';

const clock = { now: new Date('2026-11-28T18:00:00Z'), timeZone: 'UTC' };

describe('formatMoment', () => {
  it('writes day, month and time, with the year only when it is not this one', () => {
    expect(formatMoment('2026-11-28T14:03:59Z', clock)).toBe('28 Nov 14:03');
    expect(formatMoment('2019-09-25T09:00:00Z', clock)).toBe('25 Sep 2019 09:00');
  });

  it('reads the time in the given zone', () => {
    const zurich = { ...clock, timeZone: 'Europe/Zurich' };
    expect(formatMoment('2026-11-28T23:30:00Z', zurich)).toBe('29 Nov 00:30');
  });

  it('leaves a text that is no time as it is', () => {
    expect(formatMoment('soon', clock)).toBe('soon');
  });
});

describe('formatRange', () => {
  it('writes a burst within a day once, with both times', () => {
    const range = { start: '2026-11-28T14:03:00Z', end: '2026-11-28T14:20:00Z' };
    expect(formatRange(range, clock)).toBe('28 Nov 14:03–14:20');
  });

  it('writes one moment for a burst within a minute', () => {
    const range = { start: '2026-11-28T14:03:05Z', end: '2026-11-28T14:03:50Z' };
    expect(formatRange(range, clock)).toBe('28 Nov 14:03');
  });

  it('writes both moments in full across days', () => {
    const range = { start: '2026-11-27T23:50:00Z', end: '2026-11-28T00:10:00Z' };
    expect(formatRange(range, clock)).toBe('27 Nov 23:50 – 28 Nov 00:10');
  });
});

describe('sections and sizes', () => {
  it('names a section as a reader writes it', () => {
    expect(sectionName('8.4.3.')).toBe('§8.4.3');
    expect(formatDay('2026-11-08')).toBe('8 Nov');
  });

  it('keeps a long list of sections to one line, with the whole list aside', () => {
    expect(sectionsInBrief(['8.4.3.', '8.5.'])).toEqual({
      text: '§8.4.3, §8.5',
      all: '§8.4.3, §8.5',
    });
    expect(sectionsInBrief(['1.', '2.', '3.', '4.']).text).toBe('§1, §2, §3, §4');
    const many = Array.from({ length: 77 }, (_, index) => `${index + 1}.`);
    expect(sectionsInBrief(many).text).toBe('§1, §2, §3 and 74 more');
    expect(sectionsInBrief(many).all).toContain('§77');
  });

  it('counts characters inserted and deleted, leaving out a side that is zero', () => {
    expect(characterChange(123, 45).text).toBe('+123 \u221245 characters');
    expect(characterChange(1234, 0)).toEqual({ inserted: '+1,234', text: '+1,234 characters' });
    expect(characterChange(0, 1)).toEqual({ deleted: '\u22121', text: '\u22121 character' });
    expect(characterChange(0, 0).text).toBe('no change to the text');
  });
});
