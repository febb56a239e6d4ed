import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import { chairedMeetingEachTest } from '../testing/chaired-meeting.js';
import { waitFor } from '../testing/collab-client.js';

const MEETING = 'cwg-34';

/** An awareness frame speaking for `clients`, each with a name. */
function presenceFrame(clients: readonly number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, clients.length);
  for (const client of clients) {
    encoding.writeVarUint(update, client);
    encoding.writeVarUint(update, 1);
    encoding.writeVarString(update, JSON.stringify({ user: { name: `ghost ${client}` } }));
  }
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update));
  return encoding.toUint8Array(encoder);
}

describe('presence per connection', () => {
  const meeting = chairedMeetingEachTest(MEETING);

  it('keeps at most four new presences from one connection, and never closes it for more', async () => {
    const observer = await meeting.syncedChair();
    const flooder = new WebSocket(meeting.socketUrl);
    let closedWith: number | undefined;
    flooder.once('close', (code: number) => {
      closedWith = code;
    });
    await new Promise((resolve) => flooder.once('open', resolve));
    flooder.send(presenceFrame(Array.from({ length: 1500 }, (_, index) => 1000 + index)));
    const ghosts = () =>
      [...observer.provider.awareness.getStates().keys()].filter(
        (client) => client !== observer.doc.clientID,
      ).length;
    await waitFor(() => ghosts() === 4, 'the four presences the connection may show');
    // An echo of presences the room holds, and more made-up ones: still open, still four.
    flooder.send(presenceFrame([1000, 1001, 5000, 5001]));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(ghosts()).toBe(4);
    expect(closedWith).toBeUndefined();
    flooder.close();
    await waitFor(() => ghosts() === 0, 'its presences to go with it');
  });
});
