import { afterEach, beforeEach } from 'vitest';
import type { ServerOptions } from '../server.js';
import { connectClient, type TestClient } from './collab-client.js';
import { createPerson, meetingWith, type TestPerson } from './meeting-fixtures.js';
import { startTestServer, type TestServer } from './test-server.js';

/** A test server holding one meeting, chaired by a person with an API token. */
export interface ChairedMeeting {
  readonly running: TestServer;
  readonly chair: TestPerson;
  /** The meeting's collaboration socket address, signed in with the chair's token. */
  readonly socketUrl: string;
}

export async function startChairedMeeting(
  meetingId: string,
  options: Partial<ServerOptions> = {},
): Promise<ChairedMeeting> {
  const running = await startTestServer(options);
  const chair = await createPerson(running.accounts, { email: 'chair@itu.example', name: 'Chair' });
  await meetingWith(running.store, meetingId, { chair: chair.user });
  return {
    running,
    chair,
    get socketUrl() {
      return `${running.url.replace(/^http/, 'ws')}/collab/${meetingId}?token=${chair.token}`;
    },
  };
}

/** A chaired meeting made afresh for each test of a suite, with the chair's clients. */
export interface ChairedMeetingEachTest extends ChairedMeeting {
  /** A y-websocket client signed in as the chair; closed after the test. */
  connectChair(): TestClient;
  /** `connectChair()`, once the stored draft has arrived. */
  syncedChair(): Promise<TestClient>;
}

/**
 * Registers, in the calling suite, a fresh server and meeting before each test and their removal
 * (clients first) after it. The handle's fields are the current test's.
 */
export function chairedMeetingEachTest(
  meetingId: string,
  options: Partial<ServerOptions> = {},
): ChairedMeetingEachTest {
  let current: ChairedMeeting | undefined;
  const clients: TestClient[] = [];
  beforeEach(async () => {
    current = await startChairedMeeting(meetingId, options);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await current?.running.close();
    current = undefined;
  });
  const now = (): ChairedMeeting => {
    if (current === undefined) throw new Error('The meeting exists only while a test runs.');
    return current;
  };
  const connectChair = (): TestClient => {
    const { running, chair } = now();
    const client = connectClient(running.url, meetingId, { token: chair.token });
    clients.push(client);
    return client;
  };
  return {
    get running() {
      return now().running;
    },
    get chair() {
      return now().chair;
    },
    get socketUrl() {
      return now().socketUrl;
    },
    connectChair,
    async syncedChair() {
      const client = connectChair();
      await client.synced;
      return client;
    },
  };
}
