import { readFileSync } from 'node:fs';
import { CLOSE_CODES, type RoomOptions } from '@rapporteur/collab';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { closeFor, connectClient, type TestClient } from '../testing/collab-client.js';
import { createPerson, meetingWith, type TestPerson } from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { updateFrame } from '../testing/sync-frames.js';
import { storedDraftUpdates } from '../testing/stored-draft.js';
import { textUpdate } from '../testing/text-update.js';

const MEETING = 'cwg-34';
const SUMMARY = readFileSync(
  new URL('../../../../fixtures/cwg-wsis-sdg-34-summary.txt', import.meta.url),
  'utf8',
);

/** A sync update frame inserting `characters` letters, from a document of its own (a fresh client id). */
function insertFrame(characters: number): Uint8Array {
  return updateFrame(textUpdate({ text: 'x'.repeat(characters) }));
}

describe('byte budgets for stored updates', () => {
  let running: TestServer | undefined;
  let chair: TestPerson;
  let secretariat: TestPerson;
  const sockets: WebSocket[] = [];
  const clients: TestClient[] = [];

  const start = async (byteLimits?: Partial<RoomOptions['byteLimits']>) => {
    running = await startTestServer(
      byteLimits === undefined
        ? {}
        : {
            rooms: {
              byteLimits: {
                personByteBurst: 64 * 1024 * 1024,
                personBytesPerSecond: 1,
                draftByteBurst: 64 * 1024 * 1024,
                draftBytesPerSecond: 1,
                maxDraftBytes: 64 * 1024 * 1024,
                ...byteLimits,
              },
            },
          },
    );
    chair = await createPerson(running.accounts, { email: 'c@itu.example', name: 'Chair' });
    secretariat = await createPerson(running.accounts, { email: 's@itu.example', name: 'Sec' });
    await meetingWith(running.store, MEETING, {
      chair: chair.user,
      others: [{ user: secretariat.user, role: 'secretariat' }],
    });
    return running;
  };
  /** A raw socket of `person`'s; `closed` resolves with the code and reason it is closed with. */
  const open = async (person: TestPerson) => {
    const socket = new WebSocket(
      `${running!.url.replace(/^http/, 'ws')}/collab/${MEETING}?token=${person.token}`,
      { maxPayload: 64 * 1024 * 1024 },
    );
    sockets.push(socket);
    const closed = new Promise<{ code: number; reason: string }>((resolve) => {
      socket.once('close', (code: number, reason: Buffer) => {
        resolve({ code, reason: reason.toString() });
      });
    });
    await new Promise((resolve) => socket.once('open', resolve));
    return { socket, closed };
  };
  const stored = () => storedDraftUpdates(running!.store, MEETING);

  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.terminate();
    for (const client of clients.splice(0)) client.destroy();
    await running?.close();
    running = undefined;
  });

  it("closes an editor's flood of 1 MB updates with the byte-rate code once past the person's burst (defaults)", async () => {
    await start();
    const { socket, closed } = await open(chair);
    for (let update = 0; update < 12; update += 1) socket.send(insertFrame(1_000_000));
    const close = await closed;
    expect(close).toEqual(closeFor('byteRate'));
    expect(CLOSE_CODES.byteRate.retry).toBe(true);
    expect((await stored()).length).toBe(4);
  });

  it("refuses a second person's update once the draft's byte rate is spent, storing nothing of it", async () => {
    await start({ draftByteBurst: 100_000 });
    const first = await open(chair);
    first.socket.send(insertFrame(60_000));
    await expect.poll(async () => (await stored()).length).toBe(1);
    const second = await open(secretariat);
    second.socket.send(insertFrame(60_000));
    expect((await second.closed).code).toBe(CLOSE_CODES.byteRate.code);
    expect((await stored()).length).toBe(1);
  });

  it('closes for good once the draft has reached its size limit, storing nothing more', async () => {
    await start({ maxDraftBytes: 100_000 });
    const { socket, closed } = await open(chair);
    socket.send(insertFrame(60_000));
    socket.send(insertFrame(60_000));
    expect(await closed).toEqual(closeFor('draftFull'));
    expect(CLOSE_CODES.draftFull.retry).toBe(false);
    expect((await stored()).length).toBe(1);
  });

  it('counts only what is new: an editor who resends what the draft holds (a reconnect) is not charged for it again', async () => {
    await start({ maxDraftBytes: 150_000 });
    const doc = new Y.Doc();
    doc.getText('text').insert(0, 'x'.repeat(60_000));
    const { socket } = await open(chair);
    socket.send(updateFrame(Y.encodeStateAsUpdate(doc)));
    await expect.poll(async () => (await stored()).length).toBe(1);
    // Each reconnect's sync reply carries the whole state again, with one keystroke typed offline.
    for (let reconnect = 1; reconnect <= 3; reconnect += 1) {
      doc.getText('text').insert(0, 'y');
      const again = await open(chair);
      again.socket.send(updateFrame(Y.encodeStateAsUpdate(doc)));
      await expect.poll(async () => (await stored()).length).toBe(1 + reconnect);
    }
    doc.destroy();
  });

  it('never refuses a busy real meeting: the whole summary pasted, then fast typing (defaults)', async () => {
    const server = await start();
    const editor = connectClient(server.url, MEETING, { token: chair.token });
    clients.push(editor);
    let closedWith: number | undefined;
    editor.provider.on('connection-close', (event: CloseEvent | null) => {
      closedWith = event?.code;
    });
    await editor.synced;
    // Four times the plain text: about the size of the imported summary as a Yjs update (~100 KB).
    editor.text.insert(0, SUMMARY.repeat(4));
    for (let keystroke = 0; keystroke < 500; keystroke += 1) {
      editor.text.insert(editor.text.length, 'a');
      if (keystroke % 50 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const expected = editor.text.toJSON();
    await expect
      .poll(async () => {
        const doc = new Y.Doc();
        for (const event of await stored()) Y.applyUpdate(doc, event.payload!);
        return doc.getText('text').toJSON() === expected;
      })
      .toBe(true);
    expect(closedWith).toBeUndefined();
  });
});
