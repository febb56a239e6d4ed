import { storeTargets } from '@rapporteur/event-store/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { play, steps } from '../testing/random-script.js';
import { ScriptedDraft } from '../testing/scripted-draft.js';
import { compareFromTimeline, compareRevisions } from './compare.js';
import { DraftTimelines } from './timeline/draft-timelines.js';

describe.each(storeTargets())('diffs from the kept timeline on $name', (target) => {
  it('equal the diffs built from two loaded states, writers and deleters included', async () => {
    await fc.assert(
      fc.asyncProperty(steps, fc.nat(), fc.nat(), async (script, first, second) => {
        const fresh = await target.fresh();
        const timelines = new DraftTimelines(fresh.store);
        try {
          const draft = new ScriptedDraft(fresh.store, 'd');
          await play(draft, script);
          const head = (await fresh.store.head(draft.stream))?.revision ?? -1;
          const [from, to] = [first % (head + 1), second % (head + 1)].sort((a, b) => a - b) as [
            number,
            number,
          ];
          const range = { draftId: 'd', from, to };
          expect(await compareFromTimeline(timelines, range)).toEqual(
            await compareRevisions(fresh.store, range),
          );
        } finally {
          timelines.close();
          await fresh.cleanup();
        }
      }),
      { numRuns: target.name === 'postgres' ? 15 : 60 },
    );
  });
});
