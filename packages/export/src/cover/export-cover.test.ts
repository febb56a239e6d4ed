import { describe, expect, it } from 'vitest';

import { exampleCover, FINGERPRINT } from '../../testing/index.js';
import { coverFields, shortFingerprint } from './export-cover.js';

describe('coverFields', () => {
  it('lists the fields in the order every format prints them, the fingerprint last and in full', () => {
    expect(coverFields(exampleCover()).map(({ label, value }) => [label, value])).toEqual([
      ['Document', 'S19-CWGWSIS34-C-0001 Rev.1'],
      ['Meeting date', '25 September 2019'],
      ['Status', 'Approved'],
      ['Approved by', 'Vladimir Minkin'],
      ['Approved at', '26 September 2019, 10:15 UTC'],
      ['Version', 'Text approved by the Chairman'],
      ['Draft revision', '1834'],
      ['Fingerprint', FINGERPRINT],
    ]);
    expect(coverFields(exampleCover()).filter((field) => field.monospace)).toHaveLength(1);
  });

  it('leaves out the approval lines of a version nobody approved', () => {
    const draft = exampleCover({
      status: 'Draft (not approved)',
      approvedBy: undefined,
      approvedAt: undefined,
    });
    const labels = coverFields(draft).map((field) => field.label);
    expect(labels).not.toContain('Approved by');
    expect(labels).not.toContain('Approved at');
    expect(coverFields(draft).find((field) => field.label === 'Status')?.value).toBe(
      'Draft (not approved)',
    );
  });
});

describe('shortFingerprint', () => {
  it('keeps the first 12 hex digits and marks the cut', () => {
    expect(shortFingerprint(FINGERPRINT)).toBe('9f86d081884c…');
    expect(shortFingerprint('abc')).toBe('abc');
  });
});
