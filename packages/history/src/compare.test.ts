import { storeTargets } from '@rapporteur/event-store/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlayedDraft } from '../testing/played-draft.js';
import { steps } from '../testing/random-script.js';
import { compareFromTimeline, compareRevisions } from './compare.js';

describe.each(storeTargets())('diffs from the kept timeline on $name', (target) => {
  it('equal the diffs built from two loaded states, writers and deleters included', async () => {
    await fc.assert(
      fc.asyncProperty(steps, fc.nat(), fc.nat(), (script, first, second) =>
        checkPlayedDraft(target, script, async ({ store, timelines, head }) => {
          const [from, to] = [first % (head + 1), second % (head + 1)].sort((a, b) => a - b) as [
            number,
            number,
          ];
          const range = { draftId: 'd', from, to };
          expect(await compareFromTimeline(timelines, range)).toEqual(
            await compareRevisions(store, range),
          );
        }),
      ),
      { numRuns: target.name === 'postgres' ? 15 : 60 },
    );
  });
});
