import { describe, expect, it } from 'vitest';
import type { EditEntry } from './edit-entry.js';
import { groupSessions, SESSION_PAUSE_MS } from './sessions.js';

const START = Date.parse('2026-12-07T10:00:00.000Z');
let revision = 0;

/** An entry by `actor` at `minute` (after 10:00) lasting a few seconds, in `sections`. */
function edit(
  actor: string,
  minute: number,
  where: { sections: string[]; written?: string; removed?: string },
): EditEntry {
  const { sections, ...text } = where;
  const from = revision;
  revision += 3;
  return {
    kind: 'edit',
    actor,
    name: `Ms ${actor}`,
    role: 'vice-chair',
    startedAt: new Date(START + minute * 60_000).toISOString(),
    endedAt: new Date(START + minute * 60_000 + 5_000).toISOString(),
    fromRevision: from,
    toRevision: from + 2,
    updates: 3,
    inserted: text.written?.length ?? 0,
    deleted: text.removed?.length ?? 0,
    sections,
    written: text.written ?? '',
    removed: text.removed ?? '',
  };
}

const shape = (entries: EditEntry[]) =>
  groupSessions(entries).map(
    (s) => `${s.actor} ${s.fromRevision}-${s.toRevision} ${s.edits.length}`,
  );

describe('grouping edits into sessions', () => {
  it('keeps one person typing with short pauses in one session', () => {
    revision = 0;
    const entries = [0, 2, 4, 8].map((minute) => edit('ana', minute, { sections: ['8.2.'] }));
    expect(shape(entries)).toEqual(['ana 0-11 4']);
  });

  it('starts a new session after a pause of five minutes', () => {
    revision = 0;
    const entries = [
      edit('ana', 0, { sections: ['8.2.'] }),
      edit('ana', 5.2, { sections: ['8.2.'] }),
    ];
    expect(SESSION_PAUSE_MS).toBe(300_000);
    expect(shape(entries)).toEqual(['ana 0-2 1', 'ana 3-5 1']);
  });

  it('keeps people writing in different sections at once in one session each', () => {
    revision = 0;
    const entries = [];
    for (let minute = 0; minute < 10; minute++) {
      entries.push(
        edit('ana', minute, { sections: ['8.2.'] }),
        edit('ben', minute + 0.2, { sections: ['9.1.'] }),
      );
      entries.push(edit('cyd', minute + 0.4, { sections: [] }));
    }
    expect(shape(entries)).toEqual(['ana 0-83 10', 'ben 3-86 10', 'cyd 6-89 10']);
  });

  it('ends a session when someone else edits a section it touched', () => {
    revision = 0;
    const entries = [
      edit('ana', 0, { sections: ['8.2.', '8.3.'] }),
      edit('ben', 1, { sections: ['8.3.'] }),
      edit('ana', 2, { sections: ['8.2.'] }),
    ];
    expect(shape(entries)).toEqual(['ana 0-2 1', 'ben 3-5 1', 'ana 6-8 1']);
  });

  it('lists each section once and gives a snippet of what was written, or else removed', () => {
    revision = 0;
    const [written] = groupSessions([
      edit('ana', 0, { sections: ['8.2.'], written: 'The chair   thanked\n' }),
      edit('ana', 1, { sections: ['8.3.', '8.2.'], written: 'the secretariat.', removed: 'x' }),
    ]);
    expect(written?.sections).toEqual(['8.2.', '8.3.']);
    expect(written?.snippet).toBe('The chair thanked the secretariat.');
    expect(written?.inserted).toBe(36);
    const [removal] = groupSessions([
      edit('ben', 0, { sections: ['9.1.'], removed: 'an old line' }),
    ]);
    expect(removal?.snippet).toBe('removed “an old line”');
  });

  it('cuts a long snippet short', () => {
    revision = 0;
    const [session] = groupSessions([
      edit('ana', 0, { sections: [], written: 'word '.repeat(60) }),
    ]);
    expect(session?.snippet.length).toBe(120);
    expect(session?.snippet.endsWith('…')).toBe(true);
  });
});
