import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { chairedMeetingEachTest } from '../testing/chaired-meeting.js';
import { updateFrame } from '../testing/sync-frames.js';
import { appendDraftUpdates, storedDraftUpdates } from '../testing/stored-draft.js';
import { textUpdate } from '../testing/text-update.js';

const MEETING = 'cwg-34';
const CLIENT = 2065;
// Found by the socket fuzzer (a flipped bit): one string item of client 2065 at clock 6, after
// its own clock 5 and before its own clock 40, which does not exist. On an empty document it
// waits for clocks 0-5; once the room holds them, Yjs throws applying it.
const SELF_REFERRING_UPDATE = Buffer.from('01019110' + '06c4911005911028' + '012100', 'hex');

describe('an update whose item refers to a later clock of its own client', () => {
  const meeting = chairedMeetingEachTest(MEETING);
  const storedUpdates = () => storedDraftUpdates(meeting.running.store, MEETING);

  it('closes its sender with 4400 and is never stored, while the others keep saving', async () => {
    const honest = await meeting.syncedChair();
    honest.text.insert(0, 'Honest text.');
    await expect.poll(async () => (await storedUpdates()).length).toBe(1);

    // What comes before the crafted item, sent first, so that the room holds clocks 0-5.
    const before = new Y.Doc();
    before.clientID = CLIENT;
    before.getText('fuzz').insert(0, 'Item 1');
    const socket = new WebSocket(meeting.socketUrl);
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(updateFrame(Y.encodeStateAsUpdate(before)));
    before.destroy();
    await expect.poll(async () => (await storedUpdates()).length).toBe(2);

    socket.send(updateFrame(SELF_REFERRING_UPDATE));
    expect(await closed).toBe(4400);
    expect(await storedUpdates()).toHaveLength(2);

    honest.text.insert(12, ' Still saved.');
    await expect.poll(async () => (await storedUpdates()).length).toBe(3);
    expect(honest.provider.wsconnected).toBe(true);

    await meeting.running.restart();
    const reader = await meeting.syncedChair();
    expect(reader.text.toJSON()).toBe('Honest text. Still saved.');
    expect(reader.doc.getText('fuzz').toJSON()).toBe('Item 1');
  });

  it('is skipped when a log holds one from before this check, and the rest of the draft loads', async () => {
    await appendDraftUpdates(meeting.running.store, MEETING, [
      textUpdate({ fuzz: 'Item 1', text: 'Stored before.' }, CLIENT),
      new Uint8Array(SELF_REFERRING_UPDATE),
    ]);
    const reader = await meeting.syncedChair();
    expect(reader.text.toJSON()).toBe('Stored before.');
    expect(reader.doc.getText('fuzz').toJSON()).toBe('Item 1');
  });
});
