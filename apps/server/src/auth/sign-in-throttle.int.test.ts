import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHAIR_ACCOUNT } from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

// Behind a proxy (TRUST_PROXY), so that each attempt can come from an address of its own.
describe('sign-in throttling, per address and per address and account', () => {
  let running: TestServer;
  beforeEach(async () => {
    running = await startTestServer({ trustProxy: true });
    await running.accounts.create(CHAIR_ACCOUNT);
  });
  afterEach(() => running.close());

  const signIn = (from: string, email: string, password: string) =>
    fetch(`${running.url}/api/session`, {
      method: 'POST',
      headers: { origin: running.url, 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ email, password }),
    });

  it('lets the owner in from a new address after wrong passwords from many others', async () => {
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const guessed = await signIn(
        `10.0.0.${String(attempt)}`,
        CHAIR_ACCOUNT.email,
        `guess ${attempt}`,
      );
      expect(guessed.status).toBe(401);
    }
    const owner = await signIn('192.0.2.7', CHAIR_ACCOUNT.email, CHAIR_ACCOUNT.password);
    expect(owner.status).toBe(200);
  });

  it('answers the owner more slowly, not refused, while their account is being guessed at', async () => {
    for (let attempt = 0; attempt < 12; attempt += 1)
      await signIn(`10.0.1.${String(attempt)}`, CHAIR_ACCOUNT.email, `guess ${attempt}`);
    const started = Date.now();
    expect((await signIn('192.0.2.8', CHAIR_ACCOUNT.email, CHAIR_ACCOUNT.password)).status).toBe(
      200,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('refuses the eleventh wrong password for one account from one address, with Retry-After', async () => {
    let last: Response | undefined;
    for (let attempt = 0; attempt < 11; attempt += 1)
      last = await signIn('10.0.2.1', CHAIR_ACCOUNT.email, `guess ${attempt}`);
    expect(last?.status).toBe(429);
    expect(await last?.json()).toMatchObject({ code: 'too_many_attempts' });
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await signIn('10.0.2.2', CHAIR_ACCOUNT.email, CHAIR_ACCOUNT.password)).status).toBe(
      200,
    );
  });

  it('refuses an address that tries many accounts, but not the others behind another address', async () => {
    let last: Response | undefined;
    for (let attempt = 0; attempt < 51; attempt += 1)
      last = await signIn('10.0.3.1', `someone${attempt}@itu.example`, 'a wrong passphrase');
    expect(last?.status).toBe(429);
    expect((await signIn('10.0.3.1', CHAIR_ACCOUNT.email, CHAIR_ACCOUNT.password)).status).toBe(
      429,
    );
    expect((await signIn('10.0.3.2', CHAIR_ACCOUNT.email, CHAIR_ACCOUNT.password)).status).toBe(
      200,
    );
  });

  it('does not count signing in successfully against an address', async () => {
    for (let attempt = 0; attempt < 12; attempt += 1)
      expect((await signIn('10.0.4.1', CHAIR_ACCOUNT.email, CHAIR_ACCOUNT.password)).status).toBe(
        200,
      );
  });
});
