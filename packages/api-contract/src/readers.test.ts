import { describe, expect, it } from 'vitest';

import { ID_PATTERN, isMeetingId, MeetingParams } from './ids.js';
import { HistoryPageReader, MeetingReader, UserReader } from './readers.js';
import { readerOf } from './read.js';

const readPage = readerOf(HistoryPageReader);
const page = { nextCursor: null, revision: 4, activity: [], people: [] };
// A meeting step of the timeline, as the server writes one.
const meeting = { kind: 'meeting', type: 'VersionNamed', at: 'x', revision: 7 } as const;
const namedVersion = { ...meeting, actor: 'p1', summary: 'named a version' };

describe('the ids', () => {
  it('accepts readable ids and UUIDs, and refuses what would not fit in a path', () => {
    expect(['demo', 'cwg-34', '0a26d2d2-e897-4df3-81be-857fa8928739'].every(isMeetingId)).toBe(
      true,
    );
    expect(['', 'a b', 'x'.repeat(65), '../x'].some((id) => ID_PATTERN.test(id))).toBe(false);
    expect(MeetingParams.safeParse({ meetingId: 'a/b' }).error?.issues[0]?.message).toBe(
      'a meeting id is 1 to 64 letters, digits, "-" or "_"',
    );
  });
});

describe('reading answers as a client', () => {
  it('leaves out timeline items of kinds it does not know, but refuses a known one it cannot read', () => {
    expect(
      readPage({ ...page, items: [namedVersion, { kind: 'comment' }, { text: 'no kind' }] })?.items,
    ).toEqual([namedVersion]);
    expect(readPage({ ...page, items: [{ ...namedVersion, revision: '7' }] })).toBeUndefined();
    expect(readPage({ ...page, items: [[]] })).toBeUndefined();
  });

  it('reads a meeting from a server before versions as the original draft, never frozen', () => {
    const read = readerOf(MeetingReader)({
      id: 'm',
      title: 't',
      symbol: 'S-1',
      date: 'd',
      role: 'rapporteur',
    });
    expect(read).toMatchObject({
      role: null,
      participants: [],
      documentLabel: 'S-1',
      documentRevision: 0,
      frozen: null,
    });
  });
});

describe('reading the account and the people of a history', () => {
  it('reads a missing flag as false, and who may create meetings from it', () => {
    expect(readerOf(UserReader)({ id: 'u', email: 'e', name: 'n' })).toEqual({
      id: 'u',
      email: 'e',
      name: 'n',
      admin: false,
      mayCreateMeetings: false,
    });
    const person = { id: 'p', name: 'n', role: 'system' };
    expect(readPage({ ...page, items: [], people: [person] })?.people).toEqual([
      { ...person, participant: true },
    ]);
  });
});
