import { writeSnapshot } from '@rapporteur/draft-log';
import { DRAFT_FIELD, importDocument, rapporteurSchema } from '@rapporteur/editor-schema';
import { readSummaryFixture } from '@rapporteur/editor-schema/testing';
import type { EventStore } from '@rapporteur/event-store';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { ScriptedDraft, type Person } from '../testing/scripted-draft.js';
import type { Patch } from './trace.js';

export const PEOPLE: readonly [Person, ...Person[]] = [
  { id: 'p-secretariat', name: 'The secretariat', role: 'secretariat' },
  { id: 'p-chair', name: 'The chair', role: 'chair' },
  { id: 'p-vice', name: 'A vice-chair', role: 'vice-chair' },
];

const BATCH = 500;
const TURN = 4 * BATCH;

/**
 * A draft as a long meeting leaves it: the fixture imported by the secretariat, then `updates`
 * keystrokes of a real trace, each a stored update, three people taking turns of 2,000
 * keystrokes, each working on one paragraph at a time, with a snapshot every 500 events as
 * the rooms write them. `advance` moves the store's clock: 30 s per 500 keystrokes, and a
 * 3-minute pause between turns, so the timeline has an entry per turn.
 */
export async function buildDraft(
  store: EventStore,
  plan: {
    draftId: string;
    updates: number;
    trace: readonly Patch[];
    advance: (ms: number) => void;
  },
): Promise<number> {
  const draft = new ScriptedDraft(store, plan.draftId);
  const imported = prosemirrorJSONToYDoc(
    rapporteurSchema(),
    importDocument(readSummaryFixture()).doc,
    DRAFT_FIELD,
  );
  await draft.save(Y.encodeStateAsUpdate(imported), PEOPLE[0]);
  imported.destroy();
  const writers = PEOPLE.map((person) => draft.writer(person));
  let revision = 0;
  for (let start = 0; start < plan.updates; start += BATCH) {
    const writer = pick(writers, Math.floor(start / TURN));
    Y.applyUpdate(writer.doc, Y.encodeStateAsUpdate(draft.stored, Y.encodeStateVector(writer.doc)));
    const blocks = writer.fragment.toArray();
    const texts = blocks.flatMap((block) => {
      const text = block instanceof Y.XmlElement ? block.get(0) : undefined;
      return text instanceof Y.XmlText ? [text] : [];
    });
    const text = pick(texts, (start / BATCH) * 7);
    const updates: Uint8Array[] = [];
    const capture = (update: Uint8Array) => updates.push(update);
    writer.doc.on('update', capture);
    for (let step = start; step < Math.min(start + BATCH, plan.updates); step += 1) {
      const patch = pick(plan.trace, step);
      const offset = patch.position % (text.length + 1);
      const remove = Math.min(patch.remove, text.length - offset);
      writer.doc.transact(() => {
        if (remove > 0) text.delete(offset, remove);
        if (patch.insert.length > 0) text.insert(offset, patch.insert);
        if (remove === 0 && patch.insert.length === 0) text.insert(offset, ' ');
      });
    }
    writer.doc.off('update', capture);
    plan.advance(30_000);
    revision = await draft.saveAll(updates, writer.person);
    if (Math.floor(revision / BATCH) > Math.floor((revision - updates.length) / BATCH))
      await writeSnapshot(store, draft.stream, revision);
    if ((start + BATCH) % TURN === 0) plan.advance(180_000);
  }
  draft.stored.destroy();
  for (const writer of writers) writer.doc.destroy();
  return revision;
}

/** The element at `index`, wrapping around: the lists here are never empty. */
function pick<T>(items: readonly T[], index: number): T {
  const item = items[index % items.length];
  if (item === undefined) throw new RangeError('Nothing to pick from.');
  return item;
}
