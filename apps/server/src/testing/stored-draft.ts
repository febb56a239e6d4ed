import { draftStream, DRAFT_UPDATED } from '@rapporteur/draft-log';
import type { EventStore, RecordedEvent } from '@rapporteur/event-store';
import * as Y from 'yjs';

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

/** The meeting's draft as the log holds it: every stored update applied to a fresh document. */
export async function storedDraftDoc(store: EventStore, meetingId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const event of await storedDraftUpdates(store, meetingId)) {
    if (event.payload !== null) Y.applyUpdate(doc, event.payload);
  }
  return doc;
}
