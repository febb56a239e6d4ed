import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Accounts } from '../accounts/accounts.js';
import type { AccountsDatabase } from '../accounts/accounts-database.js';
import { apiAs, type ApiCaller } from '../testing/api-call.js';
import { createPerson, PASSWORD, type TestPerson } from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const DAY_MS = 24 * 3600 * 1000;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('People: accounts an administrator runs from the browser', () => {
  let running: TestServer;
  let admin: TestPerson;
  let member: TestPerson;
  let asAdmin: ApiCaller;
  let asMember: ApiCaller;

  beforeEach(async () => {
    running = await startTestServer();
    admin = await createPerson(running.accounts, {
      email: 'ada@itu.example',
      name: 'Ada',
      admin: true,
    });
    member = await createPerson(running.accounts, { email: 'bo@itu.example', name: 'Bo' });
    asAdmin = apiAs(running.url, admin.token);
    asMember = apiAs(running.url, member.token);
  });
  afterEach(() => running.close());

  const signIn = (email: string, password: string) =>
    fetch(`${running.url}/api/session`, {
      method: 'POST',
      headers: { origin: running.url, 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
  const publicCall = (path: string, body: unknown) =>
    fetch(`${running.url}/api${path}`, {
      method: 'POST',
      headers: { origin: running.url, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const listed = async () => (await running.accounts.admin.list()).map((a) => ({ ...a }));

  it('lists the accounts to an administrator, with who is one and who is disabled', async () => {
    const response = await asAdmin('GET /admin/accounts');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([
      expect.objectContaining({ name: 'Ada', admin: true, disabled: false, passwordSet: true }),
      expect.objectContaining({ name: 'Bo', email: 'bo@itu.example', admin: false }),
    ]);
  });

  it('refuses every people route to a person who is not an administrator, changing nothing', async () => {
    const before = await listed();
    const attempts = [
      await asMember('GET /admin/accounts'),
      await asMember('POST /admin/accounts', { name: 'Mallory', email: 'm@x.example' }),
      await asMember(`PATCH /admin/accounts/${member.user.id}`, { admin: true }),
      await asMember(`PATCH /admin/accounts/${admin.user.id}`, { disabled: true }),
      await asMember(`POST /admin/accounts/${admin.user.id}/password-link`),
    ];
    for (const refused of attempts) {
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ code: 'admin_required' });
    }
    const anonymous = await fetch(`${running.url}/api/admin/accounts`);
    expect(anonymous.status).toBe(401);
    expect(await listed()).toEqual(before);
  });

  it('creates an account with a password, and the person signs in with it', async () => {
    const created = await asAdmin('POST /admin/accounts', {
      name: 'Cleo',
      email: 'Cleo@ITU.example',
      password: 'cleo has a passphrase',
    });
    expect(created.status).toBe(201);
    const body = (await created.json()) as { account: { email: string }; passwordLink?: unknown };
    expect(body.account.email).toBe('cleo@itu.example');
    expect(body.passwordLink).toBeUndefined();
    expect((await signIn('cleo@itu.example', 'cleo has a passphrase')).status).toBe(200);
  });

  it('creates an account without a password: its one-time link sets one, once', async () => {
    const created = (await (
      await asAdmin('POST /admin/accounts', { name: 'Dara', email: 'dara@itu.example' })
    ).json()) as { account: { passwordSet: boolean }; passwordLink: { path: string } };
    expect(created.account.passwordSet).toBe(false);
    const token = created.passwordLink.path.split('#')[1]!;
    expect(created.passwordLink.path).toMatch(/^\/set-password#/);
    const holder = await publicCall('/password-links/holder', { token });
    expect(await holder.json()).toEqual({ name: 'Dara', email: 'dara@itu.example' });
    expect((await publicCall('/password-links/use', { token, password: 'short' })).status).toBe(
      400,
    );
    const used = await publicCall('/password-links/use', { token, password: 'dara sets her own' });
    expect(used.status).toBe(204);
    expect((await signIn('dara@itu.example', 'dara sets her own')).status).toBe(200);
    const reused = await publicCall('/password-links/use', { token, password: 'mallory was here' });
    expect(reused.status).toBe(409);
    expect(await reused.json()).toMatchObject({ code: 'password_link_used' });
    expect((await signIn('dara@itu.example', 'mallory was here')).status).toBe(401);
  });

  it('refuses an expired link and an unknown one with a sentence, setting nothing', async () => {
    const db = (running.accounts as unknown as { db: AccountsDatabase }).db;
    const lastWeek = new Accounts(db, () => new Date(Date.now() - 7 * DAY_MS));
    const { token } = await lastWeek.passwordLinks.issue(member.user.id);
    const expired = await publicCall('/password-links/use', {
      token,
      password: 'too late for this',
    });
    expect(expired.status).toBe(409);
    const problem = (await expired.json()) as { code: string; detail: string };
    expect(problem.code).toBe('password_link_expired');
    expect(problem.detail).toMatch(/expired on \d{4}-\d\d-\d\d; ask an administrator/);
    const unknown = await publicCall('/password-links/holder', { token: 'not-a-link' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'password_link_invalid' });
    expect((await signIn('bo@itu.example', 'too late for this')).status).toBe(401);
    expect((await signIn('bo@itu.example', PASSWORD)).status).toBe(200);
  });

  it('resets a password with a new link that ends the older ones and the sessions', async () => {
    const session = (await signIn('bo@itu.example', PASSWORD)).headers.get('set-cookie')!;
    const cookie = session.split(';')[0]!;
    const first = (await (
      await asAdmin(`POST /admin/accounts/${member.user.id}/password-link`)
    ).json()) as { path: string };
    const second = (await (
      await asAdmin(`POST /admin/accounts/${member.user.id}/password-link`)
    ).json()) as { path: string };
    const older = await publicCall('/password-links/use', {
      token: first.path.split('#')[1],
      password: 'the older link',
    });
    expect(await older.json()).toMatchObject({ code: 'password_link_used' });
    const token = second.path.split('#')[1];
    expect(
      (await publicCall('/password-links/use', { token, password: 'bo starts over' })).status,
    ).toBe(204);
    expect((await fetch(`${running.url}/api/session`, { headers: { cookie } })).status).toBe(401);
    expect((await signIn('bo@itu.example', 'bo starts over')).status).toBe(200);
  });

  it('disables an account: no sign-in, its token and session stop at once; enabling restores', async () => {
    const cookie = (await signIn('bo@itu.example', PASSWORD)).headers
      .get('set-cookie')!
      .split(';')[0]!;
    const disabled = await asAdmin(`PATCH /admin/accounts/${member.user.id}`, { disabled: true });
    expect(await disabled.json()).toMatchObject({ name: 'Bo', disabled: true });
    expect((await asMember('GET /session')).status).toBe(401);
    expect((await fetch(`${running.url}/api/session`, { headers: { cookie } })).status).toBe(401);
    expect((await signIn('bo@itu.example', PASSWORD)).status).toBe(401);
    await asAdmin(`PATCH /admin/accounts/${member.user.id}`, { disabled: false });
    expect((await asMember('GET /session')).status).toBe(200);
    expect((await signIn('bo@itu.example', PASSWORD)).status).toBe(200);
  });

  it('refuses to disable yourself, or withdraw the last administrator, changing nothing', async () => {
    const before = await listed();
    const self = await asAdmin(`PATCH /admin/accounts/${admin.user.id}`, {
      admin: false,
      disabled: true,
    });
    expect(self.status).toBe(409);
    expect(await self.json()).toMatchObject({ code: 'not_yourself' });
    const last = await asAdmin(`PATCH /admin/accounts/${admin.user.id}`, { admin: false });
    expect(last.status).toBe(409);
    const problem = (await last.json()) as { code: string; detail: string };
    expect(problem.code).toBe('last_administrator');
    expect(problem.detail).toContain('Ada is the last administrator');
    expect(problem.detail).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
    expect(await listed()).toEqual(before);
    // With a second administrator, the first may step down.
    await asAdmin(`PATCH /admin/accounts/${member.user.id}`, { admin: true });
    const stepDown = await asAdmin(`PATCH /admin/accounts/${admin.user.id}`, { admin: false });
    expect(await stepDown.json()).toMatchObject({ name: 'Ada', admin: false });
  });

  it('refuses bad ids, unknown accounts, and bad bodies with stable codes', async () => {
    const unknown = await asAdmin(`PATCH /admin/accounts/${UNKNOWN_ID}`, { disabled: true });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'no_such_account' });
    const link = await asAdmin(`POST /admin/accounts/${UNKNOWN_ID}/password-link`);
    expect(await link.json()).toMatchObject({ code: 'no_such_account' });
    const malformed = await asAdmin('PATCH /admin/accounts/..%2F..%2Fsession', { disabled: true });
    expect(malformed.status).toBe(400);
    const empty = await asAdmin(`PATCH /admin/accounts/${member.user.id}`, {});
    expect(await empty.json()).toMatchObject({ code: 'invalid_request' });
    const taken = await asAdmin('POST /admin/accounts', {
      name: 'Bo again',
      email: 'bo@itu.example',
    });
    expect(await taken.json()).toMatchObject({ code: 'email_taken' });
    const badEmail = await asAdmin('POST /admin/accounts', { name: 'X', email: 'not an email' });
    expect(await badEmail.json()).toMatchObject({ code: 'invalid_email' });
  });
});
