import { storeTargets } from '@rapporteur/event-store/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { play, steps } from '../testing/random-script.js';
import { ScriptedDraft } from '../testing/scripted-draft.js';
import { authorsAt, authorsFromTimeline } from './authorship.js';
import { DraftTimelines } from './timeline/draft-timelines.js';

describe.each(storeTargets())('authorship from the kept timeline on $name', (target) => {
  it('equals authorship read from the loaded state, at any revision', async () => {
    await fc.assert(
      fc.asyncProperty(steps, fc.nat(), async (script, pick) => {
        const fresh = await target.fresh();
        const timelines = new DraftTimelines(fresh.store);
        try {
          const draft = new ScriptedDraft(fresh.store, 'd');
          await play(draft, script);
          const head = (await fresh.store.head(draft.stream))?.revision ?? -1;
          const at = { draftId: 'd', revision: pick % (head + 1) };
          expect(await authorsFromTimeline(timelines, at)).toEqual(
            await authorsAt(fresh.store, at),
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
