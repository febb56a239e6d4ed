import type { AuthorRun } from '@rapporteur/diff';
import * as Y from 'yjs';
import { firstEndingAfter } from './clock-ranges.js';
import type { TextItem } from './document-walk.js';
import type { DeletedRange } from './timeline/revision-index.js';

/**
 * The text of a document that keeps its deleted content, as it was at `snapshot`, range by
 * range in document order: exactly the characters of `fragmentJsonAt(fragment, snapshot)`'s
 * text nodes. An item may hold characters written at different revisions (Yjs merges them), so
 * visibility is decided per clock range, not per item.
 */
export function* visibleText(
  type: { readonly _start: Y.Item | null },
  snapshot: Y.Snapshot,
): Generator<TextItem> {
  for (let item = type._start; item !== null; item = item.right) {
    const { content } = item;
    if (content instanceof Y.ContentString) {
      yield* visibleRanges(item, snapshot);
    } else if (content instanceof Y.ContentType && isVisible(item, snapshot)) {
      yield* visibleText(content.type, snapshot);
    }
  }
}

function isVisible(item: Y.Item, snapshot: Y.Snapshot): boolean {
  const { client, clock } = item.id;
  return clock < (snapshot.sv.get(client) ?? 0) && !Y.isDeleted(snapshot.ds, item.id);
}

function* visibleRanges(item: Y.Item, snapshot: Y.Snapshot): Generator<TextItem> {
  const { client, clock } = item.id;
  const end = Math.min(clock + item.length, snapshot.sv.get(client) ?? 0);
  let cursor = clock;
  const ranges = snapshot.ds.clients.get(client) ?? [];
  for (let index = firstEndingAfter(ranges, cursor); index < ranges.length; index++) {
    const range = ranges[index];
    if (range === undefined || cursor >= end) break;
    if (range.clock + range.len <= cursor) continue;
    if (range.clock >= end) break;
    if (range.clock > cursor) yield { client, clock: cursor, length: range.clock - cursor };
    cursor = Math.max(cursor, range.clock + range.len);
  }
  if (cursor < end) yield { client, clock: cursor, length: end - cursor };
}

/** Who deleted each character of a range: the actor of the revision that deleted it, or null. */
export function deletersOf(
  range: TextItem,
  deletions: {
    readonly ranges: ReadonlyMap<number, readonly DeletedRange[]>;
    actorAt(revision: number): string | null;
  },
): AuthorRun[] {
  const runs: AuthorRun[] = [];
  let cursor = range.clock;
  const end = range.clock + range.length;
  const ranges = deletions.ranges.get(range.client) ?? [];
  for (let index = firstEndingAfter(ranges, cursor); index < ranges.length; index++) {
    const deleted = ranges[index];
    if (deleted === undefined) break;
    if (deleted.clock + deleted.len <= cursor) continue;
    if (deleted.clock >= end) break;
    if (deleted.clock > cursor) runs.push({ length: deleted.clock - cursor, author: null });
    const stop = Math.min(end, deleted.clock + deleted.len);
    runs.push({
      length: stop - Math.max(cursor, deleted.clock),
      author: deletions.actorAt(deleted.revision),
    });
    cursor = stop;
  }
  if (cursor < end) runs.push({ length: end - cursor, author: null });
  return runs;
}
