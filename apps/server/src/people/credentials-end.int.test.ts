import { CLOSE_CODES } from '@rapporteur/collab';
import { describe, expect, it } from 'vitest';
import { apiAs } from '../testing/api-call.js';
import { chairedMeetingEachTest } from '../testing/chaired-meeting.js';
import { nextClose } from '../testing/collab-client.js';
import { WebSocket } from 'ws';
import { createPerson, PASSWORD } from '../testing/meeting-fixtures.js';

const MEETING = 'cwg-34';

describe('what an account change ends at once: open sockets and other sessions', () => {
  const meeting = chairedMeetingEachTest(MEETING);

  const signIn = async (): Promise<string> => {
    const response = await fetch(`${meeting.running.url}/api/session`, {
      method: 'POST',
      headers: { origin: meeting.running.url, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'chair@itu.example', password: PASSWORD }),
    });
    return response.headers.get('set-cookie')!.split(';')[0]!;
  };
  const whoAmI = (cookie: string) =>
    fetch(`${meeting.running.url}/api/session`, { headers: { cookie } });

  it('closes the socket of an account an administrator disables, with 4401 and why', async () => {
    const admin = await createPerson(meeting.running.accounts, {
      email: 'ada@itu.example',
      name: 'Ada',
      admin: true,
    });
    const chair = await meeting.syncedChair();
    const closed = nextClose(chair);
    const response = await apiAs(meeting.running.url, admin.token)(
      `PATCH /admin/accounts/${meeting.chair.user.id}`,
      { disabled: true },
    );
    expect(response.status).toBe(200);
    expect(await closed).toEqual({
      code: CLOSE_CODES.unauthenticated.code,
      reason: 'An administrator disabled this account.',
    });
  });

  it('signs the other sessions out, and closes their sockets, keeping this one', async () => {
    const here = await signIn();
    const elsewhere = await signIn();
    // A browser's socket: the other session's cookie, with the server's own Origin.
    const socket = new WebSocket(
      `${meeting.running.url.replace(/^http/, 'ws')}/collab/${MEETING}`,
      {
        headers: { cookie: elsewhere, origin: meeting.running.url },
      },
    );
    const closed = new Promise<{ code: number; reason: string }>((resolve) => {
      socket.once('close', (code: number, reason: Buffer) => {
        resolve({ code, reason: reason.toString() });
      });
    });
    await new Promise((resolve) => socket.once('open', resolve));
    const ended = await fetch(`${meeting.running.url}/api/account/other-sessions`, {
      method: 'DELETE',
      headers: { cookie: here, origin: meeting.running.url },
    });
    expect(await ended.json()).toEqual({ ended: 1 });
    expect((await whoAmI(here)).status).toBe(200);
    expect((await whoAmI(elsewhere)).status).toBe(401);
    expect(await closed).toEqual({
      code: CLOSE_CODES.unauthenticated.code,
      reason: 'You signed out.',
    });
  });

  it('changes the password only with the current one, and renames the person', async () => {
    const here = await signIn();
    const call = (method: string, path: string, body: unknown) =>
      fetch(`${meeting.running.url}/api${path}`, {
        method,
        headers: { cookie: here, origin: meeting.running.url, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const wrong = await call('PUT', '/account/password', {
      currentPassword: 'not the password',
      newPassword: 'a brand new passphrase',
    });
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toMatchObject({ code: 'wrong_password' });
    const changed = await call('PUT', '/account/password', {
      currentPassword: PASSWORD,
      newPassword: 'a brand new passphrase',
    });
    expect(changed.status).toBe(204);
    expect((await whoAmI(here)).status).toBe(200);
    const renamed = await call('PATCH', '/account', { name: '  Vladimir Minkin ' });
    expect(await renamed.json()).toMatchObject({ name: 'Vladimir Minkin' });
  });
});
