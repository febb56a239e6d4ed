import { describe, expect, it } from 'vitest';

import { frozenNotice, momentInSentence } from './frozen-notice.js';
import { participantNames } from './participant-names.js';

const clock = { now: new Date('2026-03-12T12:00:00Z'), timeZone: 'UTC' };
const nameOf = participantNames([
  { personId: 'u-chair', name: 'Demo Chair', email: 'chair@example.org', role: 'chair' },
]);
const frozen = { versionId: 'v1', versionName: 'Final', at: '2026-03-12T10:42:00Z', by: 'u-chair' };

describe('the banner over a frozen draft', () => {
  it('says who froze it, at which version and when, and that the chair can reopen it', () => {
    expect(frozenNotice(frozen, { nameOf, clock, mayReopen: false })).toBe(
      'Frozen by Demo Chair at version “Final” on 12 Mar at 10:42. The chair can reopen it.',
    );
  });

  it('tells the chair where to reopen it', () => {
    expect(frozenNotice(frozen, { nameOf, clock, mayReopen: true })).toContain(
      'You can reopen it from the Versions tab.',
    );
  });

  it('names someone no longer in the meeting without their id', () => {
    expect(frozenNotice({ ...frozen, by: 'u-gone' }, { nameOf, clock, mayReopen: false })).toMatch(
      /^Frozen by a former participant /,
    );
  });

  it('writes a moment of another year with its year', () => {
    expect(momentInSentence('2019-09-25T09:00:00Z', clock)).toBe('25 Sep 2019 at 09:00');
  });
});
