import type { EditEntry, HistoryItem } from './history-types.js';

/**
 * What stays the same about an item while the timeline grows: an edit entry keeps its first
 * revision while its burst goes on (its last revision and end time move), a meeting event its
 * revision in the meeting's stream.
 */
export function itemKey(item: HistoryItem): string {
  return item.kind === 'meeting' ? `meeting:${item.revision}` : `${item.kind}:${item.fromRevision}`;
}

/** The timeline as the panel has read it: some pages, newest first. */
export interface LoadedTimeline<T extends HistoryItem = HistoryItem> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

/**
 * The timeline after reading its first page again: the fresh page, then what was loaded below
 * it and is not in it. The cursor is the fresh page's, unless items below it are kept: then it
 * is the one that points after the last of those.
 */
export function mergeTimeline<T extends HistoryItem>(
  loaded: LoadedTimeline<T>,
  fresh: LoadedTimeline<T>,
): LoadedTimeline<T> {
  const freshKeys = new Set(fresh.items.map(itemKey));
  const older = loaded.items.filter((item) => !freshKeys.has(itemKey(item)));
  return {
    items: [...fresh.items, ...older],
    nextCursor: older.length > 0 ? loaded.nextCursor : fresh.nextCursor,
  };
}

/** Another page appended, without repeating what is there (the timeline moved meanwhile). */
export function appendPage<T extends HistoryItem>(
  loaded: LoadedTimeline<T>,
  page: LoadedTimeline<T>,
): LoadedTimeline<T> {
  const keys = new Set(loaded.items.map(itemKey));
  return {
    items: [...loaded.items, ...page.items.filter((item) => !keys.has(itemKey(item)))],
    nextCursor: page.nextCursor,
  };
}

/** The edit entries among `items`, those inside sessions included, newest first. */
export function editEntries(items: readonly HistoryItem[]): EditEntry[] {
  return items.flatMap((item): readonly EditEntry[] =>
    item.kind === 'edit' ? [item] : item.kind === 'session' ? item.edits : [],
  );
}

/** The loaded entry that made `revision`, if any: the one whose revisions include it. */
export function entryAt(items: readonly HistoryItem[], revision: number): EditEntry | undefined {
  return editEntries(items).find(
    (entry) => entry.fromRevision <= revision && revision <= entry.toRevision,
  );
}
