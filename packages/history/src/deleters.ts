import type { AuthorRun } from '@rapporteur/diff';
import * as Y from 'yjs';
import { firstEndingAfter } from './clock-ranges.js';
import type { TextItem } from './document-walk.js';

type DeleteSet = ReturnType<typeof Y.createDeleteSet>;
type DeleteItem = NonNullable<ReturnType<DeleteSet['clients']['get']>>[number];

interface Span {
  start: number;
  end: number;
  deleter: string | null;
}

/**
 * Who deleted which characters between two states. It starts from the characters that are
 * alive in the first state and deleted in the second (`expect`), then takes the deletions of
 * the events in between in log order: the first event whose delete set covers a character
 * deleted it. (A later event may repeat a deletion, for instance a client that reconnects
 * sends its whole delete set; log order makes those harmless.)
 */
export class Deleters {
  readonly #spans = new Map<number, Span[]>();
  #unassigned = 0;

  /** Marks the characters of `item` that `deleted` (the second state's delete set) covers. */
  expect(item: TextItem, deleted: DeleteSet): void {
    const ranges = deleted.clients.get(item.client);
    if (ranges === undefined) return;
    const end = item.clock + item.length;
    for (let index = firstEndingAfter(ranges, item.clock); index < ranges.length; index++) {
      const range = ranges[index];
      if (range === undefined || range.clock >= end) break;
      const span = {
        start: Math.max(range.clock, item.clock),
        end: Math.min(range.clock + range.len, end),
        deleter: null,
      };
      const spans = this.#spans.get(item.client) ?? [];
      spans.push(span);
      this.#spans.set(item.client, spans);
      this.#unassigned += span.end - span.start;
    }
  }

  /** True when every expected deletion has its deleter. */
  get complete(): boolean {
    return this.#unassigned === 0;
  }

  /** Attributes to `actor` the expected characters that the update deletes and nobody did before. */
  record(update: Uint8Array, actor: string): void {
    for (const [client, ranges] of Y.decodeUpdate(update).ds.clients) {
      const spans = this.#spans.get(client);
      if (spans === undefined) continue;
      for (const range of ranges) this.#assign(spans, { range, actor });
    }
  }

  /** The deleters of an item's characters, as runs (null: not deleted). */
  runsFor(item: TextItem): AuthorRun[] {
    const spans = this.#spans.get(item.client) ?? [];
    const runs: AuthorRun[] = [];
    let cursor = item.clock;
    const end = item.clock + item.length;
    for (const span of spans) {
      if (span.end <= cursor || span.start >= end) continue;
      if (span.start > cursor) runs.push({ length: span.start - cursor, author: null });
      const stop = Math.min(span.end, end);
      runs.push({ length: stop - Math.max(span.start, cursor), author: span.deleter });
      cursor = stop;
    }
    if (cursor < end) runs.push({ length: end - cursor, author: null });
    return runs;
  }

  /** Call once every expected item is in: sorts each client's spans for the lookups. */
  seal(): void {
    for (const spans of this.#spans.values()) spans.sort((a, b) => a.start - b.start);
  }

  #assign(spans: Span[], deletion: { range: DeleteItem; actor: string }): void {
    const { range, actor } = deletion;
    const end = range.clock + range.len;
    for (let index = firstSpanEndingAfter(spans, range.clock); index < spans.length; index++) {
      const span = spans[index];
      if (span === undefined || span.start >= end) break;
      if (span.deleter !== null || span.end <= range.clock) continue;
      // Split the span so that only the covered part is attributed.
      const parts: Span[] = [];
      if (span.start < range.clock) parts.push({ ...span, end: range.clock });
      const covered = { start: Math.max(span.start, range.clock), end: Math.min(span.end, end) };
      parts.push({ ...covered, deleter: actor });
      if (span.end > end) parts.push({ ...span, start: end });
      spans.splice(index, 1, ...parts);
      this.#unassigned -= covered.end - covered.start;
      index += parts.length - 1;
    }
  }
}

/** The index of the first span that ends after `clock` (spans are sorted and disjoint). */
function firstSpanEndingAfter(spans: readonly Span[], clock: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const span = spans[middle];
    if (span !== undefined && span.end <= clock) low = middle + 1;
    else high = middle;
  }
  return low;
}
