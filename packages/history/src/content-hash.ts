import { createHash } from 'node:crypto';
import type { TiptapNode } from '@rapporteur/diff';
import { draftStream } from '@rapporteur/draft-log';
import { canonicalJson, type EventStore } from '@rapporteur/event-store';
import { RevisionNotFoundError } from './errors.js';
import { tiptapJson, withDraftAt } from './time-travel.js';

/**
 * The fingerprint of a document's content: SHA-256 (hex) of its Tiptap JSON in canonical form
 * (keys sorted, no spaces), so that the same content gives the same hash whatever history
 * produced it. (A JSON round trip first drops what JSON cannot hold, such as undefined attrs.)
 */
export function contentHash(doc: TiptapNode): string {
  const plain: unknown = JSON.parse(JSON.stringify(doc));
  return createHash('sha256').update(canonicalJson(plain)).digest('hex');
}

/** What a version records of its revision: the content hash and the stream's chain hash there. */
export async function fingerprintAt(
  store: EventStore,
  at: { readonly draftId: string; readonly revision: number },
): Promise<{ readonly contentHash: string; readonly chainHash: string }> {
  const [event] = await store.readStream(draftStream(at.draftId), {
    from: at.revision,
    to: at.revision,
  });
  if (event === undefined) {
    const head = await store.head(draftStream(at.draftId));
    throw new RevisionNotFoundError(at.revision, head?.revision ?? -1);
  }
  const content = await withDraftAt(store, at, ({ doc }) => contentHash(tiptapJson(doc)));
  return { contentHash: content, chainHash: event.hash };
}
