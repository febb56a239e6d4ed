import { draftStream } from '@rapporteur/draft-log';
import { createEventStore } from '@rapporteur/event-store';
import type { YWebsocketClient } from '../clients/y-websocket-client.js';
import { StoredDraft } from '../servers/stored-draft.js';
import type { BenchCluster } from './bench-cluster.js';

/** Each draft's log replayed from PostgreSQL, against the length typed and every client's text. */
export async function auditDrafts(
  cluster: BenchCluster,
  run: {
    readonly drafts: readonly string[];
    readonly clients: readonly { readonly client: YWebsocketClient; readonly draft: string }[];
    readonly expected: ReadonlyMap<string, number>;
  },
): Promise<{ disagreements: string[]; lostUpdates: number }> {
  const store = await createEventStore({ url: cluster.database.url, poolSize: 2 });
  const disagreements: string[] = [];
  let lostUpdates = 0;
  try {
    for (const draft of run.drafts) {
      const stored = new StoredDraft(store, draftStream(cluster.room(draft)));
      try {
        await stored.catchUp();
        const replayed = stored.text();
        const typed = run.expected.get(draft) ?? 0;
        lostUpdates += Math.max(0, typed - replayed.length);
        const differing = run.clients.filter(
          (entry) =>
            entry.draft === draft && entry.client.doc.getText('text').toJSON() !== replayed,
        ).length;
        if (replayed.length !== typed || differing > 0)
          disagreements.push(
            `${draft}: typed ${typed}, log replay ${replayed.length}, ${differing} client(s) differ from the replay`,
          );
      } finally {
        stored.destroy();
      }
    }
  } finally {
    await store.close();
  }
  return { disagreements, lostUpdates };
}
