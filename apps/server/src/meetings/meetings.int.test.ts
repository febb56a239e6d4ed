import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHAIR_ACCOUNT, createPerson, type TestPerson } from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

describe('the meetings API', () => {
  let running: TestServer;
  let chair: TestPerson;
  let other: TestPerson;
  beforeEach(async () => {
    // Members create meetings here (MEETING_CREATORS=everyone); the default is tested beside.
    running = await startTestServer({ meetingCreators: 'everyone' });
    chair = await createPerson(running.accounts, CHAIR_ACCOUNT);
    other = await createPerson(running.accounts, {
      email: 'other@itu.example',
      name: 'Mario Canazza',
    });
  });
  afterEach(() => running.close());

  const call = (person: TestPerson, request: { method: string; path: string; body?: unknown }) =>
    fetch(`${running.url}/api${request.path}`, {
      method: request.method,
      headers: { authorization: `Bearer ${person.token}`, 'content-type': 'application/json' },
      ...(request.body === undefined
        ? {}
        : { body: typeof request.body === 'string' ? request.body : JSON.stringify(request.body) }),
    });
  const create = async () => {
    const response = await call(chair, {
      method: 'POST',
      path: '/meetings',
      body: { title: 'CWG-WSIS&SDG, 35th meeting', symbol: 'CWG-WSIS&SDG-35', date: '2020-02-03' },
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string };
  };

  it('creates a meeting chaired by its creator, listed for its participants only', async () => {
    const { id } = await create();
    expect(
      await (await call(chair, { method: 'GET', path: `/meetings/${id}` })).json(),
    ).toMatchObject({
      id,
      role: 'chair',
      participants: [{ personId: chair.user.id, role: 'chair' }],
    });
    expect(await (await call(chair, { method: 'GET', path: '/meetings' })).json()).toEqual([
      expect.objectContaining({ id, role: 'chair' }),
    ]);
    expect(await (await call(other, { method: 'GET', path: '/meetings' })).json()).toEqual([]);
    expect((await call(other, { method: 'GET', path: `/meetings/${id}` })).status).toBe(404);
  });

  it('hands the chair over, demoting the old chair to vice-chair', async () => {
    const { id } = await create();
    await call(chair, {
      method: 'POST',
      path: `/meetings/${id}/participants`,
      body: { email: 'other@itu.example', role: 'vice-chair' },
    });
    expect(
      (
        await call(chair, {
          method: 'PATCH',
          path: `/meetings/${id}/participants/${other.user.id}`,
          body: { role: 'chair' },
        })
      ).status,
    ).toBe(200);
    const meeting = (await (
      await call(other, { method: 'GET', path: `/meetings/${id}` })
    ).json()) as { participants: { personId: string; role: string }[] };
    expect(meeting.participants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ personId: chair.user.id, role: 'vice-chair' }),
        expect.objectContaining({ personId: other.user.id, role: 'chair' }),
      ]),
    );
  });

  it.each([
    {
      what: 'a missing title',
      request: {
        method: 'POST',
        path: '/meetings',
        body: { symbol: 'CWG-35', date: '2020-02-03' },
      },
      status: 400,
      code: 'invalid_request',
    },
    {
      what: 'a date that does not exist',
      request: {
        method: 'POST',
        path: '/meetings',
        body: { title: 'T', symbol: 'CWG-35', date: '2020-02-30' },
      },
      status: 400,
      code: 'validation_failed',
    },
    {
      what: 'a body that is not JSON',
      request: { method: 'POST', path: '/meetings', body: '{title' },
      status: 400,
      code: 'invalid_request',
    },
    {
      what: 'an unknown meeting',
      request: { method: 'GET', path: '/meetings/no-such-meeting' },
      status: 404,
      code: 'not_found',
    },
    {
      what: 'a malformed meeting id',
      request: { method: 'GET', path: '/meetings/not%20an%20id' },
      status: 400,
      code: 'invalid_request',
    },
    {
      what: 'an unknown role',
      request: {
        method: 'POST',
        path: '/meetings/{id}/participants',
        body: { email: 'other@itu.example', role: 'president' },
      },
      status: 400,
      code: 'invalid_request',
    },
    {
      what: 'a participant who is not there',
      request: { method: 'DELETE', path: '/meetings/{id}/participants/nobody' },
      status: 404,
      code: 'not_found',
    },
    {
      what: 'removing the chair',
      request: { method: 'DELETE', path: '/meetings/{id}/participants/{chair}' },
      status: 409,
      code: 'illegal_state',
    },
    {
      what: 'a second chair',
      request: {
        method: 'POST',
        path: '/meetings/{id}/participants',
        body: { email: 'other@itu.example', role: 'chair' },
      },
      status: 409,
      code: 'illegal_state',
    },
  ])(
    'answers $what with problem JSON, never 500, and stores nothing',
    async ({ request, status, code }) => {
      const { id } = await create();
      const before = (await running.store.readAll()).length;
      const path = request.path.replace('{id}', id).replace('{chair}', chair.user.id);
      const response = await call(chair, { ...request, path });
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(await response.json()).toMatchObject({ status, code });
      expect((await running.store.readAll()).length).toBe(before);
    },
  );
});
