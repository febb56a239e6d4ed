import type { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openChairedApp, type ChairedApp } from '../testing/chaired-app.js';
import { createPerson, type TestPerson } from '../testing/meeting-fixtures.js';
import { meetingStream } from './meeting-events.js';

const MEETING = 'cwg-34';
const NOW = new Date('2026-03-02T09:00:00.000Z');
const contribution = {
  symbol: 'S19-CWGWSIS34-C-0019',
  title: 'Draft resolution',
  source: 'Secretariat',
};

describe('ETag and If-Match on a meeting', () => {
  let fixture: ChairedApp;
  let app: Hono;
  let chair: TestPerson;

  beforeEach(async () => {
    fixture = await openChairedApp(MEETING);
    chair = fixture.chair;
    app = await fixture.startApp({ clock: () => NOW });
  });
  afterEach(() => fixture.close());

  const call = (path: string, init: { method?: string; body?: unknown; ifMatch?: string } = {}) =>
    app.request(`/api/meetings/${MEETING}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${chair.token}`,
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.ifMatch === undefined ? {} : { 'if-match': init.ifMatch }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  const register = (ifMatch?: string) =>
    call('/documents', {
      method: 'POST',
      body: contribution,
      ...(ifMatch === undefined ? {} : { ifMatch }),
    });
  const history = async () =>
    (await fixture.store.readStream(meetingStream(MEETING), { limit: 100 })).map(
      ({ type, revision }) => ({ type, revision }),
    );

  it('tags the meeting with its stream revision, strong and quoted, and a new one after a change', async () => {
    const read = await call('');
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"0"');
    const registered = await register();
    expect(registered.status).toBe(201);
    expect(registered.headers.get('etag')).toBe('"1"');
    expect((await call('')).headers.get('etag')).toBe('"1"');
    expect((await call('/versions')).headers.get('etag')).toBe('"1"');
  });

  it('stores a change whose If-Match is the current ETag', async () => {
    const etag = (await call('')).headers.get('etag') ?? '';
    const registered = await register(etag);
    expect(registered.status).toBe(201);
    expect(registered.headers.get('etag')).toBe('"1"');
  });

  it('refuses a stale If-Match with 412 problem JSON, and the history is unchanged', async () => {
    const stale = (await call('')).headers.get('etag') ?? '';
    expect((await register()).status).toBe(201);
    const before = await history();
    const refused = await register(stale);
    expect(refused.status).toBe(412);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await refused.json()).toMatchObject({
      status: 412,
      code: 'precondition_failed',
      detail: expect.stringMatching(/changed since you read it.*Reload/) as string,
    });
    expect(await history()).toEqual(before);
  });

  it('checks If-Match on every kind of meeting change: participants, invitations, versions', async () => {
    const delegate = await createPerson(fixture.accounts, {
      email: 'delegate@itu.example',
      name: 'Delegate',
    });
    const imported = await app.request(`/api/meetings/${MEETING}/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${chair.token}`, 'content-type': 'text/plain' },
      body: '1 Opening\n\nThe chair opened the meeting.',
    });
    expect(imported.status).toBe(201);
    const stale = '"7"';
    const refusals = [
      await call('/participants', {
        method: 'POST',
        body: { email: 'delegate@itu.example', role: 'delegate' },
        ifMatch: stale,
      }),
      await call('/participants', {
        method: 'POST',
        body: { email: 'nobody@itu.example', role: 'delegate' },
        ifMatch: stale,
      }),
      await call(`/participants/${delegate.user.id}`, {
        method: 'PATCH',
        body: { role: 'secretariat' },
        ifMatch: stale,
      }),
      await call(`/participants/${delegate.user.id}`, { method: 'DELETE', ifMatch: stale }),
      await call('/versions', { method: 'POST', body: { name: 'First' }, ifMatch: stale }),
      await call('/versions/v-1/approve', { method: 'POST', ifMatch: stale }),
      await call('/versions/v-1/freeze', { method: 'POST', ifMatch: stale }),
      await call('/versions/v-1/request-changes', {
        method: 'POST',
        body: { comment: 'More' },
        ifMatch: stale,
      }),
      await call('/reopen', { method: 'POST', body: {}, ifMatch: stale }),
    ];
    expect(refusals.map((answer) => answer.status)).toEqual(Array(9).fill(412));
    expect(await history()).toEqual([{ type: 'MeetingScheduled', revision: 0 }]);
  });

  it('answers an invitation without an ETag, the same for an email with an account and one without', async () => {
    await createPerson(fixture.accounts, { email: 'vice@itu.example', name: 'Vice' });
    const withAccount = await call('/participants', {
      method: 'POST',
      body: { email: 'vice@itu.example', role: 'vice-chair' },
      ifMatch: '"0"',
    });
    const withoutAccount = await call('/participants', {
      method: 'POST',
      body: { email: 'nobody@itu.example', role: 'vice-chair' },
      ifMatch: '"1"',
    });
    expect([withAccount.status, withoutAccount.status]).toEqual([202, 202]);
    expect([withAccount.headers.get('etag'), withoutAccount.headers.get('etag')]).toEqual([
      null,
      null,
    ]);
  });

  it('refuses an If-Match that is no ETag of ours with 400, naming the header', async () => {
    const refused = await register('W/"0"');
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      code: 'invalid_request',
      detail: expect.stringMatching(/if-match/) as string,
    });
  });

  it('takes * as whatever is current', async () => {
    expect((await register('*')).status).toBe(201);
  });

  it('decides at the time of the app’s clock, not the route’s', async () => {
    await register();
    const [, registered] = await fixture.store.readStream(meetingStream(MEETING), { limit: 10 });
    expect(registered?.data).toMatchObject({ at: NOW.toISOString() });
  });
});
