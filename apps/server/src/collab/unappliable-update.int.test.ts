import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { chairedMeetingEachTest } from '../testing/chaired-meeting.js';
import { appendDraftUpdates, storedDraftUpdates } from '../testing/stored-draft.js';
import { textUpdate } from '../testing/text-update.js';

const MEETING = 'cwg-34';
// Found by the fuzzer: a sync update whose delete set has a range of length zero. It decodes,
// but Yjs throws "Unexpected case" when it is applied, to any document.
const UNAPPLIABLE_FRAME = Buffer.from('00020a0001878aa18d05010d00', 'hex');
const UNAPPLIABLE_UPDATE = Buffer.from('0001878aa18d05010d00', 'hex');

describe('an update that decodes but cannot be applied', () => {
  const meeting = chairedMeetingEachTest(MEETING);
  const storedUpdates = () => storedDraftUpdates(meeting.running.store, MEETING);

  it('is refused with 4400 and never stored, and the draft keeps opening', async () => {
    const socket = new WebSocket(meeting.socketUrl);
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(UNAPPLIABLE_FRAME);
    expect(await closed).toBe(4400);
    expect(await storedUpdates()).toEqual([]);
    await meeting.running.restart();
    const reader = await meeting.syncedChair();
    reader.text.insert(0, 'Still editable.');
    await expect.poll(async () => (await storedUpdates()).length).toBe(1);
  });

  it('is skipped, when one is in the log already, and the rest of the draft loads', async () => {
    await appendDraftUpdates(meeting.running.store, MEETING, [
      textUpdate({ text: 'Stored before. ' }),
      new Uint8Array(UNAPPLIABLE_UPDATE),
    ]);
    const reader = await meeting.syncedChair();
    expect(reader.text.toJSON()).toBe('Stored before. ');
  });
});
