import { describe, expect, it } from 'vitest';

import {
  parseDraftAuthors,
  parseDraftDiff,
  parseHistoryPage,
  parseVersion,
} from './history-parse.js';

const person = { id: 'p1', name: 'Demo Chair', role: 'chair', participant: true };
const edit = {
  kind: 'edit',
  actor: 'p1',
  name: 'Demo Chair',
  role: 'chair',
  startedAt: '2026-11-28T14:03:00Z',
  endedAt: '2026-11-28T14:05:00Z',
  fromRevision: 1,
  toRevision: 4,
  updates: 4,
  inserted: 30,
  deleted: 2,
  sections: ['8.4.3.'],
};
const session = {
  kind: 'session',
  startedAt: edit.startedAt,
  endedAt: edit.endedAt,
  fromRevision: 1,
  toRevision: 4,
  authors: [{ id: 'p1', name: 'Demo Chair', role: 'chair' }],
  sections: ['8.4.3.'],
  snippet: 'The chair thanked the team.',
  updates: 4,
  inserted: 30,
  deleted: 2,
  edits: [edit],
};
const meeting = {
  kind: 'meeting',
  type: 'VersionNamed',
  at: '2026-11-28T14:06:00Z',
  revision: 7,
  actor: 'p1',
  summary: 'named version “A” at revision 4',
};

describe('reading the history answers', () => {
  it('reads a page of sessions, leaving out kinds of items it does not know', () => {
    const page = parseHistoryPage({
      items: [session, meeting, { kind: 'comment', text: 'later' }],
      nextCursor: null,
      revision: 4,
      activity: [{ day: '2026-11-28', actor: 'p1', updates: 4, inserted: 30, deleted: 2 }],
      people: [person],
      original: { revision: 0, name: 'Demo Secretariat', at: '2026-11-28T09:00:00Z' },
    });
    expect(page?.items.map((item) => item.kind)).toEqual(['session', 'meeting']);
    expect(page?.items[0]).toEqual(session);
    expect(page?.people).toEqual([person]);
    expect(page?.original?.revision).toBe(0);
  });

  it('reads a page without an original as a draft that did not begin as an import', () => {
    const page = { items: [], nextCursor: null, revision: 4, activity: [], people: [] };
    expect(parseHistoryPage(page)?.original).toBeNull();
  });

  it('refuses an answer whose items are not what they say', () => {
    const broken = { ...session, toRevision: '4' };
    const page = { items: [broken], nextCursor: null, revision: 4, activity: [], people: [] };
    expect(parseHistoryPage(page)).toBeUndefined();
    expect(parseHistoryPage({ ...page, items: [], nextCursor: 3 })).toBeUndefined();
  });

  it('reads a diff: its sections, counts and HTML', () => {
    const answer = {
      from: 0,
      to: 4,
      diff: {
        changes: [],
        sections: [
          { section: '8.4.3.', kinds: ['changed'], authors: ['p1'] },
          { section: '8.6.', previousSection: '8.5.', kinds: ['moved'], authors: [] },
        ],
        stats: { insertedCharacters: 30, deletedCharacters: 2, changedBlocks: 2 },
      },
      html: '<div class="document-diff"></div>',
      people: [person],
    };
    expect(parseDraftDiff(answer)?.diff.sections[1]).toEqual({
      section: '8.6.',
      previousSection: '8.5.',
      kinds: ['moved'],
      authors: [],
    });
    const unknownKind = { section: '1.', kinds: ['rewritten'], authors: [] };
    expect(
      parseDraftDiff({ ...answer, diff: { ...answer.diff, sections: [unknownKind] } }),
    ).toBeUndefined();
  });

  it('reads who wrote the runs of each block, and the versions', () => {
    const authors = parseDraftAuthors({
      revision: 4,
      blocks: [
        {
          type: 'numberedParagraph',
          section: '1.',
          level: 1,
          runs: [{ text: 'Intro', author: null }],
        },
      ],
      people: [person],
    });
    expect(authors?.blocks[0]).toEqual({
      type: 'numberedParagraph',
      section: '1.',
      level: 1,
      runs: [{ text: 'Intro', author: null }],
    });
    expect(
      parseVersion({
        versionId: 'v1',
        name: 'A',
        draftRevision: 4,
        status: 'named',
        chainHash: 'x',
      }),
    ).toEqual({ versionId: 'v1', name: 'A', draftRevision: 4, status: 'named' });
  });
});
