import { draftStream } from '@rapporteur/draft-log';
import { DRAFT_FIELD } from '@rapporteur/editor-schema';
import type { EventStore } from '@rapporteur/event-store';
import * as Y from 'yjs';
import type { TestClient } from './collab-client.js';

/** The text of the top-level block of a client's draft whose text starts with `start`. */
export function blockText(client: TestClient, start: string): Y.XmlText {
  for (const block of client.doc.getXmlFragment(DRAFT_FIELD).toArray()) {
    const text = block instanceof Y.XmlElement ? block.get(0) : undefined;
    if (text instanceof Y.XmlText && text.toJSON().startsWith(start)) return text;
  }
  throw new Error(`No block starts with "${start}".`);
}

/** The revision the meeting's draft log has reached (-1: none). */
export async function draftHead(store: EventStore, meetingId: string): Promise<number> {
  return (await store.head(draftStream(meetingId)))?.revision ?? -1;
}

/** Runs `edit` (on a connected client) and waits until the draft's log holds something new. */
export async function editUntilStored(
  store: EventStore,
  meetingId: string,
  edit: () => void,
): Promise<void> {
  const before = await draftHead(store, meetingId);
  edit();
  const deadline = Date.now() + 10_000;
  while ((await draftHead(store, meetingId)) <= before) {
    if (Date.now() > deadline) throw new Error('The edit was never stored.');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
