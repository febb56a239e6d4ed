import { describe, expect, it } from 'vitest';

import { defaultFrom, pointChoices } from './draft-points.js';
import type { EditEntry } from './history-types.js';
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
  const entries = [entry(42, 50, 'Ana'), entry(0, 0, 'Import')];

  it('offers the versions, newest first, and the draft after each edit', () => {
    const choices = pointChoices({ entries, versions, clock });
    expect(choices.versions.map((choice) => choice.point)).toEqual([
      { value: 'v2', label: 'version “For the vice-chairs”' },
      { value: 'v1', label: 'version “First reading”' },
    ]);
    expect(choices.edits.map((choice) => choice.option)).toEqual([
      'Rev. 50 · 28 Nov 14:20 · Ana',
      'Rev. 0 · 28 Nov 14:20 · Import',
    ]);
  });

  it('starts from the latest version, else from the oldest edit loaded', () => {
    expect(defaultFrom(pointChoices({ entries, versions, clock }))?.value).toBe('v2');
    expect(defaultFrom(pointChoices({ entries, versions: [], clock }))?.value).toBe('0');
    expect(defaultFrom(pointChoices({ entries: [], versions: [], clock }))).toBeUndefined();
  });
});
