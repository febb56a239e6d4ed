import { draftStream, DRAFT_UPDATED } from '@rapporteur/draft-log';
import { DRAFT_FIELD } from '@rapporteur/editor-schema';
import { storeTargets } from '@rapporteur/event-store/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkPlayedDraft } from '../testing/played-draft.js';
import { steps } from '../testing/random-script.js';
import { authorsAt, authorsFromTimeline } from './authorship.js';
import { DraftTimelines } from './timeline/draft-timelines.js';

describe.each(storeTargets())('authorship from the kept timeline on $name', (target) => {
  it('equals authorship read from the loaded state, at any revision', async () => {
    await fc.assert(
      fc.asyncProperty(steps, fc.nat(), (script, pick) =>
        checkPlayedDraft(target, script, async ({ store, timelines, head }) => {
          const at = { draftId: 'd', revision: pick % (head + 1) };
          expect(await authorsFromTimeline(timelines, at)).toEqual(await authorsAt(store, at));
        }),
      ),
      { numRuns: target.name === 'postgres' ? 15 : 60 },
    );
  });
  it('agrees with the timeline on a draft that does not fit the schema, and on one emptied', async () => {
    const fresh = await target.fresh();
    const timelines = new DraftTimelines(fresh.store);
    try {
      const writer = new Y.Doc();
      const fragment = writer.getXmlFragment(DRAFT_FIELD);
      const edits = [
        () => {
          const block = new Y.XmlElement('section');
          block.insert(0, [new Y.XmlText('Inside an unknown node')]);
          fragment.insert(0, [block, new Y.XmlText('Loose text')]);
        },
        () => {
          const block = new Y.XmlElement('numberedParagraph');
          block.setAttribute('level', 'two');
          block.insert(0, [new Y.XmlText('A point')]);
          fragment.insert(2, [block]);
        },
        () => {
          fragment.delete(0, fragment.length);
        },
      ];
      for (const edit of edits) {
        const before = Y.encodeStateVector(writer);
        edit();
        const payload = Y.encodeStateAsUpdate(writer, before);
        const metadata = { actor: 'p1', clients: [writer.clientID] };
        await fresh.store.append(draftStream('d'), [{ type: DRAFT_UPDATED, payload, metadata }]);
      }
      for (const revision of [0, 1, 2]) {
        const at = { draftId: 'd', revision };
        const loaded = await authorsAt(fresh.store, at);
        expect(await authorsFromTimeline(timelines, at)).toEqual(loaded);
        expect(loaded.blocks.map((block) => block.type)).not.toContain('section');
      }
    } finally {
      timelines.close();
      await fresh.cleanup();
    }
  });
});
