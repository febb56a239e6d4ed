import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { Accounts } from '../accounts/accounts.js';
import { awarenessFrame } from '../testing/awareness-frame.js';
import {
  clusterInstances,
  type ClusterInstance as Instance,
} from '../testing/cluster-instances.js';
import { connectClient, waitFor, type TestClient } from '../testing/collab-client.js';
import { createPerson, meetingWith, type TestPerson } from '../testing/meeting-fixtures.js';

const postgres = process.env.TEST_DATABASE_URL ?? '';
const redis = process.env.TEST_REDIS_URL ?? '';

describe.skipIf(postgres === '' || redis === '')('presence across two instances', () => {
  const schema = `presence_${Date.now().toString(36)}`;
  const prefix = `test-${randomUUID()}:`;
  const meetingId = `m-${randomUUID().slice(0, 8)}`;
  const clients: TestClient[] = [];
  const sockets: WebSocket[] = [];
  let chair: TestPerson;
  let delegate: TestPerson;

  const cluster = clusterInstances({ postgres, redis, schema, prefix });
  const instances = cluster.running;
  const startInstance = () => cluster.start();
  const join = (instance: Instance, person: TestPerson): TestClient => {
    const client = connectClient(instance.server.url, meetingId, { token: person.token });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    const a = await startInstance();
    await startInstance();
    const accounts = new Accounts(a.accountsDb);
    chair = await createPerson(accounts, { email: 'chair@itu.example', name: 'Vladimir Minkin' });
    delegate = await createPerson(accounts, { email: 'delegate@itu.example', name: 'Ana' });
    await meetingWith(a.store, meetingId, {
      chair: chair.user,
      others: [{ user: delegate.user, role: 'delegate' }],
    });
  });

  afterAll(async () => {
    for (const socket of sockets.splice(0)) socket.terminate();
    for (const client of clients.splice(0)) client.destroy();
    await cluster.closeAll();
  });

  it("drops a delegate's entries for the chair's presence on the instance the chair is not on", async () => {
    const [a, b] = instances as [Instance, Instance];
    const chairOnA = join(a, chair);
    const watcherOnA = join(a, delegate);
    const watcherOnB = join(b, delegate);
    await Promise.all([chairOnA.synced, watcherOnA.synced, watcherOnB.synced]);
    chairOnA.provider.awareness.setLocalStateField('user', { name: 'Vladimir Minkin' });
    const id = chairOnA.doc.clientID;
    const nameOn = (client: TestClient): unknown =>
      (client.provider.awareness.getStates().get(id)?.['user'] as { name?: unknown } | undefined)
        ?.name;
    await waitFor(() => nameOn(watcherOnB) === 'Vladimir Minkin', "the chair's presence on B");
    let removed = false;
    watcherOnA.provider.awareness.on('change', ({ removed: gone }: { removed: number[] }) => {
      if (gone.includes(id)) removed = true;
    });

    const raw = new WebSocket(
      `${b.server.url.replace(/^http/, 'ws')}/collab/${meetingId}?token=${delegate.token}`,
    );
    sockets.push(raw);
    await new Promise((resolve) => raw.once('open', resolve));
    raw.send(
      awarenessFrame([{ client: id, clock: 1_000_000, state: { user: { name: 'HIJACKED' } } }]),
    );
    raw.send(awarenessFrame([{ client: id, clock: 1_000_001, state: null }]));
    raw.send(awarenessFrame([{ client: 99, clock: 1, state: { user: { name: 'Demo Chair' } } }]));
    await waitFor(
      () => watcherOnA.provider.awareness.getStates().has(99),
      "the delegate's own presence on A",
    );
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(nameOn(watcherOnA)).toBe('Vladimir Minkin');
    expect(nameOn(watcherOnB)).toBe('Vladimir Minkin');
    expect(removed).toBe(false);
    expect(watcherOnA.provider.awareness.getStates().get(99)?.['user']).toEqual({
      name: 'Ana',
      role: 'delegate',
    });
  });
});
