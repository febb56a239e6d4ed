import type { EditEntry } from '@rapporteur/history';
import type { ScheduledMeeting } from '@rapporteur/domain';
import type { RecordedEvent } from '@rapporteur/event-store';
import { asMeetingEvent } from '../meetings/meeting-events.js';
import { describeMeetingEvent } from './describe-meeting-event.js';

/** A step of the meeting itself (participants, versions, approvals), between the edits. */
export interface MeetingItem {
  readonly kind: 'meeting';
  readonly type: string;
  readonly at: string;
  readonly revision: number;
  readonly actor: string;
  readonly summary: string;
}

export type HistoryItem = EditEntry | MeetingItem;

/** An item of either timeline: an edit, a session of edits, or a step of the meeting. */
type TimedItem =
  | MeetingItem
  | { readonly kind: 'edit' | 'session'; readonly endedAt: string; readonly fromRevision: number };

/** Where an item sits in the timeline, newest first: its time, then which stream and revision. */
export function sortKey(item: TimedItem): string {
  const revision = String(item.kind === 'meeting' ? item.revision : item.fromRevision);
  if (item.kind === 'meeting') return `${item.at} m${revision.padStart(12, '0')}`;
  return `${item.endedAt} ${item.kind === 'edit' ? 'd' : 's'}${revision.padStart(12, '0')}`;
}

/** The draft's edit entries and the meeting's own events in one timeline, newest first. */
export function mergeHistory<T extends TimedItem>(parts: {
  readonly entries: readonly T[];
  readonly meetingEvents: readonly RecordedEvent[];
  readonly meeting: ScheduledMeeting;
}): (T | MeetingItem)[] {
  const items: (T | MeetingItem)[] = [...parts.entries];
  for (const recorded of parts.meetingEvents) {
    const event = asMeetingEvent(recorded);
    if (event === undefined) continue;
    items.push({
      kind: 'meeting',
      type: event.type,
      at: event.data.at,
      revision: recorded.revision,
      actor: event.data.by.personId,
      summary: describeMeetingEvent(event, parts.meeting),
    });
  }
  return items.sort((a, b) => (sortKey(a) < sortKey(b) ? 1 : -1));
}

/** One page of the timeline after `cursor` (the key of the last item of the previous page). */
export function historyPage<T extends TimedItem>(
  items: readonly T[],
  page: { readonly cursor: string | undefined; readonly limit: number },
): { items: T[]; nextCursor: string | null } {
  const after = page.cursor === undefined ? undefined : decodeCursor(page.cursor);
  const start = after === undefined ? 0 : items.findIndex((item) => sortKey(item) < after);
  const slice = start < 0 ? [] : items.slice(start, start + page.limit);
  const last = slice[slice.length - 1];
  const more = start >= 0 && start + page.limit < items.length;
  return {
    items: slice,
    nextCursor: more && last !== undefined ? encodeCursor(sortKey(last)) : null,
  };
}

function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

/** The key a cursor holds, or undefined when it is not one of ours. */
export function decodeCursor(cursor: string): string | undefined {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  return /^\d{4}-\d\d-\d\dT[\d:.]+Z [dms]\d{12}$/.test(key) ? key : undefined;
}
