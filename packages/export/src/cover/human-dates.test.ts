import { describe, expect, it } from 'vitest';

import { humanTime, languageName, longDate } from './human-dates.js';

describe('human dates', () => {
  it('prints a meeting date in long form', () => {
    expect(longDate('2019-09-25')).toBe('25 September 2019');
    expect(longDate('2020-02-03')).toBe('3 February 2020');
  });

  it('prints text that is not an ISO date as given', () => {
    expect(longDate('late September')).toBe('late September');
  });

  it('prints an instant in the meeting’s time zone, never as an ISO timestamp', () => {
    expect(humanTime('2019-09-26T10:15:00Z', 'Europe/Zurich')).toBe(
      '26 September 2019, 12:15 CEST',
    );
    expect(humanTime('2019-12-31T23:30:00Z', 'Asia/Tokyo')).toBe('1 January 2020, 08:30 GMT+9');
    expect(humanTime('2019-09-26T10:15:00Z')).toBe('26 September 2019, 10:15 UTC');
  });

  it('falls back to UTC for a zone it does not know', () => {
    expect(humanTime('2019-09-26T10:15:00Z', 'Mars/Olympus')).toBe('26 September 2019, 10:15 UTC');
  });

  it('names the draft’s language in English', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('fr')).toBe('French');
  });
});
