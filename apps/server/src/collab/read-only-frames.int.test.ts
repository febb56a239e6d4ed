import { draftStream } from '@rapporteur/draft-log';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createPerson, meetingWith, type TestPerson } from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const MEETING = 'cwg-34';

/** A sync frame (type 0) of `step` around `payload`, which need not be a Yjs update at all. */
function syncFrame(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** The reason of a y-protocols permission-denied message, or undefined for any other message. */
function permissionDenied(message: Uint8Array): string | undefined {
  const decoder = decoding.createDecoder(message);
  if (decoding.readVarUint(decoder) !== 2 || decoding.readVarUint(decoder) !== 0) return undefined;
  return decoding.readVarString(decoder);
}

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
      const reason = permissionDenied(new Uint8Array(data));
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
      for (let frame = 0; frame < 3; frame += 1) socket.send(syncFrame(step, garbage));
      await expect.poll(() => denials.length).toBe(3);
      expect(denials[0]).toMatch(/not edit/);
      expect(closedWith()).toBeUndefined();
      expect(await running.store.readStream(draftStream(MEETING))).toEqual([]);
    },
  );

  it('still takes an empty sync step 2, which every read-only client sends when it connects', async () => {
    const { socket, denials, closedWith } = await delegateSocket();
    socket.send(syncFrame(1, new Uint8Array([0, 0])));
    socket.send(new Uint8Array([3]));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(denials).toEqual([]);
    expect(closedWith()).toBeUndefined();
  });
});
