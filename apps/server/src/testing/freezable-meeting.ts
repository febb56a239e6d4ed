import { afterEach, beforeEach } from 'vitest';
import { connectClient, type TestClient } from './collab-client.js';
import { createPerson, meetingWith, type TestPerson } from './meeting-fixtures.js';
import { startTestServer, type TestServer } from './test-server.js';
import { storedDraftUpdates } from './stored-draft.js';

type Seat = 'chair' | 'vice-chair';

/** A meeting with a chair and a vice-chair: enough people to take a version to frozen. */
export interface FreezableMeeting {
  readonly running: TestServer;
  readonly meetingId: string;
  /** Calls the meeting's API (`path` after /api/meetings/<id>) as `seat`. */
  call(seat: Seat, path: string, init?: RequestInit): Promise<Response>;
  /** Names the draft's head as a version, then submits, endorses, approves and freezes it. */
  frozenVersion(name: string): Promise<{ versionId: string; draftRevision: number }>;
  /** A y-websocket client of the chair; closed after the test. */
  connectChair(): TestClient;
  /** The DraftUpdated events stored so far. */
  storedUpdates(): Promise<number>;
}

/** A fresh server and meeting for each test of the calling suite, removed after it. */
export function freezableMeetingEachTest(meetingId: string): FreezableMeeting {
  let running: TestServer | undefined;
  const people = new Map<Seat, TestPerson>();
  const clients: TestClient[] = [];
  beforeEach(async () => {
    running = await startTestServer();
    for (const seat of ['chair', 'vice-chair'] as const)
      people.set(
        seat,
        await createPerson(running.accounts, { email: `${seat}@itu.example`, name: `The ${seat}` }),
      );
    await meetingWith(running.store, meetingId, {
      chair: people.get('chair')!.user,
      others: [{ user: people.get('vice-chair')!.user, role: 'vice-chair' }],
    });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await running?.close();
    running = undefined;
  });
  const now = (): TestServer => {
    if (running === undefined) throw new Error('The meeting exists only while a test runs.');
    return running;
  };
  const call = (seat: Seat, path: string, init: RequestInit = {}) =>
    fetch(`${now().url}/api/meetings/${meetingId}${path}`, {
      ...init,
      headers: {
        authorization: `Bearer ${people.get(seat)?.token ?? ''}`,
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
    });
  const step = async (seat: Seat, versionId: string, name: string): Promise<void> => {
    const answer = await call(seat, `/versions/${versionId}/${name}`, { method: 'POST' });
    if (answer.status !== 200) throw new Error(`${name}: ${answer.status} ${await answer.text()}`);
  };
  return {
    get running() {
      return now();
    },
    meetingId,
    call,
    async frozenVersion(name) {
      const named = await call('chair', '/versions', {
        method: 'POST',
        body: JSON.stringify({ name }),
      });
      const version = (await named.json()) as { versionId: string; draftRevision: number };
      await step('chair', version.versionId, 'submit');
      await step('vice-chair', version.versionId, 'endorse');
      await step('chair', version.versionId, 'approve');
      await step('chair', version.versionId, 'freeze');
      return version;
    },
    connectChair() {
      const client = connectClient(now().url, meetingId, { token: people.get('chair')!.token });
      clients.push(client);
      return client;
    },
    async storedUpdates() {
      return (await storedDraftUpdates(now().store, meetingId)).length;
    },
  };
}
