import { describe, expect, it } from 'vitest';

import type { EditEntry, MeetingItem } from './history-types.js';
import { appendPage, entryAt, mergeTimeline } from './timeline-merge.js';

function edit(fromRevision: number, toRevision: number): EditEntry {
  return {
    kind: 'edit',
    actor: 'a',
    name: 'A',
    role: 'chair',
    startedAt: '2026-11-28T10:00:00Z',
    endedAt: '2026-11-28T10:05:00Z',
    fromRevision,
    toRevision,
    updates: 1,
    inserted: 1,
    deleted: 0,
    sections: [],
  };
}

const event = (revision: number): MeetingItem => ({
  kind: 'meeting',
  type: 'VersionNamed',
  at: '2026-11-28T10:00:00Z',
  revision,
  actor: 'a',
  summary: 'named a version',
});

describe('the timeline as it grows', () => {
  it('takes the fresh first page, with an entry that went on replacing its older self', () => {
    const loaded = { items: [edit(10, 12), event(3)], nextCursor: null };
    const fresh = { items: [edit(10, 20), event(3)], nextCursor: null };
    expect(mergeTimeline(loaded, fresh)).toEqual(fresh);
  });

  it('keeps the pages loaded below the first, and their cursor', () => {
    const loaded = { items: [edit(10, 12), edit(5, 9), edit(0, 4)], nextCursor: 'after-0' };
    const fresh = { items: [edit(13, 15), edit(10, 12)], nextCursor: 'after-10' };
    expect(mergeTimeline(loaded, fresh)).toEqual({
      items: [edit(13, 15), edit(10, 12), edit(5, 9), edit(0, 4)],
      nextCursor: 'after-0',
    });
  });

  it('appends a page without repeating what the list shows already', () => {
    const loaded = { items: [edit(13, 15), edit(10, 12)], nextCursor: 'after-10' };
    const page = { items: [edit(10, 12), edit(5, 9)], nextCursor: null };
    expect(appendPage(loaded, page)).toEqual({
      items: [edit(13, 15), edit(10, 12), edit(5, 9)],
      nextCursor: null,
    });
  });

  it('finds the entry that made a revision', () => {
    const items = [edit(13, 15), event(4), edit(5, 9)];
    expect(entryAt(items, 14)?.fromRevision).toBe(13);
    expect(entryAt(items, 9)?.fromRevision).toBe(5);
    expect(entryAt(items, 11)).toBeUndefined();
  });
});
