import { draftStream, DRAFT_UPDATED } from '@rapporteur/draft-log';
import type { EventStore, RecordedEvent } from '@rapporteur/event-store';

// Tests read far fewer updates than this; one page keeps the helper a single read.
const ALL = 10_000;

/** The DraftUpdated events of the meeting's draft stream, as the log holds them, oldest first. */
export async function storedDraftUpdates(
  store: EventStore,
  meetingId: string,
): Promise<RecordedEvent[]> {
  const events = await store.readStream(draftStream(meetingId), { limit: ALL });
  return events.filter((event) => event.type === DRAFT_UPDATED);
}

/** Appends these Yjs updates to the meeting's draft stream behind every room's back. */
export async function appendDraftUpdates(
  store: EventStore,
  meetingId: string,
  updates: readonly Uint8Array[],
): Promise<void> {
  await store.append(
    draftStream(meetingId),
    updates.map((payload) => ({ type: DRAFT_UPDATED, payload })),
  );
}
