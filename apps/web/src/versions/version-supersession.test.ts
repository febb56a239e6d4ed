import { describe, expect, it } from 'vitest';

import { statusBadge } from './version-status.js';
import { supersession } from './version-supersession.js';

const version = (name: string, status: 'named' | 'approved' | 'frozen', draftRevision: number) => ({
  versionId: `v-${name}-${draftRevision}`,
  name,
  status,
  draftRevision,
  endorsements: [],
});

describe('a superseded version', () => {
  const original = version('Final', 'frozen', 40);
  const rev1 = version('Final Rev.1', 'approved', 55);

  it('is a frozen version after which another version was approved, named by it', () => {
    const versions = [original, rev1];
    expect(supersession(original, versions)).toEqual({ kind: 'version', name: 'Final Rev.1' });
    expect(statusBadge(original, supersession(original, versions)).label).toBe(
      'Superseded by “Final Rev.1”',
    );
  });

  it('is not the frozen version while nothing later was approved, even after a reopening', () => {
    const versions = [original, version('Working', 'named', 50)];
    expect(supersession(original, versions, 60)).toBeUndefined();
    expect(statusBadge(original, supersession(original, versions, 60)).label).toBe('Frozen');
  });

  it('is an approved version of a draft that has moved on', () => {
    const approved = version('Final', 'approved', 40);
    expect(supersession(approved, [approved], 41)).toEqual({ kind: 'edits' });
    expect(supersession(approved, [approved, version('Later', 'named', 45)])).toEqual({
      kind: 'edits',
    });
    expect(statusBadge(approved, { kind: 'edits' }).label).toBe('Superseded by later edits');
  });

  it('is never the latest approved version, nor one that was never approved', () => {
    expect(supersession(rev1, [original, rev1], 55)).toBeUndefined();
    const named = version('Draft', 'named', 30);
    expect(supersession(named, [named, rev1])).toBeUndefined();
    expect(statusBadge(rev1, supersession(rev1, [original, rev1])).label).toBe('Approved');
  });
});
