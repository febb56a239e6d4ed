import type { EventStore } from '@rapporteur/event-store';
import type { StoreTarget } from '@rapporteur/event-store/testing';
import { DraftTimelines } from '../src/timeline/draft-timelines.js';
import { play, type Step } from './random-script.js';
import { ScriptedDraft } from './scripted-draft.js';

/** Draft 'd' after a script was played on it, in a store of its own. */
export interface PlayedDraft {
  readonly store: EventStore;
  /** Timelines over `store`, to compare with what the store's loaded states say. */
  readonly timelines: DraftTimelines;
  /** The revision of the draft's last event (-1 if the script stored none). */
  readonly head: number;
}

/**
 * Plays `script` on draft 'd' of a fresh store of `target`, hands the result to `check`, then
 * closes the timelines and removes the store: one run of a property test over random sessions.
 */
export async function checkPlayedDraft(
  target: StoreTarget,
  script: readonly Step[],
  check: (played: PlayedDraft) => Promise<void>,
): Promise<void> {
  const fresh = await target.fresh();
  const timelines = new DraftTimelines(fresh.store);
  try {
    const draft = new ScriptedDraft(fresh.store, 'd');
    await play(draft, script);
    const head = (await fresh.store.head(draft.stream))?.revision ?? -1;
    await check({ store: fresh.store, timelines, head });
  } finally {
    timelines.close();
    await fresh.cleanup();
  }
}
