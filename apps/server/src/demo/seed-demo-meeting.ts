import { readFileSync } from 'node:fs';
import { DRAFT_UPDATED, draftStream } from '@rapporteur/collab';
import { importDocument } from '@rapporteur/editor-schema';
import { ConcurrencyError, type EventStore } from '@rapporteur/event-store';
import { documentAsUpdate } from '../drafts/draft-update.js';
import { MEETING_SCHEDULED, meetingStream } from '../meetings/meeting-directory.js';

export const DEMO_MEETING_ID = 'demo';
const FIXTURE = new URL('../../../../fixtures/cwg-wsis-sdg-34-summary.txt', import.meta.url);

/**
 * On first start, creates the demo meeting: the CWG-WSIS&SDG 34 summary imported as a
 * structured draft. Meeting and draft are written in one append, so a second instance starting
 * at the same time finds the meeting there and does nothing. Returns whether it created it.
 */
export async function seedDemoMeeting(store: EventStore): Promise<boolean> {
  if ((await store.head(meetingStream(DEMO_MEETING_ID))) !== undefined) return false;
  const { doc } = importDocument(readFileSync(FIXTURE, 'utf8'));
  const update = documentAsUpdate(doc);
  const actor = { actor: 'system:demo', name: 'Rapporteur (demo import)', role: 'system' };
  try {
    await store.appendMany([
      {
        stream: meetingStream(DEMO_MEETING_ID),
        expectedRevision: 'no_stream',
        events: [
          {
            type: MEETING_SCHEDULED,
            data: { title: 'Council Working Group on WSIS&SDG, 34th meeting', symbol: 'CWG-WSIS&SDG-34', date: '2019-09-25' },
            metadata: actor,
          },
        ],
      },
      { stream: draftStream(DEMO_MEETING_ID), expectedRevision: 'no_stream', events: [{ type: DRAFT_UPDATED, payload: update, metadata: actor }] },
    ]);
    return true;
  } catch (error) {
    if (error instanceof ConcurrencyError) return false;
    throw error;
  }
}
