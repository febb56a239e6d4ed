import { describe, expect, it } from 'vitest';

import { defaultFrom, pointChoices } from './draft-points.js';
import type { EditEntry, SessionEntry } from './history-types.js';
import { revisionCaption } from './revision-caption.js';

const clock = { now: new Date('2026-11-28T18:00:00Z'), timeZone: 'UTC' };

function entry(fromRevision: number, toRevision: number, name: string): EditEntry {
  return {
    kind: 'edit',
    actor: name.toLowerCase(),
    name,
    role: 'secretariat',
    startedAt: '2026-11-28T14:03:00Z',
    endedAt: '2026-11-28T14:20:00Z',
    fromRevision,
    toRevision,
    updates: 3,
    inserted: 10,
    deleted: 0,
    sections: ['8.4.3.'],
  };
}

describe('the time-travel caption', () => {
  it('says which revision, when, and as whom it was left', () => {
    expect(
      revisionCaption(41, { head: 120, entry: entry(30, 41, 'Demo Secretariat'), clock }),
    ).toEqual({ title: 'Revision 41 of 120', detail: '28 Nov 14:20, as Demo Secretariat left it' });
  });

  it('says a revision in the middle of a burst was during it', () => {
    expect(revisionCaption(35, { head: 120, entry: entry(30, 41, 'Ana'), clock }).detail).toBe(
      'during the edits of Ana, 28 Nov 14:03–14:20',
    );
  });

  it('says only the revision when the loaded timeline does not reach it', () => {
    expect(revisionCaption(3, { head: undefined, entry: undefined, clock })).toEqual({
      title: 'Revision 3',
      detail: undefined,
    });
  });
});

describe('the points to compare', () => {
  const versions = [
    { versionId: 'v1', name: 'First reading', draftRevision: 12, status: 'named' },
    { versionId: 'v2', name: 'For the vice-chairs', draftRevision: 40, status: 'named' },
  ];
  const session = (fromRevision: number, toRevision: number, name: string): SessionEntry => ({
    ...entry(fromRevision, toRevision, name),
    kind: 'session',
    authors: [{ id: `p-${name}`, name, role: 'vice-chair' }],
    snippet: '',
    edits: [entry(fromRevision, toRevision, name)],
  });
  const sessions = [session(42, 50, 'Ana'), session(0, 0, 'Import')];
  const original = { revision: 0, name: 'Import', at: '2026-11-28T09:00:00.000Z' };

  it('offers the imported original, the versions newest first, and the draft after each session', () => {
    const choices = pointChoices({ sessions, versions, original, clock });
    expect(choices.original?.point).toEqual({ value: '0', label: 'the imported original' });
    expect(choices.versions.map((choice) => choice.point)).toEqual([
      { value: 'v2', label: 'version “For the vice-chairs”' },
      { value: 'v1', label: 'version “First reading”' },
    ]);
    expect(choices.sessions.map((choice) => choice.option)).toEqual([
      '28 Nov 14:20 · Ana · Rev. 50',
      '28 Nov 14:20 · Import · Rev. 0',
    ]);
  });

  it('starts from the latest version, else the imported original, else the oldest session', () => {
    expect(defaultFrom(pointChoices({ sessions, versions, original, clock }))?.value).toBe('v2');
    const noVersion = pointChoices({ sessions, versions: [], original, clock });
    expect(defaultFrom(noVersion)).toEqual({ value: '0', label: 'the imported original' });
    const typed = pointChoices({ sessions, versions: [], original: null, clock });
    expect(typed.original).toBeUndefined();
    expect(defaultFrom(typed)?.value).toBe('0');
    expect(
      defaultFrom(pointChoices({ sessions: [], versions: [], original: null, clock })),
    ).toBeUndefined();
  });
});
