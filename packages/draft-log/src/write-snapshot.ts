import type { EventStore } from '@rapporteur/event-store';
import * as Y from 'yjs';
import { encodeDraftSnapshot } from './draft-snapshot.js';
import { loadDraft } from './load-draft.js';

/**
 * Writes a snapshot of the stored events up to `revision`, built by replaying them into a fresh
 * document: never from a live room, which may hold what is not yet stored. Resolves with the
 * size of the draft's Yjs state in bytes, before the snapshot compresses it (0 when there was
 * nothing to snapshot).
 */
export async function writeSnapshot(
  store: EventStore,
  stream: string,
  revision: number,
): Promise<number> {
  const { doc, revision: reached, owners } = await loadDraft(store, stream, revision);
  try {
    if (reached < 0) return 0;
    const state = Y.encodeStateAsUpdate(doc);
    await store.saveSnapshot(stream, {
      revision: reached,
      state: encodeDraftSnapshot({ state, owners }),
    });
    return state.byteLength;
  } finally {
    doc.destroy();
  }
}
