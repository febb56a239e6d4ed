import type { EventStore } from '@rapporteur/event-store';
import * as Y from 'yjs';
import { encodeDraftSnapshot } from './draft-snapshot.js';
import { loadDraft } from './load-draft.js';

/**
 * Writes a snapshot of the stored events up to `revision`, built by replaying them into a fresh
 * document: never from a live room, which may hold what is not yet stored.
 */
export async function writeSnapshot(
  store: EventStore,
  stream: string,
  revision: number,
): Promise<void> {
  const { doc, revision: reached, owners } = await loadDraft(store, stream, revision);
  try {
    if (reached < 0) return;
    const state = encodeDraftSnapshot({ state: Y.encodeStateAsUpdate(doc), owners });
    await store.saveSnapshot(stream, { revision: reached, state });
  } finally {
    doc.destroy();
  }
}
