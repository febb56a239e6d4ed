import { describe, expect, it } from 'vitest';

import { formatMeetingDate, parseMeeting, parseSummary } from './meeting-api.js';

const heading = {
  id: 'm1',
  title: 'CWG, 35th meeting',
  symbol: 'CWG-WSIS&SDG-35',
  date: '2026-02-04',
};

describe('reading meetings from the server', () => {
  it('reads a meeting with its participants and documents', () => {
    const meeting = parseMeeting({
      ...heading,
      role: 'secretariat',
      participants: [
        { personId: 'u1', name: 'Janet Umutesi', email: 'j@example.org', role: 'chair' },
      ],
      documents: [
        {
          documentId: 'd1',
          symbol: 'S19-CWGWSIS34-C-0001',
          title: 'Report',
          source: 'Secretariat',
          revision: 4,
          label: 'S19-CWGWSIS34-C-0001 Rev.4',
        },
      ],
    });
    expect(meeting?.role).toBe('secretariat');
    expect(meeting?.participants.map((p) => p.role)).toEqual(['chair']);
    expect(meeting?.documents[0]?.label).toBe('S19-CWGWSIS34-C-0001 Rev.4');
  });

  it('reads the version under review, and none from a server that does not say', () => {
    expect(parseMeeting({ ...heading, role: 'chair', underReview: 'v7' })?.underReview).toBe('v7');
    expect(parseMeeting({ ...heading, role: 'chair', underReview: null })?.underReview).toBeNull();
    expect(parseMeeting({ ...heading, role: 'chair' })?.underReview).toBeNull();
  });

  it('reads an administrator who is not a participant, and an unknown role, as no role', () => {
    expect(parseSummary({ ...heading, role: null })?.role).toBeNull();
    expect(parseSummary({ ...heading, role: 'rapporteur-general' })?.role).toBeNull();
  });

  it('reads the document label, its revision and the seal of a frozen draft', () => {
    const frozen = { versionId: 'v1', versionName: 'Final', at: '2026-03-12T10:00:00Z', by: 'u1' };
    const meeting = parseMeeting({
      ...heading,
      role: 'chair',
      documentLabel: 'CWG-WSIS&SDG-35 Rev.1',
      documentRevision: 1,
      frozen,
    });
    expect(meeting).toMatchObject({ documentLabel: 'CWG-WSIS&SDG-35 Rev.1', documentRevision: 1 });
    expect(meeting?.frozen).toEqual(frozen);
  });

  it('reads a meeting without versions as the original, not frozen, and refuses a broken seal', () => {
    expect(parseMeeting({ ...heading, role: 'chair' })).toMatchObject({
      documentLabel: 'CWG-WSIS&SDG-35',
      documentRevision: 0,
      frozen: null,
      reopened: null,
    });
    expect(
      parseMeeting({ ...heading, role: 'chair', frozen: { versionId: 'v1' } }),
    ).toBeUndefined();
  });

  it('refuses a meeting with a participant it cannot read', () => {
    expect(
      parseMeeting({
        ...heading,
        role: 'chair',
        participants: [{ personId: 'u1', role: 'chair' }],
      }),
    ).toBeUndefined();
    expect(parseMeeting({ title: 'No id' })).toBeUndefined();
  });

  it('dates a meeting the way the reports do', () => {
    expect(formatMeetingDate('2019-09-25')).toBe('25 September 2019');
    expect(formatMeetingDate('September')).toBe('September');
  });
});
