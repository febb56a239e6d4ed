import { DRAFT_UPDATED, draftStream } from '@rapporteur/draft-log';
import type { EventStore } from '@rapporteur/event-store';
import type { BlockEditTimes } from '@rapporteur/export';
import { draftAt, readableJson } from '@rapporteur/history';
import { TouchedBlocks } from './touched-blocks.js';

const PAGE = 500;

type Times = Map<string, string>;

/** Person id -> ISO time of their last edit: of all, and of each block on either side. */
export interface EditTimes {
  readonly byPerson: ReadonlyMap<string, string>;
  readonly blocks: BlockEditTimes;
}

/**
 * When each person edited the draft between two revisions (after `from`, up to `to`), from the
 * `recorded_at` of their DraftUpdated events in the log: their last edit of each block they
 * touched, and their last edit of all. The tracked-changes DOCX dates a change with its
 * author's last edit of that block, so that two edits a person made at different times in
 * different paragraphs carry their own times (decision 51, refining decision 45).
 */
export async function editTimes(
  store: EventStore,
  range: { readonly draftId: string; readonly from: number; readonly to: number },
): Promise<EditTimes> {
  const [low, high] = range.from <= range.to ? [range.from, range.to] : [range.to, range.from];
  const byPerson: Times = new Map();
  const blocks = { before: new Map<number, Times>(), after: new Map<number, Times>() };
  if (high <= low) return { byPerson, blocks };
  const before = await draftAt(store, range.draftId, low);
  const after = await draftAt(store, range.draftId, high);
  try {
    const touched = new TouchedBlocks({
      before: before.doc,
      after: after.doc,
      blockCounts: [blockCount(before.doc), blockCount(after.doc)],
    });
    let next = low + 1;
    while (next <= high) {
      const events = await store.readStream(draftStream(range.draftId), {
        from: next,
        to: high,
        limit: PAGE,
      });
      for (const event of events) {
        const actor = event.metadata['actor'];
        if (event.type !== DRAFT_UPDATED || typeof actor !== 'string') continue;
        // Events come in log order: the last time written is the latest.
        byPerson.set(actor, event.recordedAt);
        if (event.payload === null) continue;
        for (const block of touched.of(event.payload)) {
          const times = blocks[block.side].get(block.index) ?? new Map<string, string>();
          times.set(actor, event.recordedAt);
          blocks[block.side].set(block.index, times);
        }
      }
      const last = events[events.length - 1];
      if (last === undefined) break;
      next = last.revision + 1;
    }
    return { byPerson, blocks };
  } finally {
    before.doc.destroy();
    after.doc.destroy();
  }
}

function blockCount(doc: Parameters<typeof readableJson>[0]): number {
  return readableJson(doc).content?.length ?? 0;
}
