import { draftStream } from '@rapporteur/draft-log';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createPerson, meetingWith, type TestPerson } from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { encodeSyncMessage } from '@rapporteur/collab/protocol';
import { permissionDeniedReason } from '../testing/sync-frames.js';

const MEETING = 'cwg-34';

describe("a read-only person's document updates", () => {
  let running: TestServer;
  let delegate: TestPerson;
  const sockets: WebSocket[] = [];

  beforeEach(async () => {
    running = await startTestServer();
    const chair = await createPerson(running.accounts, { email: 'c@itu.example', name: 'Chair' });
    delegate = await createPerson(running.accounts, { email: 'd@itu.example', name: 'Ana' });
    await meetingWith(running.store, MEETING, {
      chair: chair.user,
      others: [{ user: delegate.user, role: 'delegate' }],
    });
  });

  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.terminate();
    await running.close();
  });

  const delegateSocket = async () => {
    const socket = new WebSocket(
      `${running.url.replace(/^http/, 'ws')}/collab/${MEETING}?token=${delegate.token}`,
    );
    sockets.push(socket);
    const denials: string[] = [];
    let closedWith: number | undefined;
    socket.on('message', (data: Buffer) => {
      const reason = permissionDeniedReason(new Uint8Array(data));
      if (reason !== undefined) denials.push(reason);
    });
    socket.on('close', (code: number) => {
      closedWith = code;
    });
    await new Promise((resolve) => socket.once('open', resolve));
    return { socket, denials, closedWith: () => closedWith };
  };

  it.each([
    ['a sync step 2', 1],
    ['an update', 2],
  ])(
    'refuses %s by its header alone: an update part that is not Yjs gets the permission answer, not a malformed close',
    async (_kind, step) => {
      const { socket, denials, closedWith } = await delegateSocket();
      const garbage = new Uint8Array(64 * 1024).fill(0xff);
      for (let frame = 0; frame < 3; frame += 1) socket.send(encodeSyncMessage(step, garbage));
      await expect.poll(() => denials.length).toBe(3);
      expect(denials[0]).toMatch(/may edit the draft; you are a delegate/);
      expect(closedWith()).toBeUndefined();
      expect(await running.store.readStream(draftStream(MEETING))).toEqual([]);
    },
  );

  it('still takes an empty sync step 2, which every read-only client sends when it connects', async () => {
    const { socket, denials, closedWith } = await delegateSocket();
    socket.send(encodeSyncMessage(1, new Uint8Array([0, 0])));
    socket.send(new Uint8Array([3]));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(denials).toEqual([]);
    expect(closedWith()).toBeUndefined();
  });
});
