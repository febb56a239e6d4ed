import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Accounts } from '../accounts/accounts.js';
import { CHAIR_ACCOUNT } from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

describe('accounts, sessions and tokens over HTTP', () => {
  let running: TestServer;
  beforeEach(async () => {
    running = await startTestServer();
  });
  afterEach(() => running.close());

  /** A browser on the server's own origin: sends its cookie and its Origin. */
  const browser = () => {
    let cookie: string | undefined;
    return {
      async call(method: string, path: string, body?: unknown) {
        const response = await fetch(`${running.url}${path}`, {
          method,
          headers: {
            origin: running.url,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(cookie === undefined ? {} : { cookie }),
          },
          ...(body === undefined
            ? {}
            : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
        });
        const set = response.headers.get('set-cookie');
        if (set !== null) cookie = set.split(';')[0];
        return response;
      },
      get cookie() {
        return cookie;
      },
    };
  };

  /** A browser signed in as the chair, whose account this creates. */
  const chairSignedIn = async () => {
    await running.accounts.create(CHAIR_ACCOUNT);
    const person = browser();
    const { email, password } = CHAIR_ACCOUNT;
    await person.call('POST', '/api/session', { email, password });
    return person;
  };

  it('offers the first-run setup once, signing the first administrator in', async () => {
    const person = browser();
    expect(await (await person.call('GET', '/api/setup')).json()).toEqual({ needsSetup: true });
    const setupCode = await running.accounts.setupCodes.issue();
    const created = await person.call('POST', '/api/setup', { ...CHAIR_ACCOUNT, setupCode });
    expect(created.status).toBe(201);
    expect(created.headers.get('set-cookie')).toMatch(
      /rapporteur_session=.+HttpOnly.+SameSite=Lax/i,
    );
    expect(await (await person.call('GET', '/api/session')).json()).toMatchObject({
      email: CHAIR_ACCOUNT.email,
      admin: true,
    });
    expect(await (await person.call('GET', '/api/setup')).json()).toEqual({ needsSetup: false });
    const again = await browser().call('POST', '/api/setup', {
      ...CHAIR_ACCOUNT,
      email: 'other@itu.example',
      setupCode,
    });
    expect(again.status).toBe(409);
    expect(await running.accounts.count()).toBe(1);
  });

  it('answers an unknown email and a wrong password the same way', async () => {
    await running.accounts.create(CHAIR_ACCOUNT);
    const unknown = await browser().call('POST', '/api/session', {
      email: 'nobody@itu.example',
      password: CHAIR_ACCOUNT.password,
    });
    const wrong = await browser().call('POST', '/api/session', {
      email: CHAIR_ACCOUNT.email,
      password: 'not the passphrase',
    });
    expect([unknown.status, wrong.status]).toEqual([401, 401]);
    expect(await unknown.json()).toEqual(await wrong.json());
  });

  it('signs in and out; after signing out the cookie opens nothing', async () => {
    await running.accounts.create(CHAIR_ACCOUNT);
    const person = browser();
    expect(
      (
        await person.call('POST', '/api/session', {
          email: ' CHAIR@itu.example ',
          password: CHAIR_ACCOUNT.password,
        })
      ).status,
    ).toBe(200);
    const stolen = person.cookie;
    expect((await person.call('DELETE', '/api/session')).status).toBe(204);
    const replayed = await fetch(`${running.url}/api/session`, {
      headers: { cookie: stolen ?? '' },
    });
    expect(replayed.status).toBe(401);
  });

  it('refuses a write carrying the cookie from another site, or from no site at all', async () => {
    const person = await chairSignedIn();
    for (const origin of ['https://evil.example', '']) {
      const forged = await fetch(`${running.url}/api/tokens`, {
        method: 'POST',
        headers: {
          cookie: person.cookie ?? '',
          'content-type': 'application/json',
          ...(origin === '' ? {} : { origin }),
        },
        body: JSON.stringify({ name: 'stolen' }),
      });
      expect(forged.status).toBe(403);
      expect(await forged.json()).toMatchObject({ code: 'cross_origin' });
    }
    const user = await running.accounts.findByEmail(CHAIR_ACCOUNT.email);
    expect(await running.accounts.listTokens(user!.id)).toEqual([]);
  });

  it('issues API tokens shown once, usable without cookie or Origin, refused at once when revoked', async () => {
    const person = await chairSignedIn();
    const created = (await (
      await person.call('POST', '/api/tokens', { name: 'minutes bot' })
    ).json()) as { id: string; token: string };
    expect(created.token).toMatch(/^rap_/);
    const asBot = () =>
      fetch(`${running.url}/api/session`, {
        headers: { authorization: `Bearer ${created.token}` },
      });
    expect(await (await asBot()).json()).toMatchObject({ email: CHAIR_ACCOUNT.email });
    const listed = (await (await person.call('GET', '/api/tokens')).json()) as Record<
      string,
      unknown
    >[];
    expect(listed).toEqual([
      expect.objectContaining({ id: created.id, name: 'minutes bot', revoked: false }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(created.token);
    expect((await person.call('DELETE', `/api/tokens/${created.id}`)).status).toBe(204);
    expect((await asBot()).status).toBe(401);
  });

  it('slows down guessing: the eleventh attempt in a window is refused with Retry-After', async () => {
    await running.accounts.create(CHAIR_ACCOUNT);
    let last: Response | undefined;
    for (let attempt = 0; attempt < 11; attempt += 1) {
      last = await browser().call('POST', '/api/session', {
        email: CHAIR_ACCOUNT.email,
        password: 'wrong guess number ' + String(attempt),
      });
    }
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it.each([
    {
      what: 'a missing field',
      method: 'POST',
      path: '/api/session',
      body: { email: 'a@b.example' },
      status: 400,
      code: 'invalid_request',
    },
    {
      what: 'a wrong type',
      method: 'POST',
      path: '/api/session',
      body: { email: 42, password: true },
      status: 400,
      code: 'invalid_request',
    },
    {
      what: 'a body that is not JSON',
      method: 'POST',
      path: '/api/session',
      body: '{not json',
      status: 400,
      code: 'invalid_request',
    },
    {
      what: 'a short password at setup',
      method: 'POST',
      path: '/api/setup',
      body: { ...CHAIR_ACCOUNT, password: 'short' },
      status: 400,
      code: 'weak_password',
    },
    {
      what: 'an invalid email at setup',
      method: 'POST',
      path: '/api/setup',
      body: { ...CHAIR_ACCOUNT, email: 'chair' },
      status: 400,
      code: 'invalid_email',
    },
    {
      what: 'a huge body',
      method: 'POST',
      path: '/api/session',
      body: { email: 'x'.repeat(3 * 1024 * 1024), password: 'p' },
      status: 413,
      code: 'too_large',
    },
    {
      what: 'a token request without signing in',
      method: 'POST',
      path: '/api/tokens',
      body: { name: 'bot' },
      status: 401,
      code: 'unauthenticated',
    },
  ])(
    'answers $what with problem JSON and stores nothing',
    async ({ method, path, body, status, code }) => {
      // Setup with the code the server printed (main.ts issues one at start): the input is at fault.
      const sent =
        path === '/api/setup'
          ? { ...(body as object), setupCode: await running.accounts.setupCodes.issue() }
          : body;
      const response = await browser().call(method, path, sent);
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(await response.json()).toMatchObject({ status, code });
      expect(await running.accounts.count()).toBe(0);
    },
  );

  it('serves the OpenAPI document and a page to read it', async () => {
    const spec = (await (await fetch(`${running.url}/api/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/session',
        '/api/setup',
        '/api/tokens',
        '/api/tokens/{tokenId}',
      ]),
    );
    expect(await (await fetch(`${running.url}/api/docs`)).text()).toContain('Rapporteur API');
  });
});

describe('sessions', () => {
  it('expire after their lifetime', async () => {
    const running = await startTestServer();
    try {
      const user = await running.accounts.create(CHAIR_ACCOUNT);
      const { id } = await running.accounts.openSession(user.id);
      const later = new Accounts(
        (running.accounts as unknown as { db: never }).db,
        () => new Date(Date.now() + 15 * 24 * 3600 * 1000),
      );
      expect(await running.accounts.userForSession(id)).toMatchObject({ id: user.id });
      expect(await later.userForSession(id)).toBeUndefined();
    } finally {
      await running.close();
    }
  });
});
