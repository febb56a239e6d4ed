import { afterEach, describe, expect, it } from 'vitest';
import { createPerson, meetingWith, type TestPerson } from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const MEETING = {
  title: 'CWG-WSIS&SDG, 35th meeting',
  symbol: 'CWG-WSIS&SDG-35',
  date: '2020-02-03',
};

describe('who creates meetings, and what an invitation reveals', () => {
  let running: TestServer | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });

  const start = async (options: Parameters<typeof startTestServer>[0] = {}) => {
    running = await startTestServer(options);
    const member = await createPerson(running.accounts, {
      email: 'member@itu.example',
      name: 'A member',
    });
    const admin = await createPerson(running.accounts, {
      email: 'admin@itu.example',
      name: 'The administrator',
      admin: true,
    });
    return { server: running, member, admin };
  };
  const call = (
    server: TestServer,
    person: TestPerson,
    { method, path, body }: { method: string; path: string; body?: unknown },
  ) =>
    fetch(`${server.url}/api${path}`, {
      method,
      headers: { authorization: `Bearer ${person.token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it('refuses, by default, a meeting created by an account that is not an administrator', async () => {
    const { server, member } = await start();
    const before = (await server.store.readAll()).length;
    const refused = await call(server, member, {
      method: 'POST',
      path: '/meetings',
      body: MEETING,
    });
    expect(refused.status).toBe(403);
    const problem = (await refused.json()) as { code: string; detail: string };
    expect(problem.code).toBe('meeting_creation_forbidden');
    expect(problem.detail).toMatch(/administrator/);
    expect((await server.store.readAll()).length).toBe(before);
    expect(
      await (await call(server, member, { method: 'GET', path: '/session' })).json(),
    ).toMatchObject({ mayCreateMeetings: false });
  });

  it('lets an administrator create a meeting by default', async () => {
    const { server, admin } = await start();
    const created = await call(server, admin, { method: 'POST', path: '/meetings', body: MEETING });
    expect(created.status).toBe(201);
    expect(
      await (await call(server, admin, { method: 'GET', path: '/session' })).json(),
    ).toMatchObject({ mayCreateMeetings: true });
  });

  it('lets every account create meetings when MEETING_CREATORS is everyone', async () => {
    const { server, member } = await start({ meetingCreators: 'everyone' });
    const created = await call(server, member, {
      method: 'POST',
      path: '/meetings',
      body: MEETING,
    });
    expect(created.status).toBe(201);
  });

  it('answers an invitation in one shape for an email with an account and one without (decision 40)', async () => {
    const { server, admin, member } = await start();
    await meetingWith(server.store, 'cwg-35', { chair: admin.user });
    await server.restart();
    const answers = [];
    for (const email of [member.user.email, 'nobody@itu.example']) {
      const response = await call(server, admin, {
        method: 'POST',
        path: '/meetings/cwg-35/participants',
        body: { email, role: 'delegate' },
      });
      answers.push({
        status: response.status,
        body: (await response.json()) as Record<string, unknown>,
      });
    }
    expect(answers.map(({ status }) => status)).toEqual([202, 202]);
    expect(Object.keys(answers[0]!.body).sort()).toEqual(Object.keys(answers[1]!.body).sort());
    expect(answers[0]!.body).toMatchObject({
      email: 'member@itu.example',
      role: 'delegate',
      outcome: 'joined',
    });
    expect(answers[1]!.body).toMatchObject({
      email: 'nobody@itu.example',
      role: 'delegate',
      outcome: 'pending',
    });
    // The pending invitation waits in the accounts database; the meeting's log holds only who joined.
    const stored = (await server.store.readStream('meeting-cwg-35')).map((event) => event.type);
    expect(stored).toEqual(['MeetingScheduled', 'ParticipantInvited']);
  });
});
