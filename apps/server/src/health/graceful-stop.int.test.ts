import { CLOSE_CODES } from '@rapporteur/collab';
import { DRAFT_UPDATED, draftStream } from '@rapporteur/draft-log';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startChairedMeeting } from '../testing/chaired-meeting.js';
import { connectClient, nextClose, type TestClient } from '../testing/collab-client.js';

const MEETING = 'cwg-34';
const DRAIN_MS = 2000;

/** Resolves with the code a raw socket is closed with. */
function closeCode(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.once('close', resolve));
}

describe('stopping with a drain', () => {
  const clients: TestClient[] = [];
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });

  it('says it is not ready and turns new sockets away, while open ones keep saving', async () => {
    const meeting = await startChairedMeeting(MEETING);
    const { running, chair } = meeting;
    const open = connectClient(running.url, MEETING, { token: chair.token });
    clients.push(open);
    await open.synced;
    const store = running.store;
    const closedWith = nextClose(open).then((close) => close.code);

    let stoppedAt: number | undefined;
    const stopped = running.close({ drainMs: DRAIN_MS }).then(() => {
      stoppedAt = Date.now();
    });
    const readiness = await fetch(`${running.url}/readyz`);
    expect(readiness.status).toBe(503);
    expect(await readiness.json()).toMatchObject({ code: 'shutting_down' });
    expect(await closeCode(new WebSocket(meeting.socketUrl))).toBe(CLOSE_CODES.goingAway.code);

    // The open socket still saves: the edit reaches the log before the drain ends.
    open.text.insert(0, 'Typed during the drain. ');
    let savedAt: number | undefined;
    while (savedAt === undefined && stoppedAt === undefined) {
      const events = await store.readStream(draftStream(MEETING));
      if (events.some((event) => event.type === DRAFT_UPDATED)) savedAt = Date.now();
      else await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(savedAt).toBeDefined();
    await stopped;
    expect(await closedWith).toBe(CLOSE_CODES.goingAway.code);
  });
});
