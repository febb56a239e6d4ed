import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { awarenessFrame, type PresenceEntry } from '../testing/awareness-frame.js';
import { connectClient, waitFor, type TestClient } from '../testing/collab-client.js';
import {
  CHAIR_ACCOUNT,
  createPerson,
  meetingWith,
  type TestPerson,
} from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const MEETING = 'cwg-34';
/** Longer than the relay's 50 ms throttle, so that a forged entry would have been relayed. */
const RELAYED = 300;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('presence cannot be forged', () => {
  let running: TestServer;
  let chair: TestPerson;
  let delegate: TestPerson;
  let secretariat: TestPerson;
  const clients: TestClient[] = [];
  const sockets: WebSocket[] = [];

  const join = (person: TestPerson): TestClient => {
    const client = connectClient(running.url, MEETING, { token: person.token });
    clients.push(client);
    return client;
  };
  /** A raw socket of `person`'s, sending whatever entries it likes; closed with `close()`. */
  const rawSocket = async (person: TestPerson) => {
    const socket = new WebSocket(
      `${running.url.replace(/^http/, 'ws')}/collab/${MEETING}?token=${person.token}`,
    );
    sockets.push(socket);
    await new Promise((resolve) => socket.once('open', resolve));
    return {
      send: (entries: PresenceEntry[]) => {
        socket.send(awarenessFrame(entries));
      },
      close: () => {
        socket.close();
      },
    };
  };
  /** A raw socket of the delegate's, sending whatever entries it likes. */
  const rawDelegate = async () => (await rawSocket(delegate)).send;
  /** The chair on a real y-websocket client, announced to an observing secretariat member. */
  const chairSeenBySecretariat = async () => {
    const chairClient = join(chair);
    const observer = join(secretariat);
    await Promise.all([chairClient.synced, observer.synced]);
    chairClient.provider.awareness.setLocalStateField('user', {
      name: 'Vladimir Minkin',
      color: '#1e88e5',
      role: 'chair',
    });
    const id = chairClient.doc.clientID;
    const seen = () => observer.provider.awareness.getStates().get(id);
    await waitFor(() => seen() !== undefined, "the chair's presence");
    return { chairClient, id, seen };
  };
  const nameOf = (state: Record<string, unknown> | undefined): unknown =>
    (state?.['user'] as Record<string, unknown> | undefined)?.['name'];

  beforeEach(async () => {
    running = await startTestServer();
    chair = await createPerson(running.accounts, CHAIR_ACCOUNT);
    delegate = await createPerson(running.accounts, {
      email: 'delegate@itu.example',
      name: 'Ana Delegate',
    });
    secretariat = await createPerson(running.accounts, {
      email: 'secretariat@itu.example',
      name: 'Janet Umutesi',
    });
    await meetingWith(running.store, MEETING, {
      chair: chair.user,
      others: [
        { user: delegate.user, role: 'delegate' },
        { user: secretariat.user, role: 'secretariat' },
      ],
    });
  });

  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.terminate();
    for (const client of clients.splice(0)) client.destroy();
    await running.close();
  });

  it("does not let a delegate rename the chair by sending the chair's client id", async () => {
    const { id, seen } = await chairSeenBySecretariat();
    const send = await rawDelegate();
    send([{ client: id, clock: 1_000_000, state: { user: { name: 'HIJACKED', role: 'chair' } } }]);
    await pause(RELAYED);
    expect(nameOf(seen())).toBe('Vladimir Minkin');
  });

  it("keeps the chair's presence the chair's after someone sent the chair's id with a huge clock", async () => {
    const { chairClient, seen } = await chairSeenBySecretariat();
    const send = await rawDelegate();
    send([{ client: chairClient.doc.clientID, clock: 1_000_000, state: { user: { name: 'x' } } }]);
    await pause(RELAYED);
    chairClient.provider.awareness.setLocalStateField('cursor', { anchor: 42, head: 42 });
    await waitFor(
      () => (seen()?.['cursor'] as { anchor?: number } | undefined)?.anchor === 42,
      "the chair's cursor to reach the others",
      2_000,
    );
    expect(nameOf(seen())).toBe('Vladimir Minkin');
    expect(nameOf(chairClient.provider.awareness.getLocalState() ?? undefined)).toBe(
      'Vladimir Minkin',
    );
  });

  it("does not let a delegate remove the chair's presence with a null state", async () => {
    const { id } = await chairSeenBySecretariat();
    const observer = clients[1]!;
    let removed = false;
    observer.provider.awareness.on('change', ({ removed: gone }: { removed: number[] }) => {
      if (gone.includes(id)) removed = true;
    });
    const send = await rawDelegate();
    send([{ client: id, clock: 1_000_000, state: null }]);
    await pause(RELAYED);
    expect(removed).toBe(false);
  });

  it('shows a new presence under the name and role the server knows, whatever it claims', async () => {
    await chairSeenBySecretariat();
    const observer = clients[1]!;
    const send = await rawDelegate();
    const impostor = 777_777;
    send([
      {
        client: impostor,
        clock: 1,
        state: { user: { name: 'Demo Chair', role: 'chair', color: '#000000' } },
      },
    ]);
    await waitFor(
      () => observer.provider.awareness.getStates().has(impostor),
      "the delegate's presence",
    );
    const user: unknown = observer.provider.awareness.getStates().get(impostor)?.['user'];
    expect(user).toMatchObject({ name: 'Ana Delegate', role: 'delegate', color: '#000000' });
  });

  it('fills in the name and role of a presence that names nobody', async () => {
    await chairSeenBySecretariat();
    const observer = clients[1]!;
    const send = await rawDelegate();
    send([{ client: 4242, clock: 1, state: { cursor: null } }]);
    await waitFor(() => observer.provider.awareness.getStates().has(4242), 'the presence');
    expect(observer.provider.awareness.getStates().get(4242)?.['user']).toEqual({
      name: 'Ana Delegate',
      role: 'delegate',
    });
  });

  it("lets a person's new connection take over their own presence after a reconnect", async () => {
    const { chairClient, seen } = await chairSeenBySecretariat();
    chairClient.provider.disconnect();
    chairClient.provider.connect();
    chairClient.provider.awareness.setLocalStateField('cursor', { anchor: 7, head: 7 });
    await waitFor(
      () => (seen()?.['cursor'] as { anchor?: number } | undefined)?.anchor === 7,
      "the chair's presence after the reconnect",
    );
    expect(nameOf(seen())).toBe('Vladimir Minkin');
  });

  it("keeps a person's presence when their older connection closes after a newer one took it on", async () => {
    await chairSeenBySecretariat();
    const observer = clients[1]!;
    const seenName = () => nameOf(observer.provider.awareness.getStates().get(5150));
    const older = await rawSocket(chair);
    older.send([{ client: 5150, clock: 1, state: { cursor: 1 } }]);
    await waitFor(() => seenName() === 'Vladimir Minkin', 'the presence from the older socket');
    const newer = await rawSocket(chair);
    newer.send([{ client: 5150, clock: 2, state: { cursor: 2 } }]);
    await waitFor(
      () => observer.provider.awareness.getStates().get(5150)?.['cursor'] === 2,
      'the newer socket to take the presence on',
    );
    older.close();
    await pause(RELAYED);
    expect(seenName()).toBe('Vladimir Minkin');
    newer.close();
    await waitFor(
      () => !observer.provider.awareness.getStates().has(5150),
      'the presence to go with its last connection',
    );
  });
});
