import { randomUUID } from 'node:crypto';
import { draftStream, DRAFT_UPDATED } from '@rapporteur/draft-log';
import type { EventStore } from '@rapporteur/event-store';
import { DRAFT_FIELD } from '@rapporteur/editor-schema';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Accounts } from '../accounts/accounts.js';
import {
  clusterInstances,
  type ClusterInstance as Instance,
} from '../testing/cluster-instances.js';
import {
  connectClient,
  nextClose,
  waitFor,
  watchPermissionDenials,
  type TestClient,
} from '../testing/collab-client.js';
import { storedDraftUpdates } from '../testing/stored-draft.js';
import { MeetingCommandHandler } from '../meetings/meeting-command-handler.js';
import { meetingStream } from '../meetings/meeting-events.js';
import { createPerson, meetingWith, type TestPerson } from '../testing/meeting-fixtures.js';

const postgres = process.env.TEST_DATABASE_URL ?? '';
const redis = process.env.TEST_REDIS_URL ?? '';
if ((postgres === '' || redis === '') && process.env.CI === 'true')
  throw new Error(
    'CI must run the multi-instance suite: set TEST_DATABASE_URL and TEST_REDIS_URL.',
  );

describe.skipIf(postgres === '' || redis === '')('two instances on PostgreSQL and Redis', () => {
  const schema = `cluster_${Date.now().toString(36)}`;
  const prefix = `test-${randomUUID()}:`;
  const clients: TestClient[] = [];
  let chair: TestPerson;
  let secretariat: TestPerson;

  const cluster = clusterInstances({ postgres, redis, schema, prefix });
  const instances = cluster.running;
  // The chair schedules meetings through the API here, as every account may with this setting.
  const startInstance = () => cluster.start({ meetingCreators: 'everyone' });
  const client = (instance: Instance, meetingId: string, person: TestPerson): TestClient => {
    const connected = connectClient(instance.server.url, meetingId, { token: person.token });
    clients.push(connected);
    return connected;
  };
  /** The chair's client on instance A and the secretariat's on B, both synced with the meeting. */
  const chairOnAAndSecretariatOnB = async (meetingId: string) => {
    const [a, b] = instances as [Instance, Instance];
    const onA = client(a, meetingId, chair);
    const onB = client(b, meetingId, secretariat);
    await Promise.all([onA.synced, onB.synced]);
    return { meetingId, a, b, onA, onB };
  };
  const newMeeting = async (): Promise<string> => {
    const meetingId = `m-${randomUUID().slice(0, 8)}`;
    await meetingWith(instances[0]!.store, meetingId, {
      chair: chair.user,
      others: [{ user: secretariat.user, role: 'secretariat' }],
    });
    return meetingId;
  };

  const api = async (
    instance: Instance,
    person: TestPerson,
    { method, path, body }: { method: string; path: string; body?: unknown },
  ): Promise<Response> =>
    fetch(`${instance.server.url}/api${path}`, {
      method,
      headers: {
        authorization: `Bearer ${person.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  beforeAll(async () => {
    const a = await startInstance();
    await startInstance();
    const accounts = new Accounts(a.accountsDb);
    chair = await createPerson(accounts, { email: 'chair@itu.example', name: 'Vladimir Minkin' });
    secretariat = await createPerson(accounts, {
      email: 'secretariat@itu.example',
      name: 'Janet Umutesi',
    });
  });

  afterAll(async () => {
    for (const connected of clients.splice(0)) connected.destroy();
    await cluster.closeAll();
  });

  it('sends what one instance stores to the clients of the other, each update stored once', async () => {
    const { meetingId, a, onA, onB } = await chairOnAAndSecretariatOnB(await newMeeting());
    for (let keystroke = 0; keystroke < 30; keystroke += 1) {
      onA.text.insert(onA.text.length, 'a');
      onB.text.insert(0, 'b');
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await waitFor(
      () => onA.text.length === 60 && onB.text.length === 60,
      'both clients to see all 60 keystrokes',
    );
    expect(onA.text.toJSON()).toBe(onB.text.toJSON());
    const stored = await storedDraftUpdates(a.store, meetingId);
    expect(itemsStoredTwice(stored.map((event) => event.payload!))).toEqual([]);
    const replay = new Y.Doc();
    for (const event of stored) Y.applyUpdate(replay, event.payload!);
    expect(replay.getText('text').toJSON()).toBe(onA.text.toJSON());
    replay.destroy();
  });

  it('fills a gap from the log: an update no instance published reaches every client', async () => {
    const { meetingId, a, onA, onB } = await chairOnAAndSecretariatOnB(await newMeeting());
    // Stored behind both rooms' backs, as if its publication had been lost.
    const unseen = new Y.Doc();
    unseen.getText('text').insert(0, 'Stored unannounced. ');
    await a.store.append(draftStream(meetingId), [
      {
        type: DRAFT_UPDATED,
        payload: Y.encodeStateAsUpdate(unseen),
        metadata: { actor: chair.user.id, clients: [unseen.clientID] },
      },
    ]);
    unseen.destroy();
    expect(onB.text.toJSON()).toBe('');
    // A's next commit lands after the unseen revision: A reads it from the log, and B, receiving
    // A's update with a revision missing before it, reads the log too.
    onA.text.insert(0, 'Typed on A. ');
    await waitFor(
      () => onB.text.toJSON().includes('Stored unannounced.'),
      'the client on B to receive the update that was never published',
    );
    await waitFor(() => onA.text.toJSON() === onB.text.toJSON(), 'both clients to agree');
  });

  it('relays presence between the instances', async () => {
    const { onA, onB } = await chairOnAAndSecretariatOnB(await newMeeting());
    onA.provider.awareness.setLocalStateField('user', { name: 'Vladimir Minkin' });
    await waitFor(
      () =>
        (
          onB.provider.awareness.getStates().get(onA.doc.clientID) as
            { user?: { name?: string } } | undefined
        )?.user?.name === 'Vladimir Minkin',
      'the client on B to see the presence of the client on A',
    );
  });

  it('turns a socket on the other instance read-only, then closes it, within a second of a role change', async () => {
    const meetingId = await newMeeting();
    const [a, b] = instances as [Instance, Instance];
    const onB = client(b, meetingId, secretariat);
    await onB.synced;
    const by = { personId: chair.user.id };
    const commands = new MeetingCommandHandler({ store: a.store, clock: () => new Date() });
    await demotedThenRemoved(
      onB,
      { store: a.store, meetingId },
      {
        demote: () =>
          commands.execute(meetingId, {
            type: 'ChangeRole',
            data: { personId: secretariat.user.id, role: 'delegate', by },
          }),
        remove: () =>
          commands.execute(meetingId, {
            type: 'RemoveParticipant',
            data: { personId: secretariat.user.id, by },
          }),
      },
    );
  });

  /**
   * The chair on A types, names a version, takes it to frozen through A's API; a second later the
   * secretariat on B types: B's socket refuses it itself (it knew of the freeze in time; the
   * sealed stream would refuse it at the commit with another sentence), and nothing is stored.
   */
  const frozenOnAThenTypedOnB = async (meetingId: string): Promise<void> => {
    const { a, onA, onB } = await chairOnAAndSecretariatOnB(meetingId);
    onA.text.insert(0, 'The agreed text. ');
    // B has it only once it is stored: persist, then broadcast.
    await waitFor(() => onB.text.length === 'The agreed text. '.length, 'B to see the agreed text');
    const named = await api(a, chair, {
      method: 'POST',
      path: `/meetings/${meetingId}/versions`,
      body: { name: 'Final' },
    });
    expect(named.status).toBe(201);
    const { versionId } = (await named.json()) as { versionId: string };
    // The secretariat submits: whoever submits a version may not endorse it.
    const steps = [
      [secretariat, 'submit'],
      [chair, 'endorse'],
      [chair, 'approve'],
      [chair, 'freeze'],
    ] as const;
    for (const [person, step] of steps) {
      const stepped = await api(a, person, {
        method: 'POST',
        path: `/meetings/${meetingId}/versions/${versionId}/${step}`,
      });
      expect(stepped.status, step).toBe(200);
    }
    const storedBefore = await storedDraftUpdates(a.store, meetingId);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const refused = watchPermissionDenials(onB).first;
    onB.text.insert(0, 'Typed after the freeze. ');
    // The socket's own check, not the sealed stream's refusal at the commit: B knew in time.
    expect(await withDeadline(refused, 3000, 'the edit to be refused')).toMatch(
      /The draft is frozen: nobody edits it/,
    );
    expect(await storedDraftUpdates(a.store, meetingId)).toEqual(storedBefore);
  };

  it('turns a socket on the other instance read-only within a second of a freeze through the API', async () => {
    await frozenOnAThenTypedOnB(await newMeeting());
  });

  it('sends a suggestion accepted through one instance to the editors on the other within a second', async () => {
    const meetingId = await newMeeting();
    const [a] = instances as [Instance, Instance];
    const imported = await fetch(`${a.server.url}/api/meetings/${meetingId}/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secretariat.token}`, 'content-type': 'text/plain' },
      body: '1. The group welcomed the report of the secretariat.',
    });
    expect(imported.status).toBe(201);
    const { onB } = await chairOnAAndSecretariatOnB(meetingId);
    const proposed = await api(a, secretariat, {
      method: 'POST',
      path: `/meetings/${meetingId}/suggestions`,
      body: { paragraph: '1', quote: 'welcomed', replacement: 'noted with appreciation' },
    });
    expect(proposed.status).toBe(201);
    const { suggestionId } = (await proposed.json()) as { suggestionId: string };
    const accepted = await api(a, chair, {
      method: 'POST',
      path: `/meetings/${meetingId}/suggestions/${suggestionId}/accept`,
      body: {},
    });
    expect(accepted.status).toBe(200);
    // Stored by A outside any room, announced through Redis to the room on B.
    const text = () => onB.doc.getXmlFragment(DRAFT_FIELD).toJSON();
    await waitFor(
      () => text().includes('noted with appreciation'),
      'the accepted text on the other instance',
      1000,
    );
  });

  it('closes, on every instance, the sockets of a revoked API token within a second', async () => {
    const meetingId = await newMeeting();
    const [a, b] = instances as [Instance, Instance];
    const accounts = new Accounts(a.accountsDb);
    const { token, id } = await accounts.createToken(secretariat.user.id, 'script');
    const onB = client(b, meetingId, { user: secretariat.user, token });
    await onB.synced;
    const closed = nextClose(onB).then((close) => close.code);
    const revoked = await fetch(`${a.server.url}/api/tokens/${id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${secretariat.token}` },
    });
    expect(revoked.status).toBeLessThan(300);
    const started = Date.now();
    expect(await closed).toBe(4401);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('ends, on every instance, the event stream of a revoked API token within a second', async () => {
    const meetingId = await newMeeting();
    const [a, b] = instances as [Instance, Instance];
    const { token, id } = await new Accounts(a.accountsDb).createToken(
      secretariat.user.id,
      'dashboard',
    );
    const stream = await fetch(`${b.server.url}/api/meetings/${meetingId}/events`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    await reader.read();
    const ended = (async () => {
      while (!(await reader.read()).done);
    })();
    const revoked = await fetch(`${a.server.url}/api/tokens/${id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${secretariat.token}` },
    });
    expect(revoked.status).toBe(204);
    await withDeadline(ended, 1000, 'the stream on the other instance to end');
  });

  it('ends, on the other instance, the event stream of a participant removed through the API', async () => {
    const meetingId = await newMeeting();
    const [a, b] = instances as [Instance, Instance];
    const stream = await fetch(`${b.server.url}/api/meetings/${meetingId}/events`, {
      headers: { authorization: `Bearer ${secretariat.token}` },
    });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    await reader.read();
    const ended = (async () => {
      while (!(await reader.read()).done);
    })();
    const removed = await api(a, chair, {
      method: 'DELETE',
      path: `/meetings/${meetingId}/participants/${secretariat.user.id}`,
    });
    expect(removed.status).toBe(204);
    await withDeadline(ended, 1000, 'the removed participant’s stream on B to end');
  });

  // While any transaction of this database that took an id before a meeting's events is open,
  // the log's global order (which the catalog follows) cannot pass them. The instances must not
  // wait for it: a new meeting opens, and a role change or a removal lands, at once everywhere.
  describe('while a slow transaction holds the global order back', () => {
    let slow: pg.Client;
    beforeAll(async () => {
      slow = new pg.Client({ connectionString: postgres });
      await slow.connect();
    });
    afterAll(async () => {
      await slow.end();
    });
    const holdingTheGlobalOrder = async (work: () => Promise<void>): Promise<void> => {
      await slow.query('BEGIN');
      await slow.query('SELECT pg_current_xact_id()');
      try {
        await work();
      } finally {
        await slow.query('ROLLBACK');
      }
    };
    const scheduleThroughTheApi = async (instance: Instance): Promise<string> => {
      const created = await api(instance, chair, {
        method: 'POST',
        path: '/meetings',
        body: { title: 'CWG-WSIS&SDG 34', symbol: 'CWG-WSIS&SDG-34', date: '2019-09-25' },
      });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      const invited = await api(instance, chair, {
        method: 'POST',
        path: `/meetings/${id}/participants`,
        body: { email: secretariat.user.email, role: 'secretariat' },
      });
      expect(invited.status).toBe(202);
      return id;
    };
    const seenInTheGlobalOrder = async (instance: Instance, meetingId: string) =>
      (await instance.store.readAll({ limit: 10_000 })).some(
        (event) => event.stream === meetingStream(meetingId),
      );

    it('opens at once, on any instance, a meeting scheduled a moment ago', async () => {
      const [a, b] = instances as [Instance, Instance];
      await holdingTheGlobalOrder(async () => {
        // Straight into the log, as the command line does: no instance announces it.
        const meetingId = await newMeeting();
        expect(await seenInTheGlobalOrder(b, meetingId)).toBe(false);
        const read = await api(b, secretariat, { method: 'GET', path: `/meetings/${meetingId}` });
        expect(read.status).toBe(200);
        // y-websocket never retries after a 4403 or 4404: the first answer must be right.
        const onA = client(a, meetingId, chair);
        const onB = client(b, meetingId, secretariat);
        await withDeadline(
          Promise.all([onA.synced, onB.synced]),
          3000,
          'both clients to open the new meeting',
        );
      });
    });

    it('makes a socket on the other instance read-only within a second of a freeze', async () => {
      await holdingTheGlobalOrder(async () => {
        await frozenOnAThenTypedOnB(await scheduleThroughTheApi(instances[0]!));
      });
    });

    it('makes a socket on the other instance read-only, then closes it, within a second of changes through the API', async () => {
      const [a, b] = instances as [Instance, Instance];
      await holdingTheGlobalOrder(async () => {
        const meetingId = await scheduleThroughTheApi(a);
        const onB = client(b, meetingId, secretariat);
        await withDeadline(onB.synced, 3000, 'the client on B to open the new meeting');
        const participant = `/meetings/${meetingId}/participants/${secretariat.user.id}`;
        await demotedThenRemoved(
          onB,
          { store: a.store, meetingId },
          {
            demote: async () => {
              const demoted = await api(a, chair, {
                method: 'PATCH',
                path: participant,
                body: { role: 'delegate' },
              });
              expect(demoted.status).toBe(200);
            },
            remove: async () => {
              const removed = await api(a, chair, { method: 'DELETE', path: participant });
              expect(removed.status).toBeLessThan(300);
            },
          },
        );
      });
    });
  });
});

/**
 * A participant on instance B is demoted, then removed, through instance A: within a second of
 * the demotion B refuses their typing (nothing stored), and within a second of the removal B
 * closes their socket with 4403.
 */
async function demotedThenRemoved(
  onB: TestClient,
  draft: { store: EventStore; meetingId: string },
  change: { demote: () => Promise<unknown>; remove: () => Promise<unknown> },
): Promise<void> {
  const { store, meetingId } = draft;
  await change.demote();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  onB.text.insert(0, 'Typed as a delegate.');
  await withDeadline(watchPermissionDenials(onB).first, 3000, 'the edit to be refused');
  expect(await storedDraftUpdates(store, meetingId)).toEqual([]);
  const closed = nextClose(onB).then((close) => close.code);
  const removedAt = Date.now();
  await change.remove();
  expect(await withDeadline(closed, 3000, 'the socket on B to close')).toBe(4403);
  expect(Date.now() - removedAt).toBeLessThan(1000);
}

/** `promise`, or a failure naming `what` once `ms` have passed. */
async function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`Timed out after ${ms} ms waiting for ${what}.`));
    }, ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Yjs items (client, clock) that more than one stored update carries. */
function itemsStoredTwice(updates: readonly Uint8Array[]): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const update of updates) {
    for (const struct of Y.decodeUpdate(update).structs) {
      if (struct.constructor.name === 'Skip') continue;
      for (let clock = struct.id.clock; clock < struct.id.clock + struct.length; clock += 1) {
        const key = `${struct.id.client}:${clock}`;
        if (seen.has(key)) twice.push(key);
        seen.add(key);
      }
    }
  }
  return twice;
}
