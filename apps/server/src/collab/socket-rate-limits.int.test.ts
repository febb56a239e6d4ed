import { CLOSE_CODES } from '@rapporteur/collab';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { TestServer } from '../testing/test-server.js';
import { startChairedMeeting } from '../testing/chaired-meeting.js';

const MEETING = 'cwg-34';

/** Opens a raw socket and resolves with the code it is closed with (or 0 if it stays open). */
function closeCodeOf(socket: WebSocket, waitMs: number): Promise<number> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      resolve(0);
    }, waitMs);
    socket.once('close', (code: number) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

describe('socket rate limits per address', () => {
  let running: TestServer | undefined;
  const sockets: WebSocket[] = [];

  const start = async (limits: Record<string, number>): Promise<string> => {
    const started = await startChairedMeeting(MEETING, { socketLimits: limits });
    running = started.running;
    return started.socketUrl;
  };
  const open = (url: string): WebSocket => {
    const socket = new WebSocket(url);
    sockets.push(socket);
    return socket;
  };

  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.terminate();
    await running?.close();
    running = undefined;
  });

  it('closes connections beyond the burst with the documented, retryable code', async () => {
    const url = await start({ connectionBurst: 3, connectionsPerSecond: 0.001 });
    const codes = await Promise.all(Array.from({ length: 5 }, () => closeCodeOf(open(url), 1500)));
    expect(codes.filter((code) => code === 0)).toHaveLength(3);
    expect(codes.filter((code) => code === CLOSE_CODES.rateLimited.code)).toHaveLength(2);
    expect(CLOSE_CODES.rateLimited.retry).toBe(true);
  });

  it('closes a socket that floods messages; the address gets its budget back with time', async () => {
    const url = await start({ messageBurst: 50, messagesPerSecond: 10 });
    const flooder = open(url);
    await new Promise((resolve) => flooder.once('open', resolve));
    const closed = closeCodeOf(flooder, 5000);
    // Query-awareness frames: valid, cheap, and stored nowhere.
    for (let frame = 0; frame < 200; frame += 1) flooder.send(new Uint8Array([3]));
    expect(await closed).toBe(CLOSE_CODES.rateLimited.code);
    // Another address (none here) would be unaffected; this one gets its budget back with time.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const again = open(url);
    expect(await closeCodeOf(again, 500)).toBe(0);
  });
});
