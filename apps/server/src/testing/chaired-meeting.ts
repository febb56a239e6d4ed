import type { ServerOptions } from '../server.js';
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
