import { storeTargets, type TestStore } from '@rapporteur/event-store/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScriptedDraft } from '../testing/scripted-draft.js';
import { authorsAt } from './authorship.js';
import { compareRevisions } from './compare.js';
import { InvalidRangeError } from './errors.js';
import { DraftTimeline } from './timeline/draft-timeline.js';

const chair = { id: 'p-chair', name: 'Ms Chair', role: 'chair' };
const vice = { id: 'p-vice', name: 'Mr Vice', role: 'vice-chair' };
const secretariat = { id: 'p-sec', name: 'Ms Secretariat', role: 'secretariat' };

const START = Date.parse('2026-03-02T09:00:00Z');
const minutes = (n: number) => n * 60_000;

describe.each(storeTargets())('a scripted session on $name', (target) => {
  let testStore: TestStore;
  let now = START;
  let draft: ScriptedDraft;
  /** The revision at which the chair had written the skeleton: the "first version". */
  let skeleton: number;

  beforeEach(async () => {
    now = START;
    testStore = await target.fresh({ clock: () => new Date(now) });
    draft = new ScriptedDraft(testStore.store, 'session');
    const chairWriter = draft.writer(chair);
    const lines: [number, string][] = [
      [1, 'Opening'],
      [2, 'The chair opened the meeting.'],
      [1, 'Contributions'],
      [2, 'Document C-0001 was presented.'],
      [1, 'Next meeting'],
      [2, 'The group will meet in May.'],
    ];
    for (const [index, [level, text]] of lines.entries()) {
      now = START + index * 1000;
      skeleton = await chairWriter.addParagraph(index, { text, level });
    }
    now = START + minutes(10);
    await draft.writer(secretariat).type({ block: 3, offset: 30 }, ' Rev.4');
    now = START + minutes(11);
    await draft
      .writer(vice)
      .addParagraph(6, { text: 'The secretariat will circulate the report.', level: 2 });
    now = START + minutes(12);
    await chairWriter.erase({ block: 1, offset: 16 }, 12); // "The chair opened the meeting." -> "The chair opened."
    now = START + minutes(20);
    await chairWriter.type({ block: 5, offset: 27 }, ' Or June.');
  });

  afterEach(async () => {
    await testStore.cleanup();
  });

  it('compares two revisions naming exactly the sections changed and who changed them', async () => {
    const head = (await testStore.store.head(draft.stream))?.revision ?? -1;
    const diff = await compareRevisions(testStore.store, {
      draftId: 'session',
      from: skeleton,
      to: head,
    });
    const summary = diff.sections.map(({ section, kinds, authors }) => ({
      section,
      kinds,
      authors,
    }));
    expect(summary).toEqual([
      { section: '1.1.', kinds: ['changed'], authors: ['p-chair'] },
      { section: '2.1.', kinds: ['changed'], authors: ['p-sec'] },
      { section: '3.1.', kinds: ['changed'], authors: ['p-chair'] },
      { section: '3.2.', kinds: ['added'], authors: ['p-vice'] },
    ]);
    const deletion = diff.changes.find((change) => change.section === '1.1.');
    expect(deletion?.words?.filter((word) => word.op === 'delete')).toEqual([
      expect.objectContaining({ text: expect.stringContaining('the meeting') as unknown }),
    ]);
  });

  it('tells between the secretariat edit alone only that one', async () => {
    const diff = await compareRevisions(testStore.store, {
      draftId: 'session',
      from: skeleton,
      to: skeleton + 1,
    });
    expect(diff.sections).toEqual([
      expect.objectContaining({ section: '2.1.', kinds: ['changed'], authors: ['p-sec'] }),
    ]);
  });

  it('refuses a range whose start comes after its end', async () => {
    await expect(
      compareRevisions(testStore.store, { draftId: 'session', from: 3, to: 1 }),
    ).rejects.toThrow(InvalidRangeError);
  });

  it('attributes every run of the text to the person who wrote it', async () => {
    const { blocks } = await authorsAt(testStore.store, { draftId: 'session' });
    const contribution = blocks.find((block) => block.section === '2.1.');
    expect(contribution?.runs).toEqual([
      { text: 'Document C-0001 was presented.', author: 'p-chair' },
      { text: ' Rev.4', author: 'p-sec' },
    ]);
    expect(blocks.find((block) => block.section === '3.2.')?.runs).toEqual([
      { text: 'The secretariat will circulate the report.', author: 'p-vice' },
    ]);
    const before = await authorsAt(testStore.store, { draftId: 'session', revision: skeleton });
    expect(before.blocks.map((block) => block.section)).toEqual([
      '1.',
      '1.1.',
      '2.',
      '2.1.',
      '3.',
      '3.1.',
    ]);
  });

  it('groups the edits into entries per person and pause, newest first', async () => {
    const timeline = new DraftTimeline(testStore.store, 'session');
    try {
      await timeline.catchUp();
      const entries = timeline.entries().map((entry) => ({
        actor: entry.actor,
        revisions: [entry.fromRevision, entry.toRevision],
        inserted: entry.inserted,
        deleted: entry.deleted,
        sections: entry.sections,
      }));
      expect(entries).toEqual([
        { actor: 'p-chair', revisions: [9, 9], inserted: 9, deleted: 0, sections: ['3.1.'] },
        { actor: 'p-chair', revisions: [8, 8], inserted: 0, deleted: 12, sections: ['1.1.'] },
        { actor: 'p-vice', revisions: [7, 7], inserted: 42, deleted: 0, sections: ['3.2.'] },
        { actor: 'p-sec', revisions: [6, 6], inserted: 6, deleted: 0, sections: ['2.1.'] },
        {
          actor: 'p-chair',
          revisions: [0, 5],
          inserted: 118,
          deleted: 0,
          sections: ['1.', '1.1.', '2.', '2.1.', '3.', '3.1.'],
        },
      ]);
    } finally {
      timeline.destroy();
    }
  });
});
