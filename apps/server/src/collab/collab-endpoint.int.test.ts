import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeAckBody, MESSAGE_ACK } from '@rapporteur/collab';
import { draftStream } from '@rapporteur/draft-log';
import { createEventStore, type EventStore } from '@rapporteur/event-store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { Accounts } from '../accounts/accounts.js';
import { openAccountsDatabase, type AccountsDatabase } from '../accounts/accounts-database.js';
import { startServer, type RunningServer } from '../server.js';
import { connectClient, waitFor, type TestClient } from '../testing/collab-client.js';
import { createPerson, meetingWith, type TestPerson } from '../testing/meeting-fixtures.js';
import { appendDraftUpdates, storedDraftUpdates } from '../testing/stored-draft.js';
import { textUpdate } from '../testing/text-update.js';

const MEETING = 'cwg-34';

describe('the collaboration endpoint', () => {
  let folder: string;
  let store: EventStore;
  let accountsDb: AccountsDatabase;
  let server: RunningServer;
  let chair: TestPerson;
  let secretariat: TestPerson;
  const clients: TestClient[] = [];
  const client = (params: Record<string, string> = {}): TestClient => {
    const connected = connectClient(server.url, MEETING, { token: chair.token, ...params });
    clients.push(connected);
    return connected;
  };
  const start = async (options: { maxMessageBytes?: number; port?: number } = {}) => {
    server = await startServer({
      store,
      accounts: new Accounts(accountsDb),
      port: 0,
      log: () => undefined,
      ...options,
    });
  };

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'rapporteur-collab-'));
    store = await createEventStore({ url: `sqlite:${join(folder, 'db.sqlite')}` });
    accountsDb = await openAccountsDatabase(`sqlite:${join(folder, 'db.sqlite')}`);
    const accounts = new Accounts(accountsDb);
    chair = await createPerson(accounts, { email: 'chair@itu.example', name: 'Vladimir Minkin' });
    secretariat = await createPerson(accounts, {
      email: 'secretariat@itu.example',
      name: 'Janet Umutesi',
    });
    await meetingWith(store, MEETING, {
      chair: chair.user,
      others: [{ user: secretariat.user, role: 'secretariat' }],
    });
    await start();
  });

  afterEach(async () => {
    for (const connected of clients.splice(0)) connected.destroy();
    await server.close();
    await store.close();
    await accountsDb.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  const storedUpdates = () => storedDraftUpdates(store, MEETING);
  const replayLog = async (): Promise<string> => {
    const doc = new Y.Doc();
    for (const event of await storedUpdates()) Y.applyUpdate(doc, event.payload!);
    const text = doc.getText('text').toJSON();
    doc.destroy();
    return text;
  };

  it.each([2, 10])(
    'lets %i clients type at once and converge, with every update in the log once',
    async (count) => {
      const group = Array.from({ length: count }, () => client());
      await Promise.all(group.map((member) => member.synced));
      await Promise.all(
        group.map(async (member, index) => {
          for (let keystroke = 0; keystroke < 20; keystroke += 1) {
            member.text.insert(
              member.text.length === 0 ? 0 : keystroke % member.text.length,
              String.fromCharCode(97 + (index % 26)),
            );
            await new Promise((resolve) => setTimeout(resolve, 1));
          }
        }),
      );
      const expectedLength = count * 20;
      await waitFor(
        () => group.every((member) => member.text.length === expectedLength),
        'every client to see every keystroke',
      );
      const texts = new Set(group.map((member) => member.text.toJSON()));
      expect(texts.size).toBe(1);
      expect(await replayLog()).toBe(group[0]!.text.toJSON());
      const payloads = (await storedUpdates()).map((event) =>
        Buffer.from(event.payload!).toString('base64'),
      );
      expect(new Set(payloads).size).toBe(payloads.length);
      expect(await store.verify(draftStream(MEETING))).toMatchObject({ ok: true });
    },
  );

  it('records who sent each update, with the Yjs client ids it carried', async () => {
    const writer = client({ token: secretariat.token });
    await writer.synced;
    writer.text.insert(0, 'The agenda was adopted.');
    await expect.poll(async () => (await storedUpdates()).length).toBeGreaterThan(0);
    const [first] = await storedUpdates();
    expect(first!.metadata).toMatchObject({
      actor: secretariat.user.id,
      name: 'Janet Umutesi',
      role: 'secretariat',
      clients: [writer.doc.clientID],
    });
  });

  it('fires synced only once the stored draft has arrived', async () => {
    await appendDraftUpdates(store, MEETING, [
      textUpdate({ text: 'Stored before anyone connected.' }),
    ]);
    const reader = client();
    await reader.synced;
    expect(reader.text.toJSON()).toBe('Stored before anyone connected.');
  });

  it('acknowledges durable updates to a client that asks, and only to it', async () => {
    const careful = client({ ack: '1' });
    const plain = client();
    await Promise.all([careful.synced, plain.synced]);
    const acks: Map<number, number>[] = [];
    careful.provider.messageHandlers[MESSAGE_ACK] = (_encoder, decoder) => {
      acks.push(decodeAckBody(decoder));
    };
    // One update per keystroke, as an editor sends them.
    for (const character of 'saved?') {
      careful.text.insert(careful.text.length, character);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await waitFor(
      () => acks.some((ack) => (ack.get(careful.doc.clientID) ?? 0) >= 6),
      'an acknowledgement covering all six keystrokes',
    );
    expect((await storedUpdates()).length).toBeGreaterThan(0);
  });

  it('keeps everything across a restart, and clients that stayed open add nothing twice', async () => {
    const stayer = client();
    await stayer.synced;
    stayer.text.insert(0, 'Adopted as drafted.');
    await expect.poll(async () => replayLog()).toBe('Adopted as drafted.');
    const port = Number(new URL(server.url).port);
    await server.close();
    await store.close();
    await waitFor(
      () => !stayer.provider.wsconnected,
      'the open client to notice the server went away',
    );
    store = await createEventStore({ url: `sqlite:${join(folder, 'db.sqlite')}` });
    // The provider reconnects by itself once the new server listens on the same port.
    await start({ port });
    const fresh = client();
    await fresh.synced;
    expect(fresh.text.toJSON()).toBe('Adopted as drafted.');
    await waitFor(() => stayer.provider.synced, 'the open client to resync');
    stayer.text.insert(stayer.text.length, ' Noted.');
    await waitFor(
      () => fresh.text.toJSON() === 'Adopted as drafted. Noted.',
      'the new edit to reach the fresh client',
    );
    expect(await replayLog()).toBe('Adopted as drafted. Noted.');
  });

  describe('bad frames close only the sender', () => {
    const rawSocket = async (): Promise<{
      socket: WebSocket;
      closed: Promise<{ code: number; reason: string }>;
    }> => {
      const socket = new WebSocket(
        `${server.url.replace(/^http/, 'ws')}/collab/${MEETING}?token=${chair.token}`,
      );
      const closed = new Promise<{ code: number; reason: string }>((resolve) => {
        socket.on('close', (code, reason) => {
          resolve({ code, reason: reason.toString() });
        });
      });
      await new Promise((resolve) => socket.once('open', resolve));
      return { socket, closed };
    };

    it.each([
      ['an unknown message type', Uint8Array.from([42, 1, 2])],
      ['a frame cut short', Uint8Array.from([0, 2, 200])],
      [
        'a truncated update',
        (() => {
          const doc = new Y.Doc();
          doc.getText('text').insert(0, 'a sentence that will be cut in half');
          const update = Y.encodeStateAsUpdate(doc);
          const cut = update.subarray(0, Math.floor(update.length / 2));
          return Uint8Array.from([0, 2, cut.length, ...cut]);
        })(),
      ],
    ])('%s', async (_, frame) => {
      const bystander = client();
      await bystander.synced;
      const { socket, closed } = await rawSocket();
      socket.send(frame);
      expect(await closed).toMatchObject({ code: 4400 });
      bystander.text.insert(0, 'still editing');
      await expect.poll(async () => replayLog()).toBe('still editing');
      expect(bystander.provider.wsconnected).toBe(true);
      expect(await store.verify(draftStream(MEETING))).toMatchObject({ ok: true });
    });

    it('an oversized message', async () => {
      await server.close();
      await start({ maxMessageBytes: 2048 });
      const bystander = client();
      await bystander.synced;
      const { socket, closed } = await rawSocket();
      socket.send(new Uint8Array(4096));
      expect((await closed).code).toBe(1009);
      bystander.text.insert(0, 'unaffected');
      await expect.poll(async () => replayLog()).toBe('unaffected');
    });

    it('a text frame', async () => {
      const { socket, closed } = await rawSocket();
      socket.send('hello');
      expect(await closed).toMatchObject({ code: 4400 });
      expect(await storedUpdates()).toEqual([]);
    });
  });

  it('refuses a meeting that does not exist as one the person is not in (only administrators learn which)', async () => {
    const socket = new WebSocket(
      `${server.url.replace(/^http/, 'ws')}/collab/no-such-meeting?token=${chair.token}`,
    );
    const code = await new Promise<number>((resolve) => socket.on('close', resolve));
    expect(code).toBe(4403);
  });
});
