import { CLOSE_CODES } from '@rapporteur/collab';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { chairedMeetingEachTest } from '../testing/chaired-meeting.js';
import { sessionExpiringIn, tokenExpiringIn } from '../testing/short-lived-credentials.js';
import { storedDraftDoc } from '../testing/stored-draft.js';
import { updateFrame } from '../testing/sync-frames.js';

const MEETING = 'cwg-34';
/** Long enough for the socket to open and store its first update before the credential ends. */
const LIFETIME_MS = 3000;

/** A y-protocols update frame (sync, step 2) that types `text` into a document of its own. */
function typing(doc: Y.Doc, text: string): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.getText('text').insert(doc.getText('text').length, text);
  return updateFrame(Y.encodeStateAsUpdate(doc, before));
}

describe('a collaboration socket whose credential expires', () => {
  const meeting = chairedMeetingEachTest(MEETING);
  const sockets: WebSocket[] = [];
  // Runs before the meeting's own teardown closes the server.
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.terminate();
  });

  const storedText = async (): Promise<string> =>
    (await storedDraftDoc(meeting.running.store, MEETING)).getText('text').toJSON();

  /**
   * Opens a socket, stores one update through it, keeps typing from the moment the credential
   * expires for as long as the socket lets it, and tells how and when the socket was closed.
   */
  const typeThroughExpiry = async (
    query: string,
    headers: Record<string, string>,
    expiresAt: string,
  ) => {
    const socket = new WebSocket(
      `${meeting.running.url.replace(/^http/, 'ws')}/collab/${MEETING}${query}`,
      {
        headers,
      },
    );
    sockets.push(socket);
    const closed = new Promise<{ code: number; reason: string; at: number }>((resolve) => {
      socket.once('close', (code: number, reason: Buffer) => {
        resolve({ code, reason: reason.toString(), at: Date.now() });
      });
    });
    await new Promise((resolve) => socket.once('open', resolve));
    const doc = new Y.Doc();
    socket.send(typing(doc, 'before'));
    await expect.poll(storedText).toBe('before');
    const typingAfter = setInterval(() => {
      if (Date.parse(expiresAt) <= Date.now() && socket.readyState === WebSocket.OPEN)
        socket.send(typing(doc, ' after'));
    }, 50);
    const deadline = new Promise<undefined>((resolve) =>
      setTimeout(resolve, Date.parse(expiresAt) - Date.now() + 1500),
    );
    const outcome = await Promise.race([closed, deadline]);
    clearInterval(typingAfter);
    // Give anything sent at the end its time to be stored, were it taken.
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { outcome, stored: await storedText() };
  };

  it('is closed with 4401 within a second of its API token expiring, and stores nothing after', async () => {
    const { token, expiresAt } = await tokenExpiringIn(
      meeting.running,
      meeting.chair.user.id,
      LIFETIME_MS,
    );
    const { outcome, stored } = await typeThroughExpiry(`?token=${token}`, {}, expiresAt);
    expect(outcome).toMatchObject({
      code: CLOSE_CODES.unauthenticated.code,
      reason: expect.stringMatching(/token .*expired/) as unknown,
    });
    expect(outcome!.at - Date.parse(expiresAt)).toBeGreaterThanOrEqual(-5);
    expect(outcome!.at - Date.parse(expiresAt)).toBeLessThan(1000);
    expect(stored).toBe('before');
  });

  it('is closed with 4401 within a second of its browser session expiring, and stores nothing after', async () => {
    const { cookie, expiresAt } = await sessionExpiringIn(
      meeting.running,
      meeting.chair.user.id,
      LIFETIME_MS,
    );
    const { outcome, stored } = await typeThroughExpiry(
      '',
      { cookie, origin: meeting.running.url },
      expiresAt,
    );
    expect(outcome).toMatchObject({
      code: CLOSE_CODES.unauthenticated.code,
      reason: expect.stringMatching(/session expired/) as unknown,
    });
    expect(outcome!.at - Date.parse(expiresAt)).toBeGreaterThanOrEqual(-5);
    expect(outcome!.at - Date.parse(expiresAt)).toBeLessThan(1000);
    expect(stored).toBe('before');
  });
});
