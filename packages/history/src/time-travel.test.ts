import { writeSnapshot } from '@rapporteur/draft-log';
import { storeTargets } from '@rapporteur/event-store/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ScriptedDraft } from '../testing/scripted-draft.js';
import { play, steps } from '../testing/random-script.js';
import { RevisionNotFoundError } from './errors.js';
import { draftAt, readDraftAt, tiptapJson } from './time-travel.js';
import { DraftTimeline } from './timeline/draft-timeline.js';

const chair = { id: 'p-chair', name: 'Ms Chair', role: 'chair' };

/** The draft at `revision` the slow, certain way: every event from the first, into a fresh doc. */
async function replayed(draft: ScriptedDraft, revision: number): Promise<unknown> {
  const doc = new Y.Doc();
  const events = await draft.store.readStream(draft.stream, { to: revision });
  for (const event of events) if (event.payload !== null) Y.applyUpdate(doc, event.payload);
  const json = tiptapJson(doc);
  doc.destroy();
  return json;
}

describe.each(storeTargets())('time travel on $name', (target) => {
  it('gives at revision r what replaying events 0..r gives, with and without snapshots', async () => {
    await fc.assert(
      fc.asyncProperty(
        steps,
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 3 }),
        async (script, pick, snapshotPicks) => {
          const fresh = await target.fresh();
          const { store } = fresh;
          try {
            const draft = new ScriptedDraft(store, 'd1');
            await play(draft, script);
            const head = (await store.head(draft.stream))?.revision ?? -1;
            const revision = pick % (head + 1);
            const expected = await replayed(draft, revision);
            const bare = await draftAt(store, 'd1', revision);
            expect(tiptapJson(bare.doc)).toEqual(expected);
            bare.doc.destroy();
            for (const snapshotPick of snapshotPicks)
              await writeSnapshot(store, draft.stream, snapshotPick % (head + 1));
            const withSnapshots = await draftAt(store, 'd1', revision);
            expect(tiptapJson(withSnapshots.doc)).toEqual(expected);
            withSnapshots.doc.destroy();
            // The timeline's one document, read through a Yjs snapshot of that revision.
            const timeline = new DraftTimeline(store, 'd1');
            await timeline.catchUp();
            expect(timeline.documentAt(revision)).toEqual(expected);
            expect(timeline.documentAt(head)).toEqual(await replayed(draft, head));
            timeline.destroy();
          } finally {
            await fresh.cleanup();
          }
        },
      ),
      { numRuns: target.name === 'postgres' ? 15 : 40 },
    );
  });

  it('renders the draft at a revision as JSON and as numbered HTML', async () => {
    const fresh = await target.fresh();
    const { store } = fresh;
    try {
      const draft = new ScriptedDraft(store, 'd2');
      const writer = draft.writer(chair);
      await writer.addParagraph(0, { text: 'Opening of the meeting', level: 1 });
      await writer.addParagraph(1, { text: 'The chair welcomed the members.', level: 2 });
      await writer.type({ block: 1, offset: 31 }, ' Then she left.');
      const early = await readDraftAt(store, { draftId: 'd2', revision: 1 });
      expect(early.revision).toBe(1);
      expect(early.html).toContain('<span class="paragraph-number">1.1.</span>');
      expect(early.html).toContain('The chair welcomed the members.</p>');
      const head = await readDraftAt(store, { draftId: 'd2' });
      expect(head.revision).toBe(2);
      expect(head.html).toContain('Then she left.');
    } finally {
      await fresh.cleanup();
    }
  });

  it('refuses a revision the draft does not have, naming the range it has', async () => {
    const fresh = await target.fresh();
    const { store } = fresh;
    try {
      const draft = new ScriptedDraft(store, 'd3');
      await draft.writer(chair).addParagraph(0, { text: 'One', level: 1 });
      await expect(draftAt(store, 'd3', 5)).rejects.toThrow(RevisionNotFoundError);
      await expect(draftAt(store, 'd3', -1)).rejects.toThrow(/run from 0 to 0/);
      await expect(draftAt(store, 'empty', 0)).rejects.toThrow(/nothing has been written/);
    } finally {
      await fresh.cleanup();
    }
  });
});
