import type { EventStore } from '@rapporteur/event-store';
import { memoryStoreEach } from '@rapporteur/event-store/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DRAFT_UPDATED } from './draft-stream.js';
import { loadDraft } from './load-draft.js';
import { writeSnapshot } from './write-snapshot.js';

type Edit =
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number };

const edits = fc.array(
  fc.oneof(
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.string({ minLength: 1, maxLength: 5 }),
    }),
    fc.record({
      kind: fc.constant('delete' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 4 }),
    }),
  ),
  { minLength: 1, maxLength: 40 },
);

/** Applies the edits to a document, storing each resulting update as one event; returns the text after each. */
async function record(
  store: EventStore,
  stream: string,
  sequence: readonly Edit[],
): Promise<string[]> {
  const doc = new Y.Doc();
  const text = doc.getText('text');
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const states: string[] = [];
  for (const edit of sequence) {
    if (edit.kind === 'insert') text.insert(edit.at % (text.length + 1), edit.text);
    else if (text.length > 0)
      text.delete(
        edit.at % text.length,
        Math.min(edit.length, text.length - (edit.at % text.length)),
      );
    else text.insert(0, 'x');
    states.push(text.toJSON());
  }
  await store.append(
    stream,
    updates.map((payload) => ({ type: DRAFT_UPDATED, payload })),
  );
  doc.destroy();
  return states;
}

describe('loading a draft from snapshot and tail', () => {
  const log = memoryStoreEach();

  it('equals a full replay at every revision, with or without snapshots', async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(
        edits,
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.nat(),
        async (sequence, snapshotPicks, pick) => {
          const stream = `draft-${round++}`;
          const states = await record(log.store, stream, sequence);
          const revision = pick % states.length;
          const load = async (at?: number) => {
            const { doc } = await loadDraft(log.store, stream, at);
            const text = doc.getText('text').toJSON();
            doc.destroy();
            return text;
          };
          expect(await load(revision)).toBe(states[revision]);
          for (const snapshotPick of snapshotPicks)
            await writeSnapshot(log.store, stream, snapshotPick % states.length);
          expect(await load(revision)).toBe(states[revision]);
          expect(await load()).toBe(states[states.length - 1]);
          await log.store.deleteSnapshots(stream);
          expect(await load()).toBe(states[states.length - 1]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('skips events that carry no document content', async () => {
    const doc = new Y.Doc();
    doc.getText('text').insert(0, 'frozen text');
    await log.store.append('draft-x', [
      { type: DRAFT_UPDATED, payload: Y.encodeStateAsUpdate(doc) },
    ]);
    await log.store.append('draft-x', [{ type: 'DraftFrozen', data: { version: 1 } }], {
      seal: 'seal',
    });
    const loaded = await loadDraft(log.store, 'draft-x');
    expect(loaded.revision).toBe(1);
    expect(loaded.doc.getText('text').toJSON()).toBe('frozen text');
    loaded.doc.destroy();
    doc.destroy();
  });
});
