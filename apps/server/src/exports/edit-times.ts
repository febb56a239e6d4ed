import { DRAFT_UPDATED, draftStream } from '@rapporteur/draft-log';
import type { EventStore } from '@rapporteur/event-store';

const PAGE = 500;

/**
 * When each person last edited the draft between two revisions (after `from`, up to `to`): the
 * `recorded_at` of their latest DraftUpdated event in the log. The tracked-changes DOCX dates a
 * change with its author's time from here, so a reader sees when the edit was made, not when
 * the file was exported (decision 45: per person, not per word).
 */
export async function editTimes(
  store: EventStore,
  range: { readonly draftId: string; readonly from: number; readonly to: number },
): Promise<Map<string, string>> {
  const times = new Map<string, string>();
  const [low, high] = range.from <= range.to ? [range.from, range.to] : [range.to, range.from];
  let next = Math.max(0, low + 1);
  while (next <= high) {
    const events = await store.readStream(draftStream(range.draftId), {
      from: next,
      to: high,
      limit: PAGE,
    });
    for (const event of events) {
      const actor = event.metadata['actor'];
      if (event.type === DRAFT_UPDATED && typeof actor === 'string') {
        times.set(actor, event.recordedAt);
      }
    }
    const last = events[events.length - 1];
    if (last === undefined) break;
    next = last.revision + 1;
  }
  return times;
}
