import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Accounts } from '../accounts/accounts.js';
import type { AccountsDatabase } from '../accounts/accounts-database.js';
import { createPerson, PASSWORD, type TestPerson } from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const DAY_MS = 24 * 3600 * 1000;

describe('API tokens: minted by a person present, and expiring', () => {
  let running: TestServer;
  let person: TestPerson;
  let cookie: string;

  beforeEach(async () => {
    running = await startTestServer({ apiTokenDays: 30 });
    person = await createPerson(running.accounts, { email: 'chair@itu.example', name: 'Chair' });
    const signedIn = await fetch(`${running.url}/api/session`, {
      method: 'POST',
      headers: { origin: running.url, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'chair@itu.example', password: PASSWORD }),
    });
    cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
  });
  afterEach(() => running.close());

  const mint = (body: unknown, headers: Record<string, string> = { cookie, origin: running.url }) =>
    fetch(`${running.url}/api/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const tokensOf = async () => running.accounts.listTokens(person.user.id);

  it('refuses a token minted with a token, with a stable code, and stores nothing', async () => {
    const before = await tokensOf();
    const refused = await mint({ name: 'child' }, { authorization: `Bearer ${person.token}` });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'session_required' });
    expect(await tokensOf()).toEqual(before);
  });

  it('gives a new token the configured lifetime, and lists its expiry', async () => {
    const created = await mint({ name: 'minutes bot' });
    expect(created.status).toBe(201);
    const { id, expiresAt } = (await created.json()) as { id: string; expiresAt: string };
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(29.9 * DAY_MS);
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(30 * DAY_MS);
    const listed = (await (
      await fetch(`${running.url}/api/tokens`, { headers: { cookie } })
    ).json()) as { id: string; expiresAt: string }[];
    expect(listed.find((token) => token.id === id)?.expiresAt).toBe(expiresAt);
  });

  it('takes a shorter lifetime, and refuses one longer than the setting allows', async () => {
    const week = (await (await mint({ name: 'week', expiresInDays: 7 })).json()) as {
      expiresAt: string;
    };
    expect(Date.parse(week.expiresAt) - Date.now()).toBeLessThanOrEqual(7 * DAY_MS);
    const before = await tokensOf();
    for (const expiresInDays of [0, 31, 1.5]) {
      const refused = await mint({ name: 'too long', expiresInDays });
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({ code: 'invalid_request' });
    }
    expect(await tokensOf()).toEqual(before);
  });

  it('refuses an expired token with token_expired, saying what to do', async () => {
    const db = (running.accounts as unknown as { db: AccountsDatabase }).db;
    const lastMonth = new Accounts(db, () => new Date(Date.now() - 31 * DAY_MS));
    const { token } = await lastMonth.createToken(person.user.id, 'old', { days: 30 });
    const refused = await fetch(`${running.url}/api/session`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(refused.status).toBe(401);
    const problem = (await refused.json()) as { code: string; detail: string };
    expect(problem.code).toBe('token_expired');
    expect(problem.detail).toMatch(/expired on \d{4}-\d\d-\d\d.*new token/);
  });
});
