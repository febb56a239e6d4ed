import { can, type Action, type Role } from '@rapporteur/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { apiAs, type ApiRequest } from './testing/api-call.js';
import {
  connectClient,
  nextClose,
  waitFor,
  watchPermissionDenials,
} from './testing/collab-client.js';
import {
  createPerson,
  type Seat,
  seatEveryone,
  SEATS,
  type TestPerson,
} from './testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from './testing/test-server.js';
import { storedDraftUpdates } from './testing/stored-draft.js';

const MEETING = 'cwg-34';

/** The permission table, checked cell by cell against the running server, over HTTP and over the socket. */
describe('the permission table, enforced by the server', () => {
  let running: TestServer;
  const people = new Map<Seat, TestPerson>();
  let newcomer: TestPerson;

  beforeAll(async () => {
    running = await startTestServer();
    await seatEveryone(running, MEETING, people);
    newcomer = await createPerson(running.accounts, {
      email: 'newcomer@itu.example',
      name: 'A newcomer',
    });
    await running.restart();
  });
  afterAll(() => running.close());

  const as = (seat: Seat, request: ApiRequest, body?: unknown) =>
    apiAs(running.url, people.get(seat)!.token)(request, body);
  const roleOf = (seat: Seat): Role | undefined => (seat === 'outsider' ? undefined : seat);
  const expected = (seat: Seat, action: Action) => can(roleOf(seat), action);
  const logLength = async () => (await running.store.readStream(`meeting-${MEETING}`)).length;

  it.each(SEATS)('reading the meeting as %s', async (seat) => {
    const response = await as(seat, `GET /meetings/${MEETING}`);
    expect(response.status).toBe(expected(seat, 'read') ? 200 : 404);
  });

  it.each(SEATS)('managing participants as %s: invite, then remove', async (seat) => {
    const before = await logLength();
    const invited = await as(seat, `POST /meetings/${MEETING}/participants`, {
      email: 'newcomer@itu.example',
      role: 'delegate',
    });
    if (!expected(seat, 'manage-participants')) {
      expect([403, 404]).toContain(invited.status);
      expect(await logLength()).toBe(before);
      return;
    }
    expect(invited.status).toBe(202);
    expect(
      (await as(seat, `DELETE /meetings/${MEETING}/participants/${newcomer.user.id}`)).status,
    ).toBe(204);
  });

  it.each(SEATS)('registering a contribution document as %s', async (seat) => {
    const before = await logLength();
    const response = await as(seat, `POST /meetings/${MEETING}/documents`, {
      symbol: `S19-CWGWSIS34-C-00${String(SEATS.indexOf(seat) + 10)}`,
      title: 'A contribution',
      source: 'Brazil',
    });
    expect(response.status).toBe(expected(seat, 'edit') ? 201 : seat === 'outsider' ? 404 : 403);
    if (!expected(seat, 'edit')) expect(await logLength()).toBe(before);
  });

  it.each(SEATS)('writing to the draft over the socket as %s', async (seat) => {
    const updates = async () => (await storedDraftUpdates(running.store, MEETING)).length;
    const before = await updates();
    const client = connectClient(running.url, MEETING, { token: people.get(seat)!.token });
    const denials = watchPermissionDenials(client);
    const closed = nextClose(client).then((close) => close.code);
    try {
      if (seat === 'outsider') {
        expect(await closed).toBe(4403);
        return;
      }
      await client.synced;
      client.text.insert(0, `written by the ${seat}`);
      if (expected(seat, 'edit')) {
        await waitFor(() => denials.reasons.length > 0, 'nothing', 300).catch(() => undefined);
        await expect.poll(updates).toBe(before + 1);
        expect(denials.reasons).toEqual([]);
      } else {
        await waitFor(() => denials.reasons.length > 0, 'a permission-denied message');
        expect(await updates()).toBe(before);
      }
    } finally {
      client.destroy();
    }
  });

  it('refuses the secretariat making itself or a delegate vice-chair, and changes nothing', async () => {
    const before = await logLength();
    for (const seat of ['secretariat', 'delegate'] as const) {
      const refused = await as(
        'secretariat',
        `PATCH /meetings/${MEETING}/participants/${people.get(seat)!.user.id}`,
        { role: 'vice-chair' },
      );
      expect(refused.status).toBe(403);
      const problem = (await refused.json()) as { code: string; detail: string };
      expect(problem.code).toBe('forbidden');
      expect(problem.detail).toMatch(/^(Nobody changes their own role|Only the chair)/);
    }
    expect(await logLength()).toBe(before);
  });

  it('turns an open socket read-only when its person is made a delegate, and closes it on removal', async () => {
    const person = await createPerson(running.accounts, {
      email: 'rotating@itu.example',
      name: 'Rotating member',
    });
    expect(
      (
        await as('chair', `POST /meetings/${MEETING}/participants`, {
          email: 'rotating@itu.example',
          role: 'secretariat',
        })
      ).status,
    ).toBe(202);
    const client = connectClient(running.url, MEETING, { token: person.token });
    const denials = watchPermissionDenials(client);
    const closed = nextClose(client).then((close) => close.code);
    try {
      await client.synced;
      expect(
        (
          await as('chair', `PATCH /meetings/${MEETING}/participants/${person.user.id}`, {
            role: 'delegate',
          })
        ).status,
      ).toBe(200);
      client.text.insert(0, 'after the demotion');
      await waitFor(() => denials.reasons.length > 0, 'the demoted member to be refused', 1000);
      const removedAt = Date.now();
      expect(
        (await as('chair', `DELETE /meetings/${MEETING}/participants/${person.user.id}`)).status,
      ).toBe(204);
      expect(await closed).toBe(4403);
      expect(Date.now() - removedAt).toBeLessThan(1000);
    } finally {
      client.destroy();
    }
  });

  it('closes a socket at once when the API token it opened with is revoked', async () => {
    const person = people.get('secretariat')!;
    const { id, token } = await running.accounts.createToken(person.user.id, 'short-lived');
    const socket = new WebSocket(
      `${running.url.replace(/^http/, 'ws')}/collab/${MEETING}?token=${token}`,
    );
    const code = new Promise<number>((resolve) => socket.on('close', resolve));
    await new Promise((resolve) => socket.once('open', resolve));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const revoked = await fetch(`${running.url}/api/tokens/${id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(revoked.status).toBe(204);
    expect(await code).toBe(4401);
  });

  it('closes a browser socket at once when its session signs out', async () => {
    const session = await running.accounts.openSession(people.get('vice-chair')!.user.id);
    const cookie = `rapporteur_session=${session.id}`;
    const socket = new WebSocket(`${running.url.replace(/^http/, 'ws')}/collab/${MEETING}`, {
      headers: { cookie, origin: running.url },
    });
    const code = new Promise<number>((resolve) => socket.on('close', resolve));
    await new Promise((resolve) => socket.once('open', resolve));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const signedOut = await fetch(`${running.url}/api/session`, {
      method: 'DELETE',
      headers: { cookie, origin: running.url },
    });
    expect(signedOut.status).toBe(204);
    expect(await code).toBe(4401);
  });

  it('refuses a socket without credentials, and a cookie sent from another site', async () => {
    const bare = new WebSocket(`${running.url.replace(/^http/, 'ws')}/collab/${MEETING}`);
    expect(await new Promise<number>((resolve) => bare.on('close', resolve))).toBe(4401);
    const session = await running.accounts.openSession(people.get('chair')!.user.id);
    const forged = new WebSocket(`${running.url.replace(/^http/, 'ws')}/collab/${MEETING}`, {
      headers: { cookie: `rapporteur_session=${session.id}`, origin: 'https://evil.example' },
    });
    expect(await new Promise<number>((resolve) => forged.on('close', resolve))).toBe(4401);
  });
});
